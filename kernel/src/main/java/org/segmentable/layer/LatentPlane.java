package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

/**
 * The latent plane of a layer with {@code h = 2}: its feature points {@code W_enc[:, j]} and the
 * half-planes {@code z_i > 0} where each dim is active. A layer with {@code h != 2} has no latent
 * plane; {@link #of} says so as a value.
 *
 * <p>{@code LatentPlane.of(layer).get().boundary(0)} for {@code W_dec[0] = (1, 0)}, {@code b[0] = -1/2}
 * is {@code 1·x + 0·y + -1/2 > 0}.
 *
 * <p>{@link #of} is the only way in, so a plane that exists has {@code h = 2}.
 */
public final class LatentPlane {

    private final ReluLayer layer;

    /** The plane of a layer known to have {@code h = 2}. */
    private LatentPlane(ReluLayer layer) {
        this.layer = layer;
    }

    /**
     * The latent plane of a layer.
     *
     * <p>For a layer with {@code h = 3} it is {@code Invalid(["layer 'x' has h = 3 latent dimensions;
     * the latent plane needs h = 2 (take a 2-D slice)"])}.
     *
     * @param layer not null
     * @return the plane, or the problem
     */
    public static Validation<Seq<String>, LatentPlane> of(ReluLayer layer) {
        Objects.requireNonNull(layer, "layer is null");
        return layer.h() == 2 ? Validation.valid(new LatentPlane(layer)) : Validation.invalid(Vector.of(hProblem(layer)));
    }

    /**
     * The seed's projection as a slice of {@code R^d}: origin {@code b}, directions the columns of
     * {@code W_dec}, so the plane point {@code W_dec·p + b} ({@link #lift}) has slice coordinates
     * {@code p}, feature {@code j}'s plane vertex {@code W_dec·W_enc·e_j + b} projects to
     * {@code W_enc[:, j]}, and the slice's {@code halfPlane(i)} is the layer's {@code boundary(i)}.
     *
     * <p>For {@code W_dec = [[1, 2], [2, 4]]} it is {@code Invalid(["the seed's projection of layer
     * 'flat' (columns of W_dec): u and v have rank 1 (parallel: they span a line), a slice needs rank 2"])}.
     *
     * @param layer a layer with {@code h = 2}, not null
     * @return the slice, or the problems ({@code h != 2}, {@code W_dec} of rank below 2)
     */
    public static Validation<Seq<String>, AffineSlice> seedSlice(ReluLayer layer) {
        Objects.requireNonNull(layer, "layer is null");
        if (layer.h() != 2) {
            return Validation.invalid(Vector.of(hProblem(layer)));
        }
        return AffineSlice.ofColumns(layer.b(), layer.wDec()).mapError(ps -> ps.map(m -> "the seed's projection of layer '"
                + layer.name() + "' (columns of W_dec): " + m));
    }

    static String hProblem(ReluLayer layer) {
        return "layer '" + layer.name() + "' has h = " + layer.h()
                + " latent dimensions; the latent plane needs h = 2 (take a 2-D slice)";
    }

    /**
     * The layer whose latent plane this is.
     *
     * @return the layer, with {@code h = 2}
     */
    public ReluLayer layer() {
        return layer;
    }

    /**
     * The number of dims {@code d}.
     *
     * @return {@code d}, the layer's number of dims
     */
    public int d() {
        return layer.d();
    }

    /**
     * Dim {@code i}'s half-plane {@code z_i(p) = W_dec[i]·p + b[i] > 0}; constant when
     * {@code W_dec[i]} is zero.
     *
     * @param i a dim
     * @return the half-plane where dim {@code i} is active
     * @throws IndexOutOfBoundsException if {@code i} is not a dim
     */
    public HalfPlane boundary(int i) {
        return layer.boundary(i);
    }

    /**
     * Every dim's half-plane, in dim order: {@code boundaries().get(i)} is {@code boundary(i)}.
     *
     * @return one half-plane per dim
     */
    public Vector<HalfPlane> boundaries() {
        return layer.boundaries();
    }

    /**
     * Feature {@code j}'s point {@code W_enc[:, j]}.
     *
     * @param j a feature, {@code 0 <= j < d}
     * @return the point
     * @throws IndexOutOfBoundsException if {@code j} is not a feature
     */
    public Point2 featurePoint(int j) {
        return layer.featurePoint(j);
    }

    /**
     * Every feature point, in feature order: {@code featurePoints().get(j)} is {@code W_enc[:, j]}.
     *
     * @return one point per feature
     */
    public Vector<Point2> featurePoints() {
        return layer.featurePoints();
    }

    /**
     * The seed's embedding of the latent plane in {@code R^d}: {@code p ↦ W_dec·p + b}, so that
     * {@code lift(featurePoint(j))} is the seed's plane vertex {@code W_dec·W_enc·e_j + b}.
     *
     * <p>For {@code W_dec = [[1, 0], [0, 1], [1, 1]]}, {@code b = (0, 0, -1)}, {@code lift((2, 3))} is
     * {@code (2, 3, 4)}.
     *
     * @param p a latent point, not null
     * @return its image, {@code d} entries
     */
    public Vector<Rational> lift(Point2 p) {
        Objects.requireNonNull(p, "p is null");
        return Vector.range(0, d()).map(i -> layer.boundary(i).evaluate(p));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatentPlane && ((LatentPlane) o).layer.equals(layer);
    }

    @Override
    public int hashCode() {
        return layer.hashCode();
    }

    /** {@code "LatentPlane[layer=ReluLayer[…]]"}. */
    @Override
    public String toString() {
        return "LatentPlane[layer=" + layer + "]";
    }
}

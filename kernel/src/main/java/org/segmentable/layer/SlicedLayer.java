package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.linalg.Vectors;
import org.segmentable.numbers.Rational;

/**
 * A layer seen on a 2-D slice of its latent space. On the slice {@code p = o + s·u + t·v} every dim
 * is again affine in the slice coordinates,
 * {@code z_i(s, t) = (W_dec[i]·u)·s + (W_dec[i]·v)·t + (W_dec[i]·o + b_i)}, so the sliced layer is an
 * ordinary {@code h = 2} {@link ReluLayer} ({@link #planar()}) and the superposition, the complex,
 * {@code analyze} and {@code render} work on it unchanged. Its feature points are the orthogonal
 * projections of the feature images {@code W_enc[:, j]} onto the slice
 * ({@link AffineSlice#nearest}, exact); {@link #onSlice()} tells which images lie on the slice
 * exactly and which are projections.
 *
 * <p>For a layer with {@code h = 2}, {@code SlicedLayer.of(layer, AffineSlice.identity()).get().planar()}
 * has the same weights as {@code layer}; {@code SlicedLayer.ofFeatures(wide, 0, 3)} is the layer on
 * the plane spanned by the latent images of features 0 and 3.
 */
public final class SlicedLayer {

    private final ReluLayer original;
    private final AffineSlice slice;
    private final ReluLayer planar;
    private final Vector<Boolean> onSlice;

    private SlicedLayer(ReluLayer original, AffineSlice slice, ReluLayer planar, Vector<Boolean> onSlice) {
        this.original = original;
        this.slice = slice;
        this.planar = planar;
        this.onSlice = onSlice;
    }

    /**
     * The layer on a slice of its latent space.
     *
     * @param layer not null
     * @param slice not null
     * @return the sliced layer, or the problem (the slice's dimension is not the layer's {@code h})
     */
    public static Validation<Seq<String>, SlicedLayer> of(ReluLayer layer, AffineSlice slice) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(slice, "slice is null");
        if (slice.dimension() != layer.h()) {
            return Validation.invalid(Vector.of("the slice lives in " + slice.dimension()
                    + " latent dimensions, layer '" + layer.name() + "' has h = " + layer.h()));
        }
        Vector<Rational> du = Vectors.times(layer.wDec(), slice.u());
        Vector<Rational> dv = Vectors.times(layer.wDec(), slice.v());
        Vector<Rational> dOrigin = Vectors.times(layer.wDec(), slice.origin());
        Vector<Vector<Rational>> wDec = Vector.range(0, layer.d()).map(i -> Vector.of(du.get(i), dv.get(i)));
        Vector<Rational> b = Vector.range(0, layer.d()).map(i -> dOrigin.get(i).add(layer.b().get(i)));
        Vector<Point2> points = Vector.empty();
        Vector<Boolean> on = Vector.empty();
        for (int j = 0; j < layer.d(); j++) {
            Vector<Rational> image = featureImage(layer, j);
            Point2 point = slice.nearest(image);
            points = points.append(point);
            on = on.append(slice.point(point).equals(image));
        }
        Vector<Vector<Rational>> wEnc = Vector.of(points.map(Point2::x), points.map(Point2::y));
        ReluLayer planar = ReluLayer.fitting(layer.name(), layer.title(), wEnc, wDec, b);
        return Validation.valid(new SlicedLayer(layer, slice, planar, on));
    }

    /**
     * The slice through the latent origin spanned by the latent images {@code W_enc[:, i]} and
     * {@code W_enc[:, j]} of features {@code i} and {@code j} (the command line's
     * {@code --features I,J}).
     *
     * <p>For the identity encoder of a layer with {@code h = 3}, {@code featureSlice(layer, 0, 2)}
     * spans the first and third axes.
     *
     * @param layer not null
     * @param i a feature
     * @param j another feature
     * @return the slice, or every problem (a feature out of range, the same feature twice, images
     *     of rank below 2)
     */
    public static Validation<Seq<String>, AffineSlice> featureSlice(ReluLayer layer, int i, int j) {
        Objects.requireNonNull(layer, "layer is null");
        Vector<String> problems = Vector.empty();
        for (int f : new int[] {i, j}) {
            if (f < 0 || f >= layer.d()) {
                problems = problems.append("feature " + f + " does not exist: layer '" + layer.name()
                        + "' has features 0.." + (layer.d() - 1));
            }
        }
        if (i == j && problems.isEmpty()) {
            problems = problems.append("a feature slice needs two different features, got feature " + i + " twice");
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return AffineSlice.of(Vector.fill(layer.h(), Rational.ZERO), featureImage(layer, i), featureImage(layer, j))
                .mapError(ps -> ps.map(p -> "features " + i + " and " + j + ": " + p));
    }

    /**
     * The layer on the slice of {@link #featureSlice}: {@code featureSlice(layer, i, j)} then
     * {@link #of}.
     *
     * <p>{@code SlicedLayer.ofFeatures(wide, 0, 3).get().planar()} has {@code h = 2}, with features
     * 0 and 3 at {@code (1, 0)} and {@code (0, 1)}.
     *
     * @param layer not null
     * @param i a feature
     * @param j another feature
     * @return the sliced layer, or every problem of {@link #featureSlice}
     */
    public static Validation<Seq<String>, SlicedLayer> ofFeatures(ReluLayer layer, int i, int j) {
        return featureSlice(layer, i, j).flatMap(s -> of(layer, s));
    }

    private static Vector<Rational> featureImage(ReluLayer layer, int j) {
        return layer.wEnc().map(row -> row.get(j));
    }

    /**
     * The layer as given, with any {@code h >= 2}.
     *
     * @return the original layer
     */
    public ReluLayer original() {
        return original;
    }

    /**
     * The slice, with {@code slice().dimension() == original().h()}.
     *
     * @return the slice
     */
    public AffineSlice slice() {
        return slice;
    }

    /**
     * The sliced layer in slice coordinates: {@code h = 2}.
     *
     * @return the planar layer
     */
    public ReluLayer planar() {
        return planar;
    }

    /**
     * Per feature, whether its latent image lies on the slice (otherwise its feature point is the
     * image's orthogonal projection).
     *
     * @return one flag per feature
     */
    public Vector<Boolean> onSlice() {
        return onSlice;
    }

    /**
     * True when every feature image lies on the slice (no feature point is a projection).
     *
     * @return whether every {@link #onSlice()} flag holds
     */
    public boolean allOnSlice() {
        return onSlice.forAll(x -> x);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlicedLayer s && s.original.equals(original) && s.slice.equals(slice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, slice);
    }

    @Override
    public String toString() {
        return "SlicedLayer[" + original.name() + " on " + slice + "]";
    }
}

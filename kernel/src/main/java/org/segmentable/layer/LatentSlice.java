package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A 2-D slice of an {@code h}-dimensional latent space: the plane of points
 * {@code o + s·u + t·v}, with exact rational origin {@code o} and directions {@code u}, {@code v}
 * that are linearly independent (checked exactly). Slice coordinates {@code (s, t)} are the
 * coordinates of the figures and areas of a sliced layer.
 *
 * <p>{@code LatentSlice.of(Vector.of(0, 0, 0), Vector.of(1, 0, 0), Vector.of(0, 1, 0))} (as
 * rationals) is the slice through the first two latent axes; with {@code v = 2u} it is
 * {@code Invalid(["the slice directions u and v are parallel: they span a line, not a plane"])}.
 *
 * @param origin {@code o}, {@code h} entries
 * @param u the first direction, {@code h} entries
 * @param v the second direction, {@code h} entries
 */
public record LatentSlice(Vector<Rational> origin, Vector<Rational> u, Vector<Rational> v) {

    /** Checks the slice; use {@link #of} to get the problems as a value. */
    public LatentSlice {
        Objects.requireNonNull(origin, "origin is null");
        Objects.requireNonNull(u, "u is null");
        Objects.requireNonNull(v, "v is null");
        Seq<String> problems = problems(origin, u, v);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.mkString("; "));
        }
    }

    /**
     * A checked slice.
     *
     * @param origin not null
     * @param u not null
     * @param v not null
     * @return the slice, or every problem (lengths differ, empty vectors, u and v not independent)
     */
    public static Validation<Seq<String>, LatentSlice> of(Vector<Rational> origin, Vector<Rational> u,
            Vector<Rational> v) {
        Objects.requireNonNull(origin, "origin is null");
        Objects.requireNonNull(u, "u is null");
        Objects.requireNonNull(v, "v is null");
        Seq<String> problems = problems(origin, u, v);
        return problems.isEmpty() ? Validation.valid(new LatentSlice(origin, u, v)) : Validation.invalid(problems);
    }

    /**
     * The slice through the latent origin spanned by the first two latent axes: for {@code h = 2}
     * the plain latent plane.
     *
     * <p>{@code LatentSlice.axes(3).u()} is {@code [1, 0, 0]}.
     *
     * @param h the latent dimension, at least 2
     * @throws IllegalArgumentException if {@code h < 2}
     */
    public static LatentSlice axes(int h) {
        if (h < 2) {
            throw new IllegalArgumentException("h is " + h + ", a slice needs at least 2 latent dimensions");
        }
        return new LatentSlice(unit(h, -1), unit(h, 0), unit(h, 1));
    }

    /**
     * The slice through the latent origin spanned by the latent images {@code W_enc[:, i]} and
     * {@code W_enc[:, j]} of features {@code i} and {@code j}.
     *
     * <p>For the identity encoder of a layer with {@code h = 3}, {@code features(layer, 0, 2)} spans
     * the first and third axes.
     *
     * @param layer not null
     * @param i a feature
     * @param j another feature
     * @return the slice, or the problems (a feature out of range, images zero or parallel)
     */
    public static Validation<Seq<String>, LatentSlice> features(ReluLayer layer, int i, int j) {
        Objects.requireNonNull(layer, "layer is null");
        Vector<String> problems = Vector.empty();
        for (int f : new int[] {i, j}) {
            if (f < 0 || f >= layer.d()) {
                problems = problems.append("feature " + f + " does not exist: layer '" + layer.name() + "' has features 0.."
                        + (layer.d() - 1));
            }
        }
        if (i == j && problems.isEmpty()) {
            problems = problems.append("--features needs two different features, got " + i + " twice");
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        Vector<Rational> u = layer.wEnc().map(row -> row.get(i));
        Vector<Rational> v = layer.wEnc().map(row -> row.get(j));
        return of(unit(layer.h(), -1), u, v).mapError(ps -> ps.map(p -> "features " + i + " and " + j + ": " + p));
    }

    /** The latent dimension {@code h}. */
    public int h() {
        return origin.size();
    }

    /**
     * The latent point of slice coordinates {@code (s, t)}: {@code o + s·u + t·v}.
     *
     * <p>{@code axes(3).point(Rational.ONE, Rational.TWO)} is {@code [1, 2, 0]}.
     */
    public Vector<Rational> point(Rational s, Rational t) {
        Objects.requireNonNull(s, "s is null");
        Objects.requireNonNull(t, "t is null");
        return Vector.range(0, h()).map(k -> origin.get(k).add(s.multiply(u.get(k))).add(t.multiply(v.get(k))));
    }

    private static Seq<String> problems(Vector<Rational> origin, Vector<Rational> u, Vector<Rational> v) {
        Vector<String> problems = Vector.empty();
        int h = origin.size();
        if (h < 2) {
            problems = problems.append("the slice origin has " + h + " entries; a slice needs h >= 2");
        }
        if (u.size() != h) {
            problems = problems.append("the slice direction u has " + u.size() + " entries, the origin " + h);
        }
        if (v.size() != h) {
            problems = problems.append("the slice direction v has " + v.size() + " entries, the origin " + h);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        int rank = AffineRank.rank(Vector.of(u, v));
        if (rank < 2) {
            problems = problems.append(rank == 0
                    ? "the slice directions u and v are both zero: they span a point, not a plane"
                    : "the slice directions u and v are parallel: they span a line, not a plane");
        }
        return problems;
    }

    static Vector<Rational> times(Vector<Vector<Rational>> rows, Vector<Rational> x) {
        return rows.map(row -> dot(row, x));
    }

    static Rational dot(Vector<Rational> a, Vector<Rational> b) {
        Rational sum = Rational.ZERO;
        for (int k = 0; k < a.size(); k++) {
            sum = sum.add(a.get(k).multiply(b.get(k)));
        }
        return sum;
    }

    private static Vector<Rational> unit(int h, int axis) {
        return Vector.range(0, h).map(k -> k == axis ? Rational.ONE : Rational.ZERO);
    }
}

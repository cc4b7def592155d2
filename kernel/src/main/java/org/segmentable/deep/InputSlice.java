package org.segmentable.deep;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.layer.AffineRank;
import org.segmentable.numbers.Rational;

/**
 * A 2-D affine slice of an input space {@code R^n}: the point with slice coordinates
 * {@code (s, t)} is {@code origin + s·u + t·v}. The directions {@code u} and {@code v} are checked
 * exactly to be linearly independent, so the slice is a plane.
 *
 * <p>{@code InputSlice.identity().point(Point2.of(3, 4))} is {@code [3, 4]}.
 *
 * @param origin the point at {@code (0, 0)}
 * @param u the direction of {@code s}
 * @param v the direction of {@code t}
 */
public record InputSlice(Vector<Rational> origin, Vector<Rational> u, Vector<Rational> v) {

    /** Checks nulls, lengths and independence; use {@link #of} for the problems as a value. */
    public InputSlice {
        Objects.requireNonNull(origin, "origin is null");
        Objects.requireNonNull(u, "u is null");
        Objects.requireNonNull(v, "v is null");
        Seq<String> problems = problems(origin, u, v);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.mkString("; "));
        }
    }

    /**
     * A validated slice: reports every problem at once (empty or unequal lengths, {@code u} and
     * {@code v} linearly dependent).
     *
     * <p>{@code InputSlice.of(Vector.of(ZERO, ZERO), Vector.of(ONE, ONE), Vector.of(TWO, TWO))} is
     * {@code Invalid(["u and v are linearly dependent: they span a line or a point, not a plane"])}.
     *
     * @param origin not null
     * @param u not null
     * @param v not null
     * @return the slice or the problems
     */
    public static Validation<Seq<String>, InputSlice> of(Vector<Rational> origin, Vector<Rational> u,
            Vector<Rational> v) {
        Objects.requireNonNull(origin, "origin is null");
        Objects.requireNonNull(u, "u is null");
        Objects.requireNonNull(v, "v is null");
        Seq<String> problems = problems(origin, u, v);
        return problems.isEmpty() ? Validation.valid(new InputSlice(origin, u, v)) : Validation.invalid(problems);
    }

    /**
     * The identity slice of {@code R²}: origin 0, {@code u = e_0}, {@code v = e_1}.
     *
     * <p>{@code InputSlice.identity().u()} is {@code [1, 0]}.
     *
     * @return the slice whose coordinates are the two inputs
     */
    public static InputSlice identity() {
        return axes(2, 0, 1);
    }

    /**
     * The slice of {@code R^n} through the origin spanned by the unit vectors {@code e_i} and {@code e_j}.
     *
     * <p>{@code InputSlice.axes(3, 0, 2).v()} is {@code [0, 0, 1]}.
     *
     * @param n the input dimension, at least 2
     * @param i the axis of {@code s}
     * @param j the axis of {@code t}, different from {@code i}
     * @return the slice
     * @throws IllegalArgumentException if the axes are out of range or equal
     */
    public static InputSlice axes(int n, int i, int j) {
        if (n < 2 || i < 0 || j < 0 || i >= n || j >= n || i == j) {
            throw new IllegalArgumentException("axes " + i + ", " + j + " are not two different axes of R^" + n);
        }
        Vector<Rational> zero = Vector.fill(n, Rational.ZERO);
        return new InputSlice(zero, zero.update(i, Rational.ONE), zero.update(j, Rational.ONE));
    }

    /** The input dimension {@code n}. */
    public int dimension() {
        return origin.size();
    }

    /**
     * The input point at slice coordinates {@code p = (s, t)}: {@code origin + s·u + t·v}, exactly.
     *
     * @param p the slice coordinates, not null
     * @return the point of {@code R^n}
     */
    public Vector<Rational> point(Point2 p) {
        Objects.requireNonNull(p, "p is null");
        Vector<Rational> out = Vector.empty();
        for (int i = 0; i < origin.size(); i++) {
            out = out.append(origin.get(i).add(u.get(i).multiply(p.x())).add(v.get(i).multiply(p.y())));
        }
        return out;
    }

    private static Seq<String> problems(Vector<Rational> origin, Vector<Rational> u, Vector<Rational> v) {
        Vector<String> problems = Vector.empty();
        origin.forEach(x -> Objects.requireNonNull(x, "origin holds null"));
        u.forEach(x -> Objects.requireNonNull(x, "u holds null"));
        v.forEach(x -> Objects.requireNonNull(x, "v holds null"));
        if (origin.isEmpty()) {
            problems = problems.append("the slice origin is empty");
        }
        if (u.size() != origin.size()) {
            problems = problems.append("u has " + u.size() + " entries, expected " + origin.size()
                    + " (the length of origin)");
        }
        if (v.size() != origin.size()) {
            problems = problems.append("v has " + v.size() + " entries, expected " + origin.size()
                    + " (the length of origin)");
        }
        if (problems.isEmpty() && AffineRank.rank(Vector.of(u, v)) < 2) {
            problems = problems.append("u and v are linearly dependent: they span a line or a point, not a plane");
        }
        return problems;
    }
}

package org.segmentable.linalg;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * An exact 2 × 2 rational matrix {@code [[a, b], [c, d]]}: the Gram matrix of two vectors, the
 * minor of a plane's projection, and their exact inverse and solve (Cramer's rule, no pivoting
 * needed in exact arithmetic).
 *
 * <p>{@code Matrix2.of(2, 1, 1, 1).solve(Point2.of(3, 2))} is {@code Some((1, 1))};
 * {@code Matrix2.of(1, 2, 2, 4).inverse()} is {@code None} (determinant 0).
 */
public final class Matrix2 {

    private final Rational a;
    private final Rational b;
    private final Rational c;
    private final Rational d;

    private Matrix2(Rational a, Rational b, Rational c, Rational d) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
    }

    /**
     * The matrix {@code [[a, b], [c, d]]}.
     *
     * @param a row 0, column 0, not null
     * @param b row 0, column 1, not null
     * @param c row 1, column 0, not null
     * @param d row 1, column 1, not null
     * @return the matrix
     */
    public static Matrix2 of(Rational a, Rational b, Rational c, Rational d) {
        return new Matrix2(Objects.requireNonNull(a, "a is null"), Objects.requireNonNull(b, "b is null"),
                Objects.requireNonNull(c, "c is null"), Objects.requireNonNull(d, "d is null"));
    }

    /**
     * The matrix {@code [[a, b], [c, d]]} of integers.
     *
     * @param a row 0, column 0
     * @param b row 0, column 1
     * @param c row 1, column 0
     * @param d row 1, column 1
     * @return the matrix
     */
    public static Matrix2 of(long a, long b, long c, long d) {
        return of(Rational.of(a), Rational.of(b), Rational.of(c), Rational.of(d));
    }

    /**
     * The Gram matrix {@code [[u·u, u·v], [u·v, v·v]]} of two vectors: invertible exactly when
     * {@code u} and {@code v} are linearly independent.
     *
     * <p>{@code Matrix2.gram([1, 0, 1], [0, 1, 1])} is {@code [[2, 1], [1, 2]]}.
     *
     * @param u not null
     * @param v not null, as long as {@code u}
     * @return the Gram matrix
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Matrix2 gram(Vector<Rational> u, Vector<Rational> v) {
        Rational uv = Vectors.dot(u, v);
        return new Matrix2(Vectors.dot(u, u), uv, uv, Vectors.dot(v, v));
    }

    /**
     * The determinant {@code a·d - b·c}.
     *
     * @return the determinant
     */
    public Rational det() {
        return a.multiply(d).subtract(b.multiply(c));
    }

    /**
     * The inverse {@code [[d, -b], [-c, a]] / det}, exactly.
     *
     * @return the inverse, or none when the determinant is zero
     */
    public Option<Matrix2> inverse() {
        Rational det = det();
        if (det.isZero()) {
            return Option.none();
        }
        return Option.some(new Matrix2(d.divide(det), b.negate().divide(det), c.negate().divide(det), a.divide(det)));
    }

    /**
     * The product {@code M·x}.
     *
     * @param x not null
     * @return {@code (a·x + b·y, c·x + d·y)}
     */
    public Point2 times(Point2 x) {
        Objects.requireNonNull(x, "x is null");
        return Point2.of(a.multiply(x.x()).add(b.multiply(x.y())), c.multiply(x.x()).add(d.multiply(x.y())));
    }

    /**
     * The product {@code M·N}.
     *
     * @param n not null
     * @return {@code M·N}
     */
    public Matrix2 times(Matrix2 n) {
        Objects.requireNonNull(n, "n is null");
        return new Matrix2(a.multiply(n.a).add(b.multiply(n.c)), a.multiply(n.b).add(b.multiply(n.d)),
                c.multiply(n.a).add(d.multiply(n.c)), c.multiply(n.b).add(d.multiply(n.d)));
    }

    /**
     * The solution {@code x} of {@code M·x = r}, exactly (Cramer's rule).
     *
     * @param r the right-hand side, not null
     * @return the unique solution, or none when the determinant is zero
     */
    public Option<Point2> solve(Point2 r) {
        Objects.requireNonNull(r, "r is null");
        Rational det = det();
        if (det.isZero()) {
            return Option.none();
        }
        Rational x = r.x().multiply(d).subtract(b.multiply(r.y())).divide(det);
        Rational y = a.multiply(r.y()).subtract(c.multiply(r.x())).divide(det);
        return Option.some(Point2.of(x, y));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix2 m && m.a.equals(a) && m.b.equals(b) && m.c.equals(c) && m.d.equals(d);
    }

    @Override
    public int hashCode() {
        return Objects.hash(a, b, c, d);
    }

    @Override
    public String toString() {
        return "[[" + a + ", " + b + "], [" + c + ", " + d + "]]";
    }
}

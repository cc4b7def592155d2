package org.segmentable.linalg;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * Exact vector arithmetic in {@code R^n}, vectors as {@code Vector<Rational>} and matrices as
 * vectors of rows. Every result is exact; operands of different lengths are a programmer error.
 *
 * <p>{@code Vectors.dot([1, 2, 3], [4, 5, 6])} is {@code 32}.
 */
public final class Vectors {

    private Vectors() {
    }

    /**
     * The difference {@code a - b}.
     *
     * @param a not null
     * @param b not null, as long as {@code a}
     * @return {@code a - b}
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Vector<Rational> subtract(Vector<Rational> a, Vector<Rational> b) {
        requireSameSize(a, b);
        return Vector.range(0, a.size()).map(k -> a.get(k).subtract(b.get(k)));
    }

    /**
     * The sum {@code a + b}.
     *
     * @param a not null
     * @param b not null, as long as {@code a}
     * @return {@code a + b}
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Vector<Rational> add(Vector<Rational> a, Vector<Rational> b) {
        requireSameSize(a, b);
        return Vector.range(0, a.size()).map(k -> a.get(k).add(b.get(k)));
    }

    /**
     * The multiple {@code f·a}.
     *
     * @param a not null
     * @param f not null
     * @return {@code f·a}
     */
    public static Vector<Rational> scale(Vector<Rational> a, Rational f) {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(f, "f is null");
        return a.map(x -> x.multiply(f));
    }

    /**
     * The point {@code a + (b - a)·t} of the line through {@code a} and {@code b}.
     *
     * <p>{@code Vectors.lerp([0, 0], [2, 4], 1/2)} is {@code [1, 2]}.
     *
     * @param a not null
     * @param b not null, as long as {@code a}
     * @param t not null
     * @return {@code a + (b - a)·t}
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Vector<Rational> lerp(Vector<Rational> a, Vector<Rational> b, Rational t) {
        requireSameSize(a, b);
        Objects.requireNonNull(t, "t is null");
        return Vector.range(0, a.size()).map(k -> a.get(k).add(b.get(k).subtract(a.get(k)).multiply(t)));
    }

    /**
     * Whether every entry is zero ({@code true} for the empty vector).
     *
     * @param a not null
     * @return {@code a == 0}
     */
    public static boolean isZero(Vector<Rational> a) {
        Objects.requireNonNull(a, "a is null");
        return a.forAll(Rational::isZero);
    }

    /**
     * The dot product {@code a·b}.
     *
     * @param a not null
     * @param b not null, as long as {@code a}
     * @return {@code Σ a_k·b_k}, {@code 0} for empty vectors
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Rational dot(Vector<Rational> a, Vector<Rational> b) {
        requireSameSize(a, b);
        Rational sum = Rational.ZERO;
        for (int k = 0; k < a.size(); k++) {
            sum = sum.add(a.get(k).multiply(b.get(k)));
        }
        return sum;
    }

    /**
     * The matrix-vector product {@code M·x}, for {@code M} given as rows.
     *
     * <p>{@code Vectors.times([[1, 0], [1, 1]], [2, 3])} is {@code [2, 5]}.
     *
     * @param rows the rows of {@code M}, each as long as {@code x}, not null
     * @param x not null
     * @return one dot product per row
     * @throws IllegalArgumentException if a row's length differs from {@code x}'s
     */
    public static Vector<Rational> times(Vector<Vector<Rational>> rows, Vector<Rational> x) {
        Objects.requireNonNull(rows, "rows is null");
        return rows.map(row -> dot(row, x));
    }

    private static void requireSameSize(Vector<Rational> a, Vector<Rational> b) {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.size() + " and " + b.size());
        }
    }
}

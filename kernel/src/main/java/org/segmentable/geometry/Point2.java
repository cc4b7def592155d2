package org.segmentable.geometry;

import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A point of the plane with exact rational coordinates.
 *
 * <p>{@code Point2.of(1, 2).x()} is {@code 1}.
 * Nothing about a pair of rationals can be wrong, so the factories return the point itself and
 * throw only on null arguments (programmer errors).
 */
public final class Point2 implements Comparable<Point2> {

    /** The origin {@code (0, 0)}. */
    public static final Point2 ORIGIN = new Point2(Rational.ZERO, Rational.ZERO);

    private final Rational x;
    private final Rational y;

    private Point2(Rational x, Rational y) {
        this.x = x;
        this.y = y;
    }

    /**
     * {@code Point2.of(Rational.HALF, Rational.ONE)} is {@code (1/2, 1)}.
     *
     * @param x the first coordinate, not null
     * @param y the second coordinate, not null
     * @return the point
     * @throws NullPointerException if an argument is null
     */
    public static Point2 of(Rational x, Rational y) {
        return new Point2(Objects.requireNonNull(x, "x is null"), Objects.requireNonNull(y, "y is null"));
    }

    /**
     * The first coordinate.
     *
     * @return x
     */
    public Rational x() {
        return x;
    }

    /**
     * The second coordinate.
     *
     * @return y
     */
    public Rational y() {
        return y;
    }

    /**
     * {@code Point2.of(1, 2)} is {@code (1, 2)}.
     *
     * @param x the first coordinate
     * @param y the second coordinate
     * @return the point
     */
    public static Point2 of(long x, long y) {
        return new Point2(Rational.of(x), Rational.of(y));
    }

    /**
     * The exact point a pair of doubles denotes; {@code Point2.of(0.5, 0.25)} is {@code (1/2, 1/4)}.
     *
     * @param x the first coordinate, finite
     * @param y the second coordinate, finite
     * @return the point
     * @throws IllegalArgumentException if a coordinate is NaN or infinite
     */
    public static Point2 of(double x, double y) {
        return new Point2(Rational.of(x), Rational.of(y));
    }

    /**
     * {@code Point2.of(1, 2).add(Point2.of(3, 4))} is {@code (4, 6)} (points as vectors).
     *
     * @param other the point to add, not null
     * @return the sum
     */
    public Point2 add(Point2 other) {
        return new Point2(x.add(other.x), y.add(other.y));
    }

    /**
     * {@code Point2.of(3, 4).subtract(Point2.of(1, 1))} is {@code (2, 3)}.
     *
     * @param other the point to subtract, not null
     * @return the difference
     */
    public Point2 subtract(Point2 other) {
        return new Point2(x.subtract(other.x), y.subtract(other.y));
    }

    /**
     * {@code Point2.of(1, 2).scale(Rational.HALF)} is {@code (1/2, 1)}.
     *
     * @param factor the factor, not null
     * @return the scaled point
     */
    public Point2 scale(Rational factor) {
        return new Point2(x.multiply(factor), y.multiply(factor));
    }

    /**
     * The cross product {@code x * o.y - y * o.x}; {@code Point2.of(1, 0).cross(Point2.of(0, 1))} is {@code 1}.
     *
     * @param other the second vector, not null
     * @return the cross product
     */
    public Rational cross(Point2 other) {
        return x.multiply(other.y).subtract(y.multiply(other.x));
    }

    /**
     * The dot product; {@code Point2.of(1, 2).dot(Point2.of(3, 4))} is {@code 11}.
     *
     * @param other the second vector, not null
     * @return the dot product
     */
    public Rational dot(Point2 other) {
        return x.multiply(other.x).add(y.multiply(other.y));
    }

    /**
     * True for {@code (0, 0)}.
     *
     * @return whether both coordinates are zero
     */
    public boolean isOrigin() {
        return x.isZero() && y.isZero();
    }

    /**
     * Lexicographic order, x then y; {@code Point2.of(0, 5).compareTo(Point2.of(1, 0)) < 0}.
     *
     * @param other the point to compare with, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Point2 other) {
        int c = x.compareTo(other.x);
        return c != 0 ? c : y.compareTo(other.y);
    }

    /** Equal coordinates. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Point2 p && x.equals(p.x) && y.equals(p.y);
    }

    @Override
    public int hashCode() {
        return 31 * x.hashCode() + y.hashCode();
    }

    /** {@code "(1/2, 1)"}. */
    @Override
    public String toString() {
        return "(" + x + ", " + y + ")";
    }
}

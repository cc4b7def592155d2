package org.segmentable.geometry;

import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * The affine function {@code z(p) = a·x + b·y + c} of the plane, read as the open half-plane
 * {@code z > 0} bounded by the line {@code z = 0}. When {@code a = b = 0} the function is constant
 * ({@link #isConstant()}): the half-plane is the whole plane when {@code c > 0}, empty otherwise,
 * and there is no boundary line.
 *
 * <p>{@code HalfPlane.of(1, 0, -1).evaluate(Point2.of(3, 0))} is {@code 2}.
 */
public final class HalfPlane {

    private final Rational a;
    private final Rational b;
    private final Rational c;

    private HalfPlane(Rational a, Rational b, Rational c) {
        this.a = a;
        this.b = b;
        this.c = c;
    }

    /**
     * {@code HalfPlane.of(Rational.ONE, Rational.ZERO, Rational.ZERO)} is {@code x > 0}.
     *
     * @param a coefficient of x, not null
     * @param b coefficient of y, not null
     * @param c constant term, not null
     * @return the half-plane {@code a·x + b·y + c > 0}
     * @throws NullPointerException if an argument is null
     */
    public static HalfPlane of(Rational a, Rational b, Rational c) {
        return new HalfPlane(Objects.requireNonNull(a, "a is null"), Objects.requireNonNull(b, "b is null"),
                Objects.requireNonNull(c, "c is null"));
    }

    /**
     * The coefficient of x.
     *
     * @return a
     */
    public Rational a() {
        return a;
    }

    /**
     * The coefficient of y.
     *
     * @return b
     */
    public Rational b() {
        return b;
    }

    /**
     * The constant term.
     *
     * @return c
     */
    public Rational c() {
        return c;
    }

    /** Equal coefficients (the same function, not merely the same half-plane). */
    @Override
    public boolean equals(Object o) {
        return o instanceof HalfPlane h && a.equals(h.a) && b.equals(h.b) && c.equals(h.c);
    }

    @Override
    public int hashCode() {
        return (31 * a.hashCode() + b.hashCode()) * 31 + c.hashCode();
    }

    /**
     * {@code HalfPlane.of(0, 1, -2)} is {@code y - 2 > 0}.
     *
     * @param a coefficient of x
     * @param b coefficient of y
     * @param c constant term
     * @return the half-plane {@code a·x + b·y + c > 0}
     */
    public static HalfPlane of(long a, long b, long c) {
        return new HalfPlane(Rational.of(a), Rational.of(b), Rational.of(c));
    }

    /**
     * The exact value {@code a·x + b·y + c}; {@code HalfPlane.of(1, 1, 0).evaluate(Point2.of(1, 2))} is {@code 3}.
     *
     * @param p the point, not null
     * @return the value at {@code p}
     */
    public Rational evaluate(Point2 p) {
        return a.multiply(p.x()).add(b.multiply(p.y())).add(c);
    }

    /**
     * True when {@code a = b = 0}: no boundary line.
     *
     * @return whether the function is constant
     */
    public boolean isConstant() {
        return a.isZero() && b.isZero();
    }

    /**
     * The complementary function {@code -z}; {@code HalfPlane.of(1, 0, 0).negate()} is {@code -x > 0}.
     *
     * @return the negated function
     */
    public HalfPlane negate() {
        return new HalfPlane(a.negate(), b.negate(), c.negate());
    }

    /** {@code "1·x + 0·y + -1 > 0"}. */
    @Override
    public String toString() {
        return a + "·x + " + b + "·y + " + c + " > 0";
    }
}

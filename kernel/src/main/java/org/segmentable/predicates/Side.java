package org.segmentable.predicates;

import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;

/**
 * The side of a point against a half-plane's boundary: the exact sign of {@code a·x + b·y + c}.
 *
 * <p>As for {@link Orientation}, the double entry
 * {@link #of(double, double, double, double, double)} is exact for finite doubles (filter, then
 * {@code fma} and TwoSum expansions, then {@code BigDecimal}) and the rational entry (exact {@code Rational}s)
 * {@link #of(HalfPlane, Point2)} filters on the nearest doubles before exact arithmetic.
 *
 * <p><b>Bound for rational inputs.</b> With every input off by a relative {@code u = 2^-53} at
 * most (the nearest double, normal range), {@code fl(a'x')} is within
 * {@code (1 + u)³ - 1 <= 3u + 4u²} of {@code ax} relatively, likewise {@code fl(b'y')}; the two
 * additions add {@code ((1 + u)² - 1)} more relative to the magnitudes and {@code c'} is off by
 * {@code u|c|}: the computed value is within {@code (5u + 12u²)·P} of {@code a·x + b·y + c} where
 * {@code P = |ax| + |by| + |c|}. The computed {@code P'} (from the converted inputs, four
 * roundings) satisfies {@code P <= P'(1 + 7u)}, so {@code 8u·P'} bounds the error; the filter only
 * answers for {@code P'} in {@code [2^-900, 2^1000]} (no overflow; underflow errors, at most
 * {@code 2^-1073}, vanish in the spare {@code u·P'}).
 *
 * <p>{@code Side.of(HalfPlane.of(1, 0, -1), Point2.of(2, 5))} is {@code 1}.
 */
public final class Side {

    /** {@code 8u = 2^-50}, the filter bound for rational inputs (see the class notes). */
    private static final double RATIONAL_BOUND = 0x1p-50;

    private Side() {
    }

    /**
     * The exact sign of {@code h(p)}, filtered.
     *
     * <p>{@code Side.of(HalfPlane.of(1, 1, -3), Point2.of(1, 2))} is {@code 0}.
     *
     * @param h not null
     * @param p not null
     * @return 1 inside the open half-plane, 0 on its boundary line, -1 outside
     * @throws NullPointerException if an argument is null
     */
    public static int of(HalfPlane h, Point2 p) {
        Objects.requireNonNull(h, "h is null");
        Objects.requireNonNull(p, "p is null");
        double a = h.a().doubleValue();
        double b = h.b().doubleValue();
        double c = h.c().doubleValue();
        double x = p.x().doubleValue();
        double y = p.y().doubleValue();
        if (RationalFilter.usable(a, b, c, x, y, 0)) {
            double p1 = a * x;
            double p2 = b * y;
            double s = (p1 + p2) + c;
            double sum = (Math.abs(p1) + Math.abs(p2)) + Math.abs(c);
            if (sum >= FloatingKernel.SMALLEST_SUM && sum <= FloatingKernel.LARGEST_SUM) {
                double bound = RATIONAL_BOUND * sum;
                if (s > bound) {
                    return 1;
                }
                if (-s > bound) {
                    return -1;
                }
            }
        }
        if (RationalFilter.allExactDoubles(h.a(), h.b(), h.c(), p.x(), p.y())) {
            return of(a, b, c, x, y);
        }
        return ofExact(h, p);
    }

    /**
     * The exact sign of {@code a·x + b·y + c} for finite doubles (each denoting the exact rational
     * it holds). Allocation-free unless the input is nearly degenerate.
     *
     * <p>{@code Side.of(1.0, 1.0, -0.3, 0.1, 0.2)} is {@code 1}: the double {@code 0.1 + 0.2} is
     * not the double {@code 0.3}, and the exact sum of the doubles 0.1 and 0.2 exceeds the double 0.3.
     *
     * @param a coefficient of x
     * @param b coefficient of y
     * @param c constant term
     * @param x the point's first coordinate
     * @param y the point's second coordinate
     * @return 1, 0 or -1
     * @throws IllegalArgumentException naming the value if an input is NaN or infinite
     */
    public static int of(double a, double b, double c, double x, double y) {
        return FloatingKernel.signOfAffine(a, x, b, y, c);
    }

    /**
     * The sign by exact rational arithmetic alone (the reference for tests).
     *
     * <p>{@code Side.ofExact(HalfPlane.of(0, 1, -2), Point2.of(7, 1))} is {@code -1}.
     *
     * @return 1, 0 or -1
     * @throws NullPointerException if an argument is null
     */
    public static int ofExact(HalfPlane h, Point2 p) {
        Objects.requireNonNull(h, "h is null");
        Objects.requireNonNull(p, "p is null");
        return h.evaluate(p).signum();
    }
}

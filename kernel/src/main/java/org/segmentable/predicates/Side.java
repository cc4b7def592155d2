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
 * <p><b>Stages.</b> Triage (the double evaluation against its bound, derived in
 * {@link Rounding}: {@code 4u·P} for doubles, {@code 8u·P'} for rationals, {@code 16u·M'} for a
 * block of vertices), then the exact stage. No tie-break: zero means on the line.
 *
 * <p><b>Blocks of vertices.</b> The hot loop of an engine that tests many vertices against one
 * line with rational coefficients uses {@link #blockBound}, {@link #triageBox} and
 * {@link #triage(double, double, double, double, double[], double[], int, int, byte[])}: doubles
 * in, signs out, no allocation; the caller runs its exact stage only for the entries left
 * {@link Rounding#UNCERTAIN}.
 *
 * <p><b>Sign laws.</b> Scaling {@code (a, b, c)} by a positive rational keeps the sign, negating it
 * negates the sign.
 *
 * <p>{@code Side.of(HalfPlane.of(1, 0, -1), Point2.of(2, 5))} is {@code 1}.
 */
public final class Side {

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
        if (Rounding.isFilterable(h.a(), a) && Rounding.isFilterable(h.b(), b)
                && Rounding.isFilterable(h.c(), c) && Rounding.isFilterable(p.x(), x)
                && Rounding.isFilterable(p.y(), y)) {
            int triage = FloatingKernel.triageAffine(a, x, b, y, c, Rounding.RATIONAL_FACTOR);
            if (triage != Rounding.UNCERTAIN) {
                return triage;
            }
        }
        if (Rounding.allExactDoubles(h.a(), h.b(), h.c(), p.x(), p.y())) {
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
     * @param h the half-plane {@code a·x + b·y + c > 0}, not null
     * @param p the point to classify, not null
     * @return the sign of {@code a·px + b·py + c}: 1 inside the open half-plane, 0 on its boundary
     *     line, -1 outside
     * @throws NullPointerException if an argument is null
     */
    public static int ofExact(HalfPlane h, Point2 p) {
        Objects.requireNonNull(h, "h is null");
        Objects.requireNonNull(p, "p is null");
        return h.evaluate(p).signum();
    }

    /**
     * The triage bound for testing vertices against one line with rational coefficients, all as
     * their nearest doubles: {@code 16u·M'} with the computed
     * {@code M' = fl(fl(fl(|a'|·mx) + fl(|b'|·my)) + |c'|)}, or {@code -1} when the filter may not
     * answer ({@code M'} outside {@link Rounding#inFilterRange the filter range}, or NaN because an
     * input was not {@link Rounding#isFilterable filterable}).
     *
     * <p><b>Derivation.</b> Let {@code a', b', c', x', y'} be the nearest doubles of the rational
     * {@code a, b, c} and of a vertex's {@code x, y}, each {@link Rounding#isFilterable filterable}
     * (relative error at most {@code u}, no overflow). The computed
     * {@code s = fl(fl(fl(a'x') + fl(b'y')) + c')} differs from {@code h(x', y')} by at most
     * {@code (5u + 12u²)·(|ax'| + |by'| + |c|)} (as in {@link Rounding}'s rational factor), and
     * {@code h(x, y)} differs from {@code h(x', y')} by at most {@code u(|ax| + |by|)}. With
     * {@code mx, my} at least every {@code |x'|, |y'|} tested,
     * {@code |ax| + |by| + |c| <= (|a'|mx + |b'|my + |c'|)/(1 - u)²}, and {@code M'} is at least
     * {@code (1 - u)³} times that sum: the total error is below {@code 7u·M'}, so
     * {@code |s| > 16u·M'} decides the sign of {@code h(x, y)}. In the filter range the at most
     * three underflow errors of the products ({@code < 2^-1074} each) vanish in the spare room.
     *
     * <p>{@code Side.blockBound(1, 1, 0, 2, 2)} is {@code 4·2^-49}.
     *
     * @param a the double of the line's x-coefficient
     * @param b the double of the line's y-coefficient
     * @param c the double of the line's constant
     * @param mx at least every {@code |x'|} the bound will serve
     * @param my at least every {@code |y'|} the bound will serve
     * @return the bound (non-negative), or {@code -1} when the triage must not be used
     */
    public static double blockBound(double a, double b, double c, double mx, double my) {
        double mag = (Math.abs(a) * mx + Math.abs(b) * my) + Math.abs(c);
        return Rounding.inFilterRange(mag) ? Rounding.BLOCK_FACTOR * mag : -1;
    }

    /**
     * The triage of one vertex against a line under a {@link #blockBound}: the sign of
     * {@code fl(fl(fl(a·x) + fl(b·y)) + c)} when its magnitude exceeds {@code bound}, else
     * {@link Rounding#UNCERTAIN}.
     *
     * <p>{@code Side.triage(1, 0, -1, Side.blockBound(1, 0, -1, 2, 0), 2, 0)} is {@code 1}.
     *
     * @param a the double of the line's x-coefficient
     * @param b the double of the line's y-coefficient
     * @param c the double of the line's constant
     * @param bound a {@link #blockBound} for {@code a, b, c} covering {@code x, y}, non-negative
     * @param x the double of the vertex's x
     * @param y the double of the vertex's y
     * @return 1, -1 or {@link Rounding#UNCERTAIN}
     */
    public static int triage(double a, double b, double c, double bound, double x, double y) {
        double v = (a * x + b * y) + c;
        return v > bound ? 1 : v < -bound ? -1 : Rounding.UNCERTAIN;
    }

    /**
     * The triage of a box of vertices against a line under a {@link #blockBound}: 1 (-1) when the
     * box's corner where {@code h} is least (greatest) is decided positive (negative). Every vertex
     * {@code (x', y')} of the box has {@code h} at least (at most) its value at that corner, whose
     * coordinates the bound covers too, so the answer holds for every vertex in the box.
     *
     * <p>{@code Side.triageBox(1, 0, 0, Side.blockBound(1, 0, 0, 3, 3), 1, 3, -3, 3)} is {@code 1}.
     *
     * @param a the double of the line's x-coefficient
     * @param b the double of the line's y-coefficient
     * @param c the double of the line's constant
     * @param bound a {@link #blockBound} covering the box, non-negative
     * @param minX the box's least x
     * @param maxX the box's greatest x
     * @param minY the box's least y
     * @param maxY the box's greatest y
     * @return 1, -1 or {@link Rounding#UNCERTAIN}
     */
    public static int triageBox(double a, double b, double c, double bound, double minX, double maxX,
            double minY, double maxY) {
        boolean ax = a >= 0;
        boolean by = b >= 0;
        double least = (a * (ax ? minX : maxX) + b * (by ? minY : maxY)) + c;
        if (least > bound) {
            return 1;
        }
        double most = (a * (ax ? maxX : minX) + b * (by ? maxY : minY)) + c;
        return most < -bound ? -1 : Rounding.UNCERTAIN;
    }

    /**
     * The triage of the vertices {@code from .. to-1} against a line under a {@link #blockBound}:
     * writes each vertex's {@link #triage} into {@code signs[i - from]}. Allocation-free.
     *
     * @param a the double of the line's x-coefficient
     * @param b the double of the line's y-coefficient
     * @param c the double of the line's constant
     * @param bound a {@link #blockBound} covering every vertex, non-negative
     * @param x the vertices' x doubles
     * @param y the vertices' y doubles
     * @param from the first vertex
     * @param to one past the last vertex
     * @param signs receives 1, -1 or {@link Rounding#UNCERTAIN}, at least {@code to - from} long
     */
    public static void triage(double a, double b, double c, double bound, double[] x, double[] y, int from,
            int to, byte[] signs) {
        for (int i = from; i < to; i++) {
            double v = (a * x[i] + b * y[i]) + c;
            signs[i - from] = (byte) (v > bound ? 1 : v < -bound ? -1 : Rounding.UNCERTAIN);
        }
    }
}

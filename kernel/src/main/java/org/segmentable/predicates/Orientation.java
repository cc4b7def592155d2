package org.segmentable.predicates;

import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * The orientation of three points: the exact sign of {@code (b - a) × (c - a)}, that is of
 * {@code (bx - ax)(cy - ay) - (by - ay)(cx - ax)}.
 *
 * <p>Two entry points, both exact:
 * <ul>
 *   <li>{@link #index(double, double, double, double, double, double)} for double coordinates,
 *   the hot-loop entry: a floating-point filter with Shewchuk's error bound decides almost every
 *   call in a few nanoseconds; near-degenerate calls go to an exact stage on error-free
 *   transformations ({@code fma}, TwoSum expansions), then to {@code BigDecimal}.</li>
 *   <li>{@link #index(Point2, Point2, Point2)} for exact rational points: the same filter on the
 *   coordinates' nearest doubles with a bound that also covers their conversion error (derived
 *   below); when it cannot decide and every coordinate is exactly a double, the double entry's
 *   exact stages; otherwise exact {@link Rational} arithmetic ({@link #indexExact}).</li>
 * </ul>
 *
 * <p><b>Stages.</b> Triage (the double evaluation against its bound:
 * {@code 4u·S} for doubles, {@code 8u·M'} for rationals, both derived in {@link Rounding}), then the
 * exact stage. No tie-break: a zero result means the points are exactly collinear, and callers
 * that need a symbolic perturbation decide such ties themselves.
 *
 * <p><b>Sign laws</b> (exact, so the filtered result obeys them too): {@code index(b, c, a) ==
 * index(a, b, c)}, {@code index(b, a, c) == -index(a, b, c)}, and the sign is unchanged by
 * translating the three points and by scaling them by a positive rational.
 *
 * <p>{@code Orientation.index(Point2.of(0, 0), Point2.of(1, 0), Point2.of(0, 1))} is
 * {@link #COUNTERCLOCKWISE}; {@code Orientation.index(0, 0, 1, 1, 3, 3)} is {@link #COLLINEAR}.
 */
public final class Orientation {

    /** The points turn left. */
    public static final int COUNTERCLOCKWISE = 1;
    /** The points turn right. */
    public static final int CLOCKWISE = -1;
    /** The points lie on one line. */
    public static final int COLLINEAR = 0;

    private Orientation() {
    }

    /**
     * The exact orientation of three rational points, filtered.
     *
     * <p>{@code Orientation.index(Point2.of(0, 0), Point2.of(2, 2), Point2.of(1, 1))} is {@code 0}.
     *
     * @param a not null
     * @param b not null
     * @param c not null
     * @return 1 when counter-clockwise, -1 when clockwise, 0 when collinear
     * @throws NullPointerException if a point is null
     */
    public static int index(Point2 a, Point2 b, Point2 c) {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        Objects.requireNonNull(c, "c is null");
        double ax = a.x().doubleValue();
        double ay = a.y().doubleValue();
        double bx = b.x().doubleValue();
        double by = b.y().doubleValue();
        double cx = c.x().doubleValue();
        double cy = c.y().doubleValue();
        if (Rounding.isFilterable(a.x(), ax) && Rounding.isFilterable(a.y(), ay)
                && Rounding.isFilterable(b.x(), bx) && Rounding.isFilterable(b.y(), by)
                && Rounding.isFilterable(c.x(), cx) && Rounding.isFilterable(c.y(), cy)) {
            double det = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
            double m = (Math.abs(ax) + Math.abs(bx)) * (Math.abs(ay) + Math.abs(cy))
                    + (Math.abs(ay) + Math.abs(by)) * (Math.abs(ax) + Math.abs(cx));
            if (Rounding.inFilterRange(m)) {
                double bound = Rounding.RATIONAL_FACTOR * m;
                if (det > bound) {
                    return COUNTERCLOCKWISE;
                }
                if (-det > bound) {
                    return CLOCKWISE;
                }
            }
        }
        if (Rounding.allExactDoubles(a.x(), a.y(), b.x(), b.y(), c.x(), c.y())) {
            return index(ax, ay, bx, by, cx, cy);
        }
        return indexExact(a, b, c);
    }

    /**
     * The exact orientation of three points given by finite double coordinates (each double
     * denotes the exact rational it holds). Allocation-free unless the input is nearly degenerate.
     *
     * <p>{@code Orientation.index(0.0, 0.0, 0.1, 0.7, 0.3, 2.1)} is {@code 1}: the decimals would be
     * collinear, the doubles they round to are not.
     *
     * @param ax the first point's x coordinate, finite
     * @param ay the first point's y coordinate, finite
     * @param bx the second point's x coordinate, finite
     * @param by the second point's y coordinate, finite
     * @param cx the third point's x coordinate, finite
     * @param cy the third point's y coordinate, finite
     * @return 1 when counter-clockwise, -1 when clockwise, 0 when collinear
     * @throws IllegalArgumentException naming the value if a coordinate is NaN or infinite
     */
    public static int index(double ax, double ay, double bx, double by, double cx, double cy) {
        return FloatingKernel.signOfProductDifference(bx, ax, cy, ay, by, ay, cx, ax);
    }

    /**
     * The orientation by exact rational arithmetic alone, without a filter (the reference the
     * filtered entries are tested against).
     *
     * <p>{@code Orientation.indexExact(Point2.of(0, 0), Point2.of(1, 0), Point2.of(1, -1))} is
     * {@code -1}.
     *
     * @param a the first point, not null
     * @param b the second point, not null
     * @param c the third point, not null
     * @return the sign of the orientation determinant of {@code a, b, c}: 1 when counter-clockwise,
     *     -1 when clockwise, 0 when collinear
     * @throws NullPointerException if a point is null
     */
    public static int indexExact(Point2 a, Point2 b, Point2 c) {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        Objects.requireNonNull(c, "c is null");
        Rational left = b.x().subtract(a.x()).multiply(c.y().subtract(a.y()));
        Rational right = b.y().subtract(a.y()).multiply(c.x().subtract(a.x()));
        return Integer.signum(left.compareTo(right));
    }
}

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
 * <p><b>Bound for rational inputs.</b> Let {@code u = 2^-53} and let each coordinate {@code v}
 * enter as {@code v' = v(1 + ε)}, {@code |ε| <= u} (the nearest double, in the normal range). A
 * computed difference {@code fl(b' - a')} differs from {@code b - a} by at most
 * {@code u(|a| + |b|) + u(1 + u)(|a| + |b|) = (2u + u²)A}, {@code A = |a| + |b|}. A product of two
 * such differences then errs by at most {@code ((2u + u²)(2 + 2u + u²) + u(1 + 2u + u²)²)·A1·A2
 * <= (5u + 10u²)·A1·A2}, and the final subtraction adds at most {@code u(1 + 5u + 10u²)} times the
 * sum: in all {@code |det' - det| <= (6u + 16u²)·M} with {@code M = A1·A2 + A3·A4}, where
 * {@code A1 = |ax| + |bx|}, {@code A2 = |ay| + |cy|}, {@code A3 = |ay| + |by|},
 * {@code A4 = |ax| + |cx|}. Computing {@code M'} from the converted coordinates in doubles (seven
 * roundings, each coordinate off by at most {@code u}) gives {@code M <= M'(1 + 10u)}, so
 * {@code 8u·M'} bounds the error with room to spare; as for doubles (see the class notes of the
 * package's floating kernel) the filter only answers for {@code M'} in {@code [2^-900, 2^1000]}.
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

    /** {@code 8u = 2^-50}, the filter bound for rational inputs (see the class notes). */
    private static final double RATIONAL_BOUND = 0x1p-50;

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
        if (RationalFilter.usable(ax, ay, bx, by, cx, cy)) {
            double det = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
            double m = (Math.abs(ax) + Math.abs(bx)) * (Math.abs(ay) + Math.abs(cy))
                    + (Math.abs(ay) + Math.abs(by)) * (Math.abs(ax) + Math.abs(cx));
            if (m >= FloatingKernel.SMALLEST_SUM && m <= FloatingKernel.LARGEST_SUM) {
                double bound = RATIONAL_BOUND * m;
                if (det > bound) {
                    return COUNTERCLOCKWISE;
                }
                if (-det > bound) {
                    return CLOCKWISE;
                }
            }
        }
        if (RationalFilter.allExactDoubles(a.x(), a.y(), b.x(), b.y(), c.x(), c.y())) {
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
     * @return 1 when counter-clockwise, -1 when clockwise, 0 when collinear
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

package org.segmentable.predicates;

import org.segmentable.numbers.Rational;

/**
 * The filter of the predicates' {@link Rational} entry points (package-private).
 *
 * <p>Each coordinate {@code v} is replaced by {@code v' = fl(v)}, the nearest double
 * ({@link Rational#doubleValue()}), so {@code |v' - v| <= u·|v|} (with {@code u = 2^-53}) as long
 * as {@code |v|} lies in the normal range; {@link #usable} rejects any nonzero coordinate whose
 * double is below {@code 2^-1000} or above {@code 2^500} in magnitude (zero converts exactly), so
 * that relative bound holds and no product can overflow. The bounds used with these converted
 * inputs are derived in {@link Orientation} and {@link Side}.
 */
final class RationalFilter {

    private static final double SMALLEST = 0x1p-1000;
    private static final double LARGEST = 0x1p500;

    private RationalFilter() {
    }

    /** True when the double {@code d} of a rational may enter the filter. */
    static boolean usable(double d) {
        double m = Math.abs(d);
        return d == 0 || (m >= SMALLEST && m <= LARGEST);
    }

    /** True when all six doubles may enter the filter. */
    static boolean usable(double a, double b, double c, double d, double e, double f) {
        return usable(a) && usable(b) && usable(c) && usable(d) && usable(e) && usable(f);
    }

    /** True when every rational is exactly a double. */
    static boolean allExactDoubles(Rational... values) {
        for (Rational v : values) {
            if (!v.isExactDouble()) {
                return false;
            }
        }
        return true;
    }
}

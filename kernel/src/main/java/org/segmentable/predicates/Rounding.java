package org.segmentable.predicates;

import org.segmentable.numbers.Rational;

/**
 * The floating-point error model of every filter in the kernel, its constants, and the range
 * checks that keep the model valid. Each filtered predicate of this package, and each engine's
 * filter ({@code ops.ScaledRing}, {@code complex.LineTable}, the {@code deep} rows), takes its
 * bound from here or from a named function of this package whose Javadoc derives it.
 *
 * <p><b>The model.</b> Doubles are IEEE 754 binary64 with round-to-nearest; Java evaluates
 * {@code a*b + c} as two rounded operations (no contraction into {@code fma}). With the unit
 * roundoff {@code u = 2^-53} ({@link #UNIT_ROUNDOFF}), every operation {@code ∘} of {@code + - * /}
 * on doubles returns {@code (x ∘ y)(1 + δ)} with {@code |δ| <= u}, provided the result neither
 * overflows nor underflows (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, §2.2).
 * A chain of {@code n} such roundings multiplies by at most {@code 1 + γ_n} with
 * {@code γ_n = n·u/(1 - n·u)} ({@link #gamma}, Higham Lemma 3.1), and a computed sum of {@code n}
 * non-negative terms is at least {@code (1 - u)^n} times the exact sum.
 *
 * <p><b>Outside the normal range.</b> An addition or subtraction whose result is subnormal is
 * exact; a product in the subnormal range errs by at most {@code 2^-1075} in absolute value; a
 * result beyond {@code Double.MAX_VALUE} becomes infinite. Every filter of the kernel therefore
 * either only answers when its magnitude sum lies in {@code [2^-900, 2^1000]}
 * ({@link #inFilterRange}: then no operation overflows, and the at most a few absolute underflow
 * errors, below {@code 2^-1072} in all, disappear in the spare {@code u·sum >= 2^-953} that each
 * bound carries), or adds an explicit absolute term for underflow ({@link Approximations}).
 * Comparisons with NaN are false, so a filter that meets an infinite or NaN value never answers
 * and the exact stage decides.
 *
 * <p><b>Rationals entering a filter.</b> A rational {@code v} enters as its nearest double
 * {@code v' = fl(v)} ({@link Rational#doubleValue()}). When {@code |v'|} lies in
 * {@code [2^-1000, 2^500]} the relative model holds ({@code |v' - v| <= u·|v|}) and no product of
 * two such doubles overflows. A nonzero rational whose double is zero ({@code 10^-400}) or
 * infinite ({@code 10^400}) has no relative bound at all: {@link #isFilterable(Rational, double)}
 * rejects both, so such inputs always reach the exact stage.
 *
 * <p>{@code Rounding.gamma(3)} is {@code 3u/(1 - 3u)}, about {@code 3.33e-16};
 * {@code Rounding.isFilterable(Rational.parse("1e-400").get(), 0.0)} is {@code false}.
 */
public final class Rounding {

    /** {@code u = 2^-53}, the unit roundoff of round-to-nearest doubles. */
    public static final double UNIT_ROUNDOFF = 0x1p-53;

    /**
     * The result of a triage stage that cannot decide the sign; callers then run the exact stage.
     * Distinct from the signs {@code -1, 0, 1}.
     */
    public static final int UNCERTAIN = 2;

    /** {@code 2^-900}: below this magnitude sum a filter steps aside. */
    static final double SMALLEST_SUM = 0x1p-900;
    /** {@code 2^1000}: above this magnitude sum a filter steps aside. */
    static final double LARGEST_SUM = 0x1p1000;
    /** {@code 2^-1000}: the smallest magnitude of a rational's double that enters a filter. */
    static final double SMALLEST_INPUT = 0x1p-1000;
    /** {@code 2^500}: the largest magnitude of a rational's double that enters a filter. */
    static final double LARGEST_INPUT = 0x1p500;

    /**
     * {@code 4u = 2^-51}: the filter factor of the orientation (product difference) of doubles.
     * Shewchuk (1997, "Adaptive precision floating-point arithmetic and fast robust geometric
     * predicates", {@code ccwerrboundA}) proves that the computed
     * {@code (a1-a0)(b1-b0) - (c1-c0)(d1-d0)} is within {@code (3u + 16u²)·S} of the exact value of
     * the doubles, {@code S = |fl((a1-a0)(b1-b0))| + |fl((c1-c0)(d1-d0))|} as computed, barring
     * overflow and underflow; {@code 4u·S} also covers the underflow errors for {@code S} in the
     * filter range. Scaling by a power of two is exact, so {@code 4u·S} is computed without error.
     */
    static final double PRODUCT_DIFFERENCE_FACTOR = 0x1p-51;

    /**
     * {@code 4u = 2^-51}: the filter factor of the affine sign {@code a·x + b·y + c} of doubles.
     * With {@code p1 = fl(a·x)}, {@code p2 = fl(b·y)} and {@code s = fl(fl(p1 + p2) + c)}, the error
     * is at most {@code γ_3·(|ax| + |by|) + u·|c| <= (3u + 4u²)·P}, {@code P = |ax| + |by| + |c|};
     * the computed {@code P_c = fl(fl(|p1| + |p2|) + |c|)} is at least {@code P(1 - u)³}, so
     * {@code 4u·P_c >= (4u - 12u²)·P} covers it with {@code u·P} to spare.
     */
    static final double AFFINE_FACTOR = 0x1p-51;

    /**
     * {@code 8u = 2^-50}: the filter factor of the rational entries of {@link Orientation},
     * {@link Order} and {@link Side}, whose inputs are the nearest doubles of rationals
     * ({@link #isFilterable}). For orientation: a computed difference {@code fl(b' - a')} is
     * within {@code (2u + u²)·(|a| + |b|)} of {@code b - a}; a product of two differences errs by
     * at most {@code (5u + 10u²)·A1·A2}, and the final subtraction adds at most {@code u} times
     * the sum: {@code |det' - det| <= (6u + 16u²)·M}, {@code M = A1·A2 + A3·A4} with
     * {@code A1 = |ax| + |bx|}, {@code A2 = |ay| + |cy|}, {@code A3 = |ay| + |by|},
     * {@code A4 = |ax| + |cx|}. The computed {@code M'} (seven roundings of converted inputs)
     * satisfies {@code M <= M'(1 + 10u)}, so {@code 8u·M'} bounds the error. For the side of a
     * point: {@code fl(a'x')} is within {@code γ_3} of {@code ax} relatively, likewise
     * {@code fl(b'y')}, the two additions add {@code γ_2}, and {@code c'} is off by {@code u|c|}:
     * the error is at most {@code (5u + 12u²)·P} with {@code P = |ax| + |by| + |c|}, and
     * {@code P <= P'(1 + 7u)} for the computed {@code P'}, so {@code 8u·P'} bounds it. The order
     * along a direction, {@code dx·(px - qx) + dy·(py - qy)}, is an orientation with two factors
     * that are not differences, which only loosens the same bound. In all three the filter
     * answers only for the magnitude sum in {@link #inFilterRange the filter range}.
     */
    static final double RATIONAL_FACTOR = 0x1p-50;

    /**
     * {@code 16u = 2^-49}: the factor of {@link Side#blockBound}, which derives a total error below
     * {@code 7u·M'} for vertices against a line with rational coefficients.
     */
    static final double BLOCK_FACTOR = 0x1p-49;

    private Rounding() {
    }

    /**
     * {@code γ_n = n·u / (1 - n·u)}: the relative error bound of {@code n} chained roundings.
     *
     * <p>{@code Rounding.gamma(1)} is {@code u/(1 - u)}, just above {@code 2^-53}.
     *
     * @param n the number of roundings, at least 0 and below {@code 2^52}
     * @return {@code γ_n}, rounded to nearest (callers add slack of at least one {@code u} when
     *     they use it as a bound)
     * @throws IllegalArgumentException if {@code n} is negative or {@code n·u >= 1/2}
     */
    public static double gamma(int n) {
        if (n < 0 || n >= (1L << 52)) {
            throw new IllegalArgumentException("n is out of range: " + n);
        }
        double nu = n * UNIT_ROUNDOFF;
        return nu / (1 - nu);
    }

    /**
     * True when a filter may answer with a magnitude sum of {@code sum}: {@code sum} lies in
     * {@code [2^-900, 2^1000]} (false for NaN and infinities).
     *
     * <p>{@code Rounding.inFilterRange(1.0)} is {@code true}; {@code Rounding.inFilterRange(0x1p-1000)}
     * is {@code false}.
     *
     * @param sum a computed magnitude sum
     * @return whether the filter's bound is valid at this magnitude
     */
    public static boolean inFilterRange(double sum) {
        return sum >= SMALLEST_SUM && sum <= LARGEST_SUM;
    }

    /**
     * True when {@code d}, the nearest double of the rational {@code r}, may enter a filter: both
     * are zero, or {@code |d|} lies in {@code [2^-1000, 2^500]} (then {@code |d - r| <= u·|r|} and
     * no product of two such doubles overflows). A nonzero rational whose double underflows to zero
     * or overflows to infinity is never filterable.
     *
     * <p>{@code Rounding.isFilterable(Rational.of(3), 3.0)} is {@code true}.
     *
     * @param r the exact value, not null
     * @param d {@code r.doubleValue()}
     * @return whether {@code d} may stand for {@code r} in a filter
     * @throws NullPointerException if {@code r} is null
     */
    public static boolean isFilterable(Rational r, double d) {
        if (d == 0) {
            return r.signum() == 0;
        }
        double m = Math.abs(d);
        return m >= SMALLEST_INPUT && m <= LARGEST_INPUT;
    }

    /**
     * The nearest double of {@code r} when it {@link #isFilterable may enter a filter}, else NaN
     * (which no filter comparison accepts, so the exact stage decides).
     *
     * <p>{@code Rounding.filterValue(Rational.of(1, 4))} is {@code 0.25};
     * {@code Rounding.filterValue(Rational.parse("1e400").get())} is NaN.
     *
     * @param r not null
     * @return {@code r.doubleValue()} or NaN
     * @throws NullPointerException if {@code r} is null
     */
    public static double filterValue(Rational r) {
        double d = r.doubleValue();
        return isFilterable(r, d) ? d : Double.NaN;
    }

    /** True when every rational is exactly a double (then the double entries' exact stages apply). */
    static boolean allExactDoubles(Rational... values) {
        for (Rational v : values) {
            if (!v.isExactDouble()) {
                return false;
            }
        }
        return true;
    }
}

package org.segmentable.predicates;

import java.math.BigInteger;

/**
 * Approximations of exact quantities with a proven error radius, and the bound arithmetic of
 * filters that carry such radii through long sums (the {@code deep} engine's rows: per-coefficient
 * running bounds, see its {@code ApproxRows}). A filtered quantity is a pair {@code (x̃, r)} with
 * {@code |x - x̃| <= r} for the exact {@code x}; its sign is decided when {@code |x̃| > r}, else
 * by the caller's exact stage. No tie-break.
 *
 * <p><b>Model.</b> {@link Rounding}'s: {@code u = 2^-53}; a computed sum of {@code m} products
 * differs from the exact sum of the computed inputs by at most {@code γ_m·Σ|terms|}
 * (Higham, §3.1), and a computed sum of {@code m} non-negative terms is at least the exact sum
 * times {@code (1 - u)^m}. Unlike the fixed-factor filters of this package these radii do not
 * restrict the range: products that underflow carry an absolute error of at most
 * {@code 2^-1075} each, covered by explicit multiples of {@code Double.MIN_VALUE}; an input that
 * overflows to infinity gives an infinite or NaN radius or value, and then no comparison
 * {@code |x̃| > r} holds, so the exact stage decides.
 *
 * <p>{@code Approximations.quotient(BigInteger.ONE, BigInteger.valueOf(3))} is
 * {@code 0.3333333333333333}, with {@code quotientRadius} of about {@code 2.96e-16}.
 */
public final class Approximations {

    /** {@code 2^-50}: relative error bound of {@link #quotient}. */
    private static final double QUOTIENT_REL = 0x1p-50;
    /** {@code 1 + 2^-46}: the relative slack of {@link #roundedUp}. */
    private static final double UP_FACTOR = 1 + 0x1p-46;

    private Approximations() {
    }

    /**
     * The constant {@code K(m) = (m + 6)·2^-52} for a sum of {@code m} products: at least
     * {@code 2·γ_{m+2}} for every {@code m < 2^40}, so it covers {@code γ_m}, the underestimate of
     * the computed magnitude sums and the roundings of {@link #sumRadius}'s own formula.
     *
     * <p>{@code Approximations.sumFactor(2)} is {@code 2^-49}.
     *
     * @param m the number of terms, below {@code 2^40}
     * @return {@code K(m)}
     */
    public static double sumFactor(int m) {
        return (m + 6) * 0x1p-52;
    }

    /**
     * The error radius of a computed sum of {@code m} products:
     * {@code nextUp((propagated + K(m)·magnitude + (m + 4)·2^-1074)·(1 + K(m)))}. The factor
     * {@code K(m)} ({@link #sumFactor}) covers the evaluation error {@code γ_m·Σ|terms|} and the
     * underestimate of the computed sums, {@code (m + 4)·Double.MIN_VALUE} the products that
     * underflow, the final factor and {@link Math#nextUp} the roundings of this formula. Java never
     * contracts {@code a*b + c} into a fused multiply-add, so the model holds.
     *
     * <p>{@code Approximations.sumRadius(0, 1, 3)} is just above {@code 9·2^-52}.
     *
     * @param propagated the computed sum of the propagated input errors (non-negative)
     * @param magnitude the computed sum of the absolute values of the terms (non-negative)
     * @param m the number of terms
     * @return an upper bound on the distance between the computed and the exact value
     */
    public static double sumRadius(double propagated, double magnitude, int m) {
        double k = sumFactor(m);
        return Math.nextUp((propagated + k * magnitude + (m + 4) * Double.MIN_VALUE) * (1 + k));
    }

    /**
     * A value at least the exact value {@code E} of a non-negative quantity that was computed as
     * {@code v} with at most 30 roundings: {@code nextUp(v·(1 + 2^-46) + 16·2^-1074)}. Each rounding
     * is within {@code u} relatively or, in the subnormal range, {@code 2^-1075} absolutely, so
     * {@code v >= E·(1 - u)^30 - 30·2^-1075}; then the result is at least
     * {@code E·(1 - 31u)(1 + 128u) + 2^-1074 >= E·(1 + 64u)}, room enough for one more rounded
     * product of normal numbers.
     *
     * <p>{@code Approximations.roundedUp(1.0)} is just above {@code 1 + 2^-46}.
     *
     * @param v a computed non-negative value
     * @return an upper bound of the exact value
     */
    public static double roundedUp(double v) {
        return Math.nextUp(v * UP_FACTOR + 16 * Double.MIN_VALUE);
    }

    /**
     * A double near {@code num / den} with relative error at most {@code 2^-50} (plus
     * {@code 2^-1072} absolute when the result is subnormal; infinite when it overflows). Both
     * conversions {@link BigInteger#doubleValue()} round to nearest and the division rounds once:
     * three roundings of relative size {@code 2^-53}. Operands beyond {@code 2^1000} are first
     * divided exactly with an integer quotient of at least 64 bits (relative truncation below
     * {@code 2^-63}).
     *
     * <p>{@code Approximations.quotient(BigInteger.ONE, BigInteger.TEN.pow(400))} is {@code 0.0},
     * within its {@link #quotientRadius} {@code 5·2^-1074} of the exact {@code 10^-400}.
     *
     * @param num any integer, not null
     * @param den a positive integer, not null
     * @return the approximation
     * @throws NullPointerException if an argument is null
     */
    public static double quotient(BigInteger num, BigInteger den) {
        if (num.signum() == 0) {
            return 0.0;
        }
        int nb = num.bitLength();
        int db = den.bitLength();
        if (nb < 1000 && db < 1000) {
            return num.doubleValue() / den.doubleValue();
        }
        int shift = Math.max(0, db - nb + 64);
        BigInteger q = num.shiftLeft(shift).divide(den);
        int qb = q.bitLength();
        int drop = Math.max(0, qb - 200);
        double mant = q.shiftRight(drop).doubleValue();
        return Math.scalb(mant, drop - shift);
    }

    /**
     * The error radius of {@link #quotient}'s result {@code q}: {@code |q|·2^-50 + 4·2^-1074},
     * rounded up (infinite for an infinite {@code q}).
     *
     * <p>{@code Approximations.quotientRadius(0.0)} is {@code 5·Double.MIN_VALUE} (the next double above {@code 4·2^-1074}).
     *
     * @param q the approximation
     * @return the radius
     */
    public static double quotientRadius(double q) {
        return Math.nextUp(Math.abs(q) * QUOTIENT_REL + 4 * Double.MIN_VALUE);
    }
}

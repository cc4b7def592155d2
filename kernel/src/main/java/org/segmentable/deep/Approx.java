package org.segmentable.deep;

import java.math.BigInteger;

/**
 * The double filter's arithmetic: approximations of exact quantities with a proven error radius.
 *
 * <p>Every filtered quantity is a pair {@code (x̃, r)} with {@code |x - x̃| ≤ r} for the exact
 * value {@code x}. The bounds rest on the standard model of IEEE round-to-nearest arithmetic
 * (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, §2.2 and §3.1): with
 * {@code u = 2^-53}, a computed sum of products of {@code m} terms differs from the exact sum of
 * the computed inputs by at most {@code γ_m · Σ|terms|} with {@code γ_m = m·u / (1 - m·u)}, and a
 * computed sum of {@code m} non-negative terms is at least the exact sum times {@code (1 - u)^m}.
 * {@link #radius} multiplies the computed magnitudes by {@code K(m) = (m + 6)·2^-52}, which is at
 * least {@code 2·γ_{m+2}} for every {@code m < 2^40}; this covers {@code γ_m}, the underestimate
 * of the magnitude sums and the three roundings of the radius formula itself, and the final
 * {@link Math#nextUp} rounds the radius upward. Products that underflow into subnormals carry an
 * absolute error of at most {@code 2^-1075} each; the added {@code (m + 4)·Double.MIN_VALUE} covers
 * them. Java never contracts {@code a*b + c} into a fused multiply-add, so the model holds.
 *
 * <p>{@code Approx.quotient(BigInteger.ONE, BigInteger.valueOf(3))} is {@code 0.3333333333333333}.
 */
final class Approx {

    /** {@code 2^-50}: relative error bound of {@link #quotient}. */
    static final double QUOTIENT_REL = 0x1p-50;

    private Approx() {
    }

    /**
     * The constant {@code K(m) = (m + 6)·2^-52} for a sum of {@code m} products.
     *
     * @param m the number of terms, below {@code 2^40}
     * @return {@code K(m)}
     */
    static double k(int m) {
        return (m + 6) * 0x1p-52;
    }

    /**
     * The error radius of a computed sum of {@code m} products.
     *
     * @param propagated the computed sum of the propagated input errors (non-negative)
     * @param magnitude the computed sum of the absolute values of the terms (non-negative)
     * @param m the number of terms
     * @return an upper bound on the distance between the computed and the exact value
     */
    static double radius(double propagated, double magnitude, int m) {
        double k = k(m);
        return Math.nextUp((propagated + k * magnitude + (m + 4) * Double.MIN_VALUE) * (1 + k));
    }

    /**
     * A double near {@code num / den} with relative error at most {@code 2^-50} (plus
     * {@code 2^-1072} absolute when the result is subnormal). Both conversions
     * {@link BigInteger#doubleValue()} round to nearest (since JDK 8) and the division rounds once:
     * three roundings of relative size {@code 2^-53}. Operands beyond {@code 2^1000} are first
     * divided exactly with an integer quotient of at least 64 bits (relative truncation below
     * {@code 2^-63}).
     *
     * @param num any integer
     * @param den a positive integer
     * @return the approximation
     */
    static double quotient(BigInteger num, BigInteger den) {
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
     * The error radius of {@link #quotient}'s result {@code q}.
     *
     * @param q the approximation
     * @return {@code |q|·2^-50 + 4·Double.MIN_VALUE}, rounded up
     */
    static double quotientRadius(double q) {
        return Math.nextUp(Math.abs(q) * QUOTIENT_REL + 4 * Double.MIN_VALUE);
    }
}

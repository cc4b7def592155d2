package org.segmentable.predicates;

import java.math.BigInteger;

/**
 * Staged signs for lines {@code a·x + b·y + c = 0} with integer coefficients: the 2×2
 * determinant {@code a_i·b_j - a_j·b_i} of two lines (the cross product of their directions) and
 * the 3×3 determinant of three lines' rows {@code (a, b, c)}. The sign of line {@code k} at the
 * crossing of lines {@code i} and {@code j} is {@code sign(det3(i, j, k))·sign(det2(i, j))}, and
 * the order of two crossings along a line is a product of such signs, so these two serve every
 * vertex-against-line and line-triple test of an arrangement.
 *
 * <p><b>Stages.</b> Each line carries its coefficients as doubles scaled by one common power of
 * two ({@link #scaledCoefficient}: the largest magnitude in {@code [1, 2)}, each rounded to
 * nearest; the scaling is exact and positive, so it changes no sign). A triage
 * ({@link #triageDet2}, {@link #triageDet3}) decides from these doubles or returns
 * {@link Rounding#UNCERTAIN}; the exact stage ({@link #det2}, {@link #det3}) is integer arithmetic.
 * No tie-break: zero means parallel lines, or three lines through one point.
 *
 * <p><b>Range.</b> A line is {@link #isFilterable filterable} when none of its nonzero scaled
 * coefficients is below {@code 2^-300} (in particular none rounded to zero, as a coefficient
 * {@code 2^1100} times smaller than the largest would). Then every product of up to three scaled
 * coefficients is exactly zero or in {@code [2^-900, 8]}, and a nonzero difference of two
 * products of two is at least {@code ulp(2^-600) = 2^-652}, so every product of the evaluation is
 * zero or normal: no underflow, no overflow, and each operation errs by at most {@code u}
 * relatively ({@link Rounding}). A triage must only be called on filterable lines.
 *
 * <p><b>Bound of {@code det2}.</b> Each product of two scaled inputs is within {@code γ_2} of the
 * product of the exact scaled coefficients; the product and the subtraction add {@code γ_2}: the
 * computed value is within {@code γ_4·P} of the exact one, {@code P} the sum of the two exact
 * absolute products. The computed {@code P_c = fl(|p| + |q|)} is at least {@code (1 - u)^4·P}, so
 * the error is below {@code 4.01u·P_c < 16u·P_c = 2^-49·P_c}.
 *
 * <p><b>Bound of {@code det3}</b>, evaluated as {@code a_i·m_1 - b_i·m_2 + c_i·m_3} with the minors
 * {@code m = p - q}. Each of the six products of three inputs is within {@code γ_3} of its exact
 * value; along the evaluation it meets five roundings (the inner product, the minor's
 * subtraction, the outer product, at most two additions): the computed value is within
 * {@code γ_8·P} of the exact one, {@code P} the permanent (the sum of the six exact absolute
 * products). The computed permanent, through the same five roundings of non-negative terms, is at
 * least {@code (1 - u)^8·P}, so the error is below {@code 8.01u·P_c < 32u·P_c = 2^-48·P_c}. Both
 * bounds are computed exactly (power-of-two scaling of a normal number).
 *
 * <p>With lines {@code x = 0} ({@code 1, 0, 0}) and {@code y = 0} ({@code 0, 1, 0}):
 * {@code IntegerLines.triageDet2(1, 0, 0, 1)} is {@code 1}.
 */
public final class IntegerLines {

    /** {@code 2^-49}: the triage factor of {@link #triageDet2} (see the class notes). */
    private static final double DET2_FACTOR = 0x1p-49;
    /** {@code 2^-48}: the triage factor of {@link #triageDet3} (see the class notes). */
    private static final double DET3_FACTOR = 0x1p-48;
    /** {@code 2^-300}: the least magnitude of a nonzero scaled coefficient of a filterable line. */
    private static final double SMALLEST_SCALED = 0x1p-300;

    private IntegerLines() {
    }

    /**
     * {@code v·2^(1 - bits)} rounded to nearest: with {@code bits} the largest bit length of the
     * line's three coefficients, the largest scaled magnitude lies in {@code [1, 2)}. Exact zero for
     * zero. Values beyond 64 bits are first cut to 64 bits with a sticky bit, so the final rounding
     * to 53 bits is still correct.
     *
     * <p>{@code IntegerLines.scaledCoefficient(BigInteger.valueOf(3), 2)} is {@code 1.5}.
     *
     * @param v the coefficient, not null
     * @param bits at least {@code v.bitLength()}
     * @return the scaled coefficient (possibly rounded to zero or subnormal when {@code v} is far
     *     smaller than the largest coefficient; {@link #isFilterable} then says no)
     * @throws NullPointerException if {@code v} is null
     */
    public static double scaledCoefficient(BigInteger v, int bits) {
        if (v.signum() == 0) {
            return 0.0;
        }
        int drop = Math.max(0, v.bitLength() - 64);
        double top;
        if (drop == 0) {
            top = v.doubleValue(); // correctly rounded
        } else {
            BigInteger t = v.abs().shiftRight(drop);
            if (v.abs().getLowestSetBit() < drop) {
                t = t.setBit(0); // sticky bit
            }
            top = v.signum() * t.doubleValue();
        }
        return Math.scalb(top, drop + 1 - bits);
    }

    /**
     * True when a coefficient's scaled double may enter the triage: the coefficient is zero, or its
     * scaled double is at least {@code 2^-300} in magnitude (see the class notes).
     *
     * <p>{@code IntegerLines.isFilterable(BigInteger.ONE, 0.0)} is {@code false}.
     *
     * @param v the exact coefficient, not null
     * @param scaled its {@link #scaledCoefficient}
     * @return whether the triage may use {@code scaled}
     * @throws NullPointerException if {@code v} is null
     */
    public static boolean isFilterable(BigInteger v, double scaled) {
        return v.signum() == 0 || Math.abs(scaled) >= SMALLEST_SCALED;
    }

    /**
     * The triage of {@code a_i·b_j - a_j·b_i} from scaled coefficients of filterable lines.
     *
     * <p>{@code IntegerLines.triageDet2(1, 1, 2, 2)} is {@link Rounding#UNCERTAIN} (parallel lines:
     * the exact stage says 0).
     *
     * @param ai line i's scaled a
     * @param bi line i's scaled b
     * @param aj line j's scaled a
     * @param bj line j's scaled b
     * @return 1, -1, 0 (both products exactly zero) or {@link Rounding#UNCERTAIN}
     */
    public static int triageDet2(double ai, double bi, double aj, double bj) {
        double p = ai * bj;
        double q = aj * bi;
        double d = p - q;
        double bound = (Math.abs(p) + Math.abs(q)) * DET2_FACTOR;
        if (d > bound) {
            return 1;
        }
        if (-d > bound) {
            return -1;
        }
        return p == 0.0 && q == 0.0 ? 0 : Rounding.UNCERTAIN; // no underflow: a zero product has a zero factor
    }

    /**
     * The triage of the 3×3 determinant of rows {@code (a, b, c)} of lines i, j, k from scaled
     * coefficients of filterable lines.
     *
     * <p>{@code IntegerLines.triageDet3(1, 0, 0, 0, 1, 0, 0, 0, 1)} is {@code 1}.
     *
     * @param ai line i's scaled a
     * @param bi line i's scaled b
     * @param ci line i's scaled c
     * @param aj line j's scaled a
     * @param bj line j's scaled b
     * @param cj line j's scaled c
     * @param ak line k's scaled a
     * @param bk line k's scaled b
     * @param ck line k's scaled c
     * @return 1, -1, 0 (every product exactly zero) or {@link Rounding#UNCERTAIN}
     */
    public static int triageDet3(double ai, double bi, double ci, double aj, double bj, double cj, double ak,
            double bk, double ck) {
        double m1p = bj * ck;
        double m1q = bk * cj;
        double m2p = aj * ck;
        double m2q = ak * cj;
        double m3p = aj * bk;
        double m3q = ak * bj;
        double d = ai * (m1p - m1q) - bi * (m2p - m2q) + ci * (m3p - m3q);
        double perm = Math.abs(ai) * (Math.abs(m1p) + Math.abs(m1q))
                + Math.abs(bi) * (Math.abs(m2p) + Math.abs(m2q))
                + Math.abs(ci) * (Math.abs(m3p) + Math.abs(m3q));
        double bound = perm * DET3_FACTOR;
        if (d > bound) {
            return 1;
        }
        if (-d > bound) {
            return -1;
        }
        return perm == 0.0 ? 0 : Rounding.UNCERTAIN;
    }

    /**
     * The exact {@code a_i·b_j - a_j·b_i}.
     *
     * <p>{@code IntegerLines.det2(ONE, ONE, TWO, TWO)} is {@code 0}.
     *
     * @param ai line i's a
     * @param bi line i's b
     * @param aj line j's a
     * @param bj line j's b
     * @return the determinant
     * @throws NullPointerException if an argument is null
     */
    public static BigInteger det2(BigInteger ai, BigInteger bi, BigInteger aj, BigInteger bj) {
        return ai.multiply(bj).subtract(aj.multiply(bi));
    }

    /**
     * The exact determinant of the rows {@code (a, b, c)} of lines i, j, k.
     *
     * <p>For the lines {@code x = 0}, {@code y = 0}, {@code x + y - 1 = 0} it is {@code -1}.
     *
     * @param ai line i's a
     * @param bi line i's b
     * @param ci line i's c
     * @param aj line j's a
     * @param bj line j's b
     * @param cj line j's c
     * @param ak line k's a
     * @param bk line k's b
     * @param ck line k's c
     * @return the determinant
     * @throws NullPointerException if an argument is null
     */
    public static BigInteger det3(BigInteger ai, BigInteger bi, BigInteger ci, BigInteger aj, BigInteger bj,
            BigInteger cj, BigInteger ak, BigInteger bk, BigInteger ck) {
        BigInteger m1 = bj.multiply(ck).subtract(bk.multiply(cj));
        BigInteger m2 = aj.multiply(ck).subtract(ak.multiply(cj));
        BigInteger m3 = aj.multiply(bk).subtract(ak.multiply(bj));
        return ai.multiply(m1).subtract(bi.multiply(m2)).add(ci.multiply(m3));
    }
}

package org.segmentable.complex;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Lines {@code a·x + b·y + c = 0} with exact integer coefficients (gcd-reduced) and the filtered
 * sign predicates the arrangement needs. Package-private engine part; no geometry is decided with
 * a double unless the error bound below proves the double's sign right.
 *
 * <p><b>The filter.</b> Each line also carries doubles {@code fa, fb, fc}: its integer
 * coefficients times one power of two chosen so that the largest has magnitude in {@code [1, 2)},
 * each rounded to nearest (relative error at most {@code u = 2^-53}; scaling by a power of two is
 * exact and positive, so it changes no sign). A line whose non-zero scaled coefficients include one
 * below {@code 2^-300} is marked {@code exactOnly}: then products of three scaled coefficients
 * could underflow, so its predicates skip the filter. Otherwise every product of up to three
 * scaled coefficients lies in {@code [2^-900, 8]} or is exactly zero: no underflow, no overflow,
 * and each floating operation has relative error at most {@code u}.
 *
 * <p>For {@code det3} (six products of three entries, summed as {@code a_i·m_i + ...} with 2x2
 * minors {@code m}), the input rounding changes each product by at most {@code 3.01u} of its
 * magnitude, and Shewchuk's analysis of this evaluation order bounds the evaluation error by
 * {@code 7u + 56u²} times the permanent (the sum of the six absolute products). The permanent
 * computed in floating point is at least {@code (1 - 5u)} times the true one. Hence the computed
 * value is off by less than {@code 11u · perm < 2^-48 · permComputed}, and a computed value whose
 * magnitude exceeds {@code 2^-48 · permComputed} has the exact sign. For {@code det2} (two
 * products of two entries) the same reasoning gives {@code 2.01u + 3u < 2^-49 · permComputed}.
 *
 * <p>{@code new LineTable(3)} holds three lines, all zero, until {@link #set} fills them.
 */
final class LineTable {

    private static final double DET3_BOUND = 0x1p-48;
    private static final double DET2_BOUND = 0x1p-49;
    private static final int TINY_EXPONENT = -300;

    final BigInteger[] ia;
    final BigInteger[] ib;
    final BigInteger[] ic;
    final double[] fa;
    final double[] fb;
    final double[] fc;
    final boolean[] exactOnly;
    /** The coefficients as longs when all three have at most 31 bits ({@code small}), for exact long products. */
    final long[] la;
    final long[] lb;
    final long[] lc;
    final boolean[] small;
    /** Signs of the exact a and b. */
    final byte[] sa;
    final byte[] sb;

    LineTable(int n) {
        ia = new BigInteger[n];
        ib = new BigInteger[n];
        ic = new BigInteger[n];
        fa = new double[n];
        fb = new double[n];
        fc = new double[n];
        exactOnly = new boolean[n];
        sa = new byte[n];
        la = new long[n];
        lb = new long[n];
        lc = new long[n];
        small = new boolean[n];
        sb = new byte[n];
    }

    int size() {
        return ia.length;
    }

    /** Sets line {@code k} to the integer coefficients (already reduced, not all of a, b zero). */
    void set(int k, BigInteger a, BigInteger b, BigInteger c) {
        Objects.requireNonNull(a, "a is null");
        ia[k] = a;
        ib[k] = b;
        ic[k] = c;
        sa[k] = (byte) a.signum();
        sb[k] = (byte) b.signum();
        int bits = Math.max(a.bitLength(), Math.max(b.bitLength(), c.bitLength()));
        small[k] = bits <= 31;
        if (small[k]) {
            la[k] = a.longValue();
            lb[k] = b.longValue();
            lc[k] = c.longValue();
        }
        // scale so the largest magnitude is in [1, 2): value * 2^(1 - bits)
        fa[k] = scaled(a, bits);
        fb[k] = scaled(b, bits);
        fc[k] = scaled(c, bits);
        exactOnly[k] = tiny(fa[k]) || tiny(fb[k]) || tiny(fc[k]);
    }

    private static boolean tiny(double v) {
        return v != 0.0 && Math.getExponent(v) < TINY_EXPONENT;
    }

    /** {@code v · 2^(1 - bits)} rounded to nearest, exact zero for zero. */
    static double scaled(BigInteger v, int bits) {
        if (v.signum() == 0) {
            return 0.0;
        }
        int drop = Math.max(0, v.bitLength() - 64); // keep 64 bits, then round once more to 53
        double top;
        if (drop == 0) {
            top = v.doubleValue(); // correctly rounded
        } else {
            // sticky bit keeps the final rounding a faithful round-to-nearest within 2u
            BigInteger t = v.abs().shiftRight(drop);
            if (v.abs().getLowestSetBit() < drop) {
                t = t.setBit(0);
            }
            top = v.signum() * t.doubleValue();
        }
        return Math.scalb(top, drop + 1 - bits);
    }

    /** The sign of {@code a_i·b_j - a_j·b_i}: the cross product of the directions {@code (-b, a)}. */
    int det2(int i, int j) {
        if (!exactOnly[i] && !exactOnly[j]) {
            double p = fa[i] * fb[j];
            double q = fa[j] * fb[i];
            double d = p - q;
            double bound = (Math.abs(p) + Math.abs(q)) * DET2_BOUND;
            if (d > bound) {
                return 1;
            }
            if (-d > bound) {
                return -1;
            }
            if (p == 0.0 && q == 0.0) {
                return 0; // both products exactly zero: some factor is exactly zero in each
            }
        }
        return ia[i].multiply(ib[j]).subtract(ia[j].multiply(ib[i])).signum();
    }

    /** The sign of the determinant of the rows {@code (a, b, c)} of lines i, j, k. */
    int det3(int i, int j, int k) {
        if (!exactOnly[i] && !exactOnly[j] && !exactOnly[k]) {
            double ai = fa[i], bi = fb[i], ci = fc[i];
            double aj = fa[j], bj = fb[j], cj = fc[j];
            double ak = fa[k], bk = fb[k], ck = fc[k];
            double m1p = bj * ck, m1q = bk * cj;
            double m2p = aj * ck, m2q = ak * cj;
            double m3p = aj * bk, m3q = ak * bj;
            double d = ai * (m1p - m1q) - bi * (m2p - m2q) + ci * (m3p - m3q);
            double perm = Math.abs(ai) * (Math.abs(m1p) + Math.abs(m1q))
                    + Math.abs(bi) * (Math.abs(m2p) + Math.abs(m2q))
                    + Math.abs(ci) * (Math.abs(m3p) + Math.abs(m3q));
            double bound = perm * DET3_BOUND;
            if (d > bound) {
                return 1;
            }
            if (-d > bound) {
                return -1;
            }
            if (perm == 0.0) {
                return 0; // every product is exactly zero
            }
        }
        return det3Exact(i, j, k).signum();
    }

    BigInteger det3Exact(int i, int j, int k) {
        BigInteger m1 = ib[j].multiply(ic[k]).subtract(ib[k].multiply(ic[j]));
        BigInteger m2 = ia[j].multiply(ic[k]).subtract(ia[k].multiply(ic[j]));
        BigInteger m3 = ia[j].multiply(ib[k]).subtract(ia[k].multiply(ib[j]));
        return ia[i].multiply(m1).subtract(ib[i].multiply(m2)).add(ic[i].multiply(m3));
    }

    /**
     * The sign of line {@code k}'s function at the intersection point of lines i and j
     * (which must cross): {@code sign(det3(i, j, k)) · sign(det2(i, j))}.
     */
    int sideAt(int i, int j, int k) {
        return det3(i, j, k) * det2(i, j);
    }

    /**
     * Along line {@code i}, oriented by its direction {@code (-b_i, a_i)}, the order of its
     * crossings with lines j and k: negative when the crossing with j comes first, zero when they
     * are the same point. Holds because {@code L_k(P_ij) = det3(i, j, k) / det2(i, j)} and
     * {@code L_k(P_ij) = det2(i, k) · (s_ij - s_ik)}.
     */
    int compareOnLine(int i, int j, int k) {
        if (j == k) {
            return 0;
        }
        return det3(i, j, k) * det2(i, j) * det2(i, k);
    }

    /** An approximate coordinate of the crossing of line i with line j along line i (for presorting). */
    double approxParameter(int i, int j) {
        double a = fa[i], b = fb[i], c = fc[i];
        double n2 = a * a + b * b;
        double x0 = -a * c / n2;
        double y0 = -b * c / n2;
        double den = a * fb[j] - fa[j] * b;
        return -(fa[j] * x0 + fb[j] * y0 + fc[j]) / den;
    }
}

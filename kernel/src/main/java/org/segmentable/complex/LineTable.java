package org.segmentable.complex;

import java.math.BigInteger;
import java.util.Objects;
import org.segmentable.predicates.IntegerLines;
import org.segmentable.predicates.Rounding;

/**
 * Lines {@code a·x + b·y + c = 0} with exact integer coefficients (gcd-reduced) and the staged
 * sign predicates the arrangement needs. Package-private engine part: the triage and its bounds
 * are {@link IntegerLines}' (each line keeps its {@link IntegerLines#scaledCoefficient scaled
 * doubles} {@code fa, fb, fc} and whether they are {@link IntegerLines#isFilterable filterable}),
 * the exact stage is {@link IntegerLines#det2}/{@link IntegerLines#det3} on the integers.
 *
 * <p>{@code new LineTable(3)} holds three lines, all zero, until {@link #set} fills them.
 */
final class LineTable {

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
        fa[k] = IntegerLines.scaledCoefficient(a, bits);
        fb[k] = IntegerLines.scaledCoefficient(b, bits);
        fc[k] = IntegerLines.scaledCoefficient(c, bits);
        exactOnly[k] = !(IntegerLines.isFilterable(a, fa[k]) && IntegerLines.isFilterable(b, fb[k])
                && IntegerLines.isFilterable(c, fc[k]));
    }

    /** The sign of {@code a_i·b_j - a_j·b_i}: the cross product of the directions {@code (-b, a)}. */
    int det2(int i, int j) {
        if (!exactOnly[i] && !exactOnly[j]) {
            int s = IntegerLines.triageDet2(fa[i], fb[i], fa[j], fb[j]);
            if (s != Rounding.UNCERTAIN) {
                return s;
            }
        }
        return IntegerLines.det2(ia[i], ib[i], ia[j], ib[j]).signum();
    }

    /** The sign of the determinant of the rows {@code (a, b, c)} of lines i, j, k. */
    int det3(int i, int j, int k) {
        if (!exactOnly[i] && !exactOnly[j] && !exactOnly[k]) {
            int s = IntegerLines.triageDet3(fa[i], fb[i], fc[i], fa[j], fb[j], fc[j], fa[k], fb[k], fc[k]);
            if (s != Rounding.UNCERTAIN) {
                return s;
            }
        }
        return det3Exact(i, j, k).signum();
    }

    /** The exact determinant of the rows {@code (a, b, c)} of lines i, j, k. */
    BigInteger det3Exact(int i, int j, int k) {
        return IntegerLines.det3(ia[i], ib[i], ic[i], ia[j], ib[j], ic[j], ia[k], ib[k], ic[k]);
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

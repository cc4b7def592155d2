package org.segmentable.predicates;

/**
 * Exact signs of short sums of doubles by Shewchuk's expansion arithmetic (package-private).
 *
 * <p>{@code Expansions.signOfSum(new double[] {1.0, 0x1p-60, -1.0}, 3)} is {@code 1}.
 */
final class Expansions {

    private Expansions() {
    }

    /**
     * The exact sign of the sum of the terms, barring overflow (every term at most {@code 2^1018}
     * in magnitude and at most sixteen terms). Grow-Expansion with zero elimination (Shewchuk 1997,
     * Theorem 10) keeps a nonoverlapping expansion, increasing in magnitude, whose exact sum is the
     * sum of the terms seen; TwoSum is exact for any finite doubles (underflow included) when
     * nothing overflows. The largest nonzero component of a nonoverlapping expansion exceeds the
     * sum of the others in magnitude, so it carries the sign.
     *
     * @param terms finite doubles (only the first {@code count} are read; not modified)
     * @param count how many terms to add, at most sixteen
     * @return -1, 0 or 1
     */
    static int signOfSum(double[] terms, int count) {
        double[] e = new double[count];
        int m = 0;
        for (int t = 0; t < count; t++) {
            double q = terms[t];
            int k = 0;
            for (int i = 0; i < m; i++) {
                double s = q + e[i];
                double bv = s - q;
                double av = s - bv;
                double tail = (q - av) + (e[i] - bv);
                q = s;
                if (tail != 0) {
                    e[k++] = tail;
                }
            }
            if (q != 0) {
                e[k++] = q;
            }
            m = k;
        }
        return m == 0 ? 0 : (int) Math.signum(e[m - 1]);
    }
}

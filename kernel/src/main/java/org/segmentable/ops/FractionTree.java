package org.segmentable.ops;

import java.math.BigInteger;
import org.segmentable.numbers.Rational;

/**
 * The exact value of {@code (z + Σ n_k / d_k) / q} for integers {@code z}, {@code n_k}, and
 * positive integers {@code d_k}, {@code q}, in lowest terms. Package-private, allocation only in
 * {@link BigInteger}s.
 *
 * <p>The fractions are added as a balanced product tree without intermediate reduction:
 * {@code n/d + n'/d' = (n d' + n' d)/(d d')}, three multiplications of operands of similar size
 * per node, so the whole sum costs about {@code 3·M(s)·log k} for a result of {@code s} bits
 * ({@code M} the cost of a multiplication). Reducing one fraction after another instead would
 * take a gcd of the growing result at every step.
 *
 * <p>The result is reduced once at the end ({@link Rational#of(BigInteger, BigInteger)}).
 *
 * <p>{@code FractionTree.sum(BigInteger.ONE, nums {1, 1}, dens {2, 3}, 2, BigInteger.TWO)} is
 * {@code (1 + 1/2 + 1/3)/2 = 11/12}.
 */
final class FractionTree {

    private FractionTree() {
    }

    /**
     * {@code (z + Σ_{k < count} num[k]/den[k]) / q}, exactly and reduced.
     *
     * @param z the integer part
     * @param num numerators (the first {@code count} are used)
     * @param den positive denominators
     * @param count how many fractions
     * @param q the positive common divisor
     * @return the reduced value
     */
    static Rational sum(BigInteger z, BigInteger[] num, BigInteger[] den, int count, BigInteger q) {
        if (count == 0) {
            return Rational.of(z, q);
        }
        BigInteger[] nd = tree(num, den, 0, count);
        BigInteger n = z.signum() == 0 ? nd[0] : z.multiply(nd[1]).add(nd[0]);
        return Rational.of(n, nd[1].multiply(q));
    }

    /** The unreduced sum of the fractions {@code [lo, hi)} as {numerator, denominator}. */
    private static BigInteger[] tree(BigInteger[] num, BigInteger[] den, int lo, int hi) {
        if (hi - lo == 1) {
            return new BigInteger[] {num[lo], den[lo]};
        }
        if (hi - lo == 2) {
            return plus(num[lo], den[lo], num[lo + 1], den[lo + 1]);
        }
        int mid = (lo + hi) >>> 1;
        BigInteger[] l = tree(num, den, lo, mid);
        BigInteger[] r = tree(num, den, mid, hi);
        return plus(l[0], l[1], r[0], r[1]);
    }

    private static BigInteger[] plus(BigInteger n1, BigInteger d1, BigInteger n2, BigInteger d2) {
        if (d1.equals(d2)) {
            return new BigInteger[] {n1.add(n2), d1};
        }
        return new BigInteger[] {n1.multiply(d2).add(n2.multiply(d1)), d1.multiply(d2)};
    }
}

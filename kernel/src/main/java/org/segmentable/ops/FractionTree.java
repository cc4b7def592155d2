package org.segmentable.ops;

import java.math.BigInteger;
import org.segmentable.numbers.Rational;

/**
 * The exact value of {@code (z + Σ n_k / d_k) / q} for integers {@code z}, {@code n_k}, and
 * positive integers {@code d_k}, {@code q}, in lowest terms. Package-private.
 *
 * <p>The fractions are added as a balanced product tree without intermediate gcds:
 * {@code n/d + n'/d' = (n d' + n' d)/(d d')}, three multiplications of operands of similar size
 * per node, so the whole sum costs about {@code 3·M(s)·log k} for a result of {@code s} bits
 * ({@code M} the cost of a multiplication); reducing after every addition would instead take a
 * gcd of the growing result at every step. Powers of two are kept apart: each fraction is
 * {@code n / (o·2^e)} with {@code o} odd, and a sum takes the larger power of two rather than
 * the product, {@code 2^max(e, e')} (exact area terms of float input carry large powers of two
 * that a plain product would multiply up). The result is reduced once, at the end, by
 * {@link Rational#of(BigInteger, BigInteger)}.
 *
 * <p>{@code FractionTree.sum(BigInteger.ONE, nums {1, 1}, dens {2, 3}, 2, BigInteger.TWO)} is
 * {@code (1 + 1/2 + 1/3)/2 = 11/12}.
 */
final class FractionTree {

    private FractionTree() {
    }

    /** A fraction {@code n / (o · 2^e)}, {@code o} odd and positive. */
    private record Part(BigInteger n, BigInteger o, int e) {
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
        Part s = tree(num, den, 0, count);
        BigInteger d = s.o().shiftLeft(s.e());
        BigInteger n = z.signum() == 0 ? s.n() : z.multiply(d).add(s.n());
        return Rational.of(n, d.multiply(q));
    }

    /** The unreduced sum of the fractions {@code [lo, hi)}. */
    private static Part tree(BigInteger[] num, BigInteger[] den, int lo, int hi) {
        if (hi - lo == 1) {
            return leaf(num[lo], den[lo]);
        }
        int mid = (lo + hi) >>> 1;
        return plus(tree(num, den, lo, mid), tree(num, den, mid, hi));
    }

    private static Part leaf(BigInteger n, BigInteger d) {
        int e = d.getLowestSetBit();
        if (n.signum() != 0) {
            int common = Math.min(e, n.getLowestSetBit());
            n = n.shiftRight(common);
            e -= common;
            d = d.shiftRight(common);
        }
        return new Part(n, d.shiftRight(e), e);
    }

    private static Part plus(Part x, Part y) {
        int e = Math.max(x.e(), y.e());
        BigInteger xn = x.n().shiftLeft(e - x.e());
        BigInteger yn = y.n().shiftLeft(e - y.e());
        if (x.o().equals(y.o())) {
            return new Part(xn.add(yn), x.o(), e);
        }
        return new Part(xn.multiply(y.o()).add(yn.multiply(x.o())), x.o().multiply(y.o()), e);
    }
}

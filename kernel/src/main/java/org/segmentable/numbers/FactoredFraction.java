package org.segmentable.numbers;

import io.vavr.collection.Seq;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Fractions whose denominator is known as a product of many factors, reduced to lowest terms
 * without one gcd of two huge numbers. {@code BigInteger.gcd} is quadratic (a binary gcd once the
 * lengths are close): reducing a sum of thousands of fractions with unrelated denominators
 * (hundreds of thousands of bits) that way takes seconds to minutes. Here the gcd of the
 * numerator with the product is found down a product tree of the factors, in about
 * {@code log k} multiplications and divisions of the numbers' size.
 *
 * <p><b>Why it is the gcd.</b> For any integers {@code n ≥ 0}, {@code g, r > 0} with
 * {@code h = gcd(n, g)}: {@code gcd(n, g·r) = h · gcd(n / h, r)} (for each prime p with
 * exponents a, b, c in n, g, r: {@code min(a, b + c) = min(a, b) + min(a - min(a, b), c)}).
 * With {@code gcd(n, P) = gcd(n mod P, P)}, the gcd of n with the product P of a node's factors
 * is the gcd with its left half's product, times the gcd of the quotient with the right half's;
 * a leaf is one factor. Dividing numerator and denominator by that gcd leaves them coprime.
 *
 * <p>{@code FactoredFraction.of(BigInteger.valueOf(30), new long[] {4, 9}, Vector.empty())} is {@code 5/6}.
 */
public final class FactoredFraction {

    private FactoredFraction() {
    }

    /**
     * The fraction {@code numerator / (Π factors · Π bigFactors)} in lowest terms.
     *
     * <p>{@code FactoredFraction.of(BigInteger.valueOf(-7), new long[] {2, 7, 7}, Vector.of(BigInteger.TEN))}
     * is {@code -1/140}.
     *
     * @param numerator any integer
     * @param factors positive factors of the denominator (not modified)
     * @param bigFactors more positive factors
     * @return the reduced fraction
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a factor is not positive
     */
    public static Rational of(BigInteger numerator, long[] factors, Seq<BigInteger> bigFactors) {
        Objects.requireNonNull(numerator, "numerator is null");
        Objects.requireNonNull(factors, "factors is null");
        Objects.requireNonNull(bigFactors, "bigFactors is null");
        int k = factors.length + bigFactors.size();
        BigInteger[] leaves = new BigInteger[k];
        for (int i = 0; i < factors.length; i++) {
            if (factors[i] <= 0) {
                throw new IllegalArgumentException("factors holds " + factors[i] + " at " + i + ", not positive");
            }
            leaves[i] = BigInteger.valueOf(factors[i]);
        }
        int i = factors.length;
        for (BigInteger b : bigFactors) {
            Objects.requireNonNull(b, "bigFactors holds null");
            if (b.signum() <= 0) {
                throw new IllegalArgumentException("bigFactors holds " + b + ", not positive");
            }
            leaves[i++] = b;
        }
        if (k == 0) {
            return Rational.of(numerator);
        }
        BigInteger[][] tree = productTree(leaves);
        int top = tree.length - 1;
        BigInteger den = tree[top][0];
        if (numerator.signum() == 0) {
            return Rational.ZERO;
        }
        BigInteger g = gcd(numerator.abs(), tree, top, 0);
        if (g.equals(BigInteger.ONE)) {
            return Rational.ofCoprime(numerator, den);
        }
        return Rational.ofCoprime(numerator.divide(g), den.divide(g));
    }

    /** Level 0 holds the leaves; node i of level j+1 is the product of nodes 2i and 2i+1 of level j. */
    private static BigInteger[][] productTree(BigInteger[] leaves) {
        int levels = 1;
        for (int n = leaves.length; n > 1; n = (n + 1) / 2) {
            levels++;
        }
        BigInteger[][] tree = new BigInteger[levels][];
        tree[0] = leaves;
        for (int j = 1; j < levels; j++) {
            BigInteger[] below = tree[j - 1];
            BigInteger[] here = new BigInteger[(below.length + 1) / 2];
            for (int i = 0; i < here.length; i++) {
                here[i] = 2 * i + 1 < below.length ? below[2 * i].multiply(below[2 * i + 1]) : below[2 * i];
            }
            tree[j] = here;
        }
        return tree;
    }

    /** {@code gcd(n, P)} for {@code n ≥ 0} and P the product at node {@code index} of {@code level}. */
    private static BigInteger gcd(BigInteger n, BigInteger[][] tree, int level, int index) {
        BigInteger p = tree[level][index];
        BigInteger r = n.compareTo(p) < 0 ? n : n.mod(p);
        if (level == 0) {
            if (p.bitLength() < 63) {
                return BigInteger.valueOf(Rational.gcd(r.longValue(), p.longValue()));
            }
            return Gcd.of(r, p);
        }
        int left = 2 * index;
        if (left + 1 >= tree[level - 1].length) {
            return gcd(r, tree, level - 1, left); // a node carried up alone
        }
        BigInteger h = gcd(r, tree, level - 1, left);
        if (!h.equals(BigInteger.ONE)) {
            r = r.divide(h);
        }
        BigInteger h2 = gcd(r, tree, level - 1, left + 1);
        return h2.equals(BigInteger.ONE) ? h : h.multiply(h2);
    }
}

package org.segmentable.bench;

import java.math.BigInteger;

/**
 * A plain BigInteger fraction (always reduced, no long fast path, no filter): the baseline
 * "textbook" exact number the benchmark compares against.
 *
 * <p>{@code BigFraction.of(1, 2).add(BigFraction.of(1, 3))} is {@code 5/6}.
 *
 * @param num numerator
 * @param den positive denominator
 */
record BigFraction(BigInteger num, BigInteger den) {

    static BigFraction of(BigInteger p, BigInteger q) {
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        BigInteger g = p.gcd(q);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            p = p.divide(g);
            q = q.divide(g);
        }
        return new BigFraction(p, q);
    }

    static BigFraction of(long p, long q) {
        return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
    }

    BigFraction subtract(BigFraction o) {
        return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    BigFraction multiply(BigFraction o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    int compareTo(BigFraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** The orientation of three points given as fraction coordinates. */
    static int orientation(BigFraction ax, BigFraction ay, BigFraction bx, BigFraction by, BigFraction cx,
            BigFraction cy) {
        BigFraction left = bx.subtract(ax).multiply(cy.subtract(ay));
        BigFraction right = by.subtract(ay).multiply(cx.subtract(ax));
        return Integer.signum(left.compareTo(right));
    }
}

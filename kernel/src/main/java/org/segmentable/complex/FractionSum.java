package org.segmentable.complex;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.segmentable.numbers.Rational;

/**
 * An exact sum of many fractions with unrelated denominators, added pairwise in a balanced tree
 * (a binary counter of partial sums) without intermediate reduction, and reduced once at the end.
 * Package-private; mutable, used inside one method.
 *
 * <p>Adding {@code 1/2} and {@code 1/3} gives {@code 5/6}.
 */
final class FractionSum {

    private final List<BigInteger[]> levels = new ArrayList<>();

    /** Adds {@code num / den}, {@code den > 0}. */
    void add(BigInteger num, BigInteger den) {
        BigInteger[] carry = {num, den};
        int k = 0;
        while (k < levels.size() && levels.get(k) != null) {
            carry = plus(levels.get(k), carry);
            levels.set(k, null);
            k++;
        }
        if (k == levels.size()) {
            levels.add(carry);
        } else {
            levels.set(k, carry);
        }
    }

    private static BigInteger[] plus(BigInteger[] x, BigInteger[] y) {
        if (x[1].equals(y[1])) {
            return new BigInteger[] {x[0].add(y[0]), x[1]};
        }
        return new BigInteger[] {x[0].multiply(y[1]).add(y[0].multiply(x[1])), x[1].multiply(y[1])};
    }

    /** The exact sum {@code {num, den}}, {@code den > 0}, not reduced; {@code {0, 1}} when empty. */
    BigInteger[] unreduced() {
        BigInteger[] acc = null;
        for (BigInteger[] l : levels) {
            if (l != null) {
                acc = acc == null ? l : plus(acc, l);
            }
        }
        return acc == null ? new BigInteger[] {BigInteger.ZERO, BigInteger.ONE} : acc;
    }

    /** The exact sum in lowest terms. */
    Rational result() {
        BigInteger[] acc = unreduced();
        return Rational.of(acc[0], acc[1]);
    }
}

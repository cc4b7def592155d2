package org.segmentable.complex;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.segmentable.numbers.FactoredFraction;
import org.segmentable.numbers.Rational;

/**
 * An exact sum of many face areas, each a fraction whose denominator is a product of known
 * factors (a face's corner weights {@code |W_k|}, see {@link FaceArea}), reduced once at the end
 * with {@link FactoredFraction} instead of one quadratic gcd of two huge numbers. The fractions
 * are added pairwise in a balanced tree (a binary counter of partial sums), always over the
 * product of the denominators, so the total's denominator is exactly the product of every
 * recorded factor. Package-private; mutable, used inside one method.
 *
 * <p>Adding {@code 1/2} (factor 2) and {@code 1/3} (factor 3) gives {@code half() = 5/12}.
 */
final class FactoredSum {

    private final List<BigInteger[]> levels = new ArrayList<>();
    private long[] factors = new long[16];
    private int count;
    private final List<BigInteger> big = new ArrayList<>();

    /** Adds {@code num / den} where {@code den > 0} is the product of {@code f[0 .. n)} (positive). */
    void add(BigInteger num, BigInteger den, long[] f, int n) {
        if (count + n > factors.length) {
            factors = Arrays.copyOf(factors, Math.max(2 * factors.length, count + n));
        }
        System.arraycopy(f, 0, factors, count, n);
        count += n;
        push(num, den);
    }

    /** Adds {@code num / den}, {@code den > 0} recorded as one factor. */
    void add(BigInteger num, BigInteger den) {
        big.add(den);
        push(num, den);
    }

    /** Adds the other sum's total (its factors with it). */
    void addAll(FactoredSum other) {
        BigInteger[] u = other.unreduced();
        if (u == null) {
            return;
        }
        if (count + other.count > factors.length) {
            factors = Arrays.copyOf(factors, count + other.count);
        }
        System.arraycopy(other.factors, 0, factors, count, other.count);
        count += other.count;
        big.addAll(other.big);
        push(u[0], u[1]);
    }

    private void push(BigInteger num, BigInteger den) {
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
        return new BigInteger[] {x[0].multiply(y[1]).add(y[0].multiply(x[1])), x[1].multiply(y[1])};
    }

    /** The unreduced total {@code {num, den}}, den the product of every factor; null when empty. */
    private BigInteger[] unreduced() {
        BigInteger[] acc = null;
        for (BigInteger[] l : levels) {
            if (l != null) {
                acc = acc == null ? l : plus(acc, l);
            }
        }
        return acc;
    }

    /** Half the exact sum, in lowest terms (the sums are of twice-areas). */
    Rational half() {
        BigInteger[] u = unreduced();
        if (u == null) {
            return Rational.ZERO;
        }
        long[] f = Arrays.copyOf(factors, count + 1);
        f[count] = 2;
        return FactoredFraction.of(u[0], f, Vector.ofAll(big));
    }
}

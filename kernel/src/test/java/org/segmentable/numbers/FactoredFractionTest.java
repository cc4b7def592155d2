package org.segmentable.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FactoredFractionTest {

    private static BigInteger product(long[] f, Vector<BigInteger> big) {
        BigInteger p = BigInteger.ONE;
        for (long x : f) {
            p = p.multiply(BigInteger.valueOf(x));
        }
        return big.fold(p, BigInteger::multiply);
    }

    @Test
    void testOf_examples() {
        assertEquals(Rational.of(5, 6), FactoredFraction.of(BigInteger.valueOf(30), new long[] {4, 9}, Vector.empty()));
        assertEquals(Rational.of(-1, 140),
                FactoredFraction.of(BigInteger.valueOf(-7), new long[] {2, 7, 7}, Vector.of(BigInteger.TEN)));
        assertEquals(Rational.ZERO, FactoredFraction.of(BigInteger.ZERO, new long[] {3}, Vector.empty()));
        assertEquals(Rational.of(12), FactoredFraction.of(BigInteger.valueOf(12), new long[0], Vector.empty()));
        assertEquals(Rational.ONE, FactoredFraction.of(BigInteger.valueOf(1L << 40), new long[] {1L << 20, 1L << 20},
                Vector.empty()));
    }

    @Test
    void testOf_agreesWithRationalOf() {
        Random rnd = new Random(21);
        for (int round = 0; round < 400; round++) {
            int k = rnd.nextInt(round < 200 ? 8 : 300);
            long[] f = new long[k];
            for (int i = 0; i < k; i++) {
                // many shared small primes and repeated factors, some near 2^62
                f[i] = switch (rnd.nextInt(4)) {
                    case 0 -> 1 + rnd.nextInt(12);
                    case 1 -> (long) (1 + rnd.nextInt(50)) * (1 + rnd.nextInt(50));
                    case 2 -> 1 + (rnd.nextLong() >>> 2);
                    default -> k > 0 && i > 0 ? f[rnd.nextInt(i)] : 6;
                };
            }
            Vector<BigInteger> big = Vector.fill(rnd.nextInt(3), () -> new BigInteger(100, rnd).add(BigInteger.ONE));
            BigInteger den = product(f, big);
            // numerators sharing much of the denominator: a random divisor-ish part times a random cofactor
            BigInteger share = BigInteger.ONE;
            for (long x : f) {
                if (rnd.nextInt(3) == 0) {
                    share = share.multiply(BigInteger.valueOf(x));
                }
            }
            BigInteger num = share.multiply(new BigInteger(1 + rnd.nextInt(200), rnd)).multiply(
                    BigInteger.valueOf(rnd.nextBoolean() ? 1 : -1));
            Rational expected = Rational.of(num, den);
            Rational actual = FactoredFraction.of(num, f, big);
            assertEquals(expected, actual, "round " + round);
            assertEquals(expected.numerator(), actual.numerator());
            assertEquals(expected.denominator(), actual.denominator());
            assertEquals(expected.isSmall(), actual.isSmall());
        }
    }

    @Test
    void testOf_notPositiveFactor() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FactoredFraction.of(BigInteger.ONE, new long[] {3, 0}, Vector.empty()));
        assertTrue(e.getMessage().contains("factors"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FactoredFraction.of(BigInteger.ONE, new long[] {3}, Vector.of(BigInteger.valueOf(-2))));
        assertThrows(NullPointerException.class, () -> FactoredFraction.of(null, new long[0], Vector.empty()));
    }
}

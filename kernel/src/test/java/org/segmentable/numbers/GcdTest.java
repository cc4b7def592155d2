package org.segmentable.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Gcd} against {@link BigInteger#gcd} (the reference), on special and random operands. */
class GcdTest {

    private static void check(BigInteger x, BigInteger y) {
        assertEquals(x.gcd(y), Gcd.of(x, y), () -> "gcd(" + x + ", " + y + ")");
        assertEquals(x.gcd(y), Gcd.of(y, x), () -> "gcd(" + y + ", " + x + ")");
    }

    private static BigInteger big(String s) {
        return new BigInteger(s);
    }

    @Test
    void testOf_zerosOnesAndSigns() {
        check(BigInteger.ZERO, BigInteger.ZERO);
        check(BigInteger.ZERO, big("-123456789012345678901234567890"));
        check(BigInteger.ONE, big("123456789012345678901234567890123"));
        check(big("-12"), big("18"));
        check(big("-340282366920938463463374607431768211456"), big("-6"));
        assertEquals(BigInteger.valueOf(6), Gcd.of(BigInteger.valueOf(12), BigInteger.valueOf(-18)));
    }

    @Test
    void testOf_equalAndMultipleOperands() {
        BigInteger p = BigInteger.TEN.pow(80).add(BigInteger.valueOf(7));
        check(p, p);
        check(p, p.multiply(BigInteger.valueOf(12345)));
        check(p.multiply(BigInteger.TEN.pow(200)), p.pow(3));
    }

    @Test
    void testOf_powersOfTwoAndLargeCommonFactors() {
        check(BigInteger.ONE.shiftLeft(1000), BigInteger.ONE.shiftLeft(333).multiply(BigInteger.valueOf(3)));
        Random r = new Random(3);
        for (int i = 0; i < 200; i++) {
            BigInteger g = new BigInteger(1 + r.nextInt(3000), r);
            BigInteger a = new BigInteger(1 + r.nextInt(3000), r).multiply(g).shiftLeft(r.nextInt(70));
            BigInteger b = new BigInteger(1 + r.nextInt(3000), r).multiply(g).shiftLeft(r.nextInt(70));
            check(a, b);
        }
    }

    @Test
    void testOf_consecutiveFibonacciNumbersTakeEveryQuotientOne() {
        BigInteger f0 = BigInteger.ZERO;
        BigInteger f1 = BigInteger.ONE;
        for (int i = 0; i < 6000; i++) {
            BigInteger t = f0.add(f1);
            f0 = f1;
            f1 = t;
            if (i % 97 == 0) {
                check(f1, f0);
                check(f1.multiply(BigInteger.valueOf(36)), f0.multiply(BigInteger.valueOf(60)));
            }
        }
    }

    @Test
    void testOf_veryDifferentLengthsAndLargeQuotients() {
        Random r = new Random(5);
        for (int i = 0; i < 200; i++) {
            BigInteger a = new BigInteger(2000 + r.nextInt(4000), r);
            BigInteger b = new BigInteger(1 + r.nextInt(200), r);
            check(a, b);
            // a quotient far beyond the 30 leading bits: a = q b + small
            BigInteger c = b.add(BigInteger.ONE).multiply(BigInteger.ONE.shiftLeft(40 + r.nextInt(100))).add(BigInteger.valueOf(r.nextInt(1000)));
            check(c, b.add(BigInteger.ONE));
        }
    }

    @Test
    void testOf_randomOperandsOfEverySize() {
        Random r = new Random(11);
        for (int i = 0; i < 3000; i++) {
            int bits = 1 + r.nextInt(i < 2900 ? 400 : 12000);
            BigInteger a = new BigInteger(bits, r);
            BigInteger b = new BigInteger(Math.max(1, bits - r.nextInt(40)), r);
            if (r.nextBoolean()) {
                a = a.negate();
            }
            check(a, b);
        }
    }

    @Test
    void testOf_wordBoundariesAndAllOnes() {
        for (int bits : new int[] {31, 32, 33, 61, 62, 63, 64, 65, 95, 96, 97, 127, 128, 129}) {
            BigInteger ones = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            check(ones, ones.subtract(BigInteger.TWO));
            check(ones, BigInteger.ONE.shiftLeft(bits - 1).add(BigInteger.ONE));
            check(ones.multiply(ones), ones);
            check(ones.shiftLeft(bits).add(ones), ones.shiftLeft(7));
        }
    }
}

package org.segmentable.predicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ApproximationsTest {

    /** |num/den - q| <= r, exactly. */
    private static boolean within(BigInteger num, BigInteger den, double q, double r) {
        BigDecimal lhs = new BigDecimal(num).subtract(new BigDecimal(q).multiply(new BigDecimal(den))).abs();
        return lhs.compareTo(new BigDecimal(r).multiply(new BigDecimal(den))) <= 0;
    }

    @Test
    void testQuotient_withinItsRadiusAcrossTheRange() {
        SplittableRandom random = new SplittableRandom(9);
        Random bits = new Random(9);
        for (int n = 0; n < 2_000; n++) {
            BigInteger n0 = new BigInteger(1 + random.nextInt(1600), bits);
            BigInteger num = random.nextBoolean() ? n0.negate() : n0;
            BigInteger den = new BigInteger(1 + random.nextInt(1600), bits).add(BigInteger.ONE);
            double q = Approximations.quotient(num, den);
            double r = Approximations.quotientRadius(q);
            if (Double.isFinite(q)) {
                assertTrue(within(num, den, q, r), () -> num + " / " + den);
            } else {
                assertTrue(Double.isInfinite(r));
            }
        }
    }

    @Test
    void testQuotient_tenToMinus400() {
        BigInteger den = BigInteger.TEN.pow(400);
        assertEquals(0.0, Approximations.quotient(BigInteger.ONE, den));
        assertEquals(5 * Double.MIN_VALUE, Approximations.quotientRadius(0.0));
        assertTrue(within(BigInteger.ONE, den, 0.0, Approximations.quotientRadius(0.0)));
        assertTrue(Double.isInfinite(Approximations.quotient(den, BigInteger.ONE)));
    }

    @Test
    void testSumRadius_coversTheRoundingOfASumOfProducts() {
        SplittableRandom random = new SplittableRandom(21);
        for (int n = 0; n < 2_000; n++) {
            int m = 1 + random.nextInt(40);
            double sum = 0;
            double magnitude = 0;
            BigDecimal exact = BigDecimal.ZERO;
            int e = random.nextInt(-1100, 900);
            for (int i = 0; i < m; i++) {
                double w = Math.scalb(random.nextDouble(-1, 1), e / 2);
                double x = Math.scalb(random.nextDouble(-1, 1), e - e / 2);
                sum += w * x;
                magnitude += Math.abs(w * x);
                exact = exact.add(new BigDecimal(w).multiply(new BigDecimal(x)));
            }
            double r = Approximations.sumRadius(0, magnitude, m);
            assertTrue(exact.subtract(new BigDecimal(sum)).abs().compareTo(new BigDecimal(r)) <= 0);
        }
        assertEquals(0x1p-49, Approximations.sumFactor(2));
    }

    @Test
    void testRoundedUp_atLeastTheValueWithRoom() {
        assertTrue(Approximations.roundedUp(1.0) > 1 + 0x1p-46);
        assertTrue(Approximations.roundedUp(0.0) >= 16 * Double.MIN_VALUE);
        assertTrue(Approximations.roundedUp(0x1p-1070) >= 0x1p-1070 * (1 + 64 * 0x1p-53));
    }
}

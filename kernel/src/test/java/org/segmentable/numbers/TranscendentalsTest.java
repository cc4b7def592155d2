package org.segmentable.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TranscendentalsTest {

    private static Rational tenToMinus(int digits) {
        return Rational.of(BigInteger.ONE, BigInteger.TEN.pow(digits));
    }

    @Test
    void testCosTwoPi_rationalValuesAreExact() {
        for (int digits : new int[] {1, 7, 40}) {
            assertEquals(Rational.ONE, Transcendentals.cosTwoPi(0, 7, digits));
            assertEquals(Rational.ONE, Transcendentals.cosTwoPi(5, 5, digits));
            assertEquals(Rational.ZERO, Transcendentals.cosTwoPi(1, 4, digits));
            assertEquals(Rational.ZERO, Transcendentals.cosTwoPi(9, 12, digits));
            assertEquals(Rational.HALF, Transcendentals.cosTwoPi(1, 6, digits));
            assertEquals(Rational.HALF, Transcendentals.cosTwoPi(-1, 6, digits));
            assertEquals(Rational.HALF.negate(), Transcendentals.cosTwoPi(1, 3, digits));
            assertEquals(Rational.MINUS_ONE, Transcendentals.cosTwoPi(3, 6, digits));
            assertEquals(Rational.HALF, Transcendentals.sinTwoPi(1, 12, digits));
            assertEquals(Rational.HALF, Transcendentals.sinTwoPi(5, 12, digits));
            assertEquals(Rational.HALF.negate(), Transcendentals.sinTwoPi(7, 12, digits));
            assertEquals(Rational.ONE, Transcendentals.sinTwoPi(1, 4, digits));
            assertEquals(Rational.MINUS_ONE, Transcendentals.sinTwoPi(3, 4, digits));
            assertEquals(Rational.ZERO, Transcendentals.sinTwoPi(2, 4, digits));
        }
    }

    @Test
    void testCosTwoPi_withinBoundOfMathCos() {
        for (int digits : new int[] {3, 8, 14}) {
            for (int n = 1; n <= 40; n++) {
                for (int k = -1; k <= n + 1; k++) {
                    double angle = 2 * Math.PI * k / n;
                    double cosError = Math.abs(Transcendentals.cosTwoPi(k, n, digits).doubleValue() - Math.cos(angle));
                    double sinError = Math.abs(Transcendentals.sinTwoPi(k, n, digits).doubleValue() - Math.sin(angle));
                    double bound = Math.pow(10, -digits) + 4e-15;
                    assertTrue(cosError <= bound, "cos 2π" + k + "/" + n + " at " + digits + ": " + cosError);
                    assertTrue(sinError <= bound, "sin 2π" + k + "/" + n + " at " + digits + ": " + sinError);
                }
            }
        }
    }

    @Test
    void testCosTwoPi_pythagorasAtHighPrecision() {
        int digits = 60;
        for (int n = 5; n <= 50; n += 3) {
            for (int k = 0; k < n; k++) {
                Rational c = Transcendentals.cosTwoPi(k, n, digits);
                Rational s = Transcendentals.sinTwoPi(k, n, digits);
                Rational defect = c.multiply(c).add(s.multiply(s)).subtract(Rational.ONE).abs();
                // |c² - cos²| + |s² - sin²| < 2·(2·10^-d + 10^-2d)
                assertTrue(defect.compareTo(tenToMinus(digits).multiply(5)) < 0, k + "/" + n + ": " + defect);
            }
        }
    }

    @Test
    void testCosTwoPi_tinyAnglesWithinBound() {
        long n = 1_000_000_007L;
        for (long k : new long[] {1, 2, 12345, n / 8, n / 8 + 1, n / 4 - 1}) {
            double angle = 2 * Math.PI * k / n;
            assertTrue(Math.abs(Transcendentals.cosTwoPi(k, n, 15).doubleValue() - Math.cos(angle)) <= 2e-15);
            assertTrue(Math.abs(Transcendentals.sinTwoPi(k, n, 15).doubleValue() - Math.sin(angle)) <= 2e-15);
        }
    }

    @Test
    void testCosTwoPi_denominatorDividesPowerOfTen() {
        Rational c = Transcendentals.cosTwoPi(1, 7, 25);
        assertEquals(BigInteger.ZERO, BigInteger.TEN.pow(25).mod(c.denominator()));
        assertTrue(c.denominator().compareTo(BigInteger.TEN.pow(20)) > 0);
    }

    @Test
    void testSinTwoPi_symmetriesAreExact() {
        int digits = 33;
        for (int n = 1; n <= 30; n++) {
            for (int k = 0; k < n; k++) {
                Rational c = Transcendentals.cosTwoPi(k, n, digits);
                Rational s = Transcendentals.sinTwoPi(k, n, digits);
                assertEquals(c, Transcendentals.cosTwoPi(n - k, n, digits));
                assertEquals(s.negate(), Transcendentals.sinTwoPi(n - k, n, digits));
                assertEquals(c.negate(), Transcendentals.cosTwoPi(2 * k + n, 2L * n, digits));
                assertEquals(s, Transcendentals.cosTwoPi(4L * k - n, 4L * n, digits));
            }
        }
    }

    @Test
    void testPi_matchesKnownDigits() {
        String digits50 = "3.14159265358979323846264338327950288419716939937511"; // ...937510|58 rounded up
        assertEquals(Rational.parse(digits50).get(), Transcendentals.pi(50));
        assertEquals(Rational.parse("3.1416").get(), Transcendentals.pi(4));
    }

    @Test
    void testCosTwoPi_badArgumentsNamed() {
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> Transcendentals.cosTwoPi(1, 0, 5));
        assertTrue(n.getMessage().contains("n is 0"), n.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> Transcendentals.sinTwoPi(1, 3, 0));
        assertTrue(d.getMessage().contains("digits is 0"), d.getMessage());
    }

    @Test
    void testFormat_roundsHalfEven() {
        assertEquals("0.6667", Transcendentals.format(Rational.of(2, 3), 4));
        assertEquals("-0.12", Transcendentals.format(Rational.of(-1, 8), 2));
        assertEquals("3", Transcendentals.format(Rational.of(5, 2).add(Rational.HALF), 0));
        assertEquals("0.1000000000000000055511151231257827", Transcendentals.format(Rational.of(0.1), 34));
    }
}

package org.segmentable.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RationalTest {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The same value computed only with BigInteger, as an independent reference. */
    private static Rational ref(BigInteger p, BigInteger q) {
        return Rational.of(p, q);
    }

    @Test
    void testOfDouble_pointOneIsExact() {
        Rational r = Rational.of(0.1);
        assertEquals("3602879701896397/36028797018963968", r.toString());
        assertEquals(new BigDecimal(0.1), new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator())));
    }

    @Test
    void testOfFloat_pointOneIsExact() {
        Rational r = Rational.of(0.1f);
        assertEquals(BigInteger.valueOf(13421773), r.numerator());
        assertEquals(BigInteger.ONE.shiftLeft(27), r.denominator());
        assertNotEquals(Rational.of(0.1), r);
    }

    @Test
    void testOfDouble_extremes() {
        assertEquals(Rational.ofBinary(1, -1074), Rational.of(Double.MIN_VALUE));
        assertEquals(Rational.ofBinary(1, -1022), Rational.of(Double.MIN_NORMAL));
        assertEquals(Rational.ofBinary(BigInteger.ONE.shiftLeft(53).subtract(BigInteger.ONE), 971),
                Rational.of(Double.MAX_VALUE));
        assertEquals(Rational.ofBinary(-3, -1074), Rational.of(-3 * Double.MIN_VALUE)); // subnormal
        assertEquals(Rational.ofBinary(BigInteger.ONE.shiftLeft(52).subtract(BigInteger.ONE), -1074),
                Rational.of(Math.nextDown(Double.MIN_NORMAL))); // largest subnormal
        assertEquals(Rational.ZERO, Rational.of(-0.0));
        assertEquals(Rational.ZERO, Rational.of(0.0));
        assertEquals(Rational.of(-1, 2), Rational.of(-0.5));
        assertEquals(Rational.of(1L << 62), Rational.of(0x1p62));
        assertEquals(Rational.of(BigInteger.ONE.shiftLeft(63)), Rational.of(0x1p63));
        assertEquals(Rational.of(Long.MIN_VALUE), Rational.of(-0x1p63));
    }

    @Test
    void testOfDouble_agreesWithBigDecimalOnRandomBits() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            Rational r = Rational.of(d);
            BigDecimal exact = new BigDecimal(d);
            assertEquals(0, exact.compareTo(new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()))),
                    () -> "bits of " + d);
            assertEquals(d, r.doubleValue(), () -> "round trip of " + d);
            assertTrue(r.isExactDouble());
        }
    }

    @Test
    void testOfDouble_rejectsNonFiniteNamingValue() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> Rational.of(Double.NaN));
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> Rational.of(Float.NEGATIVE_INFINITY));
        assertTrue(inf.getMessage().contains("-Infinity"), inf.getMessage());
        assertEquals(Either.left("Infinity is not a finite number"), Rational.fromDouble(Double.POSITIVE_INFINITY));
    }

    @Test
    void testDoubleValue_correctlyRoundedForNonDyadic() {
        assertEquals(0.1, Rational.of(1, 10).doubleValue());
        assertEquals(1.0 / 3, Rational.of(1, 3).doubleValue());
        Rational tenth = Rational.parse("0.1").get();
        assertFalse(tenth.isExactDouble());
        // 0.1 + 1 ulp needs 17 digits: a 16-digit decimal detour would lose it
        double up = Math.nextUp(0.1);
        assertEquals(up, Rational.of(up).doubleValue());
        // 1e-310 is subnormal: nearest double by Java's own correctly rounded parser
        assertEquals(Double.parseDouble("1e-310"), Rational.parse("1e-310").get().doubleValue());
        assertEquals(Double.parseDouble("-7.3e-320"), Rational.parse("-7.3e-320").get().doubleValue());
        assertEquals(Double.parseDouble("2.4703282292062328e-324"),
                Rational.parse("2.4703282292062328e-324").get().doubleValue()); // just above half of MIN_VALUE
        assertEquals(0.0, Rational.parse("2.4703282292062327e-324").get().doubleValue()); // just below
        assertEquals(Double.POSITIVE_INFINITY, Rational.parse("1e309").get().doubleValue());
        assertEquals(Double.NEGATIVE_INFINITY, Rational.parse("-1e400").get().doubleValue());
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 5_000; i++) {
            String text = (random.nextBoolean() ? "-" : "") + random.nextLong(1, Long.MAX_VALUE) + "e"
                    + random.nextInt(-340, 300);
            assertEquals(Double.parseDouble(text), Rational.parse(text).get().doubleValue(), text);
        }
    }

    @Test
    void testParse_decimalsExactly() {
        assertEquals(Rational.of(1, 10), Rational.parse("0.1").get());
        assertEquals(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(30)), Rational.parse("1e-30").get());
        assertEquals(Rational.of(-5, 2), Rational.parse(" -2.5 ").get());
        assertEquals(Rational.of(BigInteger.TEN.pow(40)), Rational.parse("1E+40").get());
        assertEquals(Rational.of(-3, 4), Rational.parse("6/-8").get());
        assertEquals(Rational.of(7), Rational.parse("7").get());
        assertEquals(Rational.of(1, 3), Rational.parse("2 / 6").get());
    }

    @Test
    void testParse_errorsNameTheText() {
        for (String bad : new String[] {"", "abc", "1/0", "1/2/3", "0x10", "NaN", "Infinity", "1e-999999", "--1"}) {
            Either<String, Rational> r = Rational.parse(bad);
            assertTrue(r.isLeft(), bad);
            assertTrue(r.getLeft().contains("'" + bad + "'"), r.getLeft());
        }
        assertTrue(Rational.parse("1/0").getLeft().contains("denominator is zero"));
    }

    @Test
    void testToString_parseRoundTrip() {
        Rational[] values = {Rational.ZERO, Rational.of(-3, 2), Rational.of(Long.MIN_VALUE),
            Rational.of(Long.MIN_VALUE, Long.MAX_VALUE), Rational.of(0.1), Rational.of(Double.MIN_VALUE),
            Rational.of(BigInteger.TEN.pow(50).negate(), BigInteger.valueOf(7))};
        for (Rational v : values) {
            assertEquals(v, Rational.parse(v.toString()).get());
        }
        assertEquals("-3/2", Rational.of(-6, 4).toString());
        assertEquals("5", Rational.of(10, 2).toString());
        assertEquals("-9223372036854775808", Rational.of(Long.MIN_VALUE).toString());
    }

    @Test
    void testCanonicalForm_smallWhenItFits() {
        assertTrue(Rational.of(Long.MAX_VALUE).isSmall());
        assertFalse(Rational.of(Long.MIN_VALUE).isSmall());
        assertFalse(Rational.of(1, Long.MIN_VALUE).isSmall()); // -1/2^63
        assertTrue(Rational.of(2, Long.MIN_VALUE).isSmall()); // -1/2^62
        assertEquals(Rational.of(-1, 1L << 62), Rational.of(2, Long.MIN_VALUE));
        assertTrue(Rational.of(LONG_MAX.multiply(BigInteger.TWO), BigInteger.TWO).isSmall());
        Rational big = Rational.of(Long.MAX_VALUE).add(Rational.ONE);
        assertFalse(big.isSmall());
        assertTrue(big.subtract(Rational.ONE).isSmall());
        assertEquals(Rational.of(Long.MAX_VALUE), big.subtract(Rational.ONE));
        assertEquals(Rational.of(Long.MIN_VALUE), big.negate());
        assertFalse(big.negate().isSmall());
        assertEquals(big, Rational.of(Long.MIN_VALUE).negate());
        assertEquals(Rational.of(Long.MIN_VALUE).hashCode(), big.negate().hashCode());
        assertEquals(Rational.of(Long.MIN_VALUE), Rational.of(Long.MIN_VALUE, 1));
        assertEquals(Rational.of(BigInteger.ONE.shiftLeft(63)), Rational.of(Long.MIN_VALUE, -1));
        assertEquals(Rational.ONE, Rational.of(Long.MIN_VALUE, Long.MIN_VALUE));
        assertEquals(Rational.of(-1, 1L << 62).reciprocal(), Rational.of(-(1L << 62)));
        assertEquals(Rational.of(BigInteger.ONE, LONG_MIN).reciprocal(), Rational.of(Long.MIN_VALUE));
        assertFalse(Rational.of(BigInteger.ONE, LONG_MIN).reciprocal().isSmall());
    }

    @Test
    void testArithmetic_overflowPathsMatchBigIntegerReference() {
        long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -(1L << 62), -(1L << 31) - 1, -3, -1, 1, 2, 3,
            (1L << 31) + 1, 1L << 62, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (long a : edges) {
            for (long b : edges) {
                for (long c : edges) {
                    for (long d : new long[] {1, 3, Long.MAX_VALUE, 1L << 62}) {
                        Rational x = Rational.of(a, d);
                        Rational y = Rational.of(b, c);
                        BigInteger xp = BigInteger.valueOf(a);
                        BigInteger xq = BigInteger.valueOf(d);
                        BigInteger yp = BigInteger.valueOf(b);
                        BigInteger yq = BigInteger.valueOf(c);
                        assertEquals(ref(xp.multiply(yq).add(yp.multiply(xq)), xq.multiply(yq)), x.add(y));
                        assertEquals(ref(xp.multiply(yq).subtract(yp.multiply(xq)), xq.multiply(yq)), x.subtract(y));
                        assertEquals(ref(xp.multiply(yp), xq.multiply(yq)), x.multiply(y));
                        assertEquals(ref(xp.multiply(yq), xq.multiply(yp)), x.divide(y));
                        assertEquals(xp.multiply(yq).multiply(xq.signum() * yq.signum() > 0 ? BigInteger.ONE
                                : BigInteger.ONE.negate()).compareTo(yp.multiply(xq)
                                .multiply(xq.signum() * yq.signum() > 0 ? BigInteger.ONE : BigInteger.ONE.negate())),
                                Integer.signum(x.compareTo(y)));
                    }
                }
            }
        }
    }

    @Test
    void testCompareTo_128BitCrossProducts() {
        Rational a = Rational.of(Long.MAX_VALUE, Long.MAX_VALUE - 1);
        Rational b = Rational.of(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2);
        assertTrue(a.compareTo(b) < 0); // 1 + 1/(M-1) < 1 + 1/(M-2)
        assertTrue(a.negate().compareTo(b.negate()) > 0);
        assertEquals(0, a.compareTo(Rational.parse(a.toString()).get()));
        assertTrue(Rational.of(Long.MIN_VALUE).compareTo(Rational.of(Long.MIN_VALUE + 1)) < 0);
    }

    @Test
    void testPow_extremeExponents() {
        assertEquals(Rational.of(9, 4), Rational.of(2, 3).pow(-2));
        assertEquals(Rational.ONE, Rational.of(-7, 3).pow(0));
        assertEquals(Rational.ONE, Rational.ONE.pow(Integer.MIN_VALUE));
        assertEquals(Rational.ONE, Rational.MINUS_ONE.pow(Integer.MIN_VALUE));
        assertEquals(Rational.MINUS_ONE, Rational.MINUS_ONE.pow(Integer.MAX_VALUE));
        assertThrows(ArithmeticException.class, () -> Rational.ZERO.pow(-1));
    }

    @Test
    void testDivide_byZeroNamesDividend() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Rational.of(3, 4).divide(Rational.ZERO));
        assertTrue(e.getMessage().contains("3/4"), e.getMessage());
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
        assertThrows(NullPointerException.class, () -> Rational.ONE.add(null));
    }

    @Test
    void testToDecimal_significantDigits() {
        assertEquals(new BigDecimal("0.66667"), Rational.of(2, 3).toDecimal(5));
        assertThrows(IllegalArgumentException.class, () -> Rational.of(2, 3).toDecimal(0));
    }

    @Test
    void testIsExactDouble_boundaries() {
        assertTrue(Rational.of((1L << 53) - 1).isExactDouble());
        assertTrue(Rational.of(1L << 60).isExactDouble());
        assertFalse(Rational.of((1L << 53) + 1).isExactDouble());
        assertTrue(Rational.of(1, 1L << 62).isExactDouble());
        assertFalse(Rational.of(1, 3).isExactDouble());
        assertTrue(Rational.ofBinary(1, -1074).isExactDouble());
        assertFalse(Rational.ofBinary(1, -1075).isExactDouble());
        assertFalse(Rational.ofBinary(1, 1024).isExactDouble());
        assertTrue(Rational.ZERO.isExactDouble());
    }
}

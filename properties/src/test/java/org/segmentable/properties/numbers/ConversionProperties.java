package org.segmentable.properties.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.segmentable.numbers.Rational;

/** Conversions round-trip exactly. */
class ConversionProperties {

    @Test
    void testOfDouble_roundTripsEveryFiniteDouble() {
        qt().withExamples(5_000).forAll(NumberGenerators.FINITE_DOUBLES).checkAssert(d -> {
            Rational r = Rational.of(d);
            assertEquals(Double.doubleToLongBits(d == 0 ? 0.0 : d), Double.doubleToLongBits(r.doubleValue()));
            assertTrue(r.isExactDouble());
        });
    }

    @Test
    void testOfDouble_isTheDecimalExpansion() {
        qt().withExamples(1_000).forAll(NumberGenerators.FINITE_DOUBLES).checkAssert(d ->
                assertEquals(Rational.of(new BigDecimal(d)), Rational.of(d)));
    }

    @Test
    void testOfFloat_roundTripsEveryFiniteFloat() {
        qt().withExamples(5_000).forAll(integers().all()).checkAssert(bits -> {
            float f = Float.intBitsToFloat(bits);
            if (Float.isNaN(f) || Float.isInfinite(f)) {
                return;
            }
            assertEquals(f == 0 ? 0f : f, (float) Rational.of(f).doubleValue());
            assertEquals(Rational.of((double) f), Rational.of(f));
        });
    }

    @Test
    void testParse_toStringIsIdentity() {
        qt().withExamples(3_000).forAll(NumberGenerators.RATIONALS).checkAssert(r -> {
            Rational back = Rational.parse(r.toString()).get();
            assertEquals(r, back);
            assertEquals(r.hashCode(), back.hashCode());
            assertEquals(r.isSmall(), back.isSmall());
        });
    }

    @Test
    void testParse_decimalTextIsExact() {
        qt().withExamples(2_000).forAll(NumberGenerators.EDGY_LONGS, integers().between(-400, 400)).checkAssert((u, s) -> {
            BigDecimal d = new BigDecimal(BigInteger.valueOf(u), s);
            Rational r = Rational.parse(d.toString()).get();
            Rational expected = s >= 0 ? Rational.of(BigInteger.valueOf(u), BigInteger.TEN.pow(s))
                    : Rational.of(BigInteger.valueOf(u).multiply(BigInteger.TEN.pow(-s)));
            assertEquals(expected, r);
            assertEquals(Double.parseDouble(d.toString()), r.doubleValue()); // correctly rounded, like Java
        });
    }
}

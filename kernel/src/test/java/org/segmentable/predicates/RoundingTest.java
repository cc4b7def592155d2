package org.segmentable.predicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.segmentable.numbers.Rational;

class RoundingTest {

    private static final Rational TEN_TO_400 = Rational.of(BigInteger.TEN.pow(400));
    private static final Rational TEN_TO_MINUS_400 = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(400));

    @Test
    void testGamma_matchesDefinition() {
        assertEquals(0.0, Rounding.gamma(0));
        assertEquals(3 * 0x1p-53 / (1 - 3 * 0x1p-53), Rounding.gamma(3));
        assertTrue(Rounding.gamma(8) > 8 * Rounding.UNIT_ROUNDOFF);
        assertThrows(IllegalArgumentException.class, () -> Rounding.gamma(-1));
    }

    @Test
    void testInFilterRange_endsAndNonFinite() {
        assertTrue(Rounding.inFilterRange(0x1p-900));
        assertTrue(Rounding.inFilterRange(0x1p1000));
        assertFalse(Rounding.inFilterRange(Math.nextDown(0x1p-900)));
        assertFalse(Rounding.inFilterRange(Math.nextUp(0x1p1000)));
        assertFalse(Rounding.inFilterRange(0.0));
        assertFalse(Rounding.inFilterRange(Double.NaN));
        assertFalse(Rounding.inFilterRange(Double.POSITIVE_INFINITY));
    }

    @Test
    void testIsFilterable_rationalsWhoseDoublesUnderflowOrOverflow() {
        assertEquals(0.0, TEN_TO_MINUS_400.doubleValue());
        assertFalse(Rounding.isFilterable(TEN_TO_MINUS_400, TEN_TO_MINUS_400.doubleValue()));
        assertFalse(Rounding.isFilterable(TEN_TO_400, TEN_TO_400.doubleValue()));
        assertFalse(Rounding.isFilterable(TEN_TO_400.negate(), TEN_TO_400.negate().doubleValue()));
        assertFalse(Rounding.isFilterable(Rational.of(Double.MIN_VALUE), Double.MIN_VALUE));
        assertTrue(Rounding.isFilterable(Rational.ZERO, 0.0));
        assertTrue(Rounding.isFilterable(Rational.of(1, 3), 1.0 / 3));
        assertTrue(Rounding.isFilterable(Rational.of(0x1p500), 0x1p500));
        assertFalse(Rounding.isFilterable(Rational.of(0x1p501), 0x1p501));
    }

    @Test
    void testFilterValue_nanOutsideTheRange() {
        assertEquals(0.25, Rounding.filterValue(Rational.of(1, 4)));
        assertTrue(Double.isNaN(Rounding.filterValue(TEN_TO_400)));
        assertTrue(Double.isNaN(Rounding.filterValue(TEN_TO_MINUS_400)));
    }
}

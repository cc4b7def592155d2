package org.segmentable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/** The scaled rings' filtered signs on lines and vertices whose doubles leave the filter's range. */
class ScaledRingTest {

    private static void check(Region region, HalfPlane h) {
        Rational fast = Splitter.of(region).positiveArea(h);
        assertEquals(Split.of(region, h).positive().area(), fast, () -> "positive side of " + h);
    }

    @Test
    void testPositiveArea_lineCoefficientWhoseDoubleUnderflows() {
        // h = 10^-400·x - 2^-850 is positive where x > 2^-850·10^400 (about 2^478.8), inside the box
        Rational big = Rational.of(0x1p500);
        Region box = Regions.fromRing(Ring.of(Point2.of(Rational.ZERO, Rational.ZERO), Point2.of(big, Rational.ZERO),
                Point2.of(big, Rational.ONE), Point2.of(Rational.ZERO, Rational.ONE)));
        HalfPlane h = HalfPlane.of(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(400)), Rational.ZERO,
                Rational.of(-0x1p-850));
        Rational area = Splitter.of(box).positiveArea(h);
        assertTrue(area.signum() > 0, area::toString);
        check(box, h);
        check(box, h.negate());
    }

    @Test
    void testPositiveArea_verticesBeyondTheDoubleRange() {
        Rational big = Rational.of(BigInteger.TEN.pow(400));
        Rational tiny = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(400));
        Region box = Regions.fromRing(Ring.of(Point2.of(tiny, Rational.ZERO), Point2.of(big, Rational.ZERO),
                Point2.of(big, Rational.ONE), Point2.of(tiny, Rational.ONE)));
        check(box, HalfPlane.of(Rational.ONE, Rational.ZERO, tiny.multiply(Rational.of(-2))));
        check(box, HalfPlane.of(Rational.ONE, Rational.ZERO, tiny.negate()));
        check(box, HalfPlane.of(Rational.ONE, big, big.negate()));
    }
}

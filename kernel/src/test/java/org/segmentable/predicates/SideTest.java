package org.segmentable.predicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

class SideTest {

    private static void check(double a, double b, double c, double x, double y) {
        int expected = new BigDecimal(a).multiply(new BigDecimal(x)).add(new BigDecimal(b).multiply(new BigDecimal(y)))
                .add(new BigDecimal(c)).signum();
        String where = a + "x + " + b + "y + " + c + " at (" + x + ", " + y + ")";
        assertEquals(expected, Side.of(a, b, c, x, y), where);
        HalfPlane h = HalfPlane.of(Rational.of(a), Rational.of(b), Rational.of(c));
        assertEquals(expected, Side.of(h, Point2.of(x, y)), where);
        assertEquals(expected, Side.ofExact(h, Point2.of(x, y)), where);
    }

    @Test
    void testOf_basicSides() {
        assertEquals(1, Side.of(HalfPlane.of(1, 0, -1), Point2.of(2, 5)));
        assertEquals(0, Side.of(HalfPlane.of(1, 1, -3), Point2.of(1, 2)));
        assertEquals(-1, Side.of(HalfPlane.of(0, 1, -2), Point2.of(7, 1)));
        assertEquals(1, Side.of(1.0, 1.0, -0.3, 0.1, 0.2));
        assertEquals(-1, Side.of(HalfPlane.of(0, 0, -1), Point2.of(7, 1)));
    }

    @Test
    void testOf_pointsOnAndNextToTheLine() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 4_000; i++) {
            double a = (float) random.nextDouble(-2, 2);
            double b = (float) random.nextDouble(-2, 2);
            double x = (float) random.nextDouble(-3, 3);
            double y = (float) random.nextDouble(-3, 3);
            double c = -(a * x + b * y); // rounded: on or next to the line
            switch (random.nextInt(3)) {
                case 0 -> c = Math.nextUp(c);
                case 1 -> x = Math.nextDown(x);
                default -> {
                }
            }
            check(a, b, c, x, y);
        }
        check(0, 0, 0, 1, 1);
        check(Double.MIN_VALUE, Double.MIN_VALUE, 0, -1, 1);
        check(Double.MIN_VALUE, 1, 0, 0.5, 0);
        check(Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1, -1);
        check(0x1p-600, 0x1p-600, -Double.MIN_VALUE, 1, 0);
    }

    @Test
    void testOf_rationalCoefficients() {
        HalfPlane third = HalfPlane.of(Rational.of(1, 3), Rational.of(1, 3), Rational.of(-1, 3));
        assertEquals(0, Side.of(third, Point2.of(Rational.of(1, 7), Rational.of(6, 7))));
        Rational tiny = Rational.parse("1e-60").get();
        assertEquals(1, Side.of(third, Point2.of(Rational.of(1, 7), Rational.of(6, 7).add(tiny))));
        assertEquals(-1, Side.of(third, Point2.of(Rational.of(1, 7).subtract(tiny), Rational.of(6, 7))));
    }

    @Test
    void testOf_nonFiniteNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Side.of(1, 0, Double.NEGATIVE_INFINITY, 0, 0));
        assertEquals("coordinate -Infinity is not a finite number", e.getMessage());
    }
}

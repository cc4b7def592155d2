package org.segmentable.predicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

class OrientationTest {

    /** Independent reference: exact decimal arithmetic on the doubles. */
    static int reference(double ax, double ay, double bx, double by, double cx, double cy) {
        BigDecimal left = new BigDecimal(bx).subtract(new BigDecimal(ax)).multiply(new BigDecimal(cy).subtract(new BigDecimal(ay)));
        BigDecimal right = new BigDecimal(by).subtract(new BigDecimal(ay)).multiply(new BigDecimal(cx).subtract(new BigDecimal(ax)));
        return Integer.signum(left.compareTo(right));
    }

    private static void check(double ax, double ay, double bx, double by, double cx, double cy) {
        int expected = reference(ax, ay, bx, by, cx, cy);
        String where = "(" + ax + ", " + ay + ") (" + bx + ", " + by + ") (" + cx + ", " + cy + ")";
        assertEquals(expected, Orientation.index(ax, ay, bx, by, cx, cy), where);
        Point2 a = Point2.of(ax, ay);
        Point2 b = Point2.of(bx, by);
        Point2 c = Point2.of(cx, cy);
        assertEquals(expected, Orientation.index(a, b, c), where);
        assertEquals(expected, Orientation.indexExact(a, b, c), where);
    }

    @Test
    void testIndex_basicTurns() {
        assertEquals(Orientation.COUNTERCLOCKWISE, Orientation.index(Point2.of(0, 0), Point2.of(1, 0), Point2.of(0, 1)));
        assertEquals(Orientation.CLOCKWISE, Orientation.index(Point2.of(0, 0), Point2.of(0, 1), Point2.of(1, 0)));
        assertEquals(Orientation.COLLINEAR, Orientation.index(Point2.of(0, 0), Point2.of(2, 2), Point2.of(1, 1)));
        assertEquals(Orientation.COLLINEAR, Orientation.index(Point2.of(3, 3), Point2.of(3, 3), Point2.of(1, 7)));
    }

    @Test
    void testIndex_doublesThatDecimalsWouldMakeCollinear() {
        assertEquals(1, Orientation.index(0.0, 0.0, 0.1, 0.7, 0.3, 2.1));
        check(0.0, 0.0, 0.1, 0.7, 0.3, 2.1);
        check(0.1, 0.1, 0.2, 0.2, 0.3, 0.3);
    }

    @Test
    void testIndex_nearDegenerateMatchesReference() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 4_000; i++) {
            double ax = (float) random.nextDouble(-3, 3);
            double ay = (float) random.nextDouble(-3, 3);
            double bx = (float) random.nextDouble(-3, 3);
            double by = (float) random.nextDouble(-3, 3);
            double t = random.nextInt(-64, 64) / 16.0;
            double cx = ax + t * (bx - ax);
            double cy = ay + t * (by - ay);
            switch (random.nextInt(4)) {
                case 0 -> cx = Math.nextUp(cx);
                case 1 -> cy = Math.nextDown(cy);
                case 2 -> {
                    cx = Math.nextUp(cx);
                    cy = Math.nextUp(cy);
                }
                default -> {
                }
            }
            check(ax, ay, bx, by, cx, cy);
        }
    }

    @Test
    void testIndex_extremeMagnitudes() {
        double[] values = {0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MIN_NORMAL,
            0x1p-600, 1.0, -1.0, Math.nextUp(1.0), 0x1p600, -0x1p700, Double.MAX_VALUE, -Double.MAX_VALUE};
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000; i++) {
            double[] p = new double[6];
            for (int j = 0; j < 6; j++) {
                p[j] = values[random.nextInt(values.length)];
            }
            check(p[0], p[1], p[2], p[3], p[4], p[5]);
        }
        check(Double.MIN_VALUE, 0, 0, Double.MIN_VALUE, 2 * Double.MIN_VALUE, -Double.MIN_VALUE);
        check(Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, 0, 0);
    }

    @Test
    void testIndex_rationalsBeyondDoubles() {
        Point2 a = Point2.of(Rational.ZERO, Rational.ZERO);
        Point2 b = Point2.of(Rational.of(1, 3), Rational.of(1, 7));
        Point2 c = Point2.of(Rational.of(2, 3), Rational.of(2, 7));
        assertEquals(0, Orientation.index(a, b, c));
        Rational tiny = Rational.parse("1e-40").get();
        assertEquals(1, Orientation.index(a, b, Point2.of(c.x(), c.y().add(tiny))));
        assertEquals(-1, Orientation.index(a, b, Point2.of(c.x(), c.y().subtract(tiny))));
        Rational huge = Rational.parse("1e400").get();
        assertEquals(-1, Orientation.index(a, Point2.of(huge, Rational.ONE), Point2.of(huge, Rational.ZERO)));
        Rational micro = Rational.parse("1e-400").get();
        assertEquals(1, Orientation.index(a, Point2.of(micro, Rational.ZERO), Point2.of(micro, micro)));
    }

    @Test
    void testIndex_nonFiniteNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Orientation.index(0, 0, Double.NaN, 1, 2, 3));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Orientation.index(0, 0, 1, 1, Double.POSITIVE_INFINITY, 3));
        assertThrows(NullPointerException.class, () -> Orientation.index(null, Point2.ORIGIN, Point2.ORIGIN));
    }

    @Test
    void testExpansions_signOfSum() {
        assertEquals(1, Expansions.signOfSum(new double[] {1.0, 0x1p-60, -1.0}, 3));
        assertEquals(-1, Expansions.signOfSum(new double[] {0x1p-1074, -1.0, 1.0, -0x1p-1073}, 4));
        assertEquals(0, Expansions.signOfSum(new double[] {0x1p100, 1.0, -0x1p100, -1.0, 0.0}, 5));
        assertEquals(0, Expansions.signOfSum(new double[] {1.0, -1.0, 7.0}, 2)); // count respected
        assertEquals(1, Expansions.signOfSum(new double[] {1.0, -1.0, 7.0}, 3));
        assertEquals(0, Expansions.signOfSum(new double[0], 0));
    }
}

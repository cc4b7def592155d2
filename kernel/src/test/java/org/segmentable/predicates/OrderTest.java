package org.segmentable.predicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

class OrderTest {

    @Test
    void testCompare_alongDirections() {
        assertEquals(-1, Order.compare(Point2.of(1, 0), Point2.of(1, 5), Point2.of(2, -3)));
        assertEquals(0, Order.compare(Point2.of(1, 1), Point2.of(0, 0), Point2.of(1, -1)));
        assertEquals(1, Order.compare(HalfPlane.of(0, 1, 0), Point2.of(3, 0), Point2.of(1, 0)));
        assertEquals(Point2.of(1, 0), Order.direction(HalfPlane.of(0, 1, 0)));
        assertEquals(1, Order.compare(1.0, 0.0, 0.5, 9.0, 0.25, -9.0));
        assertEquals(1, Order.compareExact(Point2.of(0, 1), Point2.of(0, 2), Point2.of(5, 1)));
    }

    @Test
    void testCompare_directionKeepsHalfPlaneOnTheLeft() {
        HalfPlane h = HalfPlane.of(2, -3, 1);
        Point2 d = Order.direction(h);
        Point2 onLine = Point2.of(1, 1);
        Point2 ahead = onLine.add(d);
        // left of the directed line = positive side
        assertEquals(Side.of(h, Point2.of(-5, 7)), Orientation.index(onLine, ahead, Point2.of(-5, 7)));
        assertEquals(-1, Order.compare(h, onLine, ahead));
    }

    @Test
    void testCompare_nearTiesMatchReference() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 4_000; i++) {
            double dx = (float) random.nextDouble(-1, 1);
            double dy = (float) random.nextDouble(-1, 1);
            double px = (float) random.nextDouble(-3, 3);
            double py = (float) random.nextDouble(-3, 3);
            double s = random.nextInt(-8, 8) / 4.0;
            // q = p + s·(-dy, dx): level with p; then nudge
            double qx = px - s * dy;
            double qy = py + s * dx;
            if (random.nextBoolean()) {
                qx = Math.nextUp(qx);
            }
            int expected = Integer.signum(new BigDecimal(dx).multiply(new BigDecimal(px).subtract(new BigDecimal(qx)))
                    .add(new BigDecimal(dy).multiply(new BigDecimal(py).subtract(new BigDecimal(qy)))).signum());
            assertEquals(expected, Order.compare(dx, dy, px, py, qx, qy));
            Point2 d = Point2.of(dx, dy);
            Point2 p = Point2.of(px, py);
            Point2 q = Point2.of(qx, qy);
            assertEquals(expected, Order.compare(d, p, q));
            assertEquals(expected, Order.compareExact(d, p, q));
        }
    }

    @Test
    void testCompare_rationalPoints() {
        Point2 d = Point2.of(Rational.of(1, 3), Rational.of(2, 3));
        Point2 p = Point2.of(Rational.of(1, 9), Rational.ZERO);
        Point2 q = Point2.of(Rational.ZERO, Rational.of(1, 18));
        assertEquals(0, Order.compare(d, p, q));
        assertEquals(1, Order.compare(d, Point2.of(p.x().add(Rational.parse("1e-50").get()), p.y()), q));
    }
}

package org.segmentable.predicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * The sign laws of the predicates' Javadoc on degenerate inputs (collinear points, 1-ulp moves,
 * huge and tiny magnitudes, subnormals, rationals scaled by {@code 10^±400}), each filtered result
 * checked against the exact reference.
 */
class SignLawsTest {

    private static final Rational[] SCALES = {Rational.ONE, Rational.of(BigInteger.TEN.pow(400)),
        Rational.of(BigInteger.ONE, BigInteger.TEN.pow(400)), Rational.of(0x1p-1074), Rational.of(0x1p1000),
        Rational.of(1, 3)};

    /** A degenerate triple: collinear, or collinear with one coordinate moved by one ulp or by a tiny rational. */
    private static Point2[] triple(SplittableRandom random) {
        double ax = random.nextInt(-50, 50) / 8.0;
        double ay = random.nextInt(-50, 50) / 8.0;
        double dx = random.nextInt(-50, 50) / 16.0;
        double dy = random.nextInt(-50, 50) / 16.0;
        double s = random.nextInt(-4, 5) / 2.0;
        double cx = ax + s * dx;
        double cy = ay + s * dy;
        switch (random.nextInt(4)) {
            case 0 -> cx = Math.nextUp(cx);
            case 1 -> cy = Math.nextDown(cy);
            default -> { }
        }
        Rational scale = SCALES[random.nextInt(SCALES.length)];
        Point2 a = Point2.of(Rational.of(ax).multiply(scale), Rational.of(ay).multiply(scale));
        Point2 b = Point2.of(Rational.of(ax + dx).multiply(scale), Rational.of(ay + dy).multiply(scale));
        Point2 c = Point2.of(Rational.of(cx).multiply(scale), Rational.of(cy).multiply(scale));
        if (random.nextInt(3) == 0) {
            Rational tiny = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(400)).multiply(scale);
            c = Point2.of(c.x(), c.y().add(tiny));
        }
        return new Point2[] {a, b, c};
    }

    private static Point2 map(Point2 p, Rational scale, Rational tx, Rational ty) {
        return Point2.of(p.x().multiply(scale).add(tx), p.y().multiply(scale).add(ty));
    }

    @Test
    void testOrientation_lawsOnDegenerateInputs() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int n = 0; n < 1_500; n++) {
            Point2[] t = triple(random);
            Point2 a = t[0];
            Point2 b = t[1];
            Point2 c = t[2];
            int s = Orientation.indexExact(a, b, c);
            String where = a + " " + b + " " + c;
            assertEquals(s, Orientation.index(a, b, c), where);
            assertEquals(s, Orientation.index(b, c, a), where);
            assertEquals(s, Orientation.index(c, a, b), where);
            assertEquals(-s, Orientation.index(b, a, c), where);
            assertEquals(-s, Orientation.index(a, c, b), where);
            Rational scale = SCALES[random.nextInt(SCALES.length)].abs();
            Rational tx = Rational.of(random.nextInt(-9, 10)).multiply(SCALES[random.nextInt(SCALES.length)]);
            Rational ty = Rational.of(random.nextInt(-9, 10), 7);
            assertEquals(s, Orientation.index(map(a, scale, tx, ty), map(b, scale, tx, ty), map(c, scale, tx, ty)),
                    where);
            if (a.x().isExactDouble() && a.y().isExactDouble() && b.x().isExactDouble() && b.y().isExactDouble()
                    && c.x().isExactDouble() && c.y().isExactDouble()) {
                assertEquals(s, Orientation.index(a.x().doubleValue(), a.y().doubleValue(), b.x().doubleValue(),
                        b.y().doubleValue(), c.x().doubleValue(), c.y().doubleValue()), where);
            }
        }
    }

    @Test
    void testSide_lawsOnDegenerateInputs() {
        SplittableRandom random = new SplittableRandom(17);
        for (int n = 0; n < 1_500; n++) {
            Point2[] t = triple(random);
            // the line through t[0] and t[1], tested at t[2]: the sign is the orientation's
            Rational a = t[0].y().subtract(t[1].y());
            Rational b = t[1].x().subtract(t[0].x());
            Rational c = t[0].x().multiply(t[1].y()).subtract(t[1].x().multiply(t[0].y()));
            if (a.isZero() && b.isZero()) {
                continue;
            }
            HalfPlane h = HalfPlane.of(a, b, c);
            int s = Side.ofExact(h, t[2]);
            assertEquals(Orientation.indexExact(t[0], t[1], t[2]), s);
            assertEquals(s, Side.of(h, t[2]), () -> h + " at " + t[2]);
            assertEquals(-s, Side.of(h.negate(), t[2]));
            Rational k = SCALES[random.nextInt(SCALES.length)].abs();
            assertEquals(s, Side.of(HalfPlane.of(a.multiply(k), b.multiply(k), c.multiply(k)), t[2]));
        }
    }

    @Test
    void testOrder_antisymmetricOnDegenerateInputs() {
        SplittableRandom random = new SplittableRandom(23);
        for (int n = 0; n < 1_000; n++) {
            Point2[] t = triple(random);
            int s = Order.compareExact(t[0], t[1], t[2]);
            assertEquals(s, Order.compare(t[0], t[1], t[2]));
            assertEquals(-s, Order.compare(t[0], t[2], t[1]));
        }
    }
}

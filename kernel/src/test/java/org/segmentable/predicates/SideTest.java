package org.segmentable.predicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
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

    @Test
    void testOf_coefficientWhoseDoubleUnderflowsFallsToExact() {
        // a = 10^-400 has the double 0; a·x = 10^-400·2^500 > 2^-850 = -c, so the point is inside
        HalfPlane h = HalfPlane.of(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(400)), Rational.ZERO,
                Rational.of(-0x1p-850));
        Point2 p = Point2.of(0x1p500, 0);
        assertEquals(1, Side.ofExact(h, p));
        assertEquals(1, Side.of(h, p));
        assertEquals(-1, Side.of(h.negate(), p));
    }

    @Test
    void testOf_hugeAndTinyScaledRationalsMatchExact() {
        Rational big = Rational.of(BigInteger.TEN.pow(400));
        Rational small = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(400));
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 500; n++) {
            Rational s = random.nextBoolean() ? big : small;
            Rational a = Rational.of(random.nextInt(-5, 6)).multiply(s);
            Rational b = Rational.of(random.nextInt(-5, 6), random.nextInt(1, 4));
            Rational x = Rational.of(random.nextInt(-5, 6)).multiply(random.nextBoolean() ? big : small);
            Rational y = Rational.of(random.nextInt(-5, 6));
            Rational c = a.multiply(x).add(b.multiply(y)).negate().add(Rational.of(random.nextInt(-1, 2)).multiply(small));
            HalfPlane h = HalfPlane.of(a, b, c);
            Point2 p = Point2.of(x, y);
            assertEquals(Side.ofExact(h, p), Side.of(h, p), () -> h + " at " + p);
        }
    }

    @Test
    void testTriage_blockAgreesWithExactSigns() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 64;
        double[] x = new double[n];
        double[] y = new double[n];
        byte[] signs = new byte[n];
        for (int round = 0; round < 300; round++) {
            Rational ra = Rational.of(random.nextInt(-9, 10), random.nextInt(1, 7));
            Rational rb = Rational.of(random.nextInt(-9, 10), random.nextInt(1, 7));
            Rational rc = Rational.of(random.nextInt(-9, 10), random.nextInt(1, 7));
            HalfPlane h = HalfPlane.of(ra, rb, rc);
            Point2[] ps = new Point2[n];
            double mx = 0;
            double my = 0;
            for (int i = 0; i < n; i++) {
                Rational px = Rational.of(random.nextInt(-20, 21), random.nextInt(1, 5));
                Rational py;
                if (!rb.isZero() && random.nextBoolean()) { // on the line, or 1/10^30 off it
                    py = ra.multiply(px).add(rc).negate().divide(rb)
                            .add(Rational.parse("1e-30").get().multiply(Rational.of(random.nextInt(-1, 2))));
                } else {
                    py = Rational.of(random.nextInt(-20, 21), random.nextInt(1, 5));
                }
                ps[i] = Point2.of(px, py);
                x[i] = px.doubleValue();
                y[i] = py.doubleValue();
                mx = Math.max(mx, Math.abs(x[i]));
                my = Math.max(my, Math.abs(y[i]));
            }
            double bound = Side.blockBound(ra.doubleValue(), rb.doubleValue(), rc.doubleValue(), mx, my);
            if (bound < 0) {
                continue;
            }
            Side.triage(ra.doubleValue(), rb.doubleValue(), rc.doubleValue(), bound, x, y, 0, n, signs);
            int decided = 0;
            for (int i = 0; i < n; i++) {
                int exact = Side.ofExact(h, ps[i]);
                if (signs[i] != Rounding.UNCERTAIN) {
                    decided++;
                    assertEquals(exact, signs[i], () -> h + " at " + ps[0]);
                }
                assertEquals(exact, Side.of(h, ps[i]));
            }
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
            }
            int box = Side.triageBox(ra.doubleValue(), rb.doubleValue(), rc.doubleValue(), bound, minX, maxX, minY,
                    maxY);
            if (box != Rounding.UNCERTAIN) {
                assertEquals(n, decided);
                for (int i = 0; i < n; i++) {
                    assertEquals(box, Side.ofExact(h, ps[i]));
                }
            }
        }
    }

    @Test
    void testBlockBound_outsideTheRangeRefuses() {
        assertEquals(-1, Side.blockBound(0x1p-1000, 0, 0, 1, 1));
        assertEquals(-1, Side.blockBound(Double.NaN, 1, 0, 1, 1));
        assertEquals(-1, Side.blockBound(0x1p500, 0x1p500, 0, 0x1p500, 0x1p500));
        assertEquals(0x1p-47, Side.blockBound(1, 1, 0, 2, 2));
        assertEquals(1, Side.triageBox(1, 0, 0, Side.blockBound(1, 0, 0, 3, 3), 1, 3, -3, 3));
        assertEquals(Rounding.UNCERTAIN, Side.triageBox(1, 0, 0, Side.blockBound(1, 0, 0, 3, 3), -1, 3, -3, 3));
    }
}

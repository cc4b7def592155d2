package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

class OutlineTest {

    private static Outline outline(Point2... points) {
        return Outline.ofPoints(Vector.of(points));
    }

    @Test
    void testOfPoints_counterClockwiseFromFeatureZero() {
        Outline o = outline(Point2.of(0, 1), Point2.of(1, 0), Point2.of(-1, 0), Point2.of(0, -1));
        assertEquals(Vector.of(0, 2, 3, 1), o.order());
        assertEquals(Vector.of(Point2.of(0, 1), Point2.of(-1, 0), Point2.of(0, -1), Point2.of(1, 0)),
                o.ring().vertices());
        assertTrue(o.zeroFeatures().isEmpty());
    }

    @Test
    void testOfPoints_zeroFeaturesLeftOutAndReported() {
        Outline o = outline(Point2.of(1, 0), Point2.of(0, -1), Point2.ORIGIN, Point2.of(-1, 0), Point2.of(0, 1),
                Point2.ORIGIN);
        assertEquals(Vector.of(0, 4, 3, 1), o.order());
        assertEquals(Vector.of(2, 5), o.zeroFeatures());
    }

    @Test
    void testOfPoints_featureZeroAtOriginStartsAtFirstNonZero() {
        Outline o = outline(Point2.ORIGIN, Point2.of(0, -2), Point2.of(3, 0), Point2.of(0, 1));
        assertEquals(Vector.of(1, 2, 3), o.order());
        assertEquals(Vector.of(0), o.zeroFeatures());
    }

    @Test
    void testOfPoints_allZero() {
        Outline o = outline(Point2.ORIGIN, Point2.ORIGIN);
        assertEquals(0, o.size());
        assertEquals(Vector.of(0, 1), o.zeroFeatures());
    }

    @Test
    void testOfPoints_sameDirectionByDistanceThenIndex() {
        // features 1, 2, 3 share the direction (1, 1); 2 and 3 are the same point
        Outline o = outline(Point2.of(1, 0), Point2.of(3, 3), Point2.of(1, 1), Point2.of(1, 1), Point2.of(-1, 0));
        assertEquals(Vector.of(0, 2, 3, 1, 4), o.order());
    }

    @Test
    void testOfPoints_nearerFeatureInFeatureZerosDirection() {
        // feature 2 lies on feature 0's ray, nearer: cyclically it precedes feature 0
        Outline o = outline(Point2.of(2, 0), Point2.of(0, 1), Point2.of(1, 0), Point2.of(0, -1));
        assertEquals(Vector.of(0, 1, 3, 2), o.order());
    }

    @Test
    void testOfPoints_oppositeDirectionIsHalfTurn() {
        // (-1, 0) is exactly at angle π from (1, 0); (-1, 1/10^30) just before it, (-1, -1/10^30) just after
        Rational tiny = Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(30));
        Outline o = outline(Point2.of(1, 0), Point2.of(Rational.MINUS_ONE, tiny.negate()), Point2.of(-1, 0),
                Point2.of(Rational.MINUS_ONE, tiny));
        assertEquals(Vector.of(0, 3, 2, 1), o.order());
    }

    @Test
    void testOfPoints_directionsCloserThanDoublesCanTell() {
        // (1, 1) and (1 + 2^-60, 1 + 2^-60 + 2^-120): angles differ by about 2^-121, below double resolution
        Rational e = Rational.ofBinary(1, -60);
        Point2 a = Point2.of(1, 1);
        Point2 b = Point2.of(Rational.ONE.add(e), Rational.ONE.add(e).add(e.multiply(e)));
        assertEquals(Vector.of(0, 2, 1), outline(Point2.of(1, 0), b, a).order());
        assertEquals(Vector.of(0, 1, 2), outline(Point2.of(1, 0), a, b).order());
    }

    @Test
    void testRegion_selfCrossingOutlineByNonZeroWinding() {
        // features in a half-plane: the ring (3,0) (1,1/2) (3,3) (0,3) crosses itself at X = (5/3, 4/3),
        // a figure-eight of the triangles X (3,3) (0,3) (area 5/2, counter-clockwise) and (3,0) (1,1/2) X
        // (area 1, clockwise); the shoelace formula would give 5/2 - 1 = 3/2
        Outline o = outline(Point2.of(3, 0), Point2.of(Rational.ONE, Rational.HALF), Point2.of(3, 3), Point2.of(0, 3));
        assertEquals(Vector.of(0, 1, 2, 3), o.order());
        assertEquals(Rational.of(3, 2), o.ring().signedArea());
        assertEquals(Rational.of(7, 2), o.region().area());
        assertEquals(2, o.region().pieces().size());
    }

    @Test
    void testRegion_fewerThanThreeFeaturesIsEmpty() {
        assertTrue(outline(Point2.of(1, 0), Point2.ORIGIN, Point2.of(0, 1)).region().isEmpty());
        assertTrue(outline(Point2.ORIGIN).region().isEmpty());
    }

    /**
     * An independent exact reference: the "diamond angle" {@code D(p)} in {@code [0, 4)} is a strictly
     * increasing function of the angle of {@code p}, so {@code (D(p) - D(start)) mod 4} orders the
     * points counter-clockwise from the start direction.
     */
    private static Rational diamond(Point2 p) {
        Rational x = p.x();
        Rational y = p.y();
        Rational s = x.abs().add(y.abs());
        if (y.signum() >= 0) {
            return x.signum() >= 0 ? y.divide(s) : Rational.ONE.add(x.negate().divide(s));
        }
        return x.signum() < 0 ? Rational.TWO.add(y.negate().divide(s)) : Rational.of(3).add(x.divide(s));
    }

    @Test
    void testOfPoints_agreesWithDiamondAngleReference() {
        Random random = new Random(20261128);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(12);
            Vector<Point2> points = Vector.fill(n, () -> Point2.of(random.nextInt(7) - 3, random.nextInt(7) - 3));
            Outline o = Outline.ofPoints(points);
            Vector<Integer> nonZero = Vector.range(0, n).filter(j -> !points.get(j).isOrigin());
            assertEquals(Vector.range(0, n).filter(j -> points.get(j).isOrigin()), o.zeroFeatures());
            if (nonZero.isEmpty()) {
                assertEquals(0, o.size());
                continue;
            }
            Rational start = diamond(points.get(nonZero.head()));
            Vector<Integer> reference = nonZero.sorted((j, k) -> {
                Rational rj = diamond(points.get(j)).subtract(start);
                Rational rk = diamond(points.get(k)).subtract(start);
                rj = rj.signum() < 0 ? rj.add(Rational.of(4)) : rj;
                rk = rk.signum() < 0 ? rk.add(Rational.of(4)) : rk;
                int c = rj.compareTo(rk);
                if (c != 0) {
                    return c;
                }
                c = points.get(j).dot(points.get(j)).compareTo(points.get(k).dot(points.get(k)));
                return c != 0 ? c : Integer.compare(j, k);
            });
            int at = reference.indexOf(nonZero.head());
            reference = reference.drop(at).appendAll(reference.take(at));
            assertEquals(reference, o.order(), points.toString());
            assertEquals(reference.map(points::get), o.ring().vertices());
        }
    }
}

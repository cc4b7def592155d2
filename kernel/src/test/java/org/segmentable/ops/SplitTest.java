package org.segmentable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmentable.ops.RegionChecks.assertSplitConsistent;
import static org.segmentable.ops.RegionChecks.ring;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Segment2;
import org.segmentable.numbers.Rational;

class SplitTest {

    private static Split split(Region r, HalfPlane h) {
        Split s = Split.of(r, h);
        assertSplitConsistent(r, h, s);
        return s;
    }

    @Test
    void testOf_clockwiseShellIsTurnedBeforeTheSplit() {
        // a user's clockwise triangle of area 2; the part with x > 2/3 is the triangle (2/3, 0), (2, 0), (2/3, 4/3)
        var shell = ring(0, 0, 2, 0, 0, 2);
        Region r = Region.of(Polygon.of(shell.reverse()).get());
        assertEquals(Rational.of(8, 9), Split.of(r, HalfPlane.of(3, 0, -2)).positiveArea());
        assertEquals(Rational.of(8, 9), split(r, HalfPlane.of(3, 0, -2)).positive().area());
        assertEquals(Rational.of(10, 9), Split.of(r, HalfPlane.of(3, 0, -2)).negativeArea());
    }

    @Test
    void testOf_overlappingSquaresCannotFormARegion() {
        var v = Region.of(Vector.of(Polygon.of(ring(0, 0, 2, 0, 2, 2, 0, 2)).get(),
                Polygon.of(ring(1, 1, 3, 1, 3, 3, 1, 3)).get()));
        assertTrue(v.isInvalid());
        assertTrue(v.getError().head().contains("overlap"), v.getError()::toString);
    }

    @Test
    void testOf_squareThroughMiddle() {
        Split s = split(Regions.box(Rational.ONE), HalfPlane.of(1, 0, 0));
        assertEquals(Rational.TWO, s.positive().area());
        assertEquals(1, s.positive().pieces().size());
        assertEquals(1, s.negative().pieces().size());
        assertEquals(Vector.of(Segment2.of(Point2.of(0, 1), Point2.of(0, -1))), s.onBoundary());
    }

    @Test
    void testOf_wholeRegionOnOneSide() {
        Region box = Regions.box(Rational.ONE);
        Split s = split(box, HalfPlane.of(1, 0, 5));
        assertEquals(box, s.positive());
        assertTrue(s.negative().isEmpty());
        assertTrue(s.onBoundary().isEmpty());
    }

    @Test
    void testOf_edgeAlongLine() {
        Region box = Regions.box(Rational.ONE);
        Split s = split(box, HalfPlane.of(0, 1, 1));
        assertEquals(box, s.positive());
        assertTrue(s.negative().isEmpty());
        assertEquals(Vector.of(Segment2.of(Point2.of(-1, -1), Point2.of(1, -1))), s.onBoundary());
    }

    @Test
    void testOf_touchingAtSingleVertex() {
        Region diamond = Regions.fromRing(ring(1, 0, 0, 1, -1, 0, 0, -1));
        Split s = split(diamond, HalfPlane.of(1, 0, -1));
        assertTrue(s.positive().isEmpty());
        assertEquals(diamond, s.negative());
        assertEquals(Vector.of(Segment2.of(Point2.of(1, 0), Point2.of(1, 0))), s.onBoundary());
    }

    @Test
    void testOf_verticesOnLine() {
        Region diamond = Regions.fromRing(ring(1, 0, 0, 1, -1, 0, 0, -1));
        Split s = split(diamond, HalfPlane.of(0, 1, 0));
        assertEquals(Rational.ONE, s.positive().area());
        assertEquals(Rational.ONE, s.negative().area());
        assertEquals(3, s.positive().pieces().head().shell().size());
    }

    @Test
    void testOf_constantPositive() {
        Region box = Regions.box(Rational.ONE);
        Split s = Split.of(box, HalfPlane.of(0, 0, 1));
        assertEquals(box, s.positive());
        assertTrue(s.negative().isEmpty());
        assertTrue(s.lyingOnBoundary().isEmpty());
    }

    @Test
    void testOf_constantNegative() {
        Region box = Regions.box(Rational.ONE);
        Split s = Split.of(box, HalfPlane.of(0, 0, -1));
        assertEquals(box, s.negative());
        assertTrue(s.positive().isEmpty());
    }

    @Test
    void testOf_identicallyZeroLiesOnBoundary() {
        Region box = Regions.box(Rational.ONE);
        Split s = Split.of(box, HalfPlane.of(0, 0, 0));
        assertTrue(s.positive().isEmpty());
        assertTrue(s.negative().isEmpty());
        assertEquals(box, s.lyingOnBoundary().get());
    }

    @Test
    void testOf_combCutIntoManyPieces() {
        // a comb with 4 teeth pointing up, cut above the spine
        Region comb = Regions.fromRing(ring(0, 0, 8, 0, 8, 3, 7, 3, 7, 1, 6, 1, 6, 3, 5, 3, 5, 1, 4, 1, 4, 3, 3, 3,
                3, 1, 2, 1, 2, 3, 1, 3, 1, 1, 0, 1));
        Split s = split(comb, HalfPlane.of(0, 1, -2));
        assertEquals(4, s.positive().pieces().size());
        assertEquals(Rational.of(4), s.positive().area());
        assertEquals(1, s.negative().pieces().size());
    }

    @Test
    void testOf_polygonWithHoleCutThroughHole() {
        Region r = Regions.fromPolygon(Polygon.of(ring(0, 0, 4, 0, 4, 4, 0, 4), Vector.of(ring(1, 1, 1, 3, 3, 3, 3, 1))).get());
        Split s = split(r, HalfPlane.of(1, 0, -2));
        assertEquals(1, s.positive().pieces().size());
        assertEquals(Rational.of(6), s.positive().area());
        // ordered along (b, -a) = (0, -1)
        assertEquals(Vector.of(Segment2.of(Point2.of(2, 4), Point2.of(2, 3)), Segment2.of(Point2.of(2, 1), Point2.of(2, 0))),
                s.onBoundary());
    }

    @Test
    void testOf_holeEntirelyOnOneSide() {
        Region r = Regions.fromPolygon(Polygon.of(ring(0, 0, 4, 0, 4, 4, 0, 4), Vector.of(ring(1, 1, 1, 2, 2, 2, 2, 1))).get());
        Split s = split(r, HalfPlane.of(1, 0, -3));
        assertEquals(Rational.of(4), s.positive().area());
        assertEquals(1, s.negative().pieces().size());
        assertEquals(1, s.negative().pieces().head().holes().size());
    }

    @Test
    void testOf_holeTouchedByLine() {
        Region r = Regions.fromPolygon(Polygon.of(ring(0, 0, 4, 0, 4, 4, 0, 4), Vector.of(ring(1, 1, 1, 2, 2, 2, 2, 1))).get());
        Split s = split(r, HalfPlane.of(1, 0, -2));
        assertEquals(Rational.of(8), s.positive().area());
        assertEquals(1, s.negative().pieces().size());
        assertEquals(Rational.of(7), s.negative().area());
    }

    @Test
    void testOf_reflexVertexTouchingLineFromBelow() {
        // an M: the middle (reflex) vertex (2, 2) touches y = 2; the two humps above stay separate
        Region m = Regions.fromRing(ring(0, 0, 4, 0, 4, 4, 2, 2, 0, 4));
        Split s = split(m, HalfPlane.of(0, 1, -2));
        assertEquals(2, s.positive().pieces().size());
        assertEquals(Rational.of(4), s.positive().area());
        assertEquals(Rational.of(8), s.negative().area());
        assertEquals(Vector.of(Segment2.of(Point2.of(0, 2), Point2.of(4, 2))), s.onBoundary());
    }

    @Test
    void testOf_notchBottomEdgeAlongLine() {
        // a square with a rectangular notch from the top whose bottom edge lies on y = 2
        Region r = Regions.fromRing(ring(0, 0, 6, 0, 6, 4, 4, 4, 4, 2, 2, 2, 2, 4, 0, 4));
        Split s = split(r, HalfPlane.of(0, 1, -2));
        assertEquals(2, s.positive().pieces().size());
        assertEquals(Rational.of(8), s.positive().area());
        assertEquals(Rational.of(12), s.negative().area());
        assertEquals(Vector.of(Segment2.of(Point2.of(0, 2), Point2.of(6, 2))), s.onBoundary());
    }

    @Test
    void testOf_holeTouchingLineAtVertex() {
        // a diamond hole whose lowest vertex (2, 1) lies on y = 1
        Region r = Regions.fromPolygon(Polygon.of(ring(0, 0, 4, 0, 4, 4, 0, 4), Vector.of(ring(2, 1, 3, 2, 2, 3, 1, 2))).get());
        Split s = split(r, HalfPlane.of(0, 1, -1));
        assertEquals(1, s.positive().pieces().size());
        assertEquals(1, s.positive().pieces().head().holes().size());
        assertEquals(Rational.of(12 - 2), s.positive().area());
        assertEquals(Rational.of(4), s.negative().area());
    }

    @Test
    void testOf_twoPiecesTouchingAtPointOnLine() {
        Region bowtie = Regions.fromRing(ring(0, 0, 2, 2, 2, 0, 0, 2));
        Split s = split(bowtie, HalfPlane.of(1, 0, -1));
        assertEquals(Rational.ONE, s.positive().area());
        assertEquals(Rational.ONE, s.negative().area());
        assertEquals(Vector.of(Segment2.of(Point2.of(1, 1), Point2.of(1, 1))), s.onBoundary());
    }

    @Test
    void testOf_lineThroughHoleAndShellVertices() {
        // the diagonal y = x passes through shell corners and hole corners
        Region r = Regions.fromPolygon(Polygon.of(ring(0, 0, 4, 0, 4, 4, 0, 4), Vector.of(ring(1, 1, 3, 1, 3, 3, 1, 3))).get());
        Split s = split(r, HalfPlane.of(-1, 1, 0));
        assertEquals(1, s.positive().pieces().size());
        assertEquals(Rational.of(6), s.positive().area());
        assertEquals(Rational.of(6), s.negative().area());
        assertEquals(2, s.onBoundary().size());
    }

    @Test
    void testSplitter_manyLinesSameAnswerAsSplit() {
        Region comb = Regions.fromRing(ring(0, 0, 8, 0, 8, 3, 7, 3, 7, 1, 6, 1, 6, 3, 5, 3, 5, 1, 4, 1, 4, 3, 3, 3,
                3, 1, 2, 1, 2, 3, 1, 3, 1, 1, 0, 1));
        Splitter splitter = Splitter.of(comb);
        for (int c = -1; c <= 9; c++) {
            HalfPlane h = HalfPlane.of(1, 1, -c);
            Split s = splitter.split(h);
            assertSplitConsistent(comb, h, s);
            assertEquals(Split.of(comb, h).positive(), s.positive());
        }
    }
}

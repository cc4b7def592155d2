package org.segmentable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmentable.ops.RegionChecks.assertValid;
import static org.segmentable.ops.RegionChecks.ring;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

class RegionsTest {

    private static Region checked(Ring r) {
        Region region = Regions.fromRing(r);
        assertValid(region);
        return region;
    }

    @Test
    void testFromRing_counterClockwiseSquare() {
        Region r = checked(ring(0, 0, 2, 0, 2, 2, 0, 2));
        assertEquals(1, r.pieces().size());
        assertEquals(Rational.of(4), r.area());
        assertEquals(ring(0, 0, 2, 0, 2, 2, 0, 2), r.pieces().head().shell());
    }

    @Test
    void testFromRing_clockwiseSquareIsInside() {
        Region r = checked(ring(0, 0, 0, 2, 2, 2, 2, 0));
        assertEquals(Rational.of(4), r.area());
        assertTrue(r.pieces().head().shell().signedArea().signum() > 0);
    }

    @Test
    void testFromRing_collinearAndDuplicateVerticesDropped() {
        Region r = checked(ring(0, 0, 1, 0, 1, 0, 2, 0, 2, 1, 2, 2, 0, 2, 0, 2, 0, 0));
        assertEquals(4, r.pieces().head().shell().size());
        assertEquals(Rational.of(4), r.area());
    }

    @Test
    void testFromRing_spikeAndBacktrackingVanish() {
        // square with a spike going out (2,1)->(5,1)->(2,1) and a back-tracking edge along the top
        Region r = checked(ring(0, 0, 2, 0, 2, 1, 5, 1, 2, 1, 2, 2, 1, 2, 3, 2, 0, 2));
        assertEquals(1, r.pieces().size());
        assertEquals(Rational.of(4), r.area());
        assertEquals(4, r.pieces().head().shell().size());
    }

    @Test
    void testFromRing_fewerThanThreeDistinctPointsIsEmpty() {
        assertTrue(Regions.fromRing(ring()).isEmpty());
        assertTrue(Regions.fromRing(ring(1, 1)).isEmpty());
        assertTrue(Regions.fromRing(ring(1, 1, 2, 2, 1, 1)).isEmpty());
        assertTrue(Regions.fromRing(ring(0, 0, 1, 1, 2, 2)).isEmpty());
    }

    @Test
    void testFromRing_bowtieGivesTwoTriangles() {
        Region r = checked(ring(0, 0, 2, 2, 2, 0, 0, 2));
        assertEquals(2, r.pieces().size());
        assertEquals(Rational.of(2), r.area());
    }

    @Test
    void testFromRing_pentagramWindingTwoFilled() {
        // star polygon {5/2} with integer-ish coordinates
        Region r = checked(ring(0, 10, 6, -8, -10, 3, 10, 3, -6, -8));
        assertEquals(1, r.pieces().size());
        assertTrue(r.pieces().head().holes().isEmpty());
        assertEquals(10, r.pieces().head().shell().size());
    }

    @Test
    void testFromRing_figureEight() {
        Region r = checked(ring(0, 0, 2, 2, 4, 0, 2, -2, 0, 0, -2, 2, -4, 0, -2, -2));
        assertEquals(2, r.pieces().size());
        assertEquals(Rational.of(16), r.area());
    }

    @Test
    void testFromRing_loopTraversedTwiceIsOnePiece() {
        Region r = checked(ring(0, 0, 2, 0, 2, 2, 0, 2, 0, 0, 2, 0, 2, 2, 0, 2));
        assertEquals(1, r.pieces().size());
        assertEquals(Rational.of(4), r.area());
    }

    @Test
    void testFromRing_selfTouchingRingFormsHole() {
        // outer square traversed counter-clockwise, then an inner clockwise square reached through (2,0)
        Region r = checked(ring(0, 0, 2, 0, 3, 1, 1, 1, 1, 3, 3, 3, 3, 1, 2, 0, 4, 0, 4, 4, 0, 4));
        assertEquals(1, r.pieces().size());
        assertEquals(Rational.of(16 - 4), r.area());
    }

    @Test
    void testBox_area() {
        Region r = Regions.box(Rational.of(3, 2));
        assertValid(r);
        assertEquals(Rational.of(9), r.area());
        assertTrue(Regions.box(Rational.ZERO).isEmpty());
    }

    @Test
    void testFromPolygon_validWithHole() {
        Polygon p = Polygon.of(ring(0, 0, 0, 4, 4, 4, 4, 0), Vector.of(ring(1, 1, 2, 1, 2, 2, 1, 2))).get();
        Region r = Regions.fromPolygon(p);
        assertValid(r);
        assertEquals(Rational.of(15), r.area());
    }

    @Test
    void testFromPolygon_invalidPolygonsCannotBeBuilt() {
        var outside = Polygon.of(ring(0, 0, 4, 0, 4, 4, 0, 4), Vector.of(ring(5, 5, 6, 5, 6, 6), ring(1, 1)));
        assertTrue(outside.isInvalid());
        assertEquals(2, outside.getError().size(), outside.getError().toString());
        assertTrue(outside.getError().head().contains("hole 1"), outside.getError().toString());
        var crossing = Polygon.of(ring(0, 0, 4, 4, 4, 0, 0, 2));
        assertTrue(crossing.isInvalid());
        assertTrue(crossing.getError().head().contains("crosses itself"), crossing.getError().toString());
    }

    @Test
    void testFromRing_pointOrder() {
        Region r = checked(Ring.of(Point2.of(0, 0), Point2.of(1, 0), Point2.of(0, 1)));
        assertEquals(Rational.HALF, r.area());
    }
}

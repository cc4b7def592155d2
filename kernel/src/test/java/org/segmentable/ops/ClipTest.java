package org.segmentable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmentable.ops.RegionChecks.assertValid;
import static org.segmentable.ops.RegionChecks.ring;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Region;
import org.segmentable.numbers.Rational;

class ClipTest {

    @Test
    void testToHalfPlanes_quadrantOfBox() {
        Region r = Clip.toHalfPlanes(Regions.box(Rational.ONE), Vector.of(HalfPlane.of(1, 0, 0), HalfPlane.of(0, 1, 0)));
        assertValid(r);
        assertEquals(Rational.ONE, r.area());
    }

    @Test
    void testToHalfPlanes_constantNonPositiveKeepsNothing() {
        assertTrue(Clip.toHalfPlanes(Regions.box(Rational.ONE), Vector.of(HalfPlane.of(0, 0, 0))).isEmpty());
        assertEquals(Rational.of(4), Clip.toHalfPlanes(Regions.box(Rational.ONE), Vector.of(HalfPlane.of(0, 0, 1))).area());
    }

    @Test
    void testToConvexPolygon_nonConvexRegionCutIntoPieces() {
        // a U shape clipped by a triangle crossing both arms
        Region u = Regions.fromRing(ring(0, 0, 6, 0, 6, 6, 4, 6, 4, 2, 2, 2, 2, 6, 0, 6));
        Region r = Clip.toConvexPolygon(u, ring(-1, 4, 7, 4, 3, 9));
        assertValid(r);
        assertEquals(2, r.pieces().size());
        // each arm: 2 x 5/4 below y = 21/4, then a trapezoid of area 51/40 up to y = 6 (by hand)
        assertEquals(Rational.of(151, 20), r.area());
    }

    @Test
    void testToConvexPolygon_clockwiseCellAccepted() {
        Region r = Clip.toConvexPolygon(Regions.box(Rational.TWO), ring(0, 0, 0, 1, 1, 1, 1, 0));
        assertEquals(Rational.ONE, r.area());
    }

    @Test
    void testHalfPlanesOf_nonConvexRejected() {
        assertThrows(IllegalArgumentException.class, () -> Clip.halfPlanesOf(ring(0, 0, 4, 0, 1, 1, 0, 4)));
        assertThrows(IllegalArgumentException.class, () -> Clip.halfPlanesOf(ring(0, 10, 6, -8, -10, 3, 10, 3, -6, -8)));
        assertThrows(IllegalArgumentException.class, () -> Clip.halfPlanesOf(ring(0, 0, 1, 1, 2, 2)));
    }
}

package org.segmentable.constructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Segment2;
import org.segmentable.numbers.Rational;

class IntersectionsTest {

    private static Segment2 seg(long ax, long ay, long bx, long by) {
        return Segment2.of(Point2.of(ax, ay), Point2.of(bx, by));
    }

    private static Crossing at(Point2 p) {
        return new Crossing.AtPoint(p);
    }

    @Test
    void testLineLine_meetingAndParallel() {
        assertEquals(Option.some(Point2.of(1, 2)), Intersections.lineLine(HalfPlane.of(1, 0, -1), HalfPlane.of(0, 1, -2)));
        assertEquals(Option.none(), Intersections.lineLine(HalfPlane.of(1, 1, 0), HalfPlane.of(2, 2, 1)));
        assertEquals(Option.none(), Intersections.lineLine(HalfPlane.of(1, 1, 0), HalfPlane.of(2, 2, 0)));
        assertEquals(Option.none(), Intersections.lineLine(HalfPlane.of(0, 0, 1), HalfPlane.of(1, 0, 0)));
        Point2 p = Intersections.lineLine(HalfPlane.of(3, 7, -1), HalfPlane.of(-2, 5, 4)).get();
        assertEquals(Rational.ZERO, HalfPlane.of(3, 7, -1).evaluate(p));
        assertEquals(Rational.ZERO, HalfPlane.of(-2, 5, 4).evaluate(p));
    }

    @Test
    void testSegmentLine_cases() {
        HalfPlane xIsOne = HalfPlane.of(1, 0, -1);
        assertEquals(Point2.of(Rational.ONE, Rational.HALF), Intersections.segmentLine(Point2.of(0, 0), Point2.of(4, 2), xIsOne));
        assertThrows(IllegalArgumentException.class, () -> Intersections.segmentLine(Point2.of(1, 0), Point2.of(4, 2), xIsOne));
        assertEquals(at(Point2.of(Rational.ONE, Rational.HALF)), Intersections.segmentLine(seg(0, 0, 4, 2), xIsOne));
        assertEquals(at(Point2.of(1, 0)), Intersections.segmentLine(seg(1, 0, 4, 2), xIsOne));
        assertEquals(at(Point2.of(1, 5)), Intersections.segmentLine(seg(3, 0, 1, 5), xIsOne));
        assertEquals(Crossing.NONE, Intersections.segmentLine(seg(2, 0, 4, 2), xIsOne));
        assertEquals(new Crossing.Along(seg(1, 0, 1, 9)), Intersections.segmentLine(seg(1, 0, 1, 9), xIsOne));
        assertEquals(at(Point2.of(1, 3)), Intersections.segmentLine(seg(1, 3, 1, 3), xIsOne));
        assertEquals(Crossing.NONE, Intersections.segmentLine(seg(1, 3, 5, 3), HalfPlane.of(0, 0, 1)));
    }

    @Test
    void testSegmentSegment_properTouchingCollinear() {
        assertEquals(at(Point2.of(1, 1)), Intersections.segmentSegment(seg(0, 0, 2, 2), seg(0, 2, 2, 0)));
        assertEquals(at(Point2.of(1, 1)), Intersections.segmentSegment(seg(0, 0, 2, 2), seg(1, 1, 5, 0))); // T
        assertEquals(at(Point2.of(2, 2)), Intersections.segmentSegment(seg(0, 0, 2, 2), seg(2, 2, 3, 0))); // end to end
        assertEquals(at(Point2.of(1, 1)), Intersections.segmentSegment(seg(1, 1, 0, 5), seg(0, 0, 2, 2)));
        assertEquals(Crossing.NONE, Intersections.segmentSegment(seg(0, 0, 2, 2), seg(3, 0, 5, -1)));
        assertEquals(Crossing.NONE, Intersections.segmentSegment(seg(0, 0, 2, 2), seg(0, 1, 2, 3))); // parallel
        assertEquals(Crossing.NONE, Intersections.segmentSegment(seg(0, 0, 1, 1), seg(2, 2, 3, 3))); // collinear apart
        assertEquals(at(Point2.of(1, 1)), Intersections.segmentSegment(seg(0, 0, 1, 1), seg(2, 2, 1, 1)));
        assertEquals(new Crossing.Along(seg(1, 0, 2, 0)), Intersections.segmentSegment(seg(0, 0, 2, 0), seg(3, 0, 1, 0)));
        assertEquals(new Crossing.Along(seg(1, 1, 2, 2)), Intersections.segmentSegment(seg(0, 0, 3, 3), seg(2, 2, 1, 1)));
        assertEquals(new Crossing.Along(seg(0, 5, 0, 6)), Intersections.segmentSegment(seg(0, 9, 0, 5), seg(0, 6, 0, 0)));
        // no crossing although the lines cross: the crossing lies beyond t
        assertEquals(Crossing.NONE, Intersections.segmentSegment(seg(0, 0, 4, 0), seg(1, 1, 2, 3)));
    }

    @Test
    void testSegmentSegment_degenerateSegments() {
        assertEquals(at(Point2.of(1, 1)), Intersections.segmentSegment(seg(1, 1, 1, 1), seg(0, 0, 2, 2)));
        assertEquals(Crossing.NONE, Intersections.segmentSegment(seg(1, 2, 1, 2), seg(0, 0, 2, 2)));
        assertEquals(at(Point2.of(3, 3)), Intersections.segmentSegment(seg(3, 3, 3, 3), seg(3, 3, 3, 3)));
        assertEquals(Crossing.NONE, Intersections.segmentSegment(seg(0, 0, 2, 2), seg(3, 3, 3, 3)));
        assertThrows(IllegalArgumentException.class, () -> new Crossing.Along(seg(1, 1, 1, 1)));
    }

    @Test
    void testSegmentSegment_crossingPointLiesOnBothSegments() {
        SplittableRandom random = new SplittableRandom(17);
        int crossings = 0;
        for (int i = 0; i < 2_000; i++) {
            Segment2 s = Segment2.of(Point2.of(random.nextDouble(-1, 1), random.nextDouble(-1, 1)),
                    Point2.of(random.nextDouble(-1, 1), random.nextDouble(-1, 1)));
            Segment2 t = Segment2.of(Point2.of(random.nextDouble(-1, 1), random.nextDouble(-1, 1)),
                    Point2.of(random.nextDouble(-1, 1), random.nextDouble(-1, 1)));
            Crossing c = Intersections.segmentSegment(s, t);
            assertEquals(c, Intersections.segmentSegment(t, s));
            if (c instanceof Crossing.AtPoint at) {
                crossings++;
                assertTrue(Intersections.contains(s, at.point()));
                assertTrue(Intersections.contains(t, at.point()));
            }
        }
        assertTrue(crossings > 100, "only " + crossings + " crossings");
    }

    @Test
    void testContains_endpointsInteriorOutside() {
        Segment2 s = seg(0, 0, 4, 2);
        assertTrue(Intersections.contains(s, Point2.of(2, 1)));
        assertTrue(Intersections.contains(s, Point2.of(4, 2)));
        assertFalse(Intersections.contains(s, Point2.of(6, 3)));
        assertFalse(Intersections.contains(s, Point2.of(Rational.of(2), Rational.of(1).add(Rational.parse("1e-30").get()))));
    }
}

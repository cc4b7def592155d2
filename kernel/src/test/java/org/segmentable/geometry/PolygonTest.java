package org.segmentable.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.segmentable.numbers.Rational;

class PolygonTest {

    static Ring ring(long... xy) {
        Vector<Point2> ps = Vector.empty();
        for (int i = 0; i < xy.length; i += 2) {
            ps = ps.append(Point2.of(xy[i], xy[i + 1]));
        }
        return Ring.of(ps);
    }

    static Ring square(long x0, long y0, long x1, long y1) {
        return ring(x0, y0, x1, y0, x1, y1, x0, y1);
    }

    private static Seq<String> problems(Validation<Seq<String>, Polygon> v) {
        assertTrue(v.isInvalid(), () -> "expected problems, got " + v);
        return v.getError();
    }

    @Test
    void testOf_counterClockwiseSquare() {
        Polygon p = Polygon.of(square(0, 0, 2, 2)).get();
        assertEquals(Rational.of(4), p.area());
        assertEquals(square(0, 0, 2, 2), p.shell());
    }

    @Test
    void testOf_clockwiseShellIsTurned() {
        Polygon p = Polygon.of(square(0, 0, 2, 2).reverse()).get();
        assertEquals(Rational.of(4), p.shell().signedArea());
        assertEquals(square(0, 0, 2, 2), p.shell());
    }

    @Test
    void testOf_holesAreTurnedClockwise() {
        Polygon p = Polygon.of(square(0, 0, 4, 4), Vector.of(square(1, 1, 2, 2), square(2, 2, 3, 3).reverse())).get();
        assertTrue(p.holes().forAll(h -> h.signedArea().signum() < 0), p::toString);
        assertEquals(Rational.of(14), p.area());
    }

    @Test
    void testOf_tooFewVertices() {
        assertEquals(Vector.of("the shell has 2 vertices, fewer than 3"), problems(Polygon.of(ring(0, 0, 1, 1))));
        assertEquals(Vector.of("the shell has 0 vertices, fewer than 3", "hole 0 has 1 vertex, fewer than 3"),
                problems(Polygon.of(ring(), Vector.of(ring(1, 1)))));
    }

    @Test
    void testOf_repeatedVertex() {
        assertEquals(Vector.of("the shell repeats the vertex (1, 0) at 1 and 2"),
                problems(Polygon.of(ring(0, 0, 1, 0, 1, 0, 1, 1))));
        assertEquals(Vector.of("the shell repeats the vertex (0, 0) at 3 and 0"),
                problems(Polygon.of(ring(0, 0, 1, 0, 1, 1, 0, 0))));
    }

    @Test
    void testOf_collinearVertices() {
        assertEquals(Vector.of("the shell has all its vertices on one line"),
                problems(Polygon.of(ring(0, 0, 1, 1, 3, 3))));
    }

    @Test
    void testOf_shellDoublingBack() {
        assertTrue(problems(Polygon.of(ring(0, 0, 4, 0, 2, 0, 2, 2))).contains("the shell doubles back on itself at (4, 0)"));
    }

    @Test
    void testOf_selfCrossingShell() {
        assertEquals(Vector.of("the shell crosses itself at (1, 1)"), problems(Polygon.of(ring(0, 0, 2, 2, 2, 0, 0, 2))));
        assertEquals(Vector.of("the shell crosses itself at (4/3, 4/3)"),
                problems(Polygon.of(ring(0, 0, 4, 4, 4, 0, 0, 2))));
    }

    @Test
    void testOf_selfTouchingShell() {
        assertEquals(Vector.of("the shell touches itself at (2, 2)"),
                problems(Polygon.of(ring(0, 0, 4, 0, 2, 2, 4, 4, 0, 4, 2, 2))));
        // a vertex on a non-adjacent edge
        assertEquals(Vector.of("the shell touches itself at (2, 0)"),
                problems(Polygon.of(ring(0, 0, 4, 0, 4, 4, 2, 0, 0, 4))));
    }

    @Test
    void testOf_holeOutsideShell() {
        assertEquals(Vector.of("hole 0 leaves the shell: (5, 5) on it lies outside the shell"),
                problems(Polygon.of(square(0, 0, 4, 4), Vector.of(square(5, 5, 6, 6)))));
    }

    @Test
    void testOf_holeWithVerticesOnTheShellButOutside() {
        // every vertex of the hole lies on the shell; its middle edge runs outside the notch
        Ring notched = ring(0, 0, 4, 0, 4, 4, 3, 4, 2, 2, 1, 4, 0, 4);
        Seq<String> ps = problems(Polygon.of(notched, Vector.of(ring(1, 4, 3, 4, 2, 5))));
        assertTrue(ps.exists(p -> p.startsWith("hole 0 ")), ps::toString);
    }

    @Test
    void testOf_holeCrossesShell() {
        Rational q = Rational.of(1, 4);
        Rational h = Rational.HALF;
        Rational tq = Rational.of(3, 4);
        Ring hole = Ring.of(Point2.of(q, h), Point2.of(tq, h.negate()), Point2.of(tq, h));
        assertEquals(HashSet.of("hole 0 crosses the shell at (1/2, 0)", "hole 0 crosses the shell at (3/4, 0)"),
                problems(Polygon.of(square(0, 0, 1, 1), Vector.of(hole))).toSet());
    }

    @Test
    void testOf_holeAlongShell() {
        assertEquals(Vector.of("hole 0 runs along the shell from (4, 1) to (4, 2)"),
                problems(Polygon.of(square(0, 0, 4, 4), Vector.of(square(3, 1, 4, 2)))));
    }

    @Test
    void testOf_holeTouchingShellAtAPointIsValid() {
        Polygon corner = Polygon.of(square(0, 0, 4, 4), Vector.of(ring(0, 0, 2, 1, 1, 2))).get();
        assertEquals(Rational.of(16 * 2 - 3, 2), corner.area());
        assertTrue(Polygon.of(square(0, 0, 4, 4), Vector.of(ring(2, 0, 3, 1, 1, 1))).isValid());
    }

    @Test
    void testOf_overlappingHoles() {
        assertEquals(HashSet.of("hole 1 crosses hole 0 at (3, 2)", "hole 1 crosses hole 0 at (2, 3)"),
                problems(Polygon.of(square(0, 0, 8, 8), Vector.of(square(1, 1, 3, 3), square(2, 2, 4, 4)))).toSet());
    }

    @Test
    void testOf_nestedHoles() {
        assertEquals(Vector.of("hole 1 and hole 0 overlap: (2, 2) on hole 1 lies inside hole 0"),
                problems(Polygon.of(square(0, 0, 8, 8), Vector.of(square(1, 1, 5, 5), square(2, 2, 3, 3)))));
        assertEquals(Vector.of("hole 1 and hole 0 overlap: (2, 2) on hole 0 lies inside hole 1"),
                problems(Polygon.of(square(0, 0, 8, 8), Vector.of(square(2, 2, 3, 3), square(1, 1, 5, 5)))));
    }

    @Test
    void testOf_holesSharingAnEdge() {
        assertEquals(Vector.of("hole 1 runs along hole 0 from (2, 1) to (2, 2)"),
                problems(Polygon.of(square(0, 0, 8, 8), Vector.of(square(1, 1, 2, 2), square(2, 1, 3, 2)))));
    }

    @Test
    void testOf_holesTouchingAtAPointAreValid() {
        assertTrue(Polygon.of(square(0, 0, 8, 8), Vector.of(square(1, 1, 2, 2), square(2, 2, 3, 3))).isValid());
    }

    @Test
    void testOf_touchesCuttingTheInteriorApart() {
        Ring a = ring(0, 2, 2, 1, 2, 3);
        Ring b = ring(2, 3, 4, 2, 3, 3);
        Seq<String> ps = problems(Polygon.of(square(0, 0, 4, 4), Vector.of(a, b)));
        assertEquals(1, ps.size(), ps::toString);
        assertTrue(ps.head().contains("cuts the interior apart"), ps::toString);
        // one hole touching the shell twice
        assertTrue(problems(Polygon.of(square(0, 0, 4, 4), Vector.of(ring(0, 2, 2, 1, 4, 2, 2, 3))))
                .head().contains("cuts the interior apart"));
    }

    @Test
    void testOf_exactNearDegenerateTouch() {
        // a hole vertex a hair inside the shell edge is valid; on it, a touch; a hair outside, a crossing
        Rational tiny = Rational.of(1, 1L << 60);
        Ring in = Ring.of(Point2.of(Rational.ONE, tiny), Point2.of(2, 1), Point2.of(1, 2));
        Ring on = Ring.of(Point2.of(1, 0), Point2.of(2, 1), Point2.of(1, 2));
        Ring out = Ring.of(Point2.of(Rational.ONE, tiny.negate()), Point2.of(2, 1), Point2.of(1, 2));
        assertTrue(Polygon.of(square(0, 0, 4, 4), Vector.of(in)).isValid());
        assertTrue(Polygon.of(square(0, 0, 4, 4), Vector.of(on)).isValid());
        assertTrue(Polygon.of(square(0, 0, 4, 4), Vector.of(out)).isInvalid());
    }

    @Test
    void testOf_nullThrowsNamingTheArgument() {
        assertEquals("shell is null", assertThrows(NullPointerException.class, () -> Polygon.of(null)).getMessage());
        assertEquals("holes holds null", assertThrows(NullPointerException.class,
                () -> Polygon.of(square(0, 0, 1, 1), Vector.of((Ring) null))).getMessage());
    }
}

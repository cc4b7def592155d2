package org.segmentable.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmentable.geometry.PolygonTest.square;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.segmentable.numbers.Rational;

class RegionTest {

    private static Polygon sq(long x0, long y0, long x1, long y1) {
        return Polygon.of(square(x0, y0, x1, y1)).get();
    }

    private static Seq<String> problems(Validation<Seq<String>, Region> v) {
        assertTrue(v.isInvalid(), () -> "expected problems, got " + v);
        return v.getError();
    }

    @Test
    void testOf_overlappingPieces() {
        assertEquals(HashSet.of("pieces 0 and 1 overlap: their boundaries cross at (2, 1)",
                "pieces 0 and 1 overlap: their boundaries cross at (1, 2)"),
                problems(Region.of(Vector.of(sq(0, 0, 2, 2), sq(1, 1, 3, 3)))).toSet());
    }

    @Test
    void testOf_containedPiece() {
        assertEquals(Vector.of("pieces 0 and 1 overlap: (1, 1) on piece 1's boundary lies inside piece 0"),
                problems(Region.of(Vector.of(sq(0, 0, 4, 4), sq(1, 1, 2, 2)))));
        assertEquals(Vector.of("pieces 0 and 1 overlap: (1, 1) on piece 0's boundary lies inside piece 1"),
                problems(Region.of(Vector.of(sq(1, 1, 2, 2), sq(0, 0, 4, 4)))));
    }

    @Test
    void testOf_sharedEdge() {
        assertEquals(Vector.of("pieces 0 and 1 share the edge (1, 0)–(1, 1)"),
                problems(Region.of(Vector.of(sq(0, 0, 1, 1), sq(1, 0, 2, 1)))));
        assertTrue(problems(Region.of(Vector.of(sq(0, 0, 1, 1), sq(0, 0, 1, 1)))).head().contains("share the edge"));
    }

    @Test
    void testOf_everyPairReported() {
        Seq<String> ps = problems(Region.of(Vector.of(sq(0, 0, 1, 1), sq(1, 0, 2, 1), sq(0, 0, 4, 4))));
        assertTrue(ps.exists(p -> p.startsWith("pieces 0 and 1 ")), ps::toString);
        assertTrue(ps.exists(p -> p.startsWith("pieces 0 and 2 ")), ps::toString);
        assertTrue(ps.exists(p -> p.startsWith("pieces 1 and 2 ")), ps::toString);
    }

    @Test
    void testOf_touchingAtAVertexIsValid() {
        Region r = Region.of(Vector.of(sq(0, 0, 1, 1), sq(1, 1, 3, 3))).get();
        assertEquals(Rational.of(5), r.area());
        // a vertex of one piece on the edge of another
        assertTrue(Region.of(Vector.of(sq(0, 0, 2, 2), Polygon.of(PolygonTest.ring(2, 1, 3, 0, 3, 2)).get())).isValid());
    }

    @Test
    void testOf_pieceInsideAHoleIsValid() {
        Polygon frame = Polygon.of(square(0, 0, 6, 6), Vector.of(square(1, 1, 5, 5))).get();
        Region r = Region.of(Vector.of(frame, sq(2, 2, 3, 3))).get();
        assertEquals(Rational.of(36 - 16 + 1), r.area());
        assertTrue(Region.of(Vector.of(frame, sq(0, 0, 3, 3))).isInvalid());
    }

    @Test
    void testOf_emptyAndSingle() {
        assertTrue(Region.of(Vector.<Polygon>empty()).get().isEmpty());
        assertEquals(Rational.of(4), Region.of(sq(0, 0, 2, 2)).area());
    }

    @Test
    void testOf_nullThrowsNamingTheArgument() {
        assertEquals("pieces holds null", assertThrows(NullPointerException.class,
                () -> Region.of(Vector.of(sq(0, 0, 1, 1), null))).getMessage());
    }
}

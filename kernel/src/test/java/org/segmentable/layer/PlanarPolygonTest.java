package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * The seed's plane API on polygons drawn in 2-D and embedded in R^5 by
 * {@code (x, y) ↦ (x, x + y, y, y + 1/2, y - 1)}: cutting by {@code x_2 = 0} is cutting by
 * {@code y = 0}, {@code x_3} by {@code y = -1/2}, {@code x_4} by {@code y = 1}, and areas in
 * {@code (x_0, x_2)} are the drawn areas.
 */
class PlanarPolygonTest {

    static Vector<Rational> embed(Point2 p) {
        Rational x = p.x();
        Rational y = p.y();
        return Vector.of(x, x.add(y), y, y.add(Rational.HALF), y.subtract(Rational.ONE));
    }

    static PlanarPolygon polygon(Point2... points) {
        Validation<Seq<String>, PlanarPolygon> v = PlanarPolygon.of(Vector.of(points).map(PlanarPolygonTest::embed));
        assertTrue(v.isValid(), () -> v.getError().mkString("; "));
        return v.get();
    }

    static Point2 pt(long x, long y) {
        return Point2.of(x, y);
    }

    static Point2 pt(Rational x, Rational y) {
        return Point2.of(x, y);
    }

    static PlanarSegment segment(Point2 a, Point2 b) {
        return PlanarSegment.of(embed(a), embed(b)).get();
    }

    @Test
    void testSegmentOf_dimensionsDiffer() {
        assertEquals(Vector.of("start has 5 coordinates, end 2"),
                PlanarSegment.of(embed(pt(0, 0)), Vector.of(Rational.ONE, Rational.ZERO)).getError());
    }

    static Vector<Rational> vec(long... xs) {
        return Vector.ofAll(xs).map(Rational::of);
    }

    @Test
    void testSplit_convexCrossing() {
        PlanarSplit s = polygon(pt(-1, -1), pt(1, -1), pt(1, 1), pt(-1, 1)).split(2);
        assertEquals(1, s.positive().size());
        assertEquals(1, s.negative().size());
        assertEquals(Rational.TWO, s.positiveArea(0, 2));
        assertEquals(Rational.TWO, s.negativeArea(0, 2));
        assertEquals(Vector.of(segment(pt(-1, 0), pt(1, 0))), s.onHyperplane());
        assertTrue(s.positive().head().vertices().forAll(x -> x.get(2).signum() >= 0));
        assertTrue(s.negative().head().vertices().forAll(x -> x.get(2).signum() <= 0));
    }

    @Test
    void testSplit_verticesOnLine() {
        PlanarSplit s = polygon(pt(-1, 0), pt(0, 1), pt(1, 0), pt(0, -1)).split(2);
        assertEquals(1, s.positive().size());
        assertEquals(1, s.negative().size());
        assertEquals(Rational.ONE, s.positiveArea(0, 2));
        assertEquals(Vector.of(segment(pt(-1, 0), pt(1, 0))), s.onHyperplane());
        assertEquals(3, s.positive().head().size());
    }

    @Test
    void testSplit_edgeAlongLine() {
        PlanarSplit s = polygon(pt(-1, 0), pt(1, 0), pt(0, -1)).split(2);
        assertEquals(0, s.positive().size());
        assertEquals(1, s.negative().size());
        assertEquals(Rational.ONE, s.negativeArea(0, 2));
        assertEquals(Vector.of(segment(pt(-1, 0), pt(1, 0))), s.onHyperplane());
    }

    @Test
    void testSplit_wholePolygonOnOneSide() {
        PlanarPolygon p = polygon(pt(0, 1), pt(1, 2), pt(-1, 2));
        PlanarSplit s = p.split(2);
        assertEquals(Vector.of(p), s.positive());
        assertTrue(s.negative().isEmpty());
        assertTrue(s.onHyperplane().isEmpty());
        assertTrue(!s.liesInHyperplane());
    }

    @Test
    void testSplit_touchingAtSinglePoint() {
        PlanarSplit s = polygon(pt(0, 0), pt(1, 1), pt(-1, 1)).split(2);
        assertEquals(1, s.positive().size());
        assertEquals(Rational.ONE, s.positiveArea(0, 2));
        assertTrue(s.negative().isEmpty());
        assertEquals(Vector.of(segment(pt(0, 0), pt(0, 0))), s.onHyperplane());
        assertTrue(s.onHyperplane().head().isPoint());
    }

    @Test
    void testSplit_reflexVertexOnLine() {
        // the notch's tip (0, 0) touches the line from above; the two towers above touch at it
        PlanarSplit s = polygon(pt(-2, -1), pt(2, -1), pt(2, 1), pt(1, 1), pt(0, 0), pt(-1, 1), pt(-2, 1)).split(2);
        assertEquals(2, s.positive().size());
        assertEquals(1, s.negative().size());
        assertEquals(Rational.of(3), s.positiveArea(0, 2));
        assertEquals(Rational.of(4), s.negativeArea(0, 2));
        assertEquals(Vector.of(Rational.of(3, 2), Rational.of(3, 2)), s.positive().map(p -> p.shadowArea(0, 2)));
        assertEquals(Vector.of(segment(pt(-2, 0), pt(2, 0))), s.onHyperplane());
    }

    /** A comb: a base {@code [0, 2k-1] × [-1, -1/2]} with k teeth {@code [2m, 2m+1] × [-1/2, 1]}. */
    static PlanarPolygon comb(int k) {
        Rational half = Rational.HALF.negate();
        Vector<Point2> points = Vector.of(pt(0, -1), pt(2 * k - 1, -1));
        for (int m = k - 1; m >= 0; m--) {
            points = points.append(pt(2 * m + 1, 1)).append(pt(2 * m, 1));
            if (m > 0) {
                points = points.append(pt(Rational.of(2 * m), half)).append(pt(Rational.of(2 * m - 1), half));
            }
        }
        return polygon(points.toJavaArray(Point2[]::new));
    }

    @Test
    void testSplit_nonConvexCutIntoManyPieces() {
        int k = 6;
        PlanarSplit s = comb(k).split(2);
        assertEquals(k, s.positive().size());
        assertEquals(1, s.negative().size());
        assertEquals(Rational.of(k), s.positiveArea(0, 2));
        assertEquals(Rational.of(3 * k - 1, 2), s.negativeArea(0, 2));
        assertEquals(Vector.range(0, k).map(m -> segment(pt(2 * m, 0), pt(2 * m + 1, 0))), s.onHyperplane());
        assertTrue(s.positive().forAll(p -> p.shadowArea(0, 2).equals(Rational.ONE)));
    }

    @Test
    void testSplit_edgesAlongLineBetweenCrossings() {
        // y = -1/2 runs along every gap's floor and crosses every tooth: one maximal on-hyperplane segment
        int k = 4;
        PlanarSplit s = comb(k).split(3);
        assertEquals(k, s.positive().size());
        assertEquals(1, s.negative().size());
        assertEquals(Rational.of(3 * k, 2), s.positiveArea(0, 2));
        assertEquals(Rational.of(2 * k - 1, 2), s.negativeArea(0, 2));
        assertEquals(Vector.of(segment(pt(Rational.ZERO, Rational.HALF.negate()),
                pt(Rational.of(2 * k - 1), Rational.HALF.negate()))), s.onHyperplane());
    }

    @Test
    void testSplit_onOneSideTouchingAlongSeveralEdges() {
        int k = 3;
        PlanarSplit s = comb(k).split(4);
        assertTrue(s.positive().isEmpty());
        assertEquals(1, s.negative().size());
        assertEquals(comb(k).shadowArea(0, 2), s.negativeArea(0, 2));
        assertEquals(Vector.range(0, k).map(m -> segment(pt(2 * m, 1), pt(2 * m + 1, 1))), s.onHyperplane());
    }

    @Test
    void testSplit_polygonInsideHyperplane() {
        PlanarPolygon p = PlanarPolygon.of(Vector.of(vec(1, 0, 0, 0), vec(0, 1, 0, 0), vec(0, 0, 1, 0))).get();
        PlanarSplit s = p.split(3);
        assertTrue(s.liesInHyperplane());
        assertEquals(p, s.insideHyperplane().get());
        assertTrue(s.positive().isEmpty() && s.negative().isEmpty() && s.onHyperplane().isEmpty());
    }

    @Test
    void testSplit_planeParallelToHyperplane() {
        PlanarPolygon p = PlanarPolygon.of(Vector.of(vec(0, 0, 5), vec(1, 0, 5), vec(0, 1, 5))).get();
        PlanarSplit s = p.split(2);
        assertEquals(Vector.of(p), s.positive());
        assertTrue(s.negative().isEmpty() && s.onHyperplane().isEmpty() && !s.liesInHyperplane());
        assertEquals(Vector.of(p), p.split(2).positive());
        PlanarPolygon below = PlanarPolygon.of(Vector.of(vec(0, 0, -5), vec(1, 0, -5), vec(0, 1, -5))).get();
        assertEquals(Vector.of(below), below.split(2).negative());
    }

    @Test
    void testSplit_clockwiseInputSameResult() {
        PlanarPolygon ccw = comb(3);
        PlanarPolygon cw = PlanarPolygon.of(ccw.vertices().reverse()).get();
        PlanarSplit a = ccw.split(2);
        PlanarSplit b = cw.split(2);
        assertEquals(a.positive().size(), b.positive().size());
        assertEquals(a.positiveArea(0, 2), b.positiveArea(0, 2));
        assertEquals(a.negativeArea(0, 2), b.negativeArea(0, 2));
        assertEquals(a.onHyperplane(), b.onHyperplane());
    }

    @Test
    void testSplit_coordinateOutOfRange() {
        PlanarPolygon p = polygon(pt(0, 0), pt(1, 0), pt(0, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> p.split(5));
        assertThrows(IndexOutOfBoundsException.class, () -> p.split(-1));
    }

    @Test
    void testSplit_randomStarPolygonsPiecesPartitionThePolygon() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            // a star-shaped polygon around the origin: vertices at 8 fixed directions, random radii
            int[][] dirs = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
            Vector<Point2> points = Vector.empty();
            for (int[] dir : dirs) {
                int r = 1 + random.nextInt(4);
                points = points.append(pt((long) dir[0] * r, (long) dir[1] * r));
            }
            PlanarPolygon p = polygon(points.toJavaArray(Point2[]::new));
            Rational shift = Rational.of(random.nextInt(9) - 4, 1 + random.nextInt(2));
            // cut by y = shift: use the frame's own coordinate through a shifted embedding
            Vector<Vector<Rational>> moved = p.vertices().map(x -> x.update(2, x.get(2).subtract(shift)));
            PlanarPolygon q = PlanarPolygon.of(moved).get();
            PlanarSplit s = q.split(2);
            assertEquals(q.shadowArea(0, 2), s.positiveArea(0, 2).add(s.negativeArea(0, 2)), points + " at " + shift);
            for (PlanarPolygon piece : s.positive()) {
                assertTrue(PlanarPolygon.of(piece.vertices()).isValid(), piece::toString);
                assertTrue(piece.vertices().forAll(x -> x.get(2).signum() >= 0));
                assertTrue(piece.shadowArea(0, 2).signum() > 0);
            }
            for (PlanarPolygon piece : s.negative()) {
                assertTrue(PlanarPolygon.of(piece.vertices()).isValid(), piece::toString);
                assertTrue(piece.vertices().forAll(x -> x.get(2).signum() <= 0));
            }
            assertTrue(s.onHyperplane().forAll(seg -> seg.start().get(2).isZero() && seg.end().get(2).isZero()));
        }
    }

    @Test
    void testOf_rankThreeNamesTheDimension() {
        Validation<Seq<String>, PlanarPolygon> v = PlanarPolygon.of(Vector.of(vec(1, 0, 0, 0), vec(0, 1, 0, 0),
                vec(0, 0, 1, 0), vec(0, 0, 0, 1)));
        assertEquals(Vector.of("the vertices span an affine subspace of dimension 3, not a plane"), v.getError());
    }

    @Test
    void testOf_collinearAndCoincidentVertices() {
        assertEquals(Vector.of("the vertices span an affine subspace of dimension 1 (a line), not a plane"),
                PlanarPolygon.of(Vector.of(vec(0, 0, 0), vec(1, 1, 1), vec(3, 3, 3))).getError());
        assertEquals(Vector.of("the vertices span an affine subspace of dimension 0 (a single point), not a plane"),
                PlanarPolygon.of(Vector.of(vec(2, 2), vec(2, 2), vec(2, 2))).getError());
    }

    @Test
    void testOf_everyInputProblemAtOnce() {
        Validation<Seq<String>, PlanarPolygon> v = PlanarPolygon.of(Vector.of(vec(0, 0, 0), vec(1, 0)));
        assertEquals(Vector.of("a polygon needs at least 3 vertices, got 2", "vertex 1 has 2 coordinates, vertex 0 has 3"),
                v.getError());
    }

    @Test
    void testOf_selfCrossingBoundaryRejected() {
        Validation<Seq<String>, PlanarPolygon> bowtie = PlanarPolygon.of(Vector.of(vec(0, 0, 1), vec(2, 2, 1),
                vec(2, 0, 1), vec(0, 2, 1)));
        assertEquals(Vector.of("in coordinates x_0, x_1: the boundary crosses itself at (1, 1)"), bowtie.getError());
        Validation<Seq<String>, PlanarPolygon> repeated = PlanarPolygon.of(Vector.of(vec(0, 0), vec(1, 0), vec(1, 0),
                vec(0, 1)));
        assertEquals(Vector.of("in coordinates x_0, x_1: the boundary repeats the vertex (1, 0) at 1 and 2"), repeated.getError());
    }
}

package org.segmentable.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

class AffineSliceTest {

    static Vector<Rational> vec(long... xs) {
        Vector<Rational> out = Vector.empty();
        for (long x : xs) {
            out = out.append(Rational.of(x));
        }
        return out;
    }

    @Test
    void testOf_rankOneDirectionsNameTheRank() {
        assertEquals(Vector.of("u and v have rank 1 (parallel: they span a line), a slice needs rank 2"),
                AffineSlice.of(vec(0, 0, 0), vec(1, 2, 3), vec(-2, -4, -6)).getError());
        assertEquals(Vector.of("u and v have rank 1 (parallel: they span a line), a slice needs rank 2"),
                AffineSlice.of(vec(5, 5), vec(0, 0), vec(0, 1)).getError());
    }

    @Test
    void testOf_rankZeroDirectionsNameTheRank() {
        assertEquals(Vector.of("u and v have rank 0 (both zero: they span a point), a slice needs rank 2"),
                AffineSlice.of(vec(0, 0, 0), vec(0, 0, 0), vec(0, 0, 0)).getError());
    }

    @Test
    void testOf_lengthProblemsReportedTogether() {
        assertEquals(Vector.of("u has 2 coordinates, the origin has 3", "v has 4 coordinates, the origin has 3"),
                AffineSlice.of(vec(0, 0, 0), vec(1, 0), vec(0, 1, 0, 0)).getError());
        assertEquals(Vector.of("the origin has 1 coordinate(s); a slice needs at least 2"),
                AffineSlice.of(vec(0), vec(1), vec(0)).getError());
    }

    @Test
    void testOfColumns_rowsOfTwo() {
        Vector<Vector<Rational>> basis = Vector.of(vec(1, 0), vec(0, 1), vec(1, 1));
        AffineSlice s = AffineSlice.ofColumns(vec(0, 0, -1), basis).get();
        assertEquals(vec(1, 0, 1), s.u());
        assertEquals(vec(0, 1, 1), s.v());
        assertEquals(Vector.of("basis row 1 has 3 entries, expected 2 (one per direction)"),
                AffineSlice.ofColumns(vec(0, 0), Vector.of(vec(1, 0), vec(0, 1, 2))).getError());
    }

    @Test
    void testAxes_identityIsThePlainPlane() {
        AffineSlice id = AffineSlice.identity();
        assertEquals(AffineSlice.axes(2, 0, 1), id);
        Point2 c = Point2.of(Rational.of(5, 3), Rational.of(-7));
        assertEquals(Vector.of(c.x(), c.y()), id.point(c));
        assertEquals(Either.right(c), id.project(Vector.of(c.x(), c.y())));
        assertEquals(c, id.nearest(Vector.of(c.x(), c.y())));
        assertThrows(IllegalArgumentException.class, () -> AffineSlice.axes(2, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> AffineSlice.axes(3, 0, 3));
    }

    @Test
    void testPoint_affineCombination() {
        AffineSlice s = AffineSlice.of(vec(1, 1, 1), vec(1, 0, 2), vec(0, 1, 1)).get();
        assertEquals(vec(3, 4, 8), s.point(Point2.of(2, 3))); // (1 + 2, 1 + 3, 1 + 4 + 3)
        assertEquals(vec(1, 1, 1), s.point(Point2.ORIGIN));
    }

    @Test
    void testProject_pointRoundTripAndPointsOffThePlane() {
        AffineSlice s = AffineSlice.of(vec(1, 2, 3, 4), vec(0, 0, 1, 1), vec(0, 0, 1, -1)).get();
        Point2 c = Point2.of(Rational.of(2, 3), Rational.of(-5, 7));
        assertEquals(Either.right(c), s.project(s.point(c)));
        AffineSlice flat = AffineSlice.axes(3, 0, 1);
        assertEquals(Either.left("the point (1, 1, 1) does not lie in the plane"), flat.project(vec(1, 1, 1)));
        assertEquals(Either.left("the point has 2 coordinates, the plane lies in R^3"), flat.project(vec(1, 1)));
    }

    @Test
    void testProjectingAxes_firstNonZeroMinor() {
        assertEquals(Tuple.of(1, 3), AffineSlice.axes(4, 3, 1).projectingAxes());
        // x_0 is zero in both directions and (x_1, x_2) has minor 0: the first pair is (x_1, x_3)
        AffineSlice s = AffineSlice.of(vec(0, 0, 0, 0), vec(0, 1, 2, 1), vec(0, 2, 4, 3)).get();
        assertEquals(Tuple.of(1, 3), s.projectingAxes());
    }

    @Test
    void testNearest_residualIsOrthogonalAndPlanePointsAreExact() {
        AffineSlice s = AffineSlice.of(vec(1, -1, 2), vec(1, 2, 0), vec(0, 1, -3)).get();
        Vector<Rational> x = vec(4, -7, 5);
        Point2 c = s.nearest(x);
        Vector<Rational> residual = Vectors.subtract(x, s.point(c));
        assertEquals(Rational.ZERO, Vectors.dot(residual, s.u()));
        assertEquals(Rational.ZERO, Vectors.dot(residual, s.v()));
        Point2 on = Point2.of(Rational.of(-3, 11), Rational.of(8, 5));
        assertEquals(on, s.nearest(s.point(on)));
        assertThrows(IllegalArgumentException.class, () -> s.nearest(vec(1, 2)));
    }

    @Test
    void testHalfPlane_isTheCoordinateOnThePlane() {
        AffineSlice s = AffineSlice.of(vec(1, 2, 3), vec(1, 0, 2), vec(0, 1, -1)).get();
        Point2 c = Point2.of(3, -4);
        for (int i = 0; i < 3; i++) {
            assertEquals(s.point(c).get(i), s.halfPlane(i).evaluate(c));
        }
    }

    /**
     * One plane from two bases: {@code o' = o + u, u' = u + v, v' = 2v}. A point's coordinates are
     * related by {@code (s, t) = (1 + s', s' + 2t')}, so triangle areas scale by the basis change's
     * determinant 2.
     */
    @Test
    void testOf_twoBasesOfOnePlaneRelateByTheBasisChange() {
        AffineSlice first = AffineSlice.of(vec(1, 0, -1), vec(1, 1, 0), vec(0, 1, 2)).get();
        AffineSlice second = AffineSlice.of(Vectors.add(first.origin(), first.u()), Vectors.add(first.u(), first.v()),
                Vectors.scale(first.v(), Rational.TWO)).get();
        Random random = new Random(11);
        Vector<Point2> inFirst = Vector.empty();
        Vector<Point2> inSecond = Vector.empty();
        for (int k = 0; k < 3; k++) {
            Point2 c2 = Point2.of(Rational.of(random.nextInt(41) - 20, 1 + random.nextInt(9)),
                    Rational.of(random.nextInt(41) - 20, 1 + random.nextInt(9)));
            Vector<Rational> x = second.point(c2);
            Point2 c1 = first.project(x).get();
            assertEquals(Point2.of(Rational.ONE.add(c2.x()), c2.x().add(c2.y().multiply(Rational.TWO))), c1);
            inFirst = inFirst.append(c1);
            inSecond = inSecond.append(c2);
        }
        assertEquals(doubleArea(inFirst), doubleArea(inSecond).multiply(Rational.TWO));
        assertTrue(!doubleArea(inSecond).isZero());
    }

    private static Rational doubleArea(Vector<Point2> t) {
        Point2 a = t.get(1).subtract(t.get(0));
        Point2 b = t.get(2).subtract(t.get(0));
        return a.x().multiply(b.y()).subtract(a.y().multiply(b.x()));
    }
}

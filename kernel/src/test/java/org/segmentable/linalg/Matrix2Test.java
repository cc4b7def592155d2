package org.segmentable.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

class Matrix2Test {

    @Test
    void testSolve_exactRationalSolution() {
        Matrix2 m = Matrix2.of(Rational.of(2, 3), Rational.of(-1, 7), Rational.of(5), Rational.of(1, 2));
        Point2 x = Point2.of(Rational.of(-11, 13), Rational.of(17, 19));
        Point2 r = m.times(x);
        assertEquals(Option.some(x), m.solve(r));
        assertEquals(Option.some(Point2.of(1, 1)), Matrix2.of(2, 1, 1, 1).solve(Point2.of(3, 2)));
    }

    @Test
    void testSolve_singularIsNone() {
        assertTrue(Matrix2.of(1, 2, 2, 4).solve(Point2.of(1, 2)).isEmpty());
        assertTrue(Matrix2.of(0, 0, 0, 0).inverse().isEmpty());
    }

    @Test
    void testGram_inverseTimesGramIsIdentity() {
        Vector<Rational> u = AffineSliceTest.vec(1, 2, 0, -3);
        Vector<Rational> v = AffineSliceTest.vec(0, 1, 5, 1);
        Matrix2 g = Matrix2.gram(u, v);
        assertEquals(Matrix2.of(14, -1, -1, 27), g);
        assertEquals(Rational.of(377), g.det());
        Matrix2 inverse = g.inverse().get();
        assertEquals(Matrix2.of(1, 0, 0, 1), inverse.times(g));
        assertEquals(Matrix2.of(1, 0, 0, 1), g.times(inverse));
        assertEquals(Matrix2.of(Rational.of(27, 377), Rational.of(1, 377), Rational.of(1, 377), Rational.of(14, 377)),
                inverse);
    }

    @Test
    void testGram_dependentVectorsAreSingular() {
        Vector<Rational> u = AffineSliceTest.vec(1, -2, 3);
        assertEquals(Rational.ZERO, Matrix2.gram(u, Vectors.scale(u, Rational.of(-5, 2))).det());
    }
}

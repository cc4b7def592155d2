package org.segmentable.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.segmentable.numbers.Rational;

class VectorsTest {

    private static Vector<Rational> vec(long... xs) {
        return AffineSliceTest.vec(xs);
    }

    @Test
    void testArithmetic_exact() {
        assertEquals(Rational.of(32), Vectors.dot(vec(1, 2, 3), vec(4, 5, 6)));
        assertEquals(vec(5, 7, 9), Vectors.add(vec(1, 2, 3), vec(4, 5, 6)));
        assertEquals(vec(-3, -3, -3), Vectors.subtract(vec(1, 2, 3), vec(4, 5, 6)));
        assertEquals(Vector.of(Rational.of(1, 3), Rational.of(2, 3)), Vectors.scale(vec(1, 2), Rational.of(1, 3)));
        assertEquals(vec(1, 2), Vectors.lerp(vec(0, 0), vec(2, 4), Rational.HALF));
        assertEquals(vec(2, 5), Vectors.times(Vector.of(vec(1, 0), vec(1, 1)), vec(2, 3)));
        assertTrue(Vectors.isZero(vec(0, 0)));
        assertFalse(Vectors.isZero(vec(0, 1)));
    }

    @Test
    void testArithmetic_differentLengthsThrow() {
        assertThrows(IllegalArgumentException.class, () -> Vectors.dot(vec(1, 2), vec(1)));
        assertThrows(IllegalArgumentException.class, () -> Vectors.times(Vector.of(vec(1, 0, 0)), vec(2, 3)));
    }
}

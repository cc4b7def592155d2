package org.segmentable.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.segmentable.numbers.Rational;

class AffineRankTest {

    private static Vector<Rational> vec(long... xs) {
        return AffineSliceTest.vec(xs);
    }

    @Test
    void testRank_degenerateSets() {
        assertEquals(0, AffineRank.rank(Vector.empty()));
        assertEquals(0, AffineRank.rank(Vector.of(vec(0, 0, 0), vec(0, 0, 0))));
        assertEquals(1, AffineRank.rank(Vector.of(vec(1, 2, 3), vec(-2, -4, -6), vec(0, 0, 0))));
        assertEquals(2, AffineRank.rank(Vector.of(vec(1, 0, 1), vec(0, 1, 1), vec(1, 1, 2))));
        assertEquals(3, AffineRank.rank(Vector.of(vec(1, 0, 0), vec(1, 1, 0), vec(1, 1, 1), vec(3, 2, 1))));
    }

    @Test
    void testRank_exactOnTinyDifferences() {
        Rational tiny = Rational.of(1, 1_000_000_007L).multiply(Rational.of(1, 1_000_000_009L));
        Vector<Rational> a = vec(1, 1);
        Vector<Rational> b = Vector.of(Rational.ONE, Rational.ONE.add(tiny));
        assertEquals(2, AffineRank.rank(Vector.of(a, b)));
        assertEquals(1, AffineRank.rank(Vector.of(a, Vectors.scale(a, tiny))));
    }

    @Test
    void testRank_rowsOfDifferentLengthsThrow() {
        assertThrows(IllegalArgumentException.class, () -> AffineRank.rank(Vector.of(vec(1, 2), vec(1))));
    }

    @Test
    void testDimension_pointsOnALinePlaneAndSpace() {
        assertEquals(-1, AffineRank.dimension(Vector.empty()));
        assertEquals(0, AffineRank.dimension(Vector.of(vec(3, 4), vec(3, 4))));
        assertEquals(1, AffineRank.dimension(Vector.of(vec(0, 0, 1), vec(1, 1, 1), vec(2, 2, 1))));
        assertEquals(2, AffineRank.dimension(Vector.of(vec(1, 0, 0, 0, 0), vec(0, 1, 0, 0, 0), vec(0, 0, 1, 0, 0))));
        assertEquals(3, AffineRank.dimension(Vector.of(vec(1, 0, 0, 0, 0), vec(0, 1, 0, 0, 0), vec(0, 0, 1, 0, 0),
                vec(0, 0, 0, 1, 0))));
    }

    @Test
    void testDescribe_wording() {
        assertEquals("dimension 0 (a single point)", AffineRank.describe(0));
        assertEquals("dimension 1 (a line)", AffineRank.describe(1));
        assertEquals("dimension 3", AffineRank.describe(3));
    }
}

package org.segmentable.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

/** The parallel refinement equals the sequential one exactly; the digit rows equal the BigInteger rows. */
class RefinementTest {

    private static LinearRegions regions(Mlp m, long z, int threads) {
        return LinearRegions.box(m, AffineSlice.identity(), Rational.of(z),
                LinearRegions.Options.DEFAULT.withLevelSet(0).withEagerMaps().withThreads(threads)).get();
    }

    /** Everything observable is equal, cell by cell and in the same order. */
    static void assertSameRegions(LinearRegions a, LinearRegions b) {
        assertEquals(a.size(), b.size());
        assertEquals(a.cellsPerDepth(), b.cellsPerDepth());
        assertEquals(a.exactSignCount(), b.exactSignCount());
        assertEquals(a.vertexCount(), b.vertexCount());
        assertEquals(a.levelSet().get().segments(), b.levelSet().get().segments());
        for (int i = 0; i < a.size(); i++) {
            LinearRegion x = a.cell(i);
            LinearRegion y = b.cell(i);
            assertEquals(x.patternKey(), y.patternKey(), "cell " + i);
            assertEquals(x.vertices(), y.vertices(), "cell " + i);
            assertEquals(x.affineMap(), y.affineMap(), "cell " + i);
            assertEquals(x.outputSign(), y.outputSign(), "cell " + i);
        }
    }

    private static Vector<Mlp> degenerate() {
        return Vector.of(
                Nets.mlp(Nets.layer(new long[][] {{1, 0}, {1, 0}, {2, 0}, {0, 0}, {0, 0}, {0, 1}},
                        new long[] {0, 0, 0, 1, 0, 0}), Nets.layer(new long[][] {{1, -1, 1, 1, 1, -1}}, new long[] {0})),
                Nets.mlp(Nets.layer(new long[][] {{1, 0}, {0, 1}, {1, 1}, {1, -1}, {1, 2}, {2, -1}},
                        new long[] {0, 0, 0, 0, 0, 0}),
                        Nets.layer(new long[][] {{1, -1, 0, 0, 0, 0}, {0, 0, 1, -1, 0, 0}, {1, 1, 1, 1, 1, 1}},
                                new long[] {0, 0, 0}),
                        Nets.layer(new long[][] {{1, -1, 1}}, new long[] {0})),
                Nets.mlp(Nets.layer(new long[][] {{1, 0}, {0, 1}}, new long[] {0, 0}),
                        Nets.layer(new long[][] {{1, 0}, {1, -1}}, new long[] {0, 0}),
                        Nets.layer(new long[][] {{1, 1}}, new long[] {0})));
    }

    @Test
    void testThreads_randomDeepNetworks_sameAsOneThread() {
        for (long seed = 1; seed <= 3; seed++) {
            // a wide first layer: more than 128 first-layer cells, so groups of several cells
            Mlp m = RandomMlp.kaimingUniform(seed, 2, 20, 8, 6, 2);
            LinearRegions one = regions(m, 3, 1);
            assertTrue(Refinement.groupSize(one.cellsPerDepth().get(1).intValue()) > 1, "groups of several cells");
            for (int threads : new int[] {2, 3, 8}) {
                assertSameRegions(one, regions(m, 3, threads));
            }
        }
        LinearRegionsTest.checkCells(regions(RandomMlp.kaimingUniform(4, 2, 10, 6, 5, 2), 2, 2));
    }

    @Test
    void testThreads_degenerateNetworks_sameAsOneThread() {
        for (Mlp m : degenerate()) {
            LinearRegions one = regions(m, 1, 1);
            for (int threads : new int[] {2, 4}) {
                LinearRegions many = regions(m, 1, threads);
                assertSameRegions(one, many);
                LinearRegionsTest.checkCells(many);
            }
        }
    }

    @Test
    void testThreads_verticesOnGroupEdgesMergedOnce() {
        // without a level set every vertex built is a corner of some cell: distinct corners = vertices
        Mlp m = RandomMlp.kaimingUniform(7, 2, 32, 16, 1);
        for (int threads : new int[] {1, 2}) {
            LinearRegions r = LinearRegions.box(m, AffineSlice.identity(), Rational.of(3),
                    LinearRegions.Options.DEFAULT.withThreads(threads)).get();
            HashSet<Point2> corners = HashSet.ofAll(r.cells().flatMap(LinearRegion::vertices));
            assertEquals(corners.size(), r.vertexCount(), "threads " + threads);
        }
    }

    @Test
    void testOptions_threadsBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> LinearRegions.Options.DEFAULT.withThreads(0));
    }

    @Test
    void testGroupSize_dependsOnPiecesOnly() {
        assertEquals(1, Refinement.groupSize(0));
        assertEquals(1, Refinement.groupSize(127));
        assertEquals(10, Refinement.groupSize(640));
        assertEquals(64, Refinement.groupSize(1_000_000));
    }

    /** Runs the refinement with digit rows and with BigInteger rows; both must give the same cells and maps. */
    private static void assertDigitsEqualBigIntegers(Mlp m, long z) {
        ScaledNetwork digits = new ScaledNetwork(m, AffineSlice.identity(), true);
        ScaledNetwork big = new ScaledNetwork(m, AffineSlice.identity(), false);
        assertTrue(digits.fast, "the digit path applies");
        Refinement a = Refinement.run(digits, LinearRegions.square(Rational.of(z)), 0, true, 1);
        Refinement b = Refinement.run(big, LinearRegions.square(Rational.of(z)), 0, true, 1);
        assertEquals(a.cells.length, b.cells.length);
        assertEquals(java.util.Arrays.toString(a.patterns), java.util.Arrays.toString(b.patterns));
        for (int i = 0; i < a.cells.length; i++) {
            assertEquals(a.cells[i].length, b.cells[i].length);
            for (int q = 0; q < a.cells[i].length; q++) {
                assertEquals(a.vertices.point(a.cells[i][q]), b.vertices.point(b.cells[i][q]));
            }
            assertEquals(Vector.of(a.maps[i]), Vector.of(b.maps[i]), "cell " + i);
        }
        assertEquals(java.util.Arrays.toString(a.outputSigns), java.util.Arrays.toString(b.outputSigns));
    }

    @Test
    void testDigitRows_refinementEqualsBigIntegerPath() {
        assertDigitsEqualBigIntegers(RandomMlp.kaimingUniform(2, 2, 12, 10, 8, 2), 3);
        // four hidden layers: cells of depth 1 and 2 build all their rows at once (DenseRows)
        assertDigitsEqualBigIntegers(RandomMlp.kaimingUniform(3, 2, 10, 8, 8, 6, 2), 2);
        for (Mlp m : degenerate()) {
            assertDigitsEqualBigIntegers(m, 1);
        }
    }

    @Test
    void testDigitRows_hugeAndTinyWeights() {
        // 2^-60 next to 5·2^4 makes 67-bit scaled weights (three digits) and large rows
        Mlp random = RandomMlp.kaimingUniform(4, 2, 6, 5, 1);
        DenseLayer l1 = random.layers().get(1);
        Vector<Vector<Rational>> w = l1.w().update(0, l1.w().get(0).update(0, Rational.ofBinary(1, -60)))
                .update(1, l1.w().get(1).update(1, Rational.ofBinary(5, 4)))
                .update(2, l1.w().get(2).update(2, Rational.ofBinary(-3, -20)));
        Mlp m = Mlp.of(Vector.of(random.layers().get(0), DenseLayer.of(w, l1.b()), random.layers().get(2))).get();
        ScaledNetwork net = new ScaledNetwork(m, AffineSlice.identity());
        assertEquals(3, net.exactRows.parts(1), "three-digit weights");
        assertDigitsEqualBigIntegers(m, 2);
        LinearRegionsTest.checkCells(LinearRegions.box(m, AffineSlice.identity(), Rational.of(2)).get());
    }
}

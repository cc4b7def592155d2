package org.segmentable.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.geometry.Segment2;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

class LinearRegionsTest {

    private static LinearRegions box(Mlp m, long z) {
        return LinearRegions.box(m, AffineSlice.identity(), Rational.of(z), LinearRegions.Options.DEFAULT.withLevelSet(0))
                .get();
    }

    /** Every cell's interior points have the cell's patterns and its affine map; areas add up exactly. */
    static void checkCells(LinearRegions r) {
        Mlp m = r.mlp();
        AffineSlice slice = r.slice();
        Rational total = Rational.ZERO;
        for (LinearRegion c : r.cells()) {
            Rational area = c.area();
            assertTrue(area.signum() > 0, () -> c + " has area " + area);
            assertEquals(c.polygon().area(), area, c::toString);
            total = total.add(area);
            // three non-collinear points strictly inside the triangle of the first three corners (so inside
            // the cell): they fix an affine map
            Vector<Point2> v3 = c.vertices().take(3);
            Point2 centroid = v3.get(0).add(v3.get(1)).add(v3.get(2)).scale(Rational.of(1, 3));
            Vector<Point2> probes = Vector.of(centroid,
                    v3.get(0).add(v3.get(1)).add(v3.get(2).scale(Rational.TWO)).scale(Rational.of(1, 4)),
                    v3.get(0).scale(Rational.TWO).add(v3.get(1)).add(v3.get(2)).scale(Rational.of(1, 4)));
            AffineMap map = c.affineMap();
            for (Point2 p : probes) {
                Vector<Vector<Rational>> pre = m.preActivations(slice.point(p));
                for (int k = 0; k < m.hiddenWidths().size(); k++) {
                    for (int j = 0; j < m.hiddenWidths().get(k); j++) {
                        Rational z = pre.get(k).get(j);
                        assertEquals(z.signum() > 0, c.isActive(k, j), c + " neuron " + k + "." + j + " at " + p);
                    }
                }
                assertEquals(pre.last(), map.apply(p), c + " map at " + p);
            }
            for (OutputSign s : c.outputSign()) {
                Rational y = m.apply(slice.point(centroid)).get(r.levelSet().get().output());
                Vector<Integer> vs = c.vertices().map(v -> map.apply(v).get(0).signum());
                boolean crossing = vs.contains(1) && vs.contains(-1);
                OutputSign expected = crossing ? OutputSign.CROSSING
                        : y.signum() > 0 ? OutputSign.POSITIVE : y.signum() < 0 ? OutputSign.NEGATIVE : OutputSign.ZERO;
                assertEquals(expected, s, c::toString);
            }
        }
        assertEquals(r.regionArea(), total);
        assertEquals(r.size(), r.cellsPerDepth().last().intValue());
        for (LevelSet ls : r.levelSet()) {
            for (Segment2 s : ls.segments()) {
                assertFalse(s.isPoint(), s::toString);
                assertTrue(m.apply(slice.point(s.start())).get(ls.output()).isZero(), s::toString);
                assertTrue(m.apply(slice.point(s.end())).get(ls.output()).isZero(), s::toString);
            }
        }
    }

    /** The lines {@code w_j · x + b_j = 0} of the first layer's outputs, on the identity slice. */
    private static Vector<HalfPlane> firstLayerLines(Mlp m) {
        DenseLayer l = m.layers().get(0);
        return Vector.range(0, l.outputs())
                .map(j -> HalfPlane.of(l.w().get(j).get(0), l.w().get(j).get(1), l.b().get(j)));
    }

    @Test
    void testOneLayer_equalsNaiveArrangement() {
        for (long seed = 1; seed <= 4; seed++) {
            Mlp m = RandomMlp.kaimingUniform(seed, 2, 7, 1);
            LinearRegions r = box(m, 2);
            Vector<Tuple2<String, Vector<Point2>>> pieces = Vector.of(new Tuple2<>("",
                    LinearRegions.square(Rational.of(2)).vertices()));
            for (HalfPlane h : firstLayerLines(m)) {
                pieces = pieces.flatMap(p -> {
                    Tuple2<Vector<Point2>, Vector<Point2>> s = NaiveSplit.split(p._2, h);
                    return Vector.of(new Tuple2<>(p._1 + "1", s._1), new Tuple2<>(p._1 + "0", s._2))
                            .filter(t -> !t._2.isEmpty());
                });
            }
            Map<String, HashSet<Point2>> expected = HashMap.ofEntries(pieces.map(p -> new Tuple2<>(p._1, HashSet.ofAll(p._2))));
            Map<String, HashSet<Point2>> actual = HashMap.ofEntries(r.cells().map(c -> new Tuple2<>(c.pattern(0),
                    HashSet.ofAll(c.vertices()))));
            assertEquals(pieces.size(), r.size(), "seed " + seed);
            assertEquals(expected, actual, "seed " + seed);
            checkCells(r);
        }
    }

    @Test
    void testOneLayer_equalsActivationComplex() {
        for (long seed = 11; seed <= 13; seed++) {
            Mlp m = RandomMlp.kaimingUniform(seed, 2, 9, 2);
            LinearRegions r = box(m, 2);
            Vector<HalfPlane> dims = firstLayerLines(m);
            ActivationComplex complex = ActivationComplex.of(
                    Region.of(Polygon.of(LinearRegions.square(Rational.of(2))).get()), dims);
            assertEquals(complex.cellCount(), r.size(), "seed " + seed);
            Map<String, HashSet<Point2>> expected = HashMap.ofEntries(complex.cells().map(c -> new Tuple2<>(
                    c.pattern().toString(), HashSet.ofAll(NaiveSplit.clean(c.polygon().shell().vertices())))));
            Map<String, HashSet<Point2>> actual = HashMap.ofEntries(r.cells().map(c -> new Tuple2<>(c.pattern(0),
                    HashSet.ofAll(c.vertices()))));
            assertEquals(expected, actual, "seed " + seed);
        }
    }

    @Test
    void testRandomDeepNetworks_cellsHavePatternsMapsAndAreas() {
        for (long seed = 1; seed <= 2; seed++) {
            Mlp m = RandomMlp.kaimingUniform(seed, 2, 6, 5, 4, 2);
            LinearRegions r = box(m, 2);
            assertTrue(r.size() > 10, () -> r.toString());
            checkCells(r);
        }
    }

    @Test
    void testEagerMaps_equalOnDemandMaps() {
        // wide enough that siblings' rows are updated by differences, not summed afresh
        Mlp m = RandomMlp.kaimingUniform(9, 2, 16, 16, 3);
        LinearRegions lazy = LinearRegions.box(m, AffineSlice.identity(), Rational.of(2)).get();
        LinearRegions eager = LinearRegions.box(m, AffineSlice.identity(), Rational.of(2),
                LinearRegions.Options.DEFAULT.withEagerMaps()).get();
        assertEquals(lazy.size(), eager.size());
        for (int i = 0; i < lazy.size(); i++) {
            assertEquals(lazy.cell(i).affineMap(), eager.cell(i).affineMap());
            assertEquals(lazy.cell(i).patternKey(), eager.cell(i).patternKey());
        }
    }

    @Test
    void testWeightsBeyondLongs_bigIntegerPath() {
        // a weight of 1e-30 next to weights of order 1 scales the layer's integers beyond 63 bits
        Mlp random = RandomMlp.kaimingUniform(4, 2, 5, 4, 1);
        DenseLayer l1 = random.layers().get(1);
        DenseLayer tiny = DenseLayer.of(l1.w().update(0, l1.w().get(0).update(0, Rational.of(1e-30))), l1.b());
        Mlp m = Mlp.of(Vector.of(random.layers().get(0), tiny, random.layers().get(2))).get();
        checkCells(box(m, 2));
    }

    @Test
    void testSliceOfHigherDimensionalInput_rationalOriginAndDirections() {
        Mlp m = RandomMlp.kaimingUniform(3, 3, 5, 4, 1);
        AffineSlice s = AffineSlice.of(Vector.of(Rational.of(1, 3), Rational.ZERO, Rational.of(-1, 7)),
                Nets.row(1, 1, 0), Vector.of(Rational.ZERO, Rational.of(2, 5), Rational.ONE)).get();
        LinearRegions r = LinearRegions.of(m, s, LinearRegions.square(Rational.of(5, 2)),
                LinearRegions.Options.DEFAULT.withLevelSet(0)).get();
        checkCells(r);
    }

    @Test
    void testDegenerate_duplicateNeuronsAndZeroRows() {
        // neurons: x, x (duplicate), 2x (same line, scaled), 0·x + 0·y + 1 (always on), 0 (never on), y
        Mlp m = Nets.mlp(Nets.layer(new long[][] {{1, 0}, {1, 0}, {2, 0}, {0, 0}, {0, 0}, {0, 1}},
                new long[] {0, 0, 0, 1, 0, 0}), Nets.layer(new long[][] {{1, -1, 1, 1, 1, -1}}, new long[] {0}));
        LinearRegions r = box(m, 1);
        assertEquals(4, r.size());
        assertEquals(HashSet.of("111101", "111100", "000101", "000100"), HashSet.ofAll(r.cells().map(c -> c.pattern(0))));
        checkCells(r);
        assertTrue(r.exactSignCount() > 0, "the duplicate lines must be decided exactly");
    }

    @Test
    void testDegenerate_manyBoundariesThroughOnePoint() {
        // six lines through the origin, then a second layer whose boundaries also pass through it
        Mlp m = Nets.mlp(Nets.layer(new long[][] {{1, 0}, {0, 1}, {1, 1}, {1, -1}, {1, 2}, {2, -1}},
                new long[] {0, 0, 0, 0, 0, 0}),
                Nets.layer(new long[][] {{1, -1, 0, 0, 0, 0}, {0, 0, 1, -1, 0, 0}, {1, 1, 1, 1, 1, 1}},
                        new long[] {0, 0, 0}),
                Nets.layer(new long[][] {{1, -1, 1}}, new long[] {0}));
        LinearRegions r = box(m, 1);
        checkCells(r);
        assertTrue(r.cells().forAll(c -> c.vertices().contains(Point2.ORIGIN)), "every cell has the origin as a corner");
    }

    @Test
    void testDegenerate_boundaryAlongCellEdge() {
        // layer 2: relu(x) is zero on the whole half x ≤ 0 and its boundary runs along layer 1's edge;
        // relu(x) - relu(y) vanishes on the quadrant x, y ≤ 0 and on the diagonal of the first quadrant.
        Mlp m = Nets.mlp(Nets.layer(new long[][] {{1, 0}, {0, 1}}, new long[] {0, 0}),
                Nets.layer(new long[][] {{1, 0}, {1, -1}}, new long[] {0, 0}),
                Nets.layer(new long[][] {{1, 1}}, new long[] {0}));
        LinearRegions r = box(m, 1);
        checkCells(r);
        assertEquals(5, r.size());
        assertEquals(HashSet.of("00|00", "10|11", "11|11", "11|10", "01|00"),
                HashSet.ofAll(r.cells().map(LinearRegion::patternKey)));
    }

    @Test
    void testLevelSet_noHiddenLayer_isTheChord() {
        Mlp m = Nets.mlp(Nets.layer(new long[][] {{1, -1}}, new long[] {0}));
        LinearRegions r = box(m, 1);
        assertEquals(1, r.size());
        assertEquals(Vector.of(1L), r.cellsPerDepth());
        Segment2 s = r.levelSet().get().segments().single();
        assertEquals(HashSet.of(Point2.of(-1, -1), Point2.of(1, 1)), HashSet.of(s.start(), s.end()));
        assertEquals(OutputSign.CROSSING, r.cell(0).outputSign().get());
    }

    @Test
    void testLevelSet_alongCellEdgesReportedOnce() {
        // y = relu(s) - relu(-s) + 0·t ... output s·1: zero set is the line s = 0, a cell edge
        Mlp m = Nets.mlp(Nets.layer(new long[][] {{1, 0}, {-1, 0}}, new long[] {0, 0}),
                Nets.layer(new long[][] {{1, -1}}, new long[] {0}));
        LinearRegions r = box(m, 1);
        assertEquals(2, r.size());
        assertEquals(1, r.levelSet().get().segments().size());
        assertEquals(HashSet.of(OutputSign.POSITIVE, OutputSign.NEGATIVE), HashSet.ofAll(r.cells().map(c -> c.outputSign().get())));
        checkCells(r);
    }

    @Test
    void testSummary_patternsAreasAndCounts() {
        Mlp m = Nets.mlp(Nets.layer(new long[][] {{1, 0}, {0, 1}}, new long[] {0, 0}),
                Nets.layer(new long[][] {{1, 1}}, new long[] {-1}), Nets.layer(new long[][] {{1}}, new long[] {0}));
        RegionSummary s = LinearRegions.box(m, AffineSlice.identity(), Rational.of(2)).get().summary();
        assertEquals(Rational.of(16), s.regionArea());
        assertEquals(Rational.of(16), s.patterns().values().fold(Rational.ZERO, Rational::add));
        assertEquals(Rational.of(4), s.patterns().get("00|0").get());
        assertEquals(Rational.of(4), s.patterns().get("01|0").get().add(s.patterns().get("01|1").get()));
        assertEquals(Rational.of(1, 2), s.patterns().get("11|0").get());
        assertEquals(Vector.of(1L, 4L, s.cells() * 1L), s.cellsPerDepth());
        assertEquals(Vector.of(4, 2), s.patternsPerLayer());
    }

    @Test
    void testOf_invalidInputsReportedTogether() {
        Mlp m = RandomMlp.kaimingUniform(1, 3, 4, 1);
        Ring bowtie = Ring.of(Point2.of(0, 0), Point2.of(1, 1), Point2.of(1, 0), Point2.of(0, 1));
        var v = LinearRegions.of(m, AffineSlice.identity(), bowtie, LinearRegions.Options.DEFAULT.withLevelSet(3));
        assertEquals(3, v.getError().size(), v.getError()::toString);
        assertTrue(LinearRegions.box(m, AffineSlice.axes(3, 0, 1), Rational.ZERO).isInvalid());
    }

    @Test
    void testConvexRegion_triangleWithCollinearVertex() {
        Mlp m = RandomMlp.kaimingUniform(5, 2, 6, 4, 1);
        Ring tri = Ring.of(Point2.of(0, 3), Point2.of(-3, -2), Point2.of(0, -2), Point2.of(3, -2));
        LinearRegions r = LinearRegions.of(m, AffineSlice.identity(), tri).get();
        assertEquals(Rational.of(15), r.regionArea());
        checkCells(r);
    }
}

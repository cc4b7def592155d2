package org.segmentable.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.Cell;
import org.segmentable.complex.Neighbour;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.numbers.Rational;
import org.segmentable.properties.gen.Facts;
import org.segmentable.properties.gen.PlaneCase;
import org.segmentable.properties.gen.PlaneCaseGens;
import org.segmentable.properties.gen.Tally;
import org.segmentable.properties.support.Euler;
import org.segmentable.properties.support.Props;
import org.segmentable.reference.FanReference;
import org.segmentable.reference.NaiveArrangement;

/**
 * The activation complex ({@code complex.ActivationComplex}): cells tile the region exactly, each
 * cell's interior point lies inside it with its pattern, neighbours differ exactly in their
 * separating dims, Euler's formula holds for the cell subdivision, the summary's aggregates (area
 * by active count, total, smallest cell) equal those of the cells' areas, and the pattern-area
 * map equals the naive reference. Expensive: 200 tries each with at most 8 dims (100 with at most 6 dims
 * against the brute-force reference; 40 with up to 32 dims against the fan reference on the 7
 * smallest and largest patterns).
 */
class ComplexProperties {

    static final int TRIES = 200;
    static final int MAX_DIMS = 8;

    private static void tallyCase(Tally tally, PlaneCase c) {
        tally.tried();
        tally.hit("origin: " + c.origin().replaceAll("^(tied|untied)(-regular)?-\\d+", "layer").replaceAll(" [-0-9/]+$", ""));
        tally.hitAll(Facts.ofRegion(c.region()));
        tally.hitAll(PlaneCaseGens.dimFacts(c.dims()));
        java.util.Set<String> lines = new java.util.TreeSet<>();
        for (HalfPlane h : c.dims()) {
            var f = Facts.ofLine(Facts.rings(c.region()), h);
            if (f.contains(Facts.VERTEX_ON_LINE)) {
                lines.add("dims: through a region vertex");
            }
            if (f.contains(Facts.EDGE_ON_LINE)) {
                lines.add("dims: along a region edge");
            }
        }
        tally.hitAll(lines);
    }

    /** A check of one case and its complex, tallying what it saw. */
    @FunctionalInterface
    private interface ComplexCheck {
        void check(Tally tally, PlaneCase c, ActivationComplex cx);
    }

    /**
     * Checks {@code tries} cases of at most {@code maxDims} dims: tallies each case, builds its
     * complex, runs the check; then requires every fact of each list to have been seen.
     */
    @SafeVarargs
    private static void forEachComplex(String name, int tries, int maxDims, ComplexCheck check,
            List<String>... required) {
        Tally tally = Tally.of(name);
        Props.qt(tries).forAll(PlaneCaseGens.cases(maxDims)).checkAssert(c -> {
            tallyCase(tally, c);
            check.check(tally, c, ActivationComplex.of(c.region(), c.dims()));
        });
        tally.report();
        for (List<String> facts : required) {
            tally.requireHits(facts);
        }
    }

    private static final List<String> CASES = List.of("origin: built region, aimed lines", "origin: layer on its outline",
            "origin: layer on the box", "dims: coincident", "dims: three through one point", "dims: constant",
            "dims: through a region vertex", "dims: along a region edge", "region: with hole");

    @Test
    void testComplex_cellAreasSumToTheRegionAreaExactly() {
        forEachComplex("complex: cell areas sum to region area", TRIES, MAX_DIMS, (tally, c, cx) -> {
            Rational sum = Rational.ZERO;
            for (Cell cell : cx.cells()) {
                assertTrue(cell.area().signum() > 0, () -> "cell " + cell + " of " + c);
                assertEquals(cell.polygon().area(), cell.area(), () -> "cell " + cell + " of " + c);
                sum = sum.add(cell.area());
            }
            assertEquals(c.region().area(), sum, c::toString);
            assertEquals(c.region().area(), cx.areaByPattern().values().fold(Rational.ZERO, Rational::add), c::toString);
            tally.hitIf(cx.cellCount() > cx.patternCount(), "complex: a pattern with several cells");
        }, CASES);
    }

    @Test
    void testComplex_summaryAggregatesEqualTheCellAreas() {
        forEachComplex("complex: summary aggregates", TRIES, MAX_DIMS, (tally, c, cx) -> {
            java.util.TreeMap<Integer, Rational> byCount = new java.util.TreeMap<>();
            int smallest = -1;
            Rational least = null;
            for (Cell cell : cx.cells()) {
                byCount.merge(cell.activeCount(), cell.area(), Rational::add);
                if (least == null || cell.area().compareTo(least) < 0) {
                    smallest = cell.index();
                    least = cell.area();
                }
            }
            var s = cx.summary();
            assertEquals(byCount, new java.util.TreeMap<>(s.areaByActiveCount().toJavaMap()), c::toString);
            assertEquals(c.region().area(), s.totalArea(), c::toString);
            assertEquals(cx.smallestCell(), s.smallest(), c::toString);
            if (smallest >= 0) {
                assertEquals(smallest, s.smallest().get().cell(), c::toString);
                assertEquals(least, s.smallest().get().area(), c::toString);
            }
            tally.hitIf(byCount.size() > 1, "complex: several active counts");
        }, CASES);
    }

    @Test
    void testComplex_interiorPointLiesInItsCellWithItsPattern() {
        forEachComplex("complex: interior points", TRIES, MAX_DIMS, (tally, c, cx) -> {
            for (Cell cell : cx.cells()) {
                Point2 p = cell.interiorPoint();
                Polygon poly = cell.polygon();
                assertTrue(NaiveArrangement.inRegion(Region.of(poly)).test(p),
                        () -> "interior point " + p + " outside its cell " + poly + " in " + c);
                for (int i = 0; i < c.dims().size(); i++) {
                    HalfPlane h = c.dims().get(i);
                    int s = h.evaluate(p).signum();
                    int ii = i;
                    assertTrue(h.isConstant() || s != 0, () -> "interior point " + p + " on boundary " + ii + " in " + c);
                    assertEquals(s > 0, cell.pattern().get(i), () -> "dim " + ii + " at " + p + " of cell " + cell + " in " + c);
                }
            }
        }, CASES);
    }

    @Test
    void testComplex_neighboursDifferExactlyInTheSeparatingDims() {
        forEachComplex("complex: neighbours", TRIES, MAX_DIMS, (tally, c, cx) -> {
            for (Cell cell : cx.cells()) {
                for (Neighbour n : cell.neighbours()) {
                    Cell other = cx.cell(n.cell());
                    assertFalse(n.separating().isEmpty(), () -> cell + " and " + other + " share a pattern: " + c);
                    assertEquals(n.separating(), cell.pattern().xor(other.pattern()), () -> cell + " / " + other + " in " + c);
                    assertTrue(other.neighbours().exists(m -> m.cell() == cell.index() && m.separating().equals(n.separating())),
                            () -> "adjacency not symmetric: " + cell + " / " + other + " in " + c);
                    tally.hitIf(n.separating().cardinality() > 1, "complex: neighbours separated by several dims");
                }
            }
        }, CASES, List.of("complex: neighbours separated by several dims"));
    }

    @Test
    void testComplex_eulerFormulaHoldsForTheCellSubdivision() {
        forEachComplex("complex: Euler", TRIES, MAX_DIMS, (tally, c, cx) -> {
            List<Polygon> cells = new ArrayList<>();
            cx.cells().forEach(cell -> cells.add(cell.polygon()));
            int region = Euler.characteristic(c.region().pieces().toJavaList());
            int subdivided = Euler.characteristic(cells);
            assertEquals(region, subdivided, () -> "χ(region) = " + region + ", V - E + F of the cells = " + subdivided
                    + " in " + c + " cells " + cells);
            tally.hitIf(region != 1, "region: Euler characteristic not 1");
            tally.hitIf(cells.stream().anyMatch(p -> !p.holes().isEmpty()), "complex: a cell with a hole");
        }, CASES, List.of("region: Euler characteristic not 1"));
    }

    @Test
    void testComplex_patternAreasEqualTheReference() {
        forEachComplex("complex: pattern areas vs reference", 100, 6, (tally, c, cx) -> {
            TreeMap<String, Rational> kernel = TreeMap.empty();
            for (var e : cx.areaByPattern()) {
                kernel = kernel.put(e._1.toString(), e._2);
            }
            TreeMap<String, Rational> reference = NaiveArrangement.patternAreas(NaiveArrangement.cells(c.region()), c.dims());
            assertEquals(reference, kernel, c::toString);
            for (var e : kernel) {
                assertEquals(FanReference.patternArea(c.region(), c.dims(), e._1), e._2, () -> e + " in " + c);
            }
        }, CASES);
    }

    @Test
    void testComplex_patternAreasOfWideLayersEqualTheFanReference() {
        forEachComplex("complex: wide layers vs fan reference", 40, 32, (tally, c, cx) -> {
            tally.hitIf(c.dims().size() > 16, "dims: more than 16");
            var byArea = cx.areaByPattern().toList().sortBy(e -> e._2);
            assertEquals(c.region().area(), byArea.map(e -> e._2).fold(Rational.ZERO, Rational::add), c::toString);
            // the 6 smallest patterns (slivers hide bugs) and the largest against the fan reference
            for (var e : byArea.take(6).appendAll(byArea.takeRight(1))) {
                assertEquals(FanReference.patternArea(c.region(), c.dims(), e._1.toString()), e._2, () -> e + " in " + c);
            }
        }, List.of("dims: more than 16"));
    }
}

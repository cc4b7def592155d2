package org.segmentable.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmentable.complex.ComplexFixtures.box;
import static org.segmentable.complex.ComplexFixtures.boxPoints;

import io.vavr.collection.SortedMap;
import io.vavr.collection.Vector;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

class ActivationComplexTest {

    /** Checks every invariant of the issue on a complex and returns its area per pattern as strings. */
    static TreeMap<String, Rational> checkInvariants(ActivationComplex cx, Vector<HalfPlane> dims, Rational regionArea) {
        Rational sum = Rational.ZERO;
        TreeMap<String, Rational> byPattern = new TreeMap<>();
        for (Cell c : cx.cells()) {
            Rational a = c.area();
            assertTrue(a.signum() > 0, "cell " + c.index() + " has area " + a);
            sum = sum.add(a);
            ActivationPattern p = c.pattern();
            Point2 ip = c.interiorPoint();
            for (int i = 0; i < dims.size(); i++) {
                int s = dims.get(i).evaluate(ip).signum();
                assertTrue(s != 0 || dims.get(i).isConstant(), "interior point on boundary of dim " + i);
                assertEquals(s > 0, p.get(i), "cell " + c.index() + " dim " + i);
            }
            assertEquals(p.cardinality(), c.activeCount());
            assertEquals(a, c.polygon().area(), "polygon area of cell " + c.index());
            for (Neighbour n : c.neighbours()) {
                ActivationPattern q = cx.cell(n.cell()).pattern();
                assertEquals(p.xor(q), n.separating(), "cells " + c.index() + " and " + n.cell());
                assertTrue(cx.cell(n.cell()).neighbours().exists(m -> m.cell() == c.index()), "symmetric");
            }
            byPattern.merge(p.toString(), a, Rational::add);
        }
        assertEquals(regionArea, sum, "sum of cell areas");
        assertEquals(byPattern.size(), cx.patternCount());
        ComplexSummary s = cx.summary();
        assertEquals(regionArea, s.totalArea());
        assertEquals(cx.cellCount(), s.cells());
        SortedMap<ActivationPattern, Rational> ap = cx.areaByPattern();
        assertEquals(byPattern.size(), ap.size());
        ap.forEach((k, v) -> assertEquals(byPattern.get(k.toString()), v));
        return byPattern;
    }

    @Test
    void testOf_oneLine() {
        Vector<HalfPlane> dims = Vector.of(HalfPlane.of(1, 0, -1));
        ActivationComplex cx = ActivationComplex.of(box(0, 0, 2, 2), dims);
        assertEquals(2, cx.cellCount());
        TreeMap<String, Rational> m = checkInvariants(cx, dims, Rational.of(4));
        assertEquals(Rational.of(2), m.get("0"));
        assertEquals(Rational.of(2), m.get("1"));
    }

    @Test
    void testOf_manyBoundariesThroughOnePoint() {
        // 8 lines through (1/3, 1/7), plus lines through box corners and along the box edges
        Vector<HalfPlane> dims = ComplexFixtures.linesThroughOnePoint();
        dims = dims.append(HalfPlane.of(1, 1, 0)); // through corners (-1, 1) and (1, -1)
        dims = dims.append(HalfPlane.of(0, 1, -1)); // along the top edge
        dims = dims.append(HalfPlane.of(1, 0, 1)); // along the left edge
        ActivationComplex cx = ActivationComplex.of(box(-1, -1, 1, 1), dims);
        TreeMap<String, Rational> m = checkInvariants(cx, dims, Rational.of(4));
        assertEquals(naive(boxPoints(-1, -1, 1, 1), dims), m);
        assertTrue(cx.cellCount() >= 16);
    }

    @Test
    void testOf_coincidentBoundaries() {
        Vector<HalfPlane> dims = Vector.of(HalfPlane.of(1, 1, -1), HalfPlane.of(-2, -2, 2), HalfPlane.of(3, 3, -3),
                HalfPlane.of(0, 0, 1), HalfPlane.of(0, 0, -1), HalfPlane.of(1, -1, 0));
        ActivationComplex cx = ActivationComplex.of(box(0, 0, 3, 3), dims);
        TreeMap<String, Rational> m = checkInvariants(cx, dims, Rational.of(9));
        assertEquals(naive(boxPoints(0, 0, 3, 3), dims), m);
        assertEquals(4, cx.cellCount());
        for (Cell c : cx.cells()) {
            for (Neighbour n : c.neighbours()) {
                int k = n.separating().cardinality();
                assertTrue(k == 1 || k == 3, "separated by " + n.separating());
            }
        }
    }

    @Test
    void testOf_parallelLines() {
        Vector<HalfPlane> dims = Vector.range(0, 5).map(k -> HalfPlane.of(Rational.ONE, Rational.of(1, 2),
                Rational.of(k - 2, 3)));
        ActivationComplex cx = ActivationComplex.of(box(-1, -1, 1, 1), dims);
        assertEquals(6, cx.cellCount());
        assertEquals(naive(boxPoints(-1, -1, 1, 1), dims), checkInvariants(cx, dims, Rational.of(4)));
    }

    @Test
    void testOf_sliverIsReported() {
        Rational tiny = Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(40));
        Vector<HalfPlane> dims = Vector.of(HalfPlane.of(Rational.ONE, Rational.ZERO, Rational.ZERO),
                HalfPlane.of(Rational.MINUS_ONE, Rational.ZERO, tiny));
        ActivationComplex cx = ActivationComplex.of(box(-1, -1, 1, 1), dims);
        checkInvariants(cx, dims, Rational.of(4));
        assertEquals(3, cx.cellCount());
        ComplexSummary s = cx.summary();
        assertEquals(tiny.multiply(Rational.TWO), s.smallest().get().area());
        assertEquals("11", s.smallest().get().pattern().toString());
    }

    @Test
    void testOf_randomSmallAgainstNaive() {
        Random rnd = new Random(7);
        for (int round = 0; round < 60; round++) {
            int d = 1 + rnd.nextInt(7);
            Vector<HalfPlane> dims = Vector.empty();
            for (int i = 0; i < d; i++) {
                // small integers: many coincidences, parallels and triple points
                dims = dims.append(HalfPlane.of(rnd.nextInt(5) - 2, rnd.nextInt(5) - 2, rnd.nextInt(7) - 3));
            }
            ActivationComplex cx = ActivationComplex.of(box(-2, -2, 2, 2), dims);
            TreeMap<String, Rational> m = checkInvariants(cx, dims, Rational.of(16));
            assertEquals(naive(boxPoints(-2, -2, 2, 2), dims), m, "round " + round + " " + dims);
        }
    }

    @Test
    void testOf_randomFloatLinesAgainstNaive() {
        Random rnd = new Random(11);
        for (int round = 0; round < 10; round++) {
            Vector<HalfPlane> dims = Vector.empty();
            for (int i = 0; i < 9; i++) {
                dims = dims.append(HalfPlane.of(Rational.of((float) rnd.nextGaussian()),
                        Rational.of((float) rnd.nextGaussian()), Rational.of((float) rnd.nextGaussian())));
            }
            ActivationComplex cx = ActivationComplex.of(box(-3, -3, 3, 3), dims);
            assertEquals(naive(boxPoints(-3, -3, 3, 3), dims), checkInvariants(cx, dims, Rational.of(36)));
        }
    }

    @Test
    void testOf_nonConvexRegionWithHole() {
        // an L-shaped polygon with a square hole, cut by two lines
        // the notch (3, 0)-(4, 0)-(4, 1)-(3, 1) is part of the shell: a hole may touch the shell only at points
        Ring shell = Ring.of(Point2.of(0, 0), Point2.of(3, 0), Point2.of(3, 1), Point2.of(4, 1), Point2.of(4, 0),
                Point2.of(6, 0), Point2.of(6, 2), Point2.of(2, 2), Point2.of(2, 6), Point2.of(0, 6));
        Ring hole2 = Ring.of(Point2.of(1, 3), Point2.of(1, 4), Point2.of(1, 5), Point2.of(Rational.HALF, Rational.of(4)));
        Region region = Region.of(Polygon.of(shell, Vector.of(hole2)).get());
        Vector<HalfPlane> dims = Vector.of(HalfPlane.of(1, -1, 0), HalfPlane.of(0, 1, -1), HalfPlane.of(1, 0, -1));
        ActivationComplex cx = ActivationComplex.of(region, dims);
        TreeMap<String, Rational> m = checkInvariants(cx, dims, region.area());
        assertTrue(m.containsKey("100"));
        // the L shape: pattern 110 has two separate cells? count cells against patterns
        assertTrue(cx.cellCount() >= cx.patternCount());
    }

    @Test
    void testOfWinding_selfCrossingOutline() {
        // a bow-tie crossing itself at (1, 1): two triangles of area 1 each
        Ring bow = Ring.of(Point2.of(0, 0), Point2.of(2, 2), Point2.of(2, 0), Point2.of(0, 2));
        Vector<HalfPlane> dims = Vector.of(HalfPlane.of(0, 1, -1));
        ActivationComplex cx = ActivationComplex.ofWinding(bow, dims);
        TreeMap<String, Rational> m = checkInvariants(cx, dims, Rational.of(2));
        assertEquals(Rational.ONE, m.get("0"));
        assertEquals(Rational.ONE, m.get("1"));
        assertEquals(4, cx.cellCount());
        assertEquals(2, cx.patternCount());
    }

    @Test
    void testOfWinding_manySegmentsOnOneLine() {
        // a comb: the tips of 6 teeth lie on y = 4 and the gaps' floors on y = 1, so six ring edges
        // share each of those lines (one a dim's boundary); a pentagram has winding 2 in its centre
        java.util.List<Point2> comb = new java.util.ArrayList<>();
        comb.add(Point2.of(0, 0));
        comb.add(Point2.of(12, 0));
        for (int k = 6; k > 0; k--) {
            comb.add(Point2.of(2 * k, 4));
            comb.add(Point2.of(2 * k - 1, 4));
            comb.add(Point2.of(2 * k - 1, 1));
            comb.add(Point2.of(2 * k - 2, 1));
        }
        Vector<HalfPlane> dims = Vector.of(HalfPlane.of(0, 1, -2), HalfPlane.of(1, -1, 0), HalfPlane.of(1, 1, -7),
                HalfPlane.of(0, 1, -4), HalfPlane.of(1, 0, -5));
        Ring combRing = Ring.of(Vector.ofAll(comb));
        Ring star = Ring.of(Point2.of(6, 7), Point2.of(9, -1), Point2.of(2, 4), Point2.of(10, 4), Point2.of(3, -1));
        for (Ring ring : java.util.List.of(combRing, combRing.reverse(), star, star.reverse())) {
            Region resolved = org.segmentable.ops.Regions.fromRing(ring);
            ActivationComplex wound = ActivationComplex.ofWinding(ring, dims);
            TreeMap<String, Rational> m = checkInvariants(wound, dims, resolved.area());
            assertEquals(checkInvariants(ActivationComplex.of(resolved, dims), dims, resolved.area()), m, ring.toString());
        }
    }

    private static Vector<HalfPlane> gaussianLines(long seed, int n) {
        Random rnd = new Random(seed);
        return Vector.fill(n, () -> HalfPlane.of(Rational.of((float) rnd.nextGaussian()),
                Rational.of((float) rnd.nextGaussian()), Rational.of((float) rnd.nextGaussian())));
    }

    @Test
    void testEstimate_growsWithTheLines() {
        Vector<HalfPlane> dims = gaussianLines(3, 400);
        Estimate previous = ActivationComplex.estimate(box(-3, -3, 3, 3), Vector.empty());
        assertEquals(4, previous.crossings());
        for (int n : new int[] {25, 50, 100, 200, 400}) {
            Estimate e = ActivationComplex.estimate(box(-3, -3, 3, 3), dims.take(n));
            assertEquals(n, e.dimCount());
            assertTrue(e.crossings() > previous.crossings(), n + ": " + e + " after " + previous);
            assertEquals(e.crossings() + n + 1, e.cells());
            assertEquals(176 * e.crossings(), e.bytes());
            previous = e;
        }
    }

    @Test
    void testEstimate_boundsTheCellsWhenEveryPairIsCounted() {
        Vector<HalfPlane> dims = gaussianLines(8, 150);
        Estimate e = ActivationComplex.estimate(box(-3, -3, 3, 3), dims);
        int cells = ActivationComplex.of(box(-3, -3, 3, 3), dims).cellCount();
        assertTrue(cells <= e.cells(), cells + " cells, " + e);
        assertTrue(cells > e.cells() / 2, cells + " cells, " + e);
    }

    @Test
    void testEstimate_largeLayerIsAValueNotAWait() {
        Estimate e = ActivationComplex.estimate(box(-3, -3, 3, 3), gaussianLines(3, 60_000));
        assertTrue(e.bytes() > 1L << 32, e.toString()); // hundreds of millions of crossings: a caller refuses it
        assertEquals(0, ActivationComplex.estimate(Region.EMPTY, gaussianLines(3, 10)).cells());
    }

    @Test
    void testOf_emptyRegion() {
        ActivationComplex cx = ActivationComplex.of(Region.EMPTY, Vector.of(HalfPlane.of(1, 0, 0)));
        assertEquals(0, cx.cellCount());
        assertEquals(Rational.ZERO, cx.summary().totalArea());
    }

    static TreeMap<String, Rational> naive(java.util.List<Point2> convex, Vector<HalfPlane> dims) {
        return NaiveComplex.areaByPattern(NaiveComplex.split(convex, dims));
    }
}

package org.segmentable.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmentable.complex.ComplexFixtures.box;
import static org.segmentable.complex.ComplexFixtures.boxPoints;

import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/** The line-based face areas ({@link FaceArea}) against the former vertex shoelace formula and the naive reference. */
class FaceAreaTest {

    /**
     * Every inner face's twice-area from one reused FaceArea equals the former formula's, and its
     * approximation is within {@code 2^-50}; returns the number of faces taken by the BigInteger path.
     */
    static long checkFaces(ActivationComplex cx) {
        LineArrangement arr = cx.arr;
        FaceArea fa = new FaceArea(arr);
        for (int f = 0; f < arr.faceCount; f++) {
            if (f == arr.outerFace) {
                continue;
            }
            fa.compute(f);
            BigInteger[] ref = ShoelaceReference.faceTwiceArea(arr, f);
            Rational exact = Rational.of(ref[0], ref[1]);
            assertTrue(fa.denominator().signum() > 0 && fa.numerator().signum() > 0, "face " + f);
            assertEquals(exact, Rational.of(fa.numerator(), fa.denominator()), "face " + f);
            assertTrue(fa.approx >= 1 && fa.approx < 2, "approx " + fa.approx);
            BigDecimal v = new BigDecimal(exact.numerator()).divide(new BigDecimal(exact.denominator()),
                    MathContext.DECIMAL128);
            BigDecimal a = new BigDecimal(fa.approx).multiply(fa.exponent >= 0
                    ? new BigDecimal(BigInteger.ONE.shiftLeft(fa.exponent))
                    : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-fa.exponent))));
            assertTrue(a.subtract(v).abs().compareTo(v.multiply(new BigDecimal(0x1p-50))) <= 0,
                    "approximation of face " + f + ": " + a + " for " + v);
        }
        return fa.bigFaces;
    }

    /** A cell's exact area from the former formula, face by face. */
    static Rational referenceArea(ActivationComplex cx, int c) {
        Rational sum = Rational.ZERO;
        for (int f : cx.facesOf(c)) {
            BigInteger[] a = ShoelaceReference.faceTwiceArea(cx.arr, f);
            sum = sum.add(Rational.of(a[0], a[1].shiftLeft(1)));
        }
        return sum;
    }

    /** The smallest cell (first on ties) against a brute-force scan of the reference areas. */
    static void checkSmallest(ActivationComplex cx) {
        int best = -1;
        Rational bestArea = null;
        for (int c = 0; c < cx.cellCount(); c++) {
            Rational a = referenceArea(cx, c);
            if (best < 0 || a.compareTo(bestArea) < 0) {
                best = c;
                bestArea = a;
            }
        }
        ComplexSummary.Smallest s = cx.smallestCell().get();
        assertEquals(best, s.cell(), "smallest cell");
        assertEquals(bestArea, s.area());
        assertEquals(cx.cell(best).pattern(), s.pattern());
    }

    /** The summary's area by active count against sums of the reference areas. */
    static void checkSummary(ActivationComplex cx) {
        TreeMap<Integer, Rational> expected = new TreeMap<>();
        for (int c = 0; c < cx.cellCount(); c++) {
            expected.merge(cx.cell(c).activeCount(), referenceArea(cx, c), Rational::add);
        }
        ComplexSummary s = cx.summary();
        assertEquals(expected, new TreeMap<>(s.areaByActiveCount().toJavaMap()));
        assertEquals(s.smallest(), cx.smallestCell());
    }

    private static Vector<HalfPlane> floatLines(Random rnd, int d) {
        return Vector.fill(d, () -> HalfPlane.of(Rational.of((float) rnd.nextGaussian()),
                Rational.of((float) rnd.nextGaussian()), Rational.of((float) rnd.nextGaussian())));
    }

    @Test
    void testCompute_triplePointsCornersAndCoincidentLines() {
        Vector<HalfPlane> dims = ComplexFixtures.linesThroughOnePoint();
        dims = dims.appendAll(Vector.of(HalfPlane.of(1, 1, 0), HalfPlane.of(1, -1, 0), // both diagonals: corners
                HalfPlane.of(0, 1, -1), HalfPlane.of(1, 0, 1), // along the top and left edges
                HalfPlane.of(-2, -2, 0), HalfPlane.of(3, -3, 0), // coincident with the diagonals
                HalfPlane.of(0, 0, 1))); // constant
        ActivationComplex cx = ActivationComplex.of(box(-1, -1, 1, 1), dims);
        assertEquals(0, checkFaces(cx), "small integers take the long path");
        checkSmallest(cx);
        checkSummary(cx);
        assertEquals(ActivationComplexTest.naive(boxPoints(-1, -1, 1, 1), dims), stringKeys(cx));
    }

    @Test
    void testCompute_randomSmallIntegerArrangements() {
        Random rnd = new Random(5);
        for (int round = 0; round < 40; round++) {
            Vector<HalfPlane> dims = Vector.fill(2 + rnd.nextInt(9),
                    () -> HalfPlane.of(rnd.nextInt(5) - 2, rnd.nextInt(5) - 2, rnd.nextInt(7) - 3));
            ActivationComplex cx = ActivationComplex.of(box(-2, -2, 2, 2), dims);
            checkFaces(cx);
            checkSmallest(cx);
            checkSummary(cx);
        }
    }

    @Test
    void testCompute_hugeAndTinyMagnitudesTakeTheFallback() {
        Random rnd = new Random(9);
        long big = 0;
        for (int round = 0; round < 6; round++) {
            Vector<HalfPlane> dims = floatLines(rnd, 8);
            // coefficients of wildly different magnitudes: integer coefficients of hundreds of bits
            dims = dims.append(HalfPlane.of(Rational.of(1e30), Rational.of(3e29), Rational.of(-1e29)));
            dims = dims.append(HalfPlane.of(Rational.of(1e-30), Rational.ONE, Rational.of(0.25)));
            dims = dims.append(HalfPlane.of(Rational.ONE, Rational.of(1e-300), Rational.of(-1e-3)));
            // 40-bit coefficients: just above the long path
            dims = dims.append(HalfPlane.of(Rational.of(0x1p-16 + 0x1p-40), Rational.ONE, Rational.of(-0.5)));
            dims = dims.append(HalfPlane.of(Rational.of((float) rnd.nextGaussian()), Rational.of(1e-12f),
                    Rational.of(0.5f)));
            ActivationComplex cx = ActivationComplex.of(box(-3, -3, 3, 3), dims);
            big += checkFaces(cx);
            checkSmallest(cx);
            checkSummary(cx);
            assertEquals(ActivationComplexTest.naive(boxPoints(-3, -3, 3, 3), dims), stringKeys(cx));
        }
        assertTrue(big > 0, "some faces took the BigInteger path");
    }

    @Test
    void testCompute_randomFloat32Lines() {
        Random rnd = new Random(13);
        long faces = 0;
        long big = 0;
        for (int round = 0; round < 8; round++) {
            ActivationComplex cx = ActivationComplex.of(box(-3, -3, 3, 3), floatLines(rnd, 60));
            big += checkFaces(cx);
            faces += cx.arr.faceCount - 1;
            checkSmallest(cx);
        }
        assertTrue(big > 0 && big < faces, "both paths: " + big + " of " + faces);
        Vector<HalfPlane> dims = floatLines(rnd, 12);
        ActivationComplex cx = ActivationComplex.of(box(-3, -3, 3, 3), dims);
        checkSummary(cx);
        assertEquals(ActivationComplexTest.naive(boxPoints(-3, -3, 3, 3), dims), stringKeys(cx));
    }

    @Test
    void testCompute_faceOfManyEdges() {
        // 48 lines nearly tangent to the unit circle (small integer coefficients): the face around
        // the origin has 48 edges, more than FaceArea's first buffers hold
        int n = 48;
        Vector<HalfPlane> dims = Vector.range(0, n).map(k -> {
            double t = 2 * Math.PI * k / n;
            return HalfPlane.of(Math.round(1000 * Math.cos(t)), Math.round(1000 * Math.sin(t)), -1000);
        });
        ActivationComplex cx = ActivationComplex.of(box(-3, -3, 3, 3), dims);
        LineArrangement arr = cx.arr;
        int most = 0;
        for (int f = 0; f < arr.faceCount; f++) {
            int k = 0;
            int h = arr.faceHalf[f];
            do {
                k++;
                h = arr.next[h];
            } while (h != arr.faceHalf[f]);
            most = f == arr.outerFace ? most : Math.max(most, k);
        }
        assertEquals(n, most);
        assertEquals(0, checkFaces(cx));
        checkSmallest(cx);
        // the same with float32 coefficients: the BigInteger path
        Vector<HalfPlane> floats = Vector.range(0, n).map(k -> {
            double t = 2 * Math.PI * k / n;
            return HalfPlane.of(Rational.of((float) Math.cos(t)), Rational.of((float) Math.sin(t)),
                    Rational.of(-1.0f + 1e-5f * k));
        });
        assertTrue(checkFaces(ActivationComplex.of(box(-3, -3, 3, 3), floats)) > 0);
    }

    @Test
    void testSummarize_manyChunksAgreeWithOneScan() {
        // 250 random lines: about 17,000 cells, several chunks scanned in parallel
        ActivationComplex cx = ActivationComplex.of(box(-3, -3, 3, 3), floatLines(new Random(17), 250));
        assertTrue(cx.cellCount() > 2 * AreaScan.CHUNK, "cells: " + cx.cellCount());
        checkSmallest(cx);
    }

    @Test
    void testSummarize_gridTiesKeepTheFirstCell() {
        // x = 1..130 and y = 1..130 in [0, 131]²: 17,161 unit cells, all tied for the smallest
        int k = 130;
        Vector<HalfPlane> dims = Vector.range(1, k + 1).map(i -> HalfPlane.of(1, 0, -i))
                .appendAll(Vector.range(1, k + 1).map(j -> HalfPlane.of(0, 1, -j)));
        ActivationComplex cx = ActivationComplex.of(box(0, 0, k + 1, k + 1), dims);
        assertEquals((k + 1) * (k + 1), cx.cellCount());
        assertEquals(0, cx.smallestCell().get().cell());
        assertEquals(Rational.ONE, cx.smallestCell().get().area());
        ComplexSummary s = cx.summary();
        for (int a = 0; a <= 2 * k; a++) {
            int cells = Math.min(a, 2 * k - a) + 1; // cells (p, q) with p + q = a, 0 <= p, q <= k
            assertEquals(Rational.of(cells), s.areaByActiveCount().get(a).get(), "active " + a);
        }
        assertEquals(s.smallest(), cx.smallestCell());
    }

    @Test
    void testSmallest_areasBelowTheDoubleRange() {
        // slivers of width about 1e-320 and 1e-400 (subnormal and below the double range), nearly equal
        Rational t1 = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(320));
        Rational t2 = t1.multiply(Rational.ONE.subtract(Rational.of(BigInteger.ONE, BigInteger.TEN.pow(20))));
        Rational u = Rational.of(BigInteger.ONE, BigInteger.TEN.pow(400));
        Vector<HalfPlane> dims = Vector.of(HalfPlane.of(Rational.ONE, Rational.ZERO, Rational.ZERO),
                HalfPlane.of(Rational.ONE, Rational.ZERO, t1.negate()),
                HalfPlane.of(Rational.ONE, Rational.ZERO, t1.add(t2).negate()),
                HalfPlane.of(Rational.ZERO, Rational.ONE, Rational.HALF),
                HalfPlane.of(Rational.ZERO, Rational.ONE, Rational.HALF.add(u.multiply(Rational.of(3)))),
                HalfPlane.of(Rational.ZERO, Rational.ONE, Rational.HALF.add(u.multiply(Rational.of(5)))));
        ActivationComplex cx = ActivationComplex.of(box(-1, -1, 1, 1), dims);
        checkFaces(cx);
        checkSmallest(cx);
        checkSummary(cx);
        // the cell between x = t1 and x = t1 + t2, and between y = -1/2 - 5u and y = -1/2 - 3u
        assertEquals(t2.multiply(u).multiply(Rational.TWO), cx.smallestCell().get().area());
    }

    @Test
    void testSummarize_cellsOfSeveralFaces() {
        // an L with the notch (3, 0)-(4, 0)-(4, 1)-(3, 1) cut from its bottom edge
        Ring shell = Ring.of(Point2.of(0, 0), Point2.of(3, 0), Point2.of(3, 1), Point2.of(4, 1), Point2.of(4, 0),
                Point2.of(6, 0), Point2.of(6, 2), Point2.of(2, 2), Point2.of(2, 6), Point2.of(0, 6));
        Region region = Region.of(Polygon.of(shell).get());
        Vector<HalfPlane> dims = Vector.of(HalfPlane.of(1, -1, 0), HalfPlane.of(0, 1, -1), HalfPlane.of(1, 0, -1));
        ActivationComplex cx = ActivationComplex.of(region, dims);
        boolean several = false;
        for (int c = 0; c < cx.cellCount(); c++) {
            several |= cx.facesOf(c).length > 1;
        }
        assertTrue(several, "some cell has several faces");
        checkFaces(cx);
        checkSmallest(cx);
        checkSummary(cx);
        Ring bow = Ring.of(Point2.of(0, 0), Point2.of(2, 2), Point2.of(2, 0), Point2.of(0, 2));
        ActivationComplex w = ActivationComplex.ofWinding(bow, Vector.of(HalfPlane.of(0, 1, -1)));
        checkFaces(w);
        checkSmallest(w);
        checkSummary(w);
        assertEquals(Rational.TWO, w.summary().totalArea());
    }

    @Test
    void testCompareApprox_certainOnlyOutsideTheBound() {
        assertEquals(-1, FaceArea.compareApprox(1.5, 0, 1.5, 3));
        assertEquals(1, FaceArea.compareApprox(1.0, 5, 1.9, 3));
        assertEquals(-1, FaceArea.compareApprox(1.9999, 0, 1.0, 1)); // neighbouring exponents
        assertEquals(1, FaceArea.compareApprox(1.0, 1, 1.9999, 0));
        assertEquals(0, FaceArea.compareApprox(1.0, 1, Math.nextDown(2.0), 0));
        assertEquals(0, FaceArea.compareApprox(1.25, -7, 1.25 * (1 + 0x1p-45), -7));
        assertEquals(-1, FaceArea.compareApprox(1.25, -1000, 1.25 * (1 + 0x1p-35), -1000));
    }

    private static TreeMap<String, Rational> stringKeys(ActivationComplex cx) {
        TreeMap<String, Rational> out = new TreeMap<>();
        cx.areaByPattern().forEach((k, v) -> out.put(k.toString(), v));
        return out;
    }
}

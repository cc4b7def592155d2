package org.segmentable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmentable.ops.RegionChecks.ring;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * {@link Splitter#positiveArea} (the scaled rings: filtered signs, crossing terms, prefix sums)
 * against the area of {@link Split}'s assembled positive part, exactly, on degenerate cases and
 * random regions; some results also against hand-computed values.
 */
class SplitterAreaTest {

    /** Checks both sides of {@code h} against the split; returns the fast positive area. */
    private static Rational check(Region region, HalfPlane h) {
        Splitter splitter = Splitter.of(region);
        Rational fast = splitter.positiveArea(h);
        Split s = Split.of(region, h);
        assertEquals(s.positive().area(), fast, () -> "positive side of " + h + " in " + region);
        assertEquals(s.negative().area(), splitter.positiveArea(h.negate()), () -> "negative side of " + h);
        return fast;
    }

    private static HalfPlane line(String a, String b, String c) {
        return HalfPlane.of(Rational.parse(a).get(), Rational.parse(b).get(), Rational.parse(c).get());
    }

    /** Lines through every pair of the points and along every direction through every point. */
    private static List<HalfPlane> linesThrough(List<Point2> ps) {
        List<HalfPlane> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                Point2 p = ps.get(i);
                Point2 q = ps.get(j);
                Rational a = q.y().subtract(p.y());
                Rational b = p.x().subtract(q.x());
                if (!a.isZero() || !b.isZero()) {
                    out.add(HalfPlane.of(a, b, a.multiply(p.x()).add(b.multiply(p.y())).negate()));
                }
            }
        }
        return out;
    }

    private static List<Point2> vertices(Region r) {
        List<Point2> out = new ArrayList<>();
        for (Polygon p : r.pieces()) {
            out.addAll(p.shell().vertices().asJava());
            p.holes().forEach(h -> out.addAll(h.vertices().asJava()));
        }
        return out;
    }

    @Test
    void testPositiveArea_boxHalvesAndQuarters() {
        Region box = Regions.box(Rational.ONE);
        assertEquals(Rational.TWO, check(box, HalfPlane.of(1, 0, 0)));
        assertEquals(Rational.TWO, check(box, HalfPlane.of(1, 1, 0)));
        assertEquals(Rational.of(1, 2), check(box, HalfPlane.of(1, 1, -1)));
        assertEquals(Rational.of(3, 2), check(box, line("1/3", "0", "-1/12"))); // x > 1/4
    }

    @Test
    void testPositiveArea_lineThroughTwoVertices() {
        Region diamond = Regions.fromRing(ring(1, 0, 0, 1, -1, 0, 0, -1));
        assertEquals(Rational.ONE, check(diamond, HalfPlane.of(0, 1, 0)));
        assertEquals(Rational.ONE, check(diamond, HalfPlane.of(1, 0, 0)));
        for (HalfPlane h : linesThrough(vertices(diamond))) {
            check(diamond, h);
        }
    }

    @Test
    void testPositiveArea_lineAlongAnEdge() {
        Region box = Regions.box(Rational.ONE);
        assertEquals(Rational.of(4), check(box, HalfPlane.of(0, 1, 1)));
        assertEquals(Rational.ZERO, check(box, HalfPlane.of(0, -1, -1)));
        Region notch = Regions.fromRing(ring(0, 0, 4, 0, 4, 3, 3, 3, 3, 1, 1, 1, 1, 3, 0, 3));
        assertEquals(Rational.of(4), check(notch, HalfPlane.of(0, -1, 1))); // the notch's bottom on y = 1
        for (HalfPlane h : linesThrough(vertices(notch))) {
            check(notch, h);
        }
    }

    @Test
    void testPositiveArea_touchingAtOneVertexFromEitherSide() {
        Region diamond = Regions.fromRing(ring(1, 0, 0, 1, -1, 0, 0, -1));
        assertEquals(Rational.ZERO, check(diamond, HalfPlane.of(1, 0, -1)));
        assertEquals(Rational.TWO, check(diamond, HalfPlane.of(-1, 0, 1)));
        // a reflex vertex touching the line from above: two pieces meeting at it
        Region vee = Regions.fromRing(ring(0, 0, 2, -2, 4, 0, 4, 2, 0, 2));
        assertEquals(Rational.of(8), check(vee, HalfPlane.of(0, 1, 0)));
        assertEquals(Rational.of(11), check(vee, HalfPlane.of(0, 1, 1))); // all but the tip below y = -1
    }

    @Test
    void testPositiveArea_linesThroughTheOrigin() {
        SplittableRandom r = new SplittableRandom(3);
        Region outline = randomOutline(r, 60, false);
        for (int k = 0; k < 40; k++) {
            check(outline, HalfPlane.of(Rational.of((float) r.nextGaussian()), Rational.of((float) r.nextGaussian()),
                    Rational.ZERO));
        }
    }

    @Test
    void testPositiveArea_outlineWithDuplicateCollinearAndZeroFeatures() {
        // (1, 0) twice, (2, 0) behind it, (1, 1), (2, 2) collinear with it and the origin, (0, 0), ...
        Ring ring = orderedOutline(List.of(Point2.of(1, 0), Point2.of(1, 0), Point2.of(2, 0), Point2.of(1, 1),
                Point2.of(2, 2), Point2.ORIGIN, Point2.of(-1, 1), Point2.of(-1, 0), Point2.of(-1, -1), Point2.of(0, -1),
                Point2.of(1, -1), Point2.of(3, -3)));
        Region region = Regions.fromRing(ring);
        assertTrue(region.area().signum() > 0);
        for (HalfPlane h : linesThrough(ring.vertices().asJava())) {
            check(region, h);
        }
    }

    @Test
    void testPositiveArea_selfTouchingOutlineWithTiesInAngle() {
        // features in the same directions at different distances: the outline back-tracks along rays
        List<Point2> fs = List.of(Point2.of(2, 0), Point2.of(1, 0), Point2.of(0, 3), Point2.of(0, 1), Point2.of(-2, 0),
                Point2.of(-4, 0), Point2.of(0, -1), Point2.of(0, -2), Point2.of(1, -1));
        Ring ring = orderedOutline(fs);
        Region region = Regions.fromRing(ring);
        for (HalfPlane h : linesThrough(ring.vertices().asJava())) {
            check(region, h);
        }
        // a bowtie (two triangles touching at (1, 1)) and a figure eight, lines through the touching point
        Region bowtie = Regions.fromRing(ring(0, 0, 2, 2, 2, 0, 0, 2));
        assertEquals(2, bowtie.pieces().size());
        assertEquals(Rational.ONE, check(bowtie, HalfPlane.of(1, 0, -1)));
        for (HalfPlane h : linesThrough(vertices(bowtie))) {
            check(bowtie, h);
        }
        Region eight = Regions.fromRing(ring(0, 0, 4, 4, 4, 0, 0, 4, 0, 2, 2, 2));
        for (HalfPlane h : linesThrough(vertices(eight))) {
            check(eight, h);
        }
    }

    @Test
    void testPositiveArea_holesAndPieces() {
        Ring shell = ring(0, 0, 6, 0, 6, 6, 0, 6);
        Ring hole = ring(2, 2, 2, 4, 4, 4, 4, 2); // clockwise
        Region framed = Region.of(Polygon.of(shell, Vector.of(hole)).get());
        assertEquals(Rational.of(32), framed.area());
        assertEquals(Rational.of(16), check(framed, HalfPlane.of(1, 0, -3))); // x > 3: 18 minus half the hole
        assertEquals(Rational.of(20), check(framed, HalfPlane.of(1, 0, -2))); // along the hole's left edge
        assertEquals(Rational.of(16), check(framed, HalfPlane.of(1, 1, -6))); // through two hole corners
        for (HalfPlane h : linesThrough(vertices(framed))) {
            check(framed, h);
        }
        Region twoPieces = Region.of(Vector.of(Polygon.of(ring(0, 0, 1, 0, 1, 1, 0, 1)).get(),
                Polygon.of(ring(1, 1, 3, 1, 3, 3, 1, 3)).get())).get();
        for (HalfPlane h : linesThrough(vertices(twoPieces))) {
            check(twoPieces, h);
        }
    }

    @Test
    void testPositiveArea_hugeTinyAndSubnormalMagnitudes() {
        for (double scale : new double[] {1e-300, 1e-30, 1e30, 1e300, Double.MIN_VALUE * 1024, 0x1p-1030}) {
            Rational s = Rational.of(scale);
            Region diamond = Regions.fromRing(Ring.of(Point2.of(s, Rational.ZERO), Point2.of(Rational.ZERO, s),
                    Point2.of(s.negate(), Rational.ZERO), Point2.of(Rational.ZERO, s.negate())));
            Rational expected = s.multiply(s); // half the diamond
            assertEquals(expected, check(diamond, HalfPlane.of(0, 1, 0)), "scale " + scale);
            assertEquals(expected, check(diamond, HalfPlane.of(Rational.ONE, Rational.ZERO, Rational.ZERO)));
            check(diamond, HalfPlane.of(Rational.ONE, Rational.of(3), s.multiply(Rational.of(1, 2))));
            check(diamond, HalfPlane.of(Rational.of(1e-200), Rational.of(2e-200), Rational.ZERO));
        }
        // one tiny and one huge coordinate in the same ring: a common denominator of about 2^1100
        Region mixed = Regions.fromRing(Ring.of(Point2.of(0, 0), Point2.of(1e30, 0), Point2.of(1e30, 1e-300),
                Point2.of(0, 1)));
        for (HalfPlane h : linesThrough(vertices(mixed))) {
            check(mixed, h);
        }
        check(mixed, HalfPlane.of(Rational.of(1e-300), Rational.ONE, Rational.of(-0.5)));
    }

    @Test
    void testPositiveArea_signsTooCloseForTheDoubleFilter() {
        Region box = Regions.box(Rational.ONE);
        Rational tiny = Rational.ofBinary(1, -70);
        // the corner (1, 1) lies 2^-70 below, on, and above these lines: the filter must defer
        assertEquals(Rational.of(2), check(box, HalfPlane.of(Rational.ONE, Rational.ONE, Rational.ZERO)));
        Rational below = check(box, HalfPlane.of(Rational.ONE, Rational.ONE, Rational.TWO.negate().add(tiny)));
        Rational on = check(box, HalfPlane.of(Rational.ONE, Rational.ONE, Rational.TWO.negate()));
        Rational above = check(box, HalfPlane.of(Rational.ONE, Rational.ONE, Rational.TWO.negate().subtract(tiny)));
        assertEquals(Rational.ZERO, on);
        assertEquals(tiny.multiply(tiny).multiply(Rational.HALF), below);
        assertEquals(Rational.ZERO, above);
        // lines through the corner (1, 1) with coefficients no double holds
        assertEquals(Rational.ZERO, check(box, line("1/3", "2/3", "-1")));
        assertEquals(Rational.of(3), check(box, line("1/3", "-2/3", "1/3"))); // below the line through (-1, 0)
    }

    @Test
    void testPositiveArea_nonDyadicCoordinates() {
        Region thirds = Regions.fromRing(Ring.of(Point2.of(Rational.of(1, 3), Rational.ZERO),
                Point2.of(Rational.ONE, Rational.of(1, 7)), Point2.of(Rational.of(2, 5), Rational.of(9, 11)),
                Point2.of(Rational.of(-1, 13), Rational.of(1, 2))));
        for (HalfPlane h : linesThrough(vertices(thirds))) {
            check(thirds, h);
        }
        check(thirds, line("0.1", "0.7", "-0.35"));
    }

    @Test
    void testPositiveArea_hugeCommonDenominatorFallsBackToChains() {
        // 600 vertices on a parabola, each with its own prime denominator: the lcm has far more than 4096 bits
        List<Point2> ps = new ArrayList<>();
        BigInteger p = BigInteger.valueOf(1_000_003);
        for (int i = 0; i < 600; i++) {
            p = p.nextProbablePrime();
            Rational x = Rational.of(BigInteger.valueOf(i).multiply(p).add(BigInteger.ONE), p);
            ps.add(Point2.of(x, x.multiply(x)));
        }
        Region cup = Regions.fromRing(Ring.of(Vector.ofAll(ps)));
        assertNull(ScaledRegion.of(cup));
        assertNotNull(ScaledRegion.of(Regions.box(Rational.of(3))));
        check(cup, HalfPlane.of(0, -1, 40_000));
        check(cup, HalfPlane.of(-1, 1, 0));
    }

    @Test
    void testPositiveArea_constantHalfPlanes() {
        Region r = Regions.fromRing(ring(0, 0, 3, 0, 0, 3));
        assertEquals(Rational.of(9, 2), Splitter.of(r).positiveArea(HalfPlane.of(0, 0, 1)));
        assertEquals(Rational.ZERO, Splitter.of(r).positiveArea(HalfPlane.of(0, 0, 0)));
        assertEquals(Rational.ZERO, Splitter.of(r).positiveArea(HalfPlane.of(0, 0, -1)));
        assertEquals(Rational.ZERO, Splitter.of(Region.EMPTY).positiveArea(HalfPlane.of(1, 0, 0)));
    }

    @Test
    void testPositiveArea_randomFloatOutlinesAndLines() {
        SplittableRandom r = new SplittableRandom(17);
        for (int trial = 0; trial < 6; trial++) {
            boolean unit = trial % 2 == 1;
            Region outline = randomOutline(r, 40 + 60 * trial, unit);
            List<Point2> vs = vertices(outline);
            for (int k = 0; k < 20; k++) {
                check(outline, HalfPlane.of(Rational.of((float) r.nextGaussian()), Rational.of((float) r.nextGaussian()),
                        Rational.of((float) (unit ? -r.nextDouble() : r.nextGaussian()))));
            }
            for (int k = 0; k < 10; k++) { // through a vertex, and through two vertices
                Point2 a = vs.get(r.nextInt(vs.size()));
                Point2 b = vs.get(r.nextInt(vs.size()));
                check(outline, linesThrough(List.of(a, Point2.of(a.x().add(Rational.ONE), a.y().add(Rational.of(3, 4)))))
                        .get(0));
                if (!a.equals(b)) {
                    check(outline, linesThrough(List.of(a, b)).get(0));
                }
            }
        }
    }

    /** The outline region of random float32 features: Gaussian, or unit directions at random angles. */
    private static Region randomOutline(SplittableRandom r, int n, boolean unit) {
        List<Point2> fs = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (unit) {
                double t = 2 * Math.PI * r.nextDouble();
                fs.add(Point2.of((double) (float) Math.cos(t), (double) (float) Math.sin(t)));
            } else {
                fs.add(Point2.of((double) (float) r.nextGaussian(), (double) (float) r.nextGaussian()));
            }
        }
        return Regions.fromRing(orderedOutline(fs));
    }

    /** The feature points in exact angular order around the origin (as {@code layer.Outline} orders them). */
    private static Ring orderedOutline(List<Point2> fs) {
        List<Point2> nonZero = new ArrayList<>();
        for (Point2 f : fs) {
            if (!f.isOrigin()) {
                nonZero.add(f);
            }
        }
        Point2 ref = nonZero.get(0);
        nonZero.sort((a, b) -> {
            int ha = half(ref, a);
            int hb = half(ref, b);
            if (ha != hb) {
                return Integer.compare(ha, hb);
            }
            int turn = a.cross(b).signum();
            return turn != 0 ? -turn : a.dot(a).compareTo(b.dot(b));
        });
        return Ring.of(Vector.ofAll(nonZero));
    }

    private static int half(Point2 ref, Point2 p) {
        int s = ref.cross(p).signum();
        return s != 0 ? (s > 0 ? 0 : 1) : (ref.dot(p).signum() > 0 ? 0 : 1);
    }
}

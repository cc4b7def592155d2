package org.segmentable.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;
import org.segmentable.properties.gen.Facts;
import org.segmentable.properties.gen.LineGens;
import org.segmentable.properties.gen.RegionGens;
import org.segmentable.properties.gen.RingGens;
import org.segmentable.properties.gen.Shape;
import org.segmentable.properties.gen.Tally;
import org.segmentable.properties.support.Props;
import org.segmentable.reference.FanReference;
import org.segmentable.reference.NaiveArrangement;

/**
 * The naive reference checked against itself and against independent formulas, so the kernel is
 * compared with something trustworthy: the brute-force arrangement against the shoelace formula
 * on simple rings, both sides of a line adding up, and the triangle fan against the arrangement.
 */
class ReferenceProperties {

    /** A ring with a line aimed at it. */
    record RingAndLine(Shape shape, HalfPlane h) {
    }

    /** A region with a line aimed at it. */
    record RegionAndLine(Region region, HalfPlane h) {
    }

    static Gen<RingAndLine> ringAndLine(Gen<Shape> shapes) {
        return in -> {
            Shape s = shapes.generate(in);
            return new RingAndLine(s, LineGens.against(in, s.ring()));
        };
    }

    static Gen<RegionAndLine> regionAndLine() {
        Gen<Region> regions = RegionGens.valid();
        return in -> {
            Region r = regions.generate(in);
            Ring target = r.pieces().get(0).shell();
            return new RegionAndLine(r, LineGens.against(in, target));
        };
    }

    @Test
    void testReference_arrangementAreaOfSimpleRingIsShoelace() {
        Tally tally = Tally.of("reference: arrangement area of simple rings");
        Props.qt(300).forAll(RingGens.simple()).checkAssert(s -> {
            tally.tried();
            tally.hitAll(Facts.ofRing(s.ring()));
            assertTrue(Facts.isSimple(s.ring()), () -> "the simple-ring generator made " + s);
            Rational area = NaiveArrangement.area(NaiveArrangement.cells(s.ring()));
            assertEquals(s.ring().signedArea().abs(), area, () -> s.toString());
        });
        tally.report();
        tally.requireHits(List.of(Facts.CONVEX, Facts.NON_CONVEX, Facts.COLLINEAR, Facts.EXTREME));
    }

    @Test
    void testReference_sidesOfALineAddUpOnAnyRing() {
        Tally tally = Tally.of("reference: sides add up on any ring");
        Props.qt(200).forAll(ringAndLine(RingGens.any())).checkAssert(c -> {
            tally.tried();
            tally.hitAll(Facts.ofRing(c.shape().ring()));
            tally.hitAll(Facts.ofLine(List.of(c.shape().ring()), c.h()));
            List<List<Point2>> cells = NaiveArrangement.cells(c.shape().ring());
            Rational whole = NaiveArrangement.area(cells);
            Rational pos = NaiveArrangement.activeArea(cells, c.h());
            Rational neg = NaiveArrangement.activeArea(cells, c.h().negate());
            if (!c.h().isConstant()) {
                assertEquals(whole, pos.add(neg), () -> c.toString());
            }
            // the sum of signed fan triangles is the winding-weighted area, which bounds the region
            assertTrue(whole.compareTo(c.shape().ring().signedArea().abs()) >= 0 || hasWindingBeyondOne(c),
                    () -> c.toString());
        });
        tally.report();
        tally.requireHits(List.of(Facts.SELF_CROSSING, Facts.SELF_TOUCHING, Facts.CONVEX, Facts.VERTEX_ON_LINE,
                Facts.EDGE_ON_LINE, Facts.TOUCHING, Facts.MISSING, Facts.CONSTANT, Facts.CROSSING));
    }

    private static boolean hasWindingBeyondOne(RingAndLine c) {
        return Facts.ofRing(c.shape().ring()).contains(Facts.SELF_CROSSING);
    }

    @Test
    void testReference_fanEqualsArrangementOnValidRegions() {
        Tally tally = Tally.of("reference: fan equals arrangement");
        Props.qt(100).forAll(regionAndLine()).checkAssert(c -> {
            tally.tried();
            tally.hitAll(Facts.ofRegion(c.region()));
            tally.hitAll(Facts.ofLine(Facts.rings(c.region()), c.h()));
            List<List<Point2>> cells = NaiveArrangement.cells(c.region());
            assertEquals(c.region().area(), NaiveArrangement.area(cells), () -> c.toString());
            assertEquals(NaiveArrangement.activeArea(cells, c.h()), FanReference.area(c.region(), Vector.of(c.h())),
                    () -> c.toString());
        });
        tally.report();
        tally.requireHits(List.of("region: with hole", "region: several pieces", "region: pieces touching",
                Facts.VERTEX_ON_LINE, Facts.EDGE_ON_LINE, Facts.CROSSING, Facts.EXTREME));
    }

    @Test
    void testReference_pentagramCentreWindsTwice() {
        Ring star = Ring.of(Point2.of(0, 10), Point2.of(6, -8), Point2.of(-10, 3), Point2.of(10, 3),
                Point2.of(-6, -8));
        assertEquals(2, Math.abs(NaiveArrangement.winding(star, Point2.of(0, 0))));
        assertEquals(0, NaiveArrangement.winding(star, Point2.of(20, 0)));
        // non-zero winding keeps the centre: more than the even-odd area, less than the signed area
        Rational nonZero = NaiveArrangement.area(NaiveArrangement.cells(star));
        assertTrue(nonZero.compareTo(star.signedArea().abs()) < 0);
        Rational evenOdd = NaiveArrangement.area(NaiveArrangement.cells(Vector.of(star),
                p -> NaiveArrangement.winding(star, p) % 2 != 0));
        assertTrue(evenOdd.compareTo(nonZero) < 0);
    }

    @Test
    void testReference_patternAreasSumToRegionArea() {
        Tally tally = Tally.of("reference: pattern areas sum to region area");
        Gen<Region> regions = RegionGens.valid();
        Gen<Vector<HalfPlane>> lines = in -> {
            int k = org.segmentable.properties.gen.Draw.range(in, 1, 4);
            Ring target = Ring.of(Point2.of(-2, -2), Point2.of(2, -2), Point2.of(2, 2), Point2.of(-2, 2));
            return Vector.range(0, k).map(i -> LineGens.against(in, target));
        };
        Props.qt(60).forAll(regions, lines).checkAssert((region, hs) -> {
            tally.tried();
            tally.hitAll(Facts.ofRegion(region));
            var cells = NaiveArrangement.cells(region);
            var patterns = NaiveArrangement.patternAreas(cells, hs);
            assertEquals(region.area(), patterns.values().fold(Rational.ZERO, Rational::add));
            for (var e : patterns) {
                assertEquals(e._2, FanReference.patternArea(region, hs, e._1), () -> region + " " + hs + " " + e);
            }
        });
        tally.report();
        tally.requireHits(List.of("region: with hole"));
    }
}

package org.segmentable.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.quicktheories.core.Gen;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.jts.JtsConverter;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;
import org.segmentable.ops.Split;
import org.segmentable.properties.gen.Draw;
import org.segmentable.properties.gen.Facts;
import org.segmentable.properties.gen.LineGens;
import org.segmentable.properties.gen.RegionGens;
import org.segmentable.properties.gen.RingGens;
import org.segmentable.properties.gen.Shape;
import org.segmentable.properties.gen.Tally;
import org.segmentable.properties.support.JtsOracle;
import org.segmentable.properties.support.Props;
import org.segmentable.properties.support.Validity;
import org.segmentable.reference.FanReference;
import org.segmentable.reference.NaiveArrangement;

/**
 * The split of a region by a half-plane ({@code ops.Split}) and the resolution of outlines under
 * the non-zero winding rule ({@code ops.Regions.fromRing}): areas add up exactly, every piece lies
 * on its side with its interior strictly inside, pieces are valid (exactly, and by JTS's
 * {@code IsValidOp}) with disjoint interiors, and areas equal the naive reference.
 */
class SplitProperties {

    /** A region (built directly, or resolved from any generated ring) and a line aimed at it. */
    record Case(String origin, Region region, HalfPlane h) {
    }

    /** Half the tries use valid regions built directly, half resolve a generated ring. */
    static Gen<Case> cases() {
        Gen<Region> direct = RegionGens.valid();
        Gen<Shape> rings = RingGens.any();
        return in -> {
            if (Draw.chance(in, 50)) {
                Region r = direct.generate(in);
                return new Case("built", r, LineGens.against(in, r.pieces().get(0).shell()));
            }
            Shape s = rings.generate(in);
            return new Case(s.kind(), Regions.fromRing(s.ring()), LineGens.against(in, s.ring()));
        };
    }

    private static void tallyCase(Tally tally, Case c) {
        tally.tried();
        tally.hitAll(Facts.ofRegion(c.region()));
        tally.hitAll(Facts.ofLine(Facts.rings(c.region()), c.h()));
        tally.hitIf(c.region().isEmpty(), "region: empty");
    }

    private static final List<String> LINE_CASES = List.of(Facts.VERTEX_ON_LINE, Facts.EDGE_ON_LINE, Facts.TOUCHING,
            Facts.MISSING, Facts.CONSTANT, Facts.CROSSING, Facts.EXTREME, "region: with hole", "region: several pieces");

    @Test
    void testSplit_areasAddUpExactlyAndEqualTheReference() {
        Tally tally = Tally.of("split: areas add up");
        Props.qt(Props.CHEAP).forAll(cases()).checkAssert(c -> {
            tallyCase(tally, c);
            Split s = Split.of(c.region(), c.h());
            boolean zero = c.h().isConstant() && c.h().c().isZero();
            if (zero) {
                assertTrue(s.positive().isEmpty() && s.negative().isEmpty(), () -> "h ≡ 0 leaves no side: " + s);
                assertTrue(s.lyingOnBoundary().contains(c.region()), () -> "h ≡ 0 keeps the region: " + s);
                return;
            }
            assertEquals(c.region().area(), s.positive().area().add(s.negative().area()), () -> c + " gave " + s);
            assertEquals(FanReference.area(c.region(), Vector.of(c.h())), s.positive().area(), () -> c + " gave " + s);
            assertEquals(FanReference.area(c.region(), Vector.of(c.h().negate())), s.negative().area(),
                    () -> c + " gave " + s);
        });
        tally.report();
        tally.requireHits(LINE_CASES);
    }

    @Test
    void testSplit_piecesLieOnTheirSideWithInteriorStrictlyInside() {
        Tally tally = Tally.of("split: sides");
        Props.qt(Props.CHEAP).forAll(cases()).checkAssert(c -> {
            tallyCase(tally, c);
            Split s = Split.of(c.region(), c.h());
            for (int side : new int[] {1, -1}) {
                Region part = side > 0 ? s.positive() : s.negative();
                for (Polygon p : part.pieces()) {
                    for (Ring r : p.holes().prepend(p.shell())) {
                        r.vertices().forEach(v -> assertTrue(c.h().evaluate(v).signum() * side >= 0,
                                () -> "vertex " + v + " on the wrong side in " + c + " gave " + s));
                    }
                    var inside = Validity.interiorPoint(p);
                    assertEquals(side, c.h().evaluate(inside).signum(),
                            () -> "interior point " + inside + " of " + p + " not strictly on side " + side + " in " + c);
                }
            }
        });
        tally.report();
        tally.requireHits(LINE_CASES);
    }

    @Test
    void testSplit_piecesValidWithDisjointInteriors() {
        Tally tally = Tally.of("split: valid pieces (exact check; JTS IsValidOp)");
        Props.qt(200).forAll(cases()).checkAssert(c -> {
            tallyCase(tally, c);
            Split s = Split.of(c.region(), c.h());
            for (Region part : List.of(s.positive(), s.negative())) {
                List<String> problems = Validity.problems(part);
                assertTrue(problems.isEmpty(), () -> c + " gave " + part + ": " + problems);
                for (Polygon p : part.pieces()) {
                    Geometry g = JtsConverter.toGeometry(Region.of(p), JtsOracle.FACTORY);
                    IsValidOp op = new IsValidOp(g);
                    if (JtsOracle.exactInDoubles(Region.of(p))) {
                        tally.hit("JTS: checked exactly (coordinates are doubles)");
                        assertTrue(op.isValid(), () -> c + " piece " + p + ": " + op.getValidationError());
                    } else if (op.isValid()) {
                        tally.hit("JTS: valid after rounding to doubles");
                    } else {
                        tally.hit("JTS: invalid only after rounding to doubles");
                    }
                }
            }
        });
        tally.report();
        tally.requireHits(List.of(Facts.VERTEX_ON_LINE, Facts.EDGE_ON_LINE, Facts.CROSSING,
                "JTS: checked exactly (coordinates are doubles)"));
    }

    @Test
    void testFromRing_isTheNonZeroWindingRegion() {
        Tally tally = Tally.of("fromRing: non-zero winding");
        Props.qt(200).forAll(RingGens.any()).checkAssert(shape -> {
            tally.tried();
            tally.hitAll(Facts.ofRing(shape.ring()));
            Region r = Regions.fromRing(shape.ring());
            List<String> problems = Validity.problems(r);
            assertTrue(problems.isEmpty(), () -> shape + " gave " + r + ": " + problems);
            assertEquals(NaiveArrangement.area(NaiveArrangement.cells(shape.ring())), r.area(),
                    () -> shape + " gave " + r);
            tally.hitIf(r.pieces().exists(p -> !p.holes().isEmpty()), "resolved: with hole");
            tally.hitIf(r.pieces().size() > 1, "resolved: several pieces");
        });
        tally.report();
        tally.requireHits(List.of(Facts.CONVEX, Facts.NON_CONVEX, Facts.SELF_TOUCHING, Facts.SELF_CROSSING,
                Facts.COLLINEAR, Facts.EXTREME, "resolved: several pieces"));
    }
}

package org.segmentable.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Region;
import org.segmentable.layer.Superposition;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Split;
import org.segmentable.ops.Splitter;
import org.segmentable.properties.gen.Facts;
import org.segmentable.properties.gen.PlaneCaseGens;
import org.segmentable.properties.gen.Tally;
import org.segmentable.properties.support.Props;

/**
 * The fast exact areas ({@code Splitter.positiveArea}: filtered vertex signs, exact terms for the
 * crossed edges only, no polygons) equal the area of the positive part that {@code Split} assembles,
 * exactly, on the split cases ({@link SplitProperties#cases}: built regions with holes and several
 * pieces, regions resolved from self-touching and self-crossing rings, lines through vertices,
 * along edges, touching, missing, constant) and for every dim of the superposition cases
 * ({@code PlaneCaseGens}: float32 layers on their outlines and boxes, planted coincident and
 * concurrent dims), where also each lazily assembled part equals {@code Split}'s positive part.
 */
class AreaProperties {

    @Test
    void testPositiveArea_equalsTheAreaOfTheSplitsPositivePart() {
        Tally tally = Tally.of("fast area: equals the split's positive part");
        Props.qt(Props.CHEAP).forAll(SplitProperties.cases()).checkAssert(c -> {
            tally.tried();
            tally.hitAll(Facts.ofRegion(c.region()));
            tally.hitAll(Facts.ofLine(Facts.rings(c.region()), c.h()));
            Splitter splitter = Splitter.of(c.region());
            for (HalfPlane h : List.of(c.h(), c.h().negate())) {
                Split s = Split.of(c.region(), h);
                Rational fast = splitter.positiveArea(h);
                assertEquals(s.positive().area(), fast, () -> c + " with " + h);
                assertEquals(s.positiveArea(), fast, () -> c + " with " + h);
            }
        });
        tally.report();
        tally.requireHits(List.of(Facts.VERTEX_ON_LINE, Facts.EDGE_ON_LINE, Facts.TOUCHING, Facts.MISSING,
                Facts.CONSTANT, Facts.CROSSING, Facts.EXTREME, "region: with hole", "region: several pieces"));
    }

    @Test
    void testSuperposition_everyAreaAndPartEqualsTheSplit() {
        Tally tally = Tally.of("superposition: areas and parts equal the split");
        Props.qt(200).forAll(PlaneCaseGens.cases(24)).checkAssert(c -> {
            tally.tried();
            tally.hit(c.origin().contains("outline") ? "region: outline" : c.origin().contains("box")
                    ? "region: box" : "region: built");
            tally.hitAll(PlaneCaseGens.dimFacts(c.dims()));
            Superposition sp = Superposition.of(c.region(), c.dims());
            java.util.Set<String> lines = new java.util.TreeSet<>();
            for (int i = 0; i < c.dims().size(); i++) {
                HalfPlane h = c.dims().get(i);
                lines.addAll(Facts.ofLine(Facts.rings(c.region()), h));
                int ii = i;
                Region expected = h.isConstant() ? (h.c().signum() > 0 ? c.region() : Region.EMPTY)
                        : Split.of(c.region(), h).positive();
                assertEquals(expected.area(), sp.activeArea(i), () -> "dim " + ii + " of " + c);
                assertEquals(expected, sp.activePart(i), () -> "dim " + ii + " of " + c);
            }
            tally.hitAll(lines);
            assertEquals(sp.activeAreas(), sp.active().map(Region::area), () -> c.toString());
        });
        tally.report();
        tally.requireHits(List.of("region: outline", "region: box", "region: built", Facts.VERTEX_ON_LINE,
                Facts.CROSSING));
    }
}

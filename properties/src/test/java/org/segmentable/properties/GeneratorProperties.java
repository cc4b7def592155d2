package org.segmentable.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.segmentable.properties.gen.Facts;
import org.segmentable.properties.gen.LayerGens;
import org.segmentable.properties.gen.RegionGens;
import org.segmentable.properties.gen.RingGens;
import org.segmentable.properties.gen.Tally;
import org.segmentable.properties.support.JtsOracle;
import org.segmentable.properties.support.Props;

/**
 * The generators keep their promises: layers are well formed and really contain every degenerate
 * case they advertise; built regions are valid (JTS's own check); every ring family appears.
 */
class GeneratorProperties {

    @Test
    void testLayerGens_everyDegenerateCaseAppears() {
        Tally tally = Tally.of("generators: float32 layers, d 2..64");
        Props.forEachLayer(tally, Props.CHEAP, LayerGens.trainedLike(2, 64), layer -> {
            tally.hit(layer.name().startsWith("tied") ? "tied" : "untied");
            assertEquals(2, layer.h());
            assertTrue(layer.d() >= 2 && layer.d() <= 64);
        });
        tally.report();
        tally.requireHits(List.of("tied", "untied", "layer: d <= 8", "layer: 9 <= d < 32", "layer: d >= 32",
                "layer: zero feature", "layer: duplicate features", "layer: parallel boundaries",
                "layer: coincident boundaries", "layer: constant dim", "layer: boundary through a feature",
                Facts.EXTREME));
    }

    @Test
    void testRegionGens_validByJts() {
        Tally tally = Tally.of("generators: valid regions");
        Props.qt(Props.CHEAP).forAll(RegionGens.valid()).checkAssert(region -> {
            tally.tried();
            tally.hitAll(Facts.ofRegion(region));
            region.pieces().forEach(p -> {
                assertTrue(p.shell().signedArea().signum() > 0, "shells are counter-clockwise");
                p.holes().forEach(h -> assertTrue(h.signedArea().signum() < 0, "holes are clockwise"));
            });
            if (JtsOracle.exactInDoubles(region)) {
                tally.hit("exact in doubles: checked by JTS");
                IsValidOp op = new IsValidOp(JtsOracle.toGeometry(region));
                assertTrue(op.isValid(), () -> region + ": " + op.getValidationError());
            }
        });
        tally.report();
        tally.requireHits(List.of("region: with hole", "region: several pieces", "region: pieces touching",
                Facts.EXTREME, "exact in doubles: checked by JTS"));
    }

    @Test
    void testRingGens_everyFamilyAppears() {
        Tally tally = Tally.of("generators: rings");
        Props.qt(Props.CHEAP).forAll(RingGens.any()).checkAssert(s -> {
            tally.tried();
            tally.hitAll(Facts.ofRing(s.ring()));
            tally.hit("recipe " + s.kind().replaceAll("\\+.*", ""));
            assertTrue(s.ring().size() >= 3, () -> s.toString());
        });
        tally.report();
        tally.requireHits(List.of(Facts.CONVEX, Facts.NON_CONVEX, Facts.SELF_TOUCHING, Facts.SELF_CROSSING,
                Facts.COLLINEAR, Facts.EXTREME, "recipe figure-eight", "recipe vertex-on-edge", "recipe spike",
                "recipe grid-scribble", "recipe star-polygon"));
    }
}

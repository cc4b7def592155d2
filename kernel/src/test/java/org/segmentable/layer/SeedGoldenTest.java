package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Vector;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentable.geometry.Region;
import org.segmentable.io.JsonModels;
import org.segmentable.numbers.Rational;

/**
 * Golden tests: for every {@code seed-*.json} fixture, the outline region's area and every dim's
 * active area equal {@code expected_exact} exactly, as fractions.
 */
class SeedGoldenTest {

    static Stream<Path> seedFixtures() {
        return Fixtures.named("seed-");
    }

    @Test
    void testFixtures_allTenPresent() {
        assertEquals(10, seedFixtures().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFixtures")
    void testOutlineRegionArea_equalsExpectedExact(Path file) {
        JsonNode expected = Fixtures.json(file).get("expected_exact");
        LatentPlane plane = LatentPlane.of(JsonModels.read(file).get()).get();
        Outline outline = Outline.of(plane);
        assertTrue(outline.zeroFeatures().isEmpty());
        assertEquals(plane.d(), outline.size());
        assertEquals(Fixtures.number(expected.get("polygon_area")), outline.region().area());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFixtures")
    void testActiveAreas_equalExpectedExact(Path file) {
        JsonNode expected = Fixtures.json(file).get("expected_exact");
        LatentPlane plane = LatentPlane.of(JsonModels.read(file).get()).get();
        Region region = Outline.of(plane).region();
        Superposition s = Superposition.of(plane, region);
        Vector<Rational> want = Fixtures.vector(expected.get("active_area"));
        assertEquals(plane.d(), want.size());
        for (int i = 0; i < plane.d(); i++) {
            assertEquals(want.get(i), s.activeArea(i), "dim " + i);
        }
    }
}

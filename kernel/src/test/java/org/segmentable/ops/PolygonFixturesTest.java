package org.segmentable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.segmentable.ops.RegionChecks.assertSplitConsistent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * The 2-D versions of the seed's polygon fixtures: the plane vertices lie in the {@code (x_0, x_2)}
 * coordinate plane of {@code R^5}, so the split by {@code x_2 = 0} is the split of the polygon of
 * points {@code (x_0, x_2)} by the half-plane {@code y > 0}.
 */
class PolygonFixturesTest {

    private static JsonNode load(String name) throws IOException {
        try (InputStream in = PolygonFixturesTest.class.getResourceAsStream("/fixtures/polygon-" + name + ".json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bean", "cat-ears", "diamond", "hexagon-convex", "hexagon-vertices-on-line", "pacman",
        "triangle-edge-on-line"})
    void testSplit_polygonFixtureInX0X2Plane(String name) throws IOException {
        JsonNode f = load(name);
        assertEquals(2, f.get("split_dim").asInt());
        List<Point2> pts = new ArrayList<>();
        for (JsonNode v : f.get("plane_vertices")) {
            assertEquals(0.0, v.get(1).asDouble());
            assertEquals(0.0, v.get(3).asDouble());
            assertEquals(0.0, v.get(4).asDouble());
            pts.add(Point2.of(Rational.of(v.get(0).asDouble()), Rational.of(v.get(2).asDouble())));
        }
        Region region = Regions.fromRing(Ring.of(io.vavr.collection.Vector.ofAll(pts)));
        HalfPlane x2 = HalfPlane.of(0, 1, 0);
        Split s = Split.of(region, x2);
        assertSplitConsistent(region, x2, s);
        JsonNode e = f.get("expected");
        assertEquals(e.get("positive_pieces").asInt(), s.positive().pieces().size(), "positive pieces");
        assertEquals(e.get("negative_pieces").asInt(), s.negative().pieces().size(), "negative pieces");
        assertEquals(Rational.parse(e.get("positive_area").asText()).get(), s.positive().area(), "positive area");
        assertEquals(Rational.parse(e.get("negative_area").asText()).get(), s.negative().area(), "negative area");
    }
}

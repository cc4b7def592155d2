package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentable.numbers.Rational;

/**
 * Golden tests: every {@code polygon-*.json} fixture (the seed's unit-test polygons in R^5) gives
 * exactly the expected piece counts and areas in the {@code (x_0, x_2)} coordinates, or the
 * expected error, or lies inside the hyperplane.
 */
class PlanarPolygonGoldenTest {

    static Stream<Path> polygonFixtures() {
        return Fixtures.named("polygon-");
    }

    @Test
    void testFixtures_allNinePresent() {
        assertEquals(9, polygonFixtures().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("polygonFixtures")
    void testSplit_fixture(Path file) {
        JsonNode json = Fixtures.json(file);
        JsonNode expected = json.get("expected");
        int dim = json.get("split_dim").asInt();
        Validation<Seq<String>, PlanarPolygon> polygon = PlanarPolygon.of(Fixtures.matrix(json.get("plane_vertices")));
        if (expected.has("error")) {
            assertTrue(polygon.isInvalid(), "expected an error for " + file.getFileName());
            String message = polygon.getError().mkString("; ");
            String wanted = expected.get("error").asText().split(":")[0];
            assertEquals(wanted, message);
            return;
        }
        assertTrue(polygon.isValid(), () -> polygon.getError().mkString("; "));
        PlanarSplit split = polygon.get().split(dim);
        if (!expected.has("positive_pieces")) {
            assertTrue(expected.get("note").asText().contains("lies inside x_" + dim + " = 0"));
            assertTrue(split.liesInHyperplane());
            assertTrue(split.positive().isEmpty());
            assertTrue(split.negative().isEmpty());
            assertEquals(polygon.get(), split.insideHyperplane().get());
            return;
        }
        assertTrue(expected.get("area_coordinates").asText().contains("(x_0, x_2)"));
        assertEquals(expected.get("positive_pieces").asInt(), split.positive().size(), "positive pieces");
        assertEquals(expected.get("negative_pieces").asInt(), split.negative().size(), "negative pieces");
        assertEquals(Fixtures.number(expected.get("positive_area")), split.positiveArea(0, 2), "positive area");
        assertEquals(Fixtures.number(expected.get("negative_area")), split.negativeArea(0, 2), "negative area");
        Rational whole = polygon.get().shadowArea(0, 2);
        assertEquals(whole, split.positiveArea(0, 2).add(split.negativeArea(0, 2)), "pieces cover the polygon");
    }
}

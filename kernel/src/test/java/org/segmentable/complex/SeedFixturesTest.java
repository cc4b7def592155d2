package org.segmentable.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentable.geometry.Ring;
import org.segmentable.io.JsonModels;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

class SeedFixturesTest {

    static Stream<Path> seeds() throws URISyntaxException, IOException {
        Path dir = Path.of(SeedFixturesTest.class.getResource("/fixtures").toURI());
        return Files.list(dir).filter(p -> p.getFileName().toString().startsWith("seed-")).sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void testOfWinding_seedPatternsAreExact(Path file) throws IOException {
        var read = JsonModels.read(file);
        assertTrue(read.isValid(), () -> read.getError().mkString("; "));
        ReluLayer layer = read.get();
        JsonNode expected = new ObjectMapper().readTree(file.toFile()).get("expected_exact");
        Ring outline = ComplexFixtures.outline(layer);
        ActivationComplex cx = ActivationComplex.ofWinding(outline, layer.boundaries());
        TreeMap<String, Rational> want = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("patterns").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            want.put(e.getKey(), Rational.parse(e.getValue().asText()).get());
        }
        Rational area = Rational.parse(expected.get("polygon_area").asText()).get();
        TreeMap<String, Rational> got = ActivationComplexTest.checkInvariants(cx, layer.boundaries(), area);
        assertEquals(want, got, file.getFileName().toString());
        assertEquals(want.size(), cx.patternCount());
        assertTrue(cx.cellCount() >= cx.patternCount());
    }
}

package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentable.layer.Fixtures;
import org.segmentable.numbers.Rational;

class AnalyzeCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("analyze").appendAll(List.of(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static Stream<Path> seedFixtures() {
        return Fixtures.named("seed-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFixtures")
    void testAnalyze_seedFixtureMatchesExpectedExact(Path file) {
        Run r = run(file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode json = parse(r.out());
        JsonNode expected = Fixtures.json(file).get("expected_exact");
        assertEquals(Fixtures.json(file).get("name").asText(), json.get("name").asText());
        assertEquals(expected.get("active_area").size(), json.get("d").asInt());
        assertEquals("outline", json.get("region").asText());
        assertEquals(Fixtures.number(expected.get("polygon_area")), Fixtures.number(json.get("region_area")));
        assertEquals(expected.get("active_area").size(), json.get("active_area").size());
        for (int i = 0; i < expected.get("active_area").size(); i++) {
            assertEquals(Fixtures.number(expected.get("active_area").get(i)),
                    Fixtures.number(json.get("active_area").get(i)), "dim " + i);
            // written in lowest terms, exactly as the fixture writes it
            assertEquals(expected.get("active_area").get(i).asText(), json.get("active_area").get(i).asText());
        }
        assertEquals(0, json.get("zero_features").size());
        // the activation complex: every pattern's exact area, written exactly as the fixture writes it
        assertEquals(Vector.ofAll(expected.get("patterns")::fieldNames).sorted(),
                Vector.ofAll(json.get("patterns")::fieldNames));
        expected.get("patterns").fields().forEachRemaining(e ->
                assertEquals(e.getValue().asText(), json.get("patterns").get(e.getKey()).asText(), e.getKey()));
        assertTrue(json.get("cells").asInt() >= expected.get("patterns").size());
    }

    @Test
    void testAnalyze_summaryLeavesOutPatterns(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("quad.json");
        Files.writeString(model, "{\"W\": [[1, 0, 0, -1], [0, 1, 0, 1]], \"b\": [0, \"-1/2\", 1, 0]}");
        Run r = run(model.toString(), "--region", "box", "--summary");
        assertEquals(0, r.code(), r.err());
        JsonNode json = parse(r.out());
        assertTrue(json.get("patterns") == null, r.out());
        // x = 0, y = 1/2 and y = x, pairwise crossing, cut [-3, 3]^2 into 7 cells, each with its own pattern
        assertEquals(7, json.get("cells").asInt());
        assertEquals(7, json.get("pattern_count").asInt());
        // smallest: x > 0, y < 1/2, y > x: the triangle (0, 0), (1/2, 1/2), (0, 1/2) of area 1/8
        JsonNode byActive = json.get("area_by_active");
        Rational sum = Rational.ZERO;
        for (JsonNode v : (Iterable<JsonNode>) byActive::elements) {
            sum = sum.add(Fixtures.number(v));
        }
        assertEquals(Rational.of(36), sum);
        assertEquals("1/8", json.get("smallest_cell").get("area").asText());
        assertEquals("1011", json.get("smallest_cell").get("pattern").asText());
    }

    @Test
    void testAnalyze_noComplexPrintsTheAreasAlone() {
        String model = Fixtures.path("seed-hard-2").toString();
        Run full = run(model);
        Run areas = run(model, "--no-complex");
        assertEquals(0, areas.code(), areas.err());
        JsonNode a = parse(areas.out());
        assertEquals(Vector.of("name", "d", "region", "region_area", "active_area", "zero_features"),
                Vector.ofAll(a::fieldNames));
        JsonNode f = parse(full.out());
        for (String key : new String[] {"name", "d", "region", "region_area", "active_area", "zero_features"}) {
            assertEquals(f.get(key), a.get(key), key);
        }
    }

    @Test
    void testAnalyze_complexTooLargeSuggestsNoComplex(@TempDir Path dir) throws IOException {
        // 60,000 float32 boundaries across the box: billions of crossings, far beyond any heap
        java.util.Random rnd = new java.util.Random(5);
        StringBuilder w0 = new StringBuilder();
        StringBuilder w1 = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            String sep = i == 0 ? "" : ", ";
            w0.append(sep).append((float) rnd.nextGaussian());
            w1.append(sep).append((float) rnd.nextGaussian());
            b.append(sep).append((float) rnd.nextGaussian());
        }
        Path model = dir.resolve("wide.json");
        Files.writeString(model, "{\"W\": [[" + w0 + "], [" + w1 + "]], \"b\": [" + b + "]}");
        Run r = run(model.toString(), "--region", "box");
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("segmentable analyze: " + model + ": the activation complex of 60000 dims needs"),
                r.err());
        assertTrue(r.err().endsWith("(--no-complex prints the areas alone)\n"), r.err());
        Run areas = run(model.toString(), "--region", "box", "--no-complex");
        assertEquals(0, areas.code(), areas.err());
        assertEquals(60_000, parse(areas.out()).get("active_area").size());
    }

    @Test
    void testAnalyze_noComplexRefusesADeepModel() {
        Path deep = Path.of("..", "examples", "deep-mlp.json");
        Run r = run(deep.toString(), "--no-complex");
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("segmentable analyze: --no-complex is for a single layer"), r.err());
    }

    @Test
    void testAnalyze_strictJsonRefusedWithOneLine(@TempDir Path dir) throws IOException {
        String layer = "{\"W\": [[1, 0, 1], [0, 1, 1]], \"b\": [0, 0, -1]}";
        Path trailing = dir.resolve("trailing.json");
        Files.writeString(trailing, layer + "\n{\"W\": []}\n");
        Path duplicate = dir.resolve("duplicate.json");
        Files.writeString(duplicate, "{\"b\": [0, 0, -1], \"W\": [[1, 0, 1], [0, 1, 1]], \"b\": [0, 0, 0]}");
        Path padded = dir.resolve("padded.json");
        Files.writeString(padded, "{\"W\": [[1, 0, 1], [0, \" 1/3 \", 1]], \"b\": [0, 0, -1]}");
        String[] expected = {trailing + ": malformed JSON: unexpected data after the JSON object at byte "
                + (layer.length() + 1), "duplicate key \"b\": keep one", padded + ": W[1][1]: the number string"};
        Path[] files = {trailing, duplicate, padded};
        for (int i = 0; i < files.length; i++) {
            Run r = run(files[i].toString());
            assertEquals(1, r.code(), r.err());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(expected[i]), r.err());
        }
    }

    @Test
    void testAnalyze_singleLayerOptionsRefuseADeepModel() {
        String deep = Path.of("..", "examples", "deep-mlp.json").toString();
        String[][] cases = {{"--summary"}, {"--features", "0,1"}, {"--slice", "s.json"}, {"--region", "outline"}};
        for (String[] options : cases) {
            String[] args = new String[options.length + 1];
            args[0] = deep;
            System.arraycopy(options, 0, args, 1, options.length);
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", options) + ": " + r.err());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("segmentable analyze: " + options[0]
                    + (options[0].equals("--region") ? " outline" : "") + " is for single layers; a deep model is "
                    + "analysed as its linear regions"), r.err());
        }
        assertEquals(0, run(deep, "--region", "box", "--box", "2").code());
    }

    @Test
    void testAnalyze_keysInSpecOrderOnOneLine() {
        Run r = run(Fixtures.path("seed-example").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\"name\": \"seed-example\", \"d\": 6, \"region\": \"outline\", \"region_area\": \""),
                r.out());
        assertTrue(r.out().endsWith(", \"zero_features\": []}\n"), r.out());
        assertEquals(1, r.out().lines().count());
        assertEquals(Vector.of("name", "d", "region", "region_area", "active_area", "patterns", "cells",
                "zero_features"), Vector.ofAll(parse(r.out())::fieldNames));
    }

    @Test
    void testAnalyze_boxRegionDefaultAndGiven(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("quad.json");
        Files.writeString(model, "{\"W\": [[1, 0, 0, -1], [0, 1, 0, 1]], \"b\": [0, \"-1/2\", 1, 0]}");
        JsonNode byDefault = parse(run(model.toString(), "--region", "box").out());
        assertEquals("box", byDefault.get("region").asText());
        assertEquals("36", byDefault.get("region_area").asText());
        // dim 0: x > 0; dim 1: y > 1/2; dim 2: constant 1 (active everywhere); dim 3: -x + y > 0
        assertEquals(List.of("18", "15", "36", "18"), List.ofAll(byDefault.get("active_area")).map(JsonNode::asText));
        assertEquals(List.of("2"), List.ofAll(byDefault.get("zero_features")).map(JsonNode::asText));
        JsonNode half = parse(run(model.toString(), "--region=box", "--box", "7/2").out());
        assertEquals("49", half.get("region_area").asText());
        assertEquals(Rational.of(21), Fixtures.number(half.get("active_area").get(1))); // (7/2 - 1/2) · 7
        JsonNode decimal = parse(run(model.toString(), "--region", "box", "--box=2.5").out());
        assertEquals("25", decimal.get("region_area").asText());
        JsonNode implied = parse(run(model.toString(), "--box", "2").out());
        assertEquals("box", implied.get("region").asText());
        assertEquals("16", implied.get("region_area").asText());
    }

    @Test
    void testAnalyze_nameWithQuotesEscaped(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("m.json");
        Files.writeString(model, "{\"name\": \"a \\\"quoted\\\" name\\\\\", \"W\": [[1, 0, -1], [0, 1, 0]], \"b\": [0, 0, 0]}");
        Run r = run(model.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("a \"quoted\" name\\", parse(r.out()).get("name").asText());
    }

    @Test
    void testAnalyze_wideLayerOnAFeatureSlice(@TempDir Path dir) throws IOException {
        // h = 3; the slice through features 0 and 1, u = (1, 0, 1), v = (0, 1, 1): z_0 = 2s + t, z_1 = s + 2t
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"W\": [[1, 0], [0, 1], [1, 1]], \"b\": [0, 0]}");
        Run r = run(deep.toString(), "--features", "0,1");
        assertEquals(0, r.code(), r.err());
        JsonNode json = parse(r.out());
        assertEquals("box", json.get("region").asText());
        assertEquals("36", json.get("region_area").asText());
        assertEquals(List.of("18", "18"), List.ofAll(json.get("active_area")).map(JsonNode::asText));
        Run outline = run(deep.toString(), "--features=0,1", "--region", "outline");
        assertEquals(0, outline.code(), outline.err());
        assertEquals("0", parse(outline.out()).get("region_area").asText()); // two feature points bound no area
    }

    @Test
    void testAnalyze_help() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith(AnalyzeCommand.USAGE), r.out());
        assertTrue(Main.help().contains("analyze"));
    }

    @Test
    void testAnalyze_usageErrorsExitTwo() {
        String model = Fixtures.path("seed-example").toString();
        String[][] cases = {
            {},
            {model, model},
            {model, "--frobnicate"},
            {model, "--region", "circle"},
            {model, "--region"},
            {model, "--region", "box", "--box", "0"},
            {model, "--region", "box", "--box", "-1"},
            {model, "--region", "box", "--box", "three"},
            {model, "--region", "outline", "--box", "3"},
            {model, "--tied"},
            {model, "--features", "1"},
            {model, "--summary", "--no-complex"},
        };
        for (String[] c : cases) {
            Run r = run(c);
            assertEquals(2, r.code(), String.join(" ", c) + " -> " + r.err());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("segmentable analyze: "), r.err());
            assertTrue(r.err().endsWith(". Run 'segmentable analyze --help' for usage.\n"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void testAnalyze_badInputExitsOneNamingTheFile(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.json");
        Run r = run(missing.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("segmentable analyze: " + missing + ": no such file\n", r.err());

        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"W\": [[1, 0], [0, 1], [1, 1]], \"b\": [0, 0]}");
        Run d = run(deep.toString());
        assertEquals(1, d.code());
        assertEquals("segmentable analyze: " + deep + ": layer 'deep' has h = 3 latent dimensions: choose a 2-D"
                + " slice with --features I,J or --slice FILE\n", d.err());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"W_enc\": [[1, NaN], [0, Infinity]], \"W_dec\": [[1, 0], [0, 1]], \"b\": [0, 0]}");
        Run b = run(broken.toString());
        assertEquals(1, b.code());
        assertTrue(b.err().startsWith("segmentable analyze: " + broken + ": W_enc[0][1]: NaN is not a finite number"), b.err());
        // every problem, one per indented line after the first (ModelArgs' convention)
        assertTrue(b.err().contains("\n  " + broken + ": W_enc[1][1]: Infinity is not a finite number"), b.err());
        assertEquals(2, b.err().lines().count(), b.err());
        assertEquals("", b.out());
    }
}

package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.numbers.Rational;

/**
 * The command line answers exactly beyond the double range and refuses, with one message, only the
 * figures whose ink doubles cannot place.
 */
class ExtremeRangeCliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode analyze(String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "analyze";
        System.arraycopy(args, 0, all, 1, args.length);
        CliTest.Run r = CliTest.run(all);
        assertEquals(0, r.code(), r.err());
        return MAPPER.readTree(r.out());
    }

    /** seed-easy with every weight times 10^e and every bias times 10^(2e), written as exact decimal strings. */
    private Path scaled(int e) throws Exception {
        ObjectNode m = (ObjectNode) MAPPER.readTree(CliTest.FIXTURES.resolve("seed-easy.json").toFile());
        ObjectNode out = MAPPER.createObjectNode();
        out.put("name", "scaled");
        for (String k : new String[] {"W_enc", "W_dec"}) {
            ArrayNode rows = out.putArray(k);
            for (JsonNode row : m.get(k)) {
                ArrayNode r = rows.addArray();
                row.forEach(x -> r.add(new BigDecimal(x.asDouble()).scaleByPowerOfTen(e).toPlainString()));
            }
        }
        ArrayNode b = out.putArray("b");
        m.get("b").forEach(x -> b.add(new BigDecimal(x.asDouble()).scaleByPowerOfTen(2 * e).toPlainString()));
        return Files.writeString(dir.resolve("scaled" + e + ".json"), MAPPER.writeValueAsString(out));
    }

    private static Rational rational(JsonNode n) {
        return Rational.parse(n.asText()).get();
    }

    @Test
    void testAnalyze_layerScaledBeyondDoubles() throws Exception {
        JsonNode base = analyze(CliTest.FIXTURES.resolve("seed-easy.json").toString());
        for (int e : new int[] {400, -400}) {
            JsonNode s = analyze(scaled(e).toString());
            Rational factor = Rational.of(10).pow(2 * e);
            assertEquals(base.get("cells"), s.get("cells"));
            assertEquals(rational(base.get("region_area")).multiply(factor), rational(s.get("region_area")));
            assertEquals(base.get("patterns").size(), s.get("patterns").size());
            for (Iterator<Map.Entry<String, JsonNode>> it = base.get("patterns").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                assertEquals(rational(p.getValue()).multiply(factor), rational(s.get("patterns").get(p.getKey())),
                        p.getKey());
            }
        }
    }

    @Test
    void testAnalyze_box1e350() throws Exception {
        JsonNode a = analyze(CliTest.FIXTURES.resolve("seed-easy.json").toString(), "--region", "box", "--box",
                "1e350");
        Rational z = Rational.of(10).pow(350);
        assertEquals(z.multiply(2).pow(2), rational(a.get("region_area")));
        Rational sum = Rational.of(0);
        for (JsonNode area : a.get("patterns")) {
            sum = sum.add(rational(area));
        }
        assertEquals(z.multiply(2).pow(2), sum, "the cells tile the box");
        JsonNode tiny = analyze(CliTest.FIXTURES.resolve("seed-easy.json").toString(), "--region", "box", "--box",
                "1e-330");
        assertEquals(Rational.of(10).pow(-330).multiply(2).pow(2), rational(tiny.get("region_area")));
    }

    private void renderRefused(String why, String... args) throws Exception {
        Path out = dir.resolve("f.svg");
        String[] all = new String[args.length + 3];
        all[0] = "render";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "-o";
        all[args.length + 2] = out.toString();
        CliTest.Run r = CliTest.run(all);
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(why), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void testRender_viewportBeyondDoubles() throws Exception {
        String easy = CliTest.FIXTURES.resolve("seed-easy.json").toString();
        for (String z : new String[] {"1e309", "1e350", "1e-330", "1e-300"}) {
            renderRefused("cannot be drawn", easy, "--box", z);
        }
        renderRefused("cannot be drawn", easy, "--box", "1e-200", "--region", "box");
    }

    @Test
    void testRender_layerBeyondDoubles() throws Exception {
        renderRefused("more than 2^64 times", scaled(400).toString());
        // a layer far smaller than the viewport is drawable: it is a dot at the origin
        assertEquals(0, CliTest.run("render", scaled(-400).toString(), "-o", dir.resolve("dot.svg").toString()).code());
        renderRefused("cannot be drawn", scaled(400).toString(), "--box", "1e400");
    }

    @Test
    void testRender_largeButDrawable() throws Exception {
        Path out = dir.resolve("big.svg");
        CliTest.Run r = CliTest.run("render", scaled(100).toString(), "--box", "3e100", "--mode", "complex", "-o",
                out.toString());
        assertEquals(0, r.code(), r.err());
        CliTest.Run tiny = CliTest.run("render", scaled(-100).toString(), "--box", "3e-100", "-o",
                dir.resolve("tiny.svg").toString());
        assertEquals(0, tiny.code(), tiny.err());
        assertTrue(Files.readString(out).contains("<g id=\"cells\""));
    }
}

package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeepCliTest {

    /** Two ReLU neurons s and t, output relu(s) + relu(t) - 1. */
    private static final String NET = "{\"name\": \"corner\", \"layers\": [{\"W\": [[1, 0], [0, 1]], \"b\": [0, 0]},"
            + " {\"W\": [[1, 1]], \"b\": [-1]}]}";

    @Test
    void testAnalyze_deepModelReportsCellsAndPatterns(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("corner.json");
        Files.writeString(model, NET);
        CliTest.Run r = CliTest.run("analyze", model.toString(), "--box", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"name\": \"corner\", \"widths\": [2, 2, 1], \"region\": \"box\", \"box\": \"2\","
                + " \"region_area\": \"16\", \"cells\": 4, \"cells_per_depth\": [1, 4], \"patterns_per_layer\": [4],"
                + " \"patterns\": {\"00\": \"4\", \"01\": \"4\", \"10\": \"4\", \"11\": \"4\"}}", r.out().strip());
    }

    @Test
    void testRender_deepModelDrawsCellsAndDecisionBoundary(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("corner.json");
        Files.writeString(model, NET);
        Path svg = dir.resolve("out.svg");
        CliTest.Run r = CliTest.run("render", model.toString(), "--mode", "complex", "--box", "2", "-o", svg.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        assertEquals(4, text.split("<path d=\"M").length - 2, "four cells and one boundary path");
        assertTrue(text.contains("stroke=\"#000000\""), "the decision boundary is drawn");
    }

    @Test
    void testRender_badLayerIsAUsageError(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("corner.json");
        Files.writeString(model, NET);
        CliTest.Run r = CliTest.run("render", model.toString(), "--layer", "3", "-o", dir.resolve("x.svg").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--layer must be a hidden layer 0..0"), r.err());
        assertEquals(1, CliTest.files(dir));
    }
}

package org.segmentable.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

class SliceJsonTest {

    @Test
    void testParse_exactStringsAndNumbers() {
        AffineSlice slice = SliceJson.parse("{\"origin\": [0, \"1/3\", 0.5], \"u\": [1, 0, 0], \"v\": [0, 1, 0]}").get();
        assertEquals(Vector.of(Rational.ZERO, Rational.of(1, 3), Rational.HALF), slice.origin());
    }

    @Test
    void testParse_everyProblemAtOnce() {
        var result = SliceJson.parse("{\"origin\": [0, 0], \"u\": [1, NaN]}");
        assertTrue(result.isInvalid());
        assertEquals(2, result.getError().size(), result.getError().mkString("\n"));
        assertTrue(result.getError().exists(e -> e.contains("u[1]")));
        assertTrue(result.getError().exists(e -> e.contains("missing key \"v\"")));
    }

    @Test
    void testInline_fromAModelFile(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("m.json");
        Files.writeString(model, "{\"W\": [[1, 0], [0, 1], [1, 1]], \"b\": [0, 0],"
                + " \"slice\": {\"origin\": [0, 0, 0], \"u\": [1, 0, 0], \"v\": [1, 1, 0]}}");
        AffineSlice slice = SliceJson.inline(model).get().get();
        assertEquals(Vector.of(Rational.ONE, Rational.ONE, Rational.ZERO), slice.v());
        assertEquals(slice, SliceJson.read(model).get());
    }

    @Test
    void testInline_noSliceIsNone(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("m.json");
        Files.writeString(model, "{\"W\": [[1, 0], [0, 1]], \"b\": [0, 0]}");
        assertTrue(SliceJson.inline(model).isEmpty());
    }

    @Test
    void testRead_parallelDirectionsNameTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "{\"origin\": [0, 0, 0], \"u\": [1, 2, 3], \"v\": [2, 4, 6]}");
        var result = SliceJson.read(file);
        assertEquals(Vector.of(file + ": u and v have rank 1 (parallel: they span a line), a slice needs rank 2"),
                result.getError());
    }
}

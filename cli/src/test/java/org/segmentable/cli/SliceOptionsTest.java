package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.geometry.Point2;
import org.segmentable.io.JsonModels;
import org.segmentable.layer.ReluLayer;

class SliceOptionsTest {

    private static final String TIED3 = "{\"name\": \"t3\", \"W\": [[1, 0, 1], [0, 1, 1], [0, 0, 2]], \"b\": [-1, 0, 1]}";

    /** The slice options after parsing {@code args} as picocli does for a command. */
    static SliceOptions.Parsed parse(String... args) {
        SliceOptions options = new SliceOptions();
        new picocli.CommandLine(options).parseArgs(args);
        return options.parsed().get();
    }

    @Test
    void testParsed_features() {
        assertEquals(Vector.of(0, 2), parse("--features", "0,2").features().get());
        assertEquals(Vector.of(1, 3), parse("--features=1, 3").features().get());
    }

    @Test
    void testParsed_badValues() {
        assertEquals("--features needs two features I,J, got '1'", ModelOptionsTest.usageError("m.json", "--features", "1"));
        assertEquals("--features needs two feature indices I,J, got 'a,b'",
                ModelOptionsTest.usageError("m.json", "--features=a,b"));
        assertEquals("give either --features or --slice, not both",
                ModelOptionsTest.usageError("m.json", "--features", "0,1", "--slice", "s.json"));
        assertEquals("--slice needs a FILE", ModelOptionsTest.usageError("m.json", "--slice"));
        assertEquals("--slice given twice ('a' and 'b')", ModelOptionsTest.usageError("m.json", "--slice", "a", "--slice=b"));
    }

    @Test
    void testApply_hThreeWithoutSliceIsAnError(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("t3.json");
        Files.writeString(model, TIED3);
        ReluLayer layer = JsonModels.read(model).get();
        String message = SliceOptions.apply(parse(), model, layer).getLeft();
        assertEquals("layer 't3' has h = 3 latent dimensions: choose a 2-D slice with --features I,J or --slice FILE",
                message);
    }

    @Test
    void testApply_featuresSliceIsPlanar(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("t3.json");
        Files.writeString(model, TIED3);
        ReluLayer layer = JsonModels.read(model).get();
        SliceOptions.Planar planar = SliceOptions.apply(parse("--features", "0,1"), model, layer).get();
        assertEquals(2, planar.planar().h());
        assertEquals(Point2.of(1, 0), planar.planar().featurePoint(0));
        assertEquals(Point2.of(0, 1), planar.planar().featurePoint(1));
        assertTrue(planar.sliced().isDefined());
    }

    @Test
    void testApply_inlineSliceIsUsed(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("t3.json");
        Files.writeString(model, "{\"W\": [[1, 0, 1], [0, 1, 1], [0, 0, 2]], \"b\": [-1, 0, 1],"
                + " \"slice\": {\"origin\": [0, 0, 0], \"u\": [1, 0, 0], \"v\": [0, 0, 1]}}");
        ReluLayer layer = JsonModels.read(model).get();
        SliceOptions.Planar planar = SliceOptions.apply(parse(), model, layer).get();
        assertTrue(planar.sliced().isDefined());
        assertEquals(Vector.of(0, 0, 1).map(Integer::longValue).map(org.segmentable.numbers.Rational::of),
                planar.sliced().get().slice().v());
    }

    @Test
    void testApply_hTwoWithoutSliceIsItself() throws Exception {
        Path model = org.segmentable.layer.Fixtures.path("seed-easy");
        ReluLayer layer = JsonModels.read(model).get();
        SliceOptions.Planar planar = SliceOptions.apply(parse(), model, layer).get();
        assertEquals(layer, planar.planar());
        assertTrue(planar.sliced().isEmpty());
    }
}

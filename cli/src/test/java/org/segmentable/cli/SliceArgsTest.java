package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.geometry.Point2;
import org.segmentable.io.JsonModels;
import org.segmentable.layer.ReluLayer;

class SliceArgsTest {

    private static final String TIED3 = "{\"name\": \"t3\", \"W\": [[1, 0, 1], [0, 1, 1], [0, 0, 2]], \"b\": [-1, 0, 1]}";

    @Test
    void testExtract_featuresAndRest() {
        SliceArgs.Parsed parsed = SliceArgs.extract(List.of("m.json", "--features", "0,2", "--box", "2")).get();
        assertEquals(Vector.of(0, 2), parsed.features().get());
        assertEquals(List.of("m.json", "--box", "2"), parsed.rest());
    }

    @Test
    void testExtract_badValues() {
        assertEquals("--features needs two features I,J, got '1'", SliceArgs.extract(List.of("--features", "1")).getLeft());
        assertEquals("--features needs two feature indices I,J, got 'a,b'",
                SliceArgs.extract(List.of("--features=a,b")).getLeft());
        assertEquals("give either --features or --slice, not both",
                SliceArgs.extract(List.of("--features", "0,1", "--slice", "s.json")).getLeft());
    }

    @Test
    void testApply_hThreeWithoutSliceIsAnError(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("t3.json");
        Files.writeString(model, TIED3);
        ReluLayer layer = JsonModels.read(model).get();
        String message = SliceArgs.apply(SliceArgs.extract(List.of()).get(), model, layer).getLeft();
        assertEquals("layer 't3' has h = 3 latent dimensions: choose a 2-D slice with --features I,J or --slice FILE",
                message);
    }

    @Test
    void testApply_featuresSliceIsPlanar(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("t3.json");
        Files.writeString(model, TIED3);
        ReluLayer layer = JsonModels.read(model).get();
        SliceArgs.Planar planar = SliceArgs.apply(SliceArgs.extract(List.of("--features", "0,1")).get(), model, layer).get();
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
        SliceArgs.Planar planar = SliceArgs.apply(SliceArgs.extract(List.of()).get(), model, layer).get();
        assertTrue(planar.sliced().isDefined());
        assertEquals(Vector.of(0, 0, 1).map(Integer::longValue).map(org.segmentable.numbers.Rational::of),
                planar.sliced().get().slice().v());
    }

    @Test
    void testApply_hTwoWithoutSliceIsItself() throws Exception {
        Path model = org.segmentable.layer.Fixtures.path("seed-easy");
        ReluLayer layer = JsonModels.read(model).get();
        SliceArgs.Planar planar = SliceArgs.apply(SliceArgs.extract(List.of()).get(), model, layer).get();
        assertEquals(layer, planar.planar());
        assertTrue(planar.sliced().isEmpty());
    }
}

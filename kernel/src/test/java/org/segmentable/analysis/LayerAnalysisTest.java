package org.segmentable.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.geometry.Point2;
import org.segmentable.io.JsonModels;
import org.segmentable.io.ModelFile;
import org.segmentable.io.TensorNames;
import org.segmentable.layer.Fixtures;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

class LayerAnalysisTest {

    private static final String TIED3 = "{\"name\": \"t3\", \"W\": [[1, 0, 1], [0, 1, 1], [0, 0, 2]], \"b\": [-1, 0, 1]}";

    static Stream<Path> seedFixtures() {
        return Fixtures.named("seed-");
    }

    private static ModelFile read(Path file) {
        return ModelFile.read(file, TensorNames.defaults()).get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFixtures")
    void testOf_seedFixtureAreasAndPatternsAreTheExpectedExact(Path file) {
        LayerAnalysis a = LayerAnalysis.of(read(file), AnalysisOptions.defaults()).get();
        JsonNode expected = Fixtures.json(file).get("expected_exact");
        assertEquals(PlaneRegion.OUTLINE, a.regionChoice());
        assertEquals(Fixtures.number(expected.get("polygon_area")), a.region().area());
        assertEquals(Fixtures.vector(expected.get("active_area")), a.superposition().activeAreas());
        assertEquals(Vector.empty(), a.zeroFeatures());
        ActivationComplex complex = a.complex();
        assertEquals(expected.get("patterns").size(), complex.areaByPattern().size());
        expected.get("patterns").fields().forEachRemaining(e -> assertEquals(Fixtures.number(e.getValue()),
                complex.areaByPattern().find(p -> p._1.toString().equals(e.getKey())).get()._2, e.getKey()));
    }

    @Test
    void testOf_boxRegionAndZeroFeature() {
        ReluLayer quad = JsonModels.parse("{\"W\": [[1, 0, 0, -1], [0, 1, 0, 1]], \"b\": [0, \"-1/2\", 1, 0]}", "quad")
                .get();
        LayerAnalysis a = LayerAnalysis.of(quad, AnalysisOptions.defaults().withRegion(PlaneRegion.BOX)
                .withBox(Rational.of(7, 2))).get();
        assertEquals(Rational.of(49), a.region().area());
        // dim 1 is active where y > 1/2: (7/2 - 1/2) * 7
        assertEquals(Rational.of(21), a.superposition().activeArea(1));
        assertEquals(Vector.of(2), a.zeroFeatures());
        assertEquals("quad", a.name());
        assertEquals(4, a.d());
    }

    @Test
    void testOf_hThreeWithoutSliceIsAProblemAboutTheData(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("t3.json"), TIED3);
        assertTrue(LayerAnalysis.needsSlice(read(model), SliceChoice.model()));
        Validation<Seq<String>, LayerAnalysis> a = LayerAnalysis.of(read(model), AnalysisOptions.defaults());
        assertEquals(Vector.of("layer 't3' has h = 3 latent dimensions: choose a 2-D slice"), a.getError());
    }

    @Test
    void testOf_featuresSliceIsPlanarAndDefaultsToTheBox(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("t3.json"), TIED3);
        LayerAnalysis a = LayerAnalysis.of(read(model), AnalysisOptions.defaults()
                .withSlice(SliceChoice.features(0, 1))).get();
        assertEquals(2, a.planar().h());
        assertEquals(Point2.of(1, 0), a.planar().featurePoint(0));
        assertEquals(Point2.of(0, 1), a.planar().featurePoint(1));
        assertTrue(a.sliced().isDefined());
        assertEquals(PlaneRegion.BOX, a.regionChoice());
        assertEquals(Rational.of(36), a.region().area());
        assertTrue(LayerAnalysis.of(read(model), AnalysisOptions.defaults().withSlice(SliceChoice.features(0, 9)))
                .getError().head().contains("feature 9 does not exist"));
    }

    @Test
    void testOf_inlineSliceIsUsedAndASliceFileWins(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("t3.json"), "{\"W\": [[1, 0, 1], [0, 1, 1], [0, 0, 2]],"
                + " \"b\": [-1, 0, 1], \"slice\": {\"origin\": [0, 0, 0], \"u\": [1, 0, 0], \"v\": [0, 0, 1]}}");
        assertTrue(!LayerAnalysis.needsSlice(read(model), SliceChoice.model()));
        LayerAnalysis inline = LayerAnalysis.of(read(model), AnalysisOptions.defaults()).get();
        assertEquals(Vector.of(0L, 0L, 1L).map(Rational::of), inline.sliced().get().slice().v());
        Path file = Files.writeString(dir.resolve("s.json"), "{\"origin\": [0, 0, 0], \"u\": [1, 0, 0], \"v\": [0, 1, 0]}");
        LayerAnalysis fromFile = LayerAnalysis.of(read(model), AnalysisOptions.defaults()
                .withSlice(SliceChoice.file(file))).get();
        assertEquals(Vector.of(0L, 1L, 0L).map(Rational::of), fromFile.sliced().get().slice().v());
    }

    @Test
    void testOf_hTwoWithoutSliceIsItself() {
        ModelFile file = read(Fixtures.path("seed-easy"));
        LayerAnalysis a = LayerAnalysis.of(file, AnalysisOptions.defaults()).get();
        assertEquals(file.layer().get(), a.planar());
        assertTrue(a.sliced().isEmpty());
    }

    @Test
    void testOf_deepModelIsRefused() {
        ModelFile deep = read(Path.of("..", "examples", "deep-mlp.json"));
        assertTrue(deep.deep().isDefined());
        assertTrue(LayerAnalysis.of(deep, AnalysisOptions.defaults()).getError().head().contains("a deep model"));
    }

    @Test
    void testOptions_boxMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> AnalysisOptions.defaults().withBox(Rational.ZERO));
        assertEquals(Rational.of(3), AnalysisOptions.defaults().box());
        assertEquals(PlaneRegion.BOX, PlaneRegion.parse("box").get());
        assertTrue(PlaneRegion.parse("Box").isEmpty());
    }
}

package org.segmentable.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.io.JsonModels;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;
import org.w3c.dom.Document;

/** The figures of the seed fixtures, drawn from the kernel's results, and the gallery's freshness. */
class SeedFiguresTest {

    static final Path FIXTURES = Path.of("..", "kernel", "src", "test", "resources", "fixtures");
    static final Path IMAGES = Path.of("..", "images");

    static Vector<ReluLayer> seeds() {
        return Gallery.seedFixtures(FIXTURES).get().map(p -> JsonModels.read(p).get());
    }

    @Test
    void testGallery_imagesAreFresh() throws Exception {
        Vector<Tuple2<String, String>> files = Gallery.render(FIXTURES).get();
        assertEquals(1 + 2 * seeds().size() + Gallery.GRIDS.size() + Gallery.DEEP.size(), files.size());
        for (Tuple2<String, String> f : files) {
            FigureChecks.parse(f._2); // well-formed and valid SVG 1.1
            Path p = IMAGES.resolve(f._1);
            assertTrue(Files.exists(p), p + " is missing: run ./segmentable gallery images");
            assertEquals(f._2, Files.readString(p, StandardCharsets.UTF_8),
                    p + " is stale: run ./segmentable gallery images");
        }
        try (Stream<Path> s = Files.list(IMAGES)) {
            Vector<String> extra = Vector.ofAll(s).map(p -> p.getFileName().toString())
                    .filter(Gallery::isGalleryName).removeAll(files.map(Tuple2::_1));
            assertEquals(Vector.empty(), extra, "figures no longer produced: run ./segmentable gallery images");
        }
    }

    @Test
    void testDefaultFigure_isTheSeedExample() {
        String svg = DefaultFigure.svg().get();
        Document doc = FigureChecks.parse(svg);
        assertEquals("Example plot", SuperpositionFigureTest.byId(doc, "title").getTextContent());
        for (int i = 0; i < 6; i++) {
            assertEquals(1, SuperpositionFigureTest.byId(doc, "dim-" + i).getElementsByTagName("path").getLength(),
                    "dim " + i + " is one triangle-like piece");
        }
        assertEquals(6, SuperpositionFigureTest.byId(doc, "features").getElementsByTagName("circle").getLength());
    }

    @Test
    void testSeedSuperpositions_pixelsAgreeWithExactRegions() {
        FigureOptions o = FigureOptions.defaults().withFeatures(false).withLegend(false).withBox(Rational.of(2));
        for (ReluLayer layer : seeds()) {
            SuperpositionData data = Figures.superposition(layer, PlaneRegion.OUTLINE, o.box()).get();
            FigureChecks.parse(SuperpositionFigure.svg(data, o));
            int checked = FigureChecks.checkSuperpositionPixels(data, o, 4);
            assertTrue(checked > 100, layer.name() + ": only " + checked + " clean pixels");
        }
    }

    @Test
    void testSeedComplexes_pixelsAgreeWithExactCells() {
        FigureOptions o = FigureOptions.defaults().withFeatures(false).withLegend(false).withBox(Rational.of(2));
        for (ReluLayer layer : seeds()) {
            ComplexData data = Figures.complex(layer, PlaneRegion.OUTLINE, o.box()).get();
            Document doc = FigureChecks.parse(ComplexFigure.svg(data, o));
            assertEquals(data.cells().size(),
                    SuperpositionFigureTest.byId(doc, "cells").getElementsByTagName("path").getLength());
            int checked = FigureChecks.checkComplexPixels(data, o, 4);
            assertTrue(checked > 100, layer.name() + ": only " + checked + " clean pixels");
        }
    }

    @Test
    void testBoxRegion_superpositionCoversTheViewport() {
        ReluLayer layer = seeds().head();
        FigureOptions o = FigureOptions.defaults().withFeatures(false).withLegend(false).withBoundaries(false);
        SuperpositionData data = Figures.superposition(layer, PlaneRegion.BOX, o.box()).get();
        assertEquals(Rational.of(36), data.region().area());
        int checked = FigureChecks.checkSuperpositionPixels(data, o, 7);
        assertTrue(checked > 1000, "only " + checked + " clean pixels");
    }
}

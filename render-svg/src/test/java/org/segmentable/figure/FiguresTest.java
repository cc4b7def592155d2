package org.segmentable.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmentable.analysis.AnalysisOptions;
import org.segmentable.analysis.LayerAnalysis;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.analysis.SliceChoice;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.SlicedLayer;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;

/** The figures of a {@link LayerAnalysis}: the analysis's own region, superposition and complex, drawn. */
class FiguresTest {

    private static LayerAnalysis analysis(ReluLayer layer, AnalysisOptions options) {
        return LayerAnalysis.of(layer, options).get();
    }

    @Test
    void testSuperposition_drawsTheAnalysisOwnParts() {
        ReluLayer seed = SeedFiguresTest.seeds().head();
        LayerAnalysis a = analysis(seed, AnalysisOptions.defaults());
        SuperpositionData data = Figures.superposition(a);
        assertSame(a.region(), data.region());
        for (int i = 0; i < a.d(); i++) {
            assertSame(a.superposition().activePart(i), data.active().get(i), "dim " + i);
        }
        assertEquals(a.superposition().activeAreas(), data.active().map(r -> r.area()));
    }

    @Test
    void testSvg_analysisFigureIsTheLayerFigure() {
        FigureOptions o = FigureOptions.defaults().withBoundaries(true);
        for (ReluLayer layer : SeedFiguresTest.seeds().take(2)) {
            for (PlaneRegion region : PlaneRegion.values()) {
                LayerAnalysis a = analysis(layer, AnalysisOptions.defaults().withBox(o.box())
                        .withRegion(PlaneRegion.valueOf(region.name())));
                for (Mode mode : Mode.values()) {
                    assertEquals(Figures.svg(layer, mode, region, o).get(), Figures.svg(a, mode, o).get(),
                            layer.name() + " " + mode + " " + region);
                }
            }
        }
    }

    @Test
    void testSvg_sliceAnalysisDrawsProjectionsHollow() {
        ReluLayer toy = SliceGridFigureTest.toyH3();
        LayerAnalysis a = analysis(toy, AnalysisOptions.defaults().withSlice(SliceChoice.features(0, 3)));
        SlicedLayer sliced = SlicedLayer.ofFeatures(toy, 0, 3).get();
        assertFalse(sliced.allOnSlice());
        for (Mode mode : Mode.values()) {
            assertEquals(SliceFigures.svg(sliced, mode, PlaneRegion.BOX, FigureOptions.defaults()).get(),
                    Figures.svg(a, mode, FigureOptions.defaults()).get(), mode.word());
        }
    }

    @Test
    void testComplex_theAnalysisRegionNotTheViewport() {
        ReluLayer seed = SeedFiguresTest.seeds().head();
        LayerAnalysis a = analysis(seed, AnalysisOptions.defaults().withRegion(PlaneRegion.BOX).withBox(Rational.of(2)));
        ComplexData data = Figures.complex(a);
        assertEquals(Regions.box(Rational.of(2)), data.region());
        assertEquals(a.complex().cells().size(), data.cells().size());
        assertEquals(Regions.box(Rational.of(2)).area(), data.cells().map(c -> c.polygon().area())
                .fold(Rational.ZERO, Rational::add));
    }

    @Test
    void testAnalysis_needsAPlaneLayer() {
        String why = Figures.analysis(SliceGridFigureTest.toyH3(), PlaneRegion.OUTLINE, Rational.of(3)).getLeft();
        assertTrue(why.contains("h = 3"), why);
    }
}

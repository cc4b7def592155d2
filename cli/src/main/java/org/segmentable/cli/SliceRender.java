package org.segmentable.cli;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.analysis.AnalysisOptions;
import org.segmentable.analysis.LayerAnalysis;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.analysis.SliceChoice;
import org.segmentable.figure.FigureOptions;
import org.segmentable.figure.Figures;
import org.segmentable.figure.Mode;
import org.segmentable.figure.RegionChoice;
import org.segmentable.figure.SliceFigures;
import org.segmentable.layer.ReluLayer;

/**
 * The figure {@code render} draws for a single layer: the slice grid ({@code --grid}), or the layer on
 * the plane {@link LayerAnalysis} brings it to: a slice ({@code --features}, {@code --slice}, an inline
 * {@code "slice"}; projected feature points hollow, the region by default the box) or the plane layer
 * itself ({@code h = 2}).
 *
 * <p>{@code SliceRender.svg(LayerAnalysis.of(toyH3, AnalysisOptions.defaults().withSlice(SliceChoice.features(0, 1))).get(),
 * Mode.SUPERPOSITION, options)} is {@code Right(svgText)} of the slice through features 0 and 1.
 */
final class SliceRender {

    private SliceRender() {
    }

    /**
     * Draws the grid of slices of a layer.
     *
     * @param layer the layer read, any {@code h >= 2}, not null
     * @param k the number of features paired
     * @param region the region asked for, if any (default: the box), not null
     * @param options how to draw, not null
     * @return the SVG text, or one message saying what is wrong with the input
     */
    static Either<String, String> grid(ReluLayer layer, int k, Option<RegionChoice> region, FigureOptions options) {
        Objects.requireNonNull(region, "region is null");
        return SliceFigures.gridSvg(layer, k, region.getOrElse(RegionChoice.BOX), options);
    }

    /**
     * Draws a layer on its plane.
     *
     * @param analysis the layer on its plane; its region choice (the one asked for, else the box on a
     *     slice and the outline otherwise) is the figure's, not null
     * @param mode which figure, not null
     * @param options how to draw, not null; its box is the analysis's
     * @return the SVG text, or one message saying what is wrong with the input
     */
    static Either<String, String> svg(LayerAnalysis analysis, Mode mode, FigureOptions options) {
        Objects.requireNonNull(analysis, "analysis is null");
        RegionChoice region = RegionChoice.valueOf(analysis.regionChoice().name());
        if (analysis.sliced().isEmpty()) {
            return Figures.svg(analysis.planar(), mode, region, options);
        }
        return SliceFigures.svg(analysis.sliced().get(), mode, region, options);
    }

    /**
     * The analysis options of a figure: the slice chosen, the region asked for, the figure's box.
     *
     * @param slice the slice options, not null
     * @param region the region asked for, if any, not null
     * @param options the figure's options, not null
     * @return the options
     */
    static AnalysisOptions analysisOptions(SliceChoice slice, Option<RegionChoice> region,
            FigureOptions options) {
        AnalysisOptions o = AnalysisOptions.defaults().withSlice(slice).withBox(options.box());
        return region.map(r -> o.withRegion(PlaneRegion.valueOf(r.name()))).getOrElse(o);
    }
}

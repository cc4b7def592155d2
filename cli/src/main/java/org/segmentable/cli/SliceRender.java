package org.segmentable.cli;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.analysis.AnalysisOptions;
import org.segmentable.analysis.LayerAnalysis;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.analysis.SliceChoice;
import org.segmentable.figure.FigureOptions;
import org.segmentable.figure.SliceFigures;
import org.segmentable.layer.ReluLayer;

/**
 * What {@code render} needs besides {@code Figures.svg(LayerAnalysis, Mode, FigureOptions)} for a
 * single layer: the slice grid ({@code --grid}), and the options of the {@link LayerAnalysis} that
 * brings the layer to its plane (a slice from {@code --features}, {@code --slice} or an inline
 * {@code "slice"}, the region by default the box there; else the plane layer itself, {@code h = 2}).
 *
 * <p>{@code SliceRender.analysisOptions(SliceChoice.features(0, 1), Option.none(), options)} is
 * {@code AnalysisOptions.defaults().withSlice(SliceChoice.features(0, 1)).withBox(options.box())}.
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
    static Either<String, String> grid(ReluLayer layer, int k, Option<PlaneRegion> region, FigureOptions options) {
        Objects.requireNonNull(region, "region is null");
        return SliceFigures.gridSvg(layer, k, region.getOrElse(PlaneRegion.BOX), options);
    }

    /**
     * The analysis options of a figure: the slice chosen, the region asked for, the figure's box.
     *
     * @param slice the slice options, not null
     * @param region the region asked for, if any, not null
     * @param options the figure's options, not null
     * @return the options
     */
    static AnalysisOptions analysisOptions(SliceChoice slice, Option<PlaneRegion> region,
            FigureOptions options) {
        AnalysisOptions o = AnalysisOptions.defaults().withSlice(slice).withBox(options.box());
        return region.map(o::withRegion).getOrElse(o);
    }
}

package org.segmentable.figure;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.analysis.AnalysisOptions;
import org.segmentable.analysis.LayerAnalysis;
import org.segmentable.analysis.SliceChoice;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.SlicedLayer;
import org.segmentable.numbers.Rational;

/**
 * Figures of layers on 2-D slices of their latent space: one slice drawn like a plane layer, its
 * projected feature points marked as projections, and the grid of the slices through pairs of
 * features. The data come from the kernel: each slice's {@link LayerAnalysis} (its
 * {@code SlicedLayer}, region and superposition), drawn by {@link Figures}.
 *
 * <p>{@code SliceFigures.gridSvg(toyH3, 3, PlaneRegion.BOX, FigureOptions.defaults())} is
 * {@code Right(svgText)} with three panels.
 */
public final class SliceFigures {

    private SliceFigures() {
    }

    /**
     * Draws a layer on a slice: the figure of {@code sliced.planar()}, with the feature points that
     * are projections ({@code sliced.onSlice()} false) drawn hollow.
     *
     * @param sliced the layer on its slice, not null
     * @param mode which figure, not null
     * @param region which region of the slice, not null
     * @param options how to draw, not null
     * @return the SVG text, or why it cannot be drawn
     * @throws NullPointerException if an argument is null
     */
    public static Either<String, String> svg(SlicedLayer sliced, Mode mode, PlaneRegion region,
            FigureOptions options) {
        Objects.requireNonNull(sliced, "sliced is null");
        Objects.requireNonNull(mode, "mode is null");
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(options, "options is null");
        return Figures.analysis(sliced.planar(), region, options.box())
                .flatMap(a -> Figures.draw(a, mode, options, sliced.onSlice()));
    }

    /**
     * The slice grid's data: for each pair {@code i < j} of the first {@code k} features, the
     * superposition of the layer's {@link LayerAnalysis} on the slice {@code SliceChoice.features(i, j)}
     * over the region; a pair whose images are parallel (or zero) gets the kernel's message instead.
     *
     * @param layer any {@code h >= 2}, not null
     * @param k how many features to pair, {@code 2 <= k <= d}
     * @param region which region of each slice, not null
     * @param box the box half-width, positive
     * @return the data, or why the grid cannot be drawn ({@code k} out of range)
     * @throws NullPointerException if an argument is null
     */
    public static Either<String, SliceGridData> grid(ReluLayer layer, int k, PlaneRegion region, Rational box) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(box, "box is null");
        if (k < 2 || k > layer.d()) {
            return Either.left("a grid of the first " + k + " features needs 2 <= k <= d; layer '" + layer.name()
                    + "' has " + layer.d() + " features");
        }
        AnalysisOptions base = AnalysisOptions.defaults().withRegion(region).withBox(box);
        Vector<SlicePanel> panels = Vector.empty();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                Validation<Seq<String>, LayerAnalysis> a = LayerAnalysis.of(layer,
                        base.withSlice(SliceChoice.features(i, j)));
                panels = panels.append(a.isInvalid()
                        ? new SlicePanel(i, j, Either.left(a.getError().mkString("; ")), Vector.empty())
                        : new SlicePanel(i, j, Either.<String, SuperpositionData>right(Figures.superposition(a.get())),
                                a.get().sliced().get().onSlice()));
            }
        }
        return Either.right(new SliceGridData(Figures.title(layer), layer.d(), k, panels));
    }

    /**
     * Draws the slice grid of a layer ({@link #grid}, {@link SliceGridFigure}).
     *
     * @param layer any {@code h >= 2}, not null
     * @param k how many features to pair, {@code 2 <= k <= d}
     * @param region which region of each slice, not null
     * @param options how to draw, not null; its box is the region's and each panel's viewport
     * @return the SVG text, or why it cannot be drawn
     */
    public static Either<String, String> gridSvg(ReluLayer layer, int k, PlaneRegion region, FigureOptions options) {
        Objects.requireNonNull(options, "options is null");
        return grid(layer, k, region, options.box()).map(g -> SliceGridFigure.svg(g, options));
    }
}

package org.segmentable.cli;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Objects;
import org.segmentable.figure.FigureOptions;
import org.segmentable.figure.Figures;
import org.segmentable.figure.Mode;
import org.segmentable.figure.RegionChoice;
import org.segmentable.figure.SliceFigures;
import org.segmentable.layer.ReluLayer;

/**
 * The figure {@code render} draws for a layer read from a model: the slice grid ({@code --grid}),
 * the layer on a slice ({@code --features}, {@code --slice}, an inline {@code "slice"}; projected
 * feature points hollow, the region by default the box), or the plane layer itself ({@code h = 2}).
 *
 * <p>{@code SliceRender.svg(toyH3, Path.of("toy-h3.json"), features(0, 1), none, SUPERPOSITION, none, options)}
 * is {@code Right(svgText)} of the slice through features 0 and 1.
 */
final class SliceRender {

    private SliceRender() {
    }

    /**
     * Draws the figure.
     *
     * @param layer the layer read, any {@code h >= 2}, not null
     * @param model the model file (for an inline slice), not null
     * @param slice the slice options, not null
     * @param grid the number of features of {@code --grid}, if given, not null
     * @param mode which figure, not null
     * @param region the region asked for, if any (default: the box on a slice, else the outline), not null
     * @param options how to draw, not null
     * @return the SVG text, or one message saying what is wrong with the input
     */
    static Either<String, String> svg(ReluLayer layer, Path model, SliceOptions.Parsed slice, Option<Integer> grid,
            Mode mode, Option<RegionChoice> region, FigureOptions options) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(region, "region is null");
        if (grid.isDefined()) {
            return SliceFigures.gridSvg(layer, grid.get(), region.getOrElse(RegionChoice.BOX), options);
        }
        Either<String, SliceOptions.Planar> planar = SliceOptions.apply(slice, model, layer);
        if (planar.isLeft()) {
            return Either.left(planar.getLeft());
        }
        if (planar.get().sliced().isEmpty()) {
            return Figures.svg(planar.get().planar(), mode, region.getOrElse(RegionChoice.OUTLINE), options);
        }
        return SliceFigures.svg(planar.get().sliced().get(), mode, region.getOrElse(RegionChoice.BOX), options);
    }
}

package org.segmentable.figure;

import io.vavr.control.Either;
import java.util.Objects;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/**
 * Fills the figures' data values from a layer with the kernel's computations (the region, the
 * superposition, the activation complex), then draws them. This is the only class of the module
 * that calls the kernel's geometry; it draws what the kernel returns.
 *
 * <p>{@code Figures.svg(layer, Mode.SUPERPOSITION, RegionChoice.OUTLINE, FigureOptions.defaults())} is
 * {@code Right(svgText)}.
 */
public final class Figures {

    private Figures() {
    }

    /**
     * Draws a layer.
     *
     * @param layer the layer, with {@code h = 2}, not null
     * @param mode which figure, not null
     * @param region which region, not null; the box is {@code options.box()}
     * @param options how to draw, not null
     * @return the SVG text, or a message saying why the layer cannot be drawn
     */
    public static Either<String, String> svg(ReluLayer layer, Mode mode, RegionChoice region, FigureOptions options) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(mode, "mode is null");
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(options, "options is null");
        return mode == Mode.SUPERPOSITION
                ? superposition(layer, region, options.box()).map(d -> SuperpositionFigure.svg(d, options))
                : complex(layer, region, options.box()).map(d -> ComplexFigure.svg(d, options));
    }

    /**
     * The superposition of a layer on a region, from the kernel.
     *
     * @param layer the layer, not null
     * @param region which region, not null
     * @param box the box half-width (for {@link RegionChoice#BOX}), positive
     * @return the data, or why it cannot be computed
     */
    public static Either<String, SuperpositionData> superposition(ReluLayer layer, RegionChoice region, Rational box) {
        Objects.requireNonNull(layer, "layer is null");
        return Either.left("layer '" + layer.name() + "': the superposition is not available in this build"
                + " (waiting for the kernel's layer.Superposition)");
    }

    /**
     * The activation complex of a layer on a region, from the kernel.
     *
     * @param layer the layer, not null
     * @param region which region, not null
     * @param box the box half-width (for {@link RegionChoice#BOX}), positive
     * @return the data, or why it cannot be computed
     */
    public static Either<String, ComplexData> complex(ReluLayer layer, RegionChoice region, Rational box) {
        Objects.requireNonNull(layer, "layer is null");
        return Either.left("layer '" + layer.name() + "': the activation complex is not available in this build"
                + " (waiting for the kernel's complex.ActivationComplex)");
    }
}

package org.segmentable.figure;

import io.vavr.control.Either;
import org.segmentable.layer.ReluLayer;

/**
 * The default figure: the seed's example layer (6 regularly spaced unit features, rigged bias
 * {@code -cos(2π/6)}), its superposition on its outline, drawn with {@link Gallery#OPTIONS}.
 * It is what {@code segmentable} with no arguments writes to {@code example.svg}.
 *
 * <p>{@code DefaultFigure.svg()} is {@code Right(svgText)}.
 */
public final class DefaultFigure {

    private DefaultFigure() {
    }

    /**
     * The seed's example layer, from the kernel.
     *
     * @return the layer, or why it is not available
     */
    public static Either<String, ReluLayer> layer() {
        return Either.left("the seed's example layer is not available in this build"
                + " (waiting for the kernel's layer.Examples)");
    }

    /**
     * Draws the default figure.
     *
     * @return the SVG text, or why it cannot be drawn
     */
    public static Either<String, String> svg() {
        return layer().flatMap(l -> Figures.svg(l, Mode.SUPERPOSITION, RegionChoice.OUTLINE, Gallery.OPTIONS));
    }
}

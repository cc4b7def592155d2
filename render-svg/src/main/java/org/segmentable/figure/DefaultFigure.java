package org.segmentable.figure;

import io.vavr.control.Either;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.layer.Examples;
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
     * The seed's example layer, from the kernel ({@code Examples.seedExample()}, built with apfloat).
     *
     * @return the layer
     */
    public static Either<String, ReluLayer> layer() {
        return Either.right(Examples.seedExample());
    }

    /**
     * Draws the default figure.
     *
     * @return the SVG text, or why it cannot be drawn
     */
    public static Either<String, String> svg() {
        return layer().flatMap(l -> Figures.svg(l, Mode.SUPERPOSITION, PlaneRegion.OUTLINE, Gallery.OPTIONS));
    }
}

package org.segmentable.figure;

import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * How a figure is drawn.
 *
 * <p>{@code FigureOptions.defaults()} draws {@code [-3, 3]²} 600 pixels wide with the legend and
 * the feature points, without boundary lines, cells filled by count.
 *
 * @param title the title; empty means the data's own title
 * @param box the viewport half-width {@code Z}: the figure shows {@code [-Z, Z]²}; positive
 * @param size the figure's width in pixels (the SVG's {@code width}, the PNG's pixel width), 50..20000
 * @param features whether to draw feature points with their index labels
 * @param boundaries whether to draw each dim's ReLU boundary line across the viewport
 * @param legend whether to draw the legend naming the dims (or counts, or patterns)
 * @param fill how the complex figure fills its cells
 */
public record FigureOptions(String title, Rational box, int size, boolean features, boolean boundaries,
        boolean legend, CellFill fill) {

    /**
     * Checks the values; see {@link #defaults()}.
     *
     * @param title the title; empty means the data's own title
     * @param box the viewport half-width {@code Z}: the figure shows {@code [-Z, Z]²}; positive
     * @param size the figure's width in pixels (the SVG's {@code width}, the PNG's pixel width), 50..20000
     * @param features whether to draw feature points with their index labels
     * @param boundaries whether to draw each dim's ReLU boundary line across the viewport
     * @param legend whether to draw the legend naming the dims (or counts, or patterns)
     * @param fill how the complex figure fills its cells
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code box} is not positive or {@code size} is outside 50..20000
     */
    public FigureOptions {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(box, "box is null");
        Objects.requireNonNull(fill, "fill is null");
        if (box.signum() <= 0) {
            throw new IllegalArgumentException("box must be positive, got " + box);
        }
        if (size < 50 || size > 20000) {
            throw new IllegalArgumentException("size must be in [50, 20000] pixels, got " + size);
        }
    }

    /**
     * The defaults: no title override, {@code Z = 3}, 600 px, legend and features on, no boundaries, by count.
     *
     * @return the default options
     */
    public static FigureOptions defaults() {
        return new FigureOptions("", Rational.of(3), 600, true, false, true, CellFill.COUNT);
    }

    /** The title to draw: this title, or {@code own} (the data's title) when this one is empty. */
    String titleOr(String own) {
        return title.isEmpty() ? own : title;
    }

    /**
     * These options with another title ({@code ""} for the data's own).
     *
     * @param t the title, not null; empty for the data's own
     * @return the changed options
     */
    public FigureOptions withTitle(String t) {
        return new FigureOptions(t, box, size, features, boundaries, legend, fill);
    }

    /**
     * These options with another viewport half-width.
     *
     * @param z the half-width {@code Z}, positive, not null
     * @return the changed options
     * @throws IllegalArgumentException if {@code z} is not positive
     */
    public FigureOptions withBox(Rational z) {
        return new FigureOptions(title, z, size, features, boundaries, legend, fill);
    }

    /**
     * These options with another pixel width.
     *
     * @param px the width in pixels, 50..20000
     * @return the changed options
     * @throws IllegalArgumentException if {@code px} is outside 50..20000
     */
    public FigureOptions withSize(int px) {
        return new FigureOptions(title, box, px, features, boundaries, legend, fill);
    }

    /**
     * These options with feature points on or off.
     *
     * @param on whether to draw the feature points
     * @return the changed options
     */
    public FigureOptions withFeatures(boolean on) {
        return new FigureOptions(title, box, size, on, boundaries, legend, fill);
    }

    /**
     * These options with boundary lines on or off.
     *
     * @param on whether to draw the boundary lines
     * @return the changed options
     */
    public FigureOptions withBoundaries(boolean on) {
        return new FigureOptions(title, box, size, features, on, legend, fill);
    }

    /**
     * These options with the legend on or off.
     *
     * @param on whether to draw the legend
     * @return the changed options
     */
    public FigureOptions withLegend(boolean on) {
        return new FigureOptions(title, box, size, features, boundaries, on, fill);
    }

    /**
     * These options with another cell fill.
     *
     * @param f the cell fill, not null
     * @return the changed options
     */
    public FigureOptions withFill(CellFill f) {
        return new FigureOptions(title, box, size, features, boundaries, legend, f);
    }
}

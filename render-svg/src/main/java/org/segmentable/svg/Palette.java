package org.segmentable.svg;

import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * Colour maps, as piecewise-linear interpolation between fixed control colours: the diverging
 * blue-to-red map of the seed's figures (Moreland's "cool to warm", matplotlib's {@code coolwarm}),
 * a light-to-dark sequential map ({@code YlGnBu}) for counts, and a categorical palette
 * ({@code tab20}) for patterns.
 *
 * <p>{@code Palette.COOLWARM.at(0)} is {@code #3b4cc0} (blue); {@code Palette.COOLWARM.at(1)} is
 * {@code #b40426} (red).
 *
 * @param stops the control colours, evenly spaced over [0, 1], at least two
 */
public record Palette(Vector<Rgb> stops) {

    /** The diverging blue-to-red map, 33 control colours of Moreland's table. */
    public static final Palette COOLWARM = ofHex(
            "#3b4cc0", "#445acc", "#4d68d7", "#5775e1", "#6282ea", "#6c8ef1", "#779af7", "#82a5fb",
            "#8db0fe", "#98b9ff", "#a3c2ff", "#aec9fd", "#b8d0f9", "#c2d5f4", "#ccd9ee", "#d5dbe6",
            "#dddddd", "#e5d8d1", "#ecd3c5", "#f1ccb9", "#f5c4ad", "#f7bba0", "#f7b194", "#f7a687",
            "#f49a7b", "#f18d6f", "#ec7f63", "#e57058", "#de604d", "#d55042", "#cb3e38", "#c0282f",
            "#b40426");

    /** The sequential light-to-dark map ColorBrewer YlGnBu (9 classes). */
    public static final Palette YLGNBU = ofHex(
            "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58");

    /** The categorical palette matplotlib tab20, used by index (not interpolated). */
    public static final Palette TAB20 = ofHex(
            "#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728", "#ff9896",
            "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2", "#7f7f7f", "#c7c7c7",
            "#bcbd22", "#dbdb8d", "#17becf", "#9edae5");

    /**
     * Checks the stops; use the constants or {@link #ofHex}.
     *
     * @param stops the colours along the map, at least two, not null
     * @throws IllegalArgumentException if there are fewer than two stops
     */
    public Palette {
        Objects.requireNonNull(stops, "stops is null");
        if (stops.size() < 2) {
            throw new IllegalArgumentException("a palette needs at least two stops, got " + stops.size());
        }
    }

    /**
     * A palette from hex colours.
     *
     * <p>{@code Palette.ofHex("#000000", "#ffffff").at(0.5)} is {@code #808080}.
     *
     * @param hex at least two {@code #rrggbb} texts
     * @return the palette
     */
    public static Palette ofHex(String... hex) {
        return new Palette(Vector.of(hex).map(Rgb::hex));
    }

    /**
     * The colour at {@code t}, interpolated linearly between the two nearest stops.
     *
     * @param t a position, clamped to [0, 1]
     * @return the colour
     */
    public Rgb at(double t) {
        double c = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double x = c * (stops.size() - 1);
        int i = (int) Math.floor(x);
        if (i >= stops.size() - 1) {
            return stops.last();
        }
        return stops.get(i).mix(stops.get(i + 1), x - i);
    }

    /**
     * The colour of item {@code i} of {@code n} spread evenly over the map: item 0 at the start,
     * item {@code n - 1} at the end (a single item takes the start).
     *
     * <p>{@code Palette.COOLWARM.spread(5, 6)} is {@code #b40426}.
     *
     * @param i the item, {@code 0 <= i < n}
     * @param n the number of items, positive
     * @return the colour
     * @throws IllegalArgumentException if {@code i} or {@code n} is out of range
     */
    public Rgb spread(int i, int n) {
        if (n <= 0 || i < 0 || i >= n) {
            throw new IllegalArgumentException("need 0 <= i < n, got i = " + i + ", n = " + n);
        }
        return n == 1 ? at(0) : at((double) i / (n - 1));
    }

    /**
     * The stop with index {@code i}, cycling: for categorical use.
     *
     * <p>{@code Palette.TAB20.cycle(20)} is {@code Palette.TAB20.cycle(0)}.
     *
     * @param i any non-negative index
     * @return the colour
     * @throws IllegalArgumentException if {@code i} is negative
     */
    public Rgb cycle(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("i must be non-negative, got " + i);
        }
        return stops.get(i % stops.size());
    }
}

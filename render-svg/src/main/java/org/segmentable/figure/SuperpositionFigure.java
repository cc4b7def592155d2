package org.segmentable.figure;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.svg.Element;

/**
 * The superposition figure, in the seed's look: for each dim, the part of the region where it is
 * active, drawn as one translucent layer ({@code fill-opacity 0.5}) coloured along the diverging
 * blue-to-red map over the dims (dim 0 blue, dim {@code d-1} red), in dim order, on the
 * background {@code #FCFBF8}, in the viewport {@code [-Z, Z]²} with axes, ticks and title.
 *
 * <p>Each dim is a group {@code <g id="dim-i">} holding one {@code <path>} per piece of its
 * region ({@code fill-rule="evenodd"}, so holes are holes).
 *
 * <p>{@code SuperpositionFigure.svg(data, FigureOptions.defaults())} is the SVG text.
 */
public final class SuperpositionFigure {

    /** The layers' fill opacity. */
    public static final double OPACITY = 0.5;

    private SuperpositionFigure() {
    }

    /**
     * Draws the figure.
     *
     * @param data the regions to draw, not null
     * @param options how to draw them, not null
     * @return the SVG document (byte-identical for equal inputs)
     */
    public static String svg(SuperpositionData data, FigureOptions options) {
        Objects.requireNonNull(data, "data is null");
        return svg(data, options, Vector.fill(data.features().size(), () -> true));
    }

    /**
     * Draws the figure of a layer on a slice: as {@link #svg(SuperpositionData, FigureOptions)}, but a
     * feature whose {@code onSlice} entry is false is drawn as a hollow ring (its point is the
     * projection of its latent image onto the slice), and the legend then explains the two markers.
     *
     * @param data the regions to draw, not null
     * @param options how to draw them, not null
     * @param onSlice per feature point, whether it lies on the slice; as many as {@code data.features()}
     * @return the SVG document (byte-identical for equal inputs; with every entry true, the same as
     *     {@code svg(data, options)})
     * @throws IllegalArgumentException if {@code onSlice} has the wrong length
     */
    public static String svg(SuperpositionData data, FigureOptions options, Vector<Boolean> onSlice) {
        Overlays.requireOnSlice(data, options, onSlice, data.features().size());
        boolean key = options.legend() && options.features() && !onSlice.forAll(b -> b);
        Canvas canvas = Canvas.of(options);
        int d = data.active().size();
        Vector<Element> plot = Overlays.plot(canvas.frame(), Overlays.dimLayers(canvas.frame(), data.active(), d),
                data.region(), data.boundaries(), data.features(), onSlice, options);
        Vector<Element> extra = Vector.empty();
        if (options.legend()) {
            extra = extra.appendAll(legend(canvas.frame(), canvas.legendLeft(), canvas.frame().top(),
                    canvas.frame().height(), d, key));
        }
        return canvas.document(options.titleOr(data.title()), "Superposition: for each of " + d
                + " dims, the part of the region where it is active (segmentable)", plot, extra);
    }

    /**
     * The legend of the dims in the column at {@code x} from {@code top} of {@code height}: one row
     * per dim, a colour bar above {@link Overlays#MAX_ROWS} dims, and with {@code key} the key of the
     * feature markers at the column's bottom.
     */
    static Vector<Element> legend(org.segmentable.svg.Frame f, double x, double top, double height, int d,
            boolean key) {
        double rows = key ? height - Overlays.FEATURE_KEY_HEIGHT - 8 : height;
        Vector<Element> out = Vector.empty();
        if (d > Overlays.MAX_ROWS) {
            out = out.append(Overlays.colourBar(f, x, top, rows, "dims", Vector.range(0, 33)
                    .map(k -> org.segmentable.svg.Palette.COOLWARM.at(k / 32.0)), "dim 0", "dim " + (d - 1), OPACITY));
        } else if (d > 0) {
            out = out.append(Overlays.legend(f, x, top, rows, "dims",
                    Vector.range(0, d).map(i -> Tuple.of(Overlays.dimColour(i, d), "dim " + i)), OPACITY));
        }
        return key ? out.append(Overlays.featureKey(x, top + height - Overlays.FEATURE_KEY_HEIGHT, 13)) : out;
    }
}

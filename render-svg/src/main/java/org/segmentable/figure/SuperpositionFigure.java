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
        Objects.requireNonNull(options, "options is null");
        Canvas canvas = Canvas.of(options);
        int d = data.active().size();
        Vector<Element> layers = Vector.empty();
        for (int i = 0; i < d; i++) {
            layers = layers.append(Element.of("g").attr("id", "dim-" + i)
                    .attr("fill", Overlays.dimColour(i, d).hex()).attr("fill-opacity", "0.5")
                    .attr("fill-rule", "evenodd").attr("stroke", "none")
                    .children(Overlays.pieces(canvas.frame(), data.active().get(i))));
        }
        Vector<Element> plot = Vector.of(Element.of("g").attr("id", "layers").children(layers),
                Overlays.outline(canvas.frame(), data.region()));
        if (options.boundaries()) {
            plot = plot.append(Overlays.boundaries(canvas.frame(), data.boundaries()));
        }
        if (options.features()) {
            plot = plot.append(Overlays.features(canvas.frame(), data.features()));
        }
        Vector<Element> extra = Vector.empty();
        if (options.legend() && d > Overlays.MAX_ROWS) {
            extra = extra.append(Overlays.colourBar(canvas, "dims", Vector.range(0, 33)
                    .map(k -> org.segmentable.svg.Palette.COOLWARM.at(k / 32.0)), "dim 0", "dim " + (d - 1), OPACITY));
        } else if (options.legend() && d > 0) {
            extra = extra.append(Overlays.legend(canvas, "dims",
                    Vector.range(0, d).map(i -> Tuple.of(Overlays.dimColour(i, d), "dim " + i)), OPACITY));
        }
        String title = options.title().isEmpty() ? data.title() : options.title();
        return canvas.document(title, "Superposition: for each of " + d
                + " dims, the part of the region where it is active (segmentable)", plot, extra);
    }
}

package org.segmentable.figure;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.svg.Element;
import org.segmentable.svg.Palette;
import org.segmentable.svg.Rgb;

/**
 * The activation-complex figure: each cell filled opaquely by its number of active dims (the
 * sequential map, 0 light to {@code d} dark) or by its pattern (a categorical colour per distinct
 * pattern, in sorted pattern order), with thin borders, in the same frame as the superposition.
 *
 * <p>Cells are one group {@code <g id="cells">} holding one {@code <path>} per cell, each with a
 * {@code <title>} naming its pattern.
 *
 * <p>{@code ComplexFigure.svg(data, FigureOptions.defaults())} is the SVG text.
 */
public final class ComplexFigure {

    private ComplexFigure() {
    }

    /**
     * Draws the figure.
     *
     * @param data the cells to draw, not null
     * @param options how to draw them, not null
     * @return the SVG document (byte-identical for equal inputs)
     */
    public static String svg(ComplexData data, FigureOptions options) {
        Objects.requireNonNull(data, "data is null");
        return svg(data, options, Vector.fill(data.features().size(), () -> true));
    }

    /**
     * Draws the figure of a layer on a slice: as {@link #svg(ComplexData, FigureOptions)}, but a
     * feature whose {@code onSlice} entry is false is drawn as a hollow ring (a projection), with
     * the key of the two markers under the legend.
     *
     * @param data the cells to draw, not null
     * @param options how to draw them, not null
     * @param onSlice per feature point, whether it lies on the slice; as many as {@code data.features()}
     * @return the SVG document (byte-identical for equal inputs)
     * @throws IllegalArgumentException if {@code onSlice} has the wrong length
     */
    public static String svg(ComplexData data, FigureOptions options, Vector<Boolean> onSlice) {
        Overlays.requireOnSlice(data, options, onSlice, data.features().size());
        Canvas canvas = Canvas.of(options);
        Vector<String> patterns = data.cells().map(CellData::pattern).distinct().sorted();
        Vector<Element> cells = data.cells().map(c -> Overlays.piece(canvas.frame(), c.polygon())
                .attr("fill", fill(options.fill(), c, data.dims(), patterns).hex())
                .child(Element.of("title").text("pattern " + c.pattern() + ", " + c.activeCount() + " active")));
        Element drawn = Element.of("g").attr("id", "cells").attr("fill-rule", "evenodd")
                .attr("stroke", "#3a3a3a").attr("stroke-width", "0.6").attr("stroke-linejoin", "round")
                .children(cells);
        Vector<Element> plot = Overlays.plot(canvas.frame(), drawn, data.region(), data.boundaries(),
                data.features(), onSlice, options);
        Vector<Element> extra = options.legend() ? Vector.of(legend(canvas, options.fill(), data.dims(), patterns))
                : Vector.empty();
        if (options.legend() && options.features() && !onSlice.forAll(b -> b)) {
            extra = extra.append(Overlays.featureKey(canvas.legendLeft(),
                    canvas.frame().top() + canvas.frame().height() - Overlays.FEATURE_KEY_HEIGHT, 13));
        }
        return canvas.document(options.titleOr(data.title()), "Activation complex: " + data.cells().size() + " cells, " + patterns.size()
                + " patterns over " + data.dims() + " dims (segmentable)", plot, extra);
    }

    /** The fill of a cell by its count of active dims. */
    static Rgb countColour(int count, int dims) {
        return Palette.YLGNBU.at((double) count / dims);
    }

    private static Rgb fill(CellFill how, CellData c, int dims, Vector<String> patterns) {
        return how == CellFill.COUNT ? countColour(c.activeCount(), dims)
                : Palette.TAB20.cycle(patterns.indexOf(c.pattern()));
    }

    private static Element legend(Canvas canvas, CellFill how, int dims, Vector<String> patterns) {
        if (how == CellFill.COUNT && dims + 1 > Overlays.MAX_ROWS) {
            return Overlays.colourBar(canvas, "active dims", Vector.rangeClosed(0, 32)
                    .map(k -> Palette.YLGNBU.at(k / 32.0)), "0", Integer.toString(dims), 1);
        }
        if (how == CellFill.COUNT) {
            Vector<Tuple2<Rgb, String>> rows = Vector.rangeClosed(0, dims)
                    .map(k -> Tuple.of(countColour(k, dims), Integer.toString(k)));
            return Overlays.legend(canvas, "active dims", rows, 1);
        }
        int shown = Math.min(patterns.size(), 20);
        Vector<Tuple2<Rgb, String>> rows = Vector.range(0, shown)
                .map(k -> Tuple.of(Palette.TAB20.cycle(k), patterns.get(k)));
        String heading = patterns.size() > shown ? "patterns (" + shown + " of " + patterns.size() + ")" : "patterns";
        return Overlays.legend(canvas, heading, rows, 1);
    }
}

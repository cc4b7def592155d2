package org.segmentable.figure;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.deep.DeepModel;
import org.segmentable.deep.LevelSet;
import org.segmentable.deep.LinearRegion;
import org.segmentable.deep.LinearRegions;
import org.segmentable.geometry.Segment2;
import org.segmentable.svg.Element;
import org.segmentable.svg.Frame;
import org.segmentable.svg.Palette;
import org.segmentable.svg.Rgb;

/**
 * The figure of a deep network's linear regions over a box of its input slice, on the same page
 * as the other figures ({@link Canvas}: XML declaration, SVG 1.1, axes, title, legend column):
 * every cell filled by the pattern of one hidden layer (one colour per distinct pattern of that
 * layer in sorted pattern order, cycling through {@link Palette#TAB20}), thin white cell edges,
 * and the traced zero set of the chosen output (the decision boundary) in black on top. It draws
 * what the kernel returns; the vertex doubles are used only for drawing.
 *
 * <p>Cells are one group {@code <g id="cells">} with one {@code <path>} per cell; the boundary is
 * {@code <path id="decision-boundary">}.
 *
 * <p>{@code DeepFigure.svg(regions, 2, "net", FigureOptions.defaults())} is an SVG document
 * starting with {@code <?xml}.
 */
public final class DeepFigure {

    /** Patterns longer than this are not listed in the legend (they would not fit its column). */
    private static final int MAX_LISTED_WIDTH = 10;

    private DeepFigure() {
    }

    /**
     * Computes the linear regions of a model over the box {@code [-Z, Z]²} of its slice (Z from
     * the options) with the zero set of one output, and draws them; the title is the options'
     * title, else the model's title, else its name.
     *
     * <p>{@code DeepFigure.svg(model, 2, 0, FigureOptions.defaults())} is {@code Right(svg)}.
     *
     * @param model the network and its slice, not null
     * @param layer the hidden layer whose pattern colours the cells
     * @param output the output whose zero set is drawn, {@code 0 ≤ output < outputs}
     * @param options the box, size, title and legend, not null
     * @return the SVG document, or why the regions cannot be computed (message naming the model)
     * @throws IllegalArgumentException if {@code layer} is not a hidden layer
     */
    public static Either<String, String> svg(DeepModel model, int layer, int output, FigureOptions options) {
        Objects.requireNonNull(model, "model is null");
        Objects.requireNonNull(options, "options is null");
        Validation<Seq<String>, LinearRegions> r = LinearRegions.box(model.mlp(), model.slice(), options.box(),
                LinearRegions.Options.DEFAULT.withLevelSet(output));
        if (r.isInvalid()) {
            return Either.left(model.name() + ": " + r.getError().mkString("; "));
        }
        String title = options.title().isEmpty() ? (model.title().isEmpty() ? model.name() : model.title())
                : options.title();
        return Either.right(svg(r.get(), layer, title, options));
    }

    /**
     * The SVG document.
     *
     * @param regions the linear regions, not null
     * @param layer the hidden layer whose pattern colours the cells, {@code 0 ≤ layer < hidden layers}
     * @param title the title, not null; empty for none
     * @param options the box (the figure shows {@code [-Z, Z]²}), size and legend; not null
     * @return the SVG text (byte-identical for equal inputs)
     * @throws IllegalArgumentException if {@code layer} is not a hidden layer
     */
    public static String svg(LinearRegions regions, int layer, String title, FigureOptions options) {
        Objects.requireNonNull(regions, "regions is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(options, "options is null");
        int hidden = regions.mlp().hiddenWidths().size();
        if (hidden > 0 && (layer < 0 || layer >= hidden)) {
            throw new IllegalArgumentException("layer " + layer + " is not a hidden layer (0.." + (hidden - 1) + ")");
        }
        Canvas canvas = Canvas.of(options);
        Frame frame = canvas.frame();
        Vector<LinearRegion> cells = regions.cells();
        Vector<String> keys = cells.map(c -> hidden == 0 ? "" : c.pattern(layer));
        Vector<String> patterns = keys.distinct().sorted();
        java.util.Map<String, Integer> colourOf = new java.util.HashMap<>();
        for (int k = 0; k < patterns.size(); k++) {
            colourOf.put(patterns.get(k), k);
        }
        StringBuilder d = new StringBuilder();
        Vector<Element> paths = Vector.empty();
        for (int i = 0; i < cells.size(); i++) {
            LinearRegion c = cells.get(i);
            d.setLength(0);
            for (int k = 0; k < c.vertexCount(); k++) {
                double[] p = c.vertexApprox(k);
                d.append(k == 0 ? "M" : "L").append(frame.fmt(frame.px(p[0]))).append(' ')
                        .append(frame.fmt(frame.py(p[1])));
            }
            d.append('Z');
            paths = paths.append(Element.of("path").attr("d", d.toString())
                    .attr("fill", Palette.TAB20.cycle(colourOf.get(keys.get(i))).hex()));
        }
        Vector<Element> plot = Vector.of(Element.of("g").attr("id", "cells").attr("stroke", "#ffffff")
                .attr("stroke-width", "0.4").attr("stroke-linejoin", "round").children(paths));
        for (LevelSet ls : regions.levelSet()) {
            if (!ls.segments().isEmpty()) {
                plot = plot.append(boundary(frame, ls));
            }
        }
        Vector<Element> extra = options.legend() ? Vector.of(legend(canvas, layer, patterns, regions.levelSet()
                .map(LevelSet::output))) : Vector.empty();
        return canvas.document(title, "Linear regions of a deep ReLU network: " + regions.size()
                + " cells, coloured by the pattern of hidden layer " + layer + " (" + patterns.size() + " patterns)"
                + regions.levelSet().map(ls -> ", decision boundary of output " + ls.output()).getOrElse("")
                + " (segmentable)", plot, extra);
    }

    private static Element boundary(Frame frame, LevelSet ls) {
        StringBuilder d = new StringBuilder();
        for (Segment2 s : ls.segments()) {
            d.append('M').append(frame.fmt(frame.px(s.start().x().doubleValue()))).append(' ')
                    .append(frame.fmt(frame.py(s.start().y().doubleValue()))).append('L')
                    .append(frame.fmt(frame.px(s.end().x().doubleValue()))).append(' ')
                    .append(frame.fmt(frame.py(s.end().y().doubleValue())));
        }
        return Element.of("path").attr("id", "decision-boundary").attr("d", d.toString()).attr("fill", "none")
                .attr("stroke", "#000000").attr("stroke-width", "1.8").attr("stroke-linecap", "round");
    }

    /** The legend: the patterns of the layer when short enough to list, else their count; the boundary key. */
    private static Element legend(Canvas canvas, int layer, Vector<String> patterns, io.vavr.control.Option<Integer> output) {
        boolean list = patterns.forAll(p -> p.length() <= MAX_LISTED_WIDTH);
        int shown = list ? Math.min(patterns.size(), 20) : 0;
        Vector<Tuple2<Rgb, String>> rows = Vector.range(0, shown)
                .map(k -> Tuple.of(Palette.TAB20.cycle(k), patterns.get(k)));
        Element g = Overlays.legend(canvas, "layer " + layer, rows, 1);
        Frame f = canvas.frame();
        double x = canvas.legendLeft();
        if (!list) {
            g = g.child(Element.of("text").attr("x", f.fmt(x)).attr("y", f.fmt(f.top() + 32)).attr("font-size", "13")
                    .text(patterns.size() + (patterns.size() == 1 ? " pattern" : " patterns")));
        }
        if (output.isDefined()) {
            double y = f.top() + f.height() - 8;
            g = g.child(Element.of("line").attr("x1", f.fmt(x)).attr("y1", f.fmt(y - 5)).attr("x2", f.fmt(x + 14))
                    .attr("y2", f.fmt(y - 5)).attr("stroke", "#000000").attr("stroke-width", "1.8"))
                    .child(Element.of("text").attr("x", f.fmt(x + 20)).attr("y", f.fmt(y)).attr("font-size", "13")
                            .text("output " + output.get() + " = 0"));
        }
        return g;
    }
}

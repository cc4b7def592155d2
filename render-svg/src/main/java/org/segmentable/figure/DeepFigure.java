package org.segmentable.figure;

import io.vavr.collection.Vector;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.segmentable.deep.LevelSet;
import org.segmentable.deep.LinearRegion;
import org.segmentable.deep.LinearRegions;
import org.segmentable.geometry.Segment2;
import org.segmentable.svg.Element;
import org.segmentable.svg.Frame;
import org.segmentable.svg.Palette;

/**
 * The figure of a deep network's linear regions over a box of its input slice: every cell filled
 * by the pattern of one hidden layer (one colour per distinct pattern of that layer, cycling
 * through {@link Palette#TAB20}), thin white cell edges, and the traced zero set of the chosen
 * output (the decision boundary) in black on top. It draws what the kernel returns; the vertex
 * doubles are used only for drawing.
 *
 * <p>{@code DeepFigure.svg(regions, 2, z, "net", 600)} is an SVG document.
 */
public final class DeepFigure {

    private DeepFigure() {
    }

    /**
     * The SVG document.
     *
     * @param regions the linear regions, not null
     * @param layer the hidden layer whose pattern colours the cells, {@code 0 ≤ layer < hidden layers}
     * @param z the viewport half-width: the figure shows {@code [-z, z]²}, positive
     * @param title the title, not null
     * @param size the width in pixels, at least 50
     * @return the SVG text
     * @throws IllegalArgumentException if {@code layer} is not a hidden layer
     */
    public static String svg(LinearRegions regions, int layer, double z, String title, int size) {
        Objects.requireNonNull(regions, "regions is null");
        Objects.requireNonNull(title, "title is null");
        int hidden = regions.mlp().hiddenWidths().size();
        if (hidden > 0 && (layer < 0 || layer >= hidden)) {
            throw new IllegalArgumentException("layer " + layer + " is not a hidden layer (0.." + (hidden - 1) + ")");
        }
        double top = 36;
        double side = size - 24;
        Frame frame = Frame.square(z, 12, top, side, 2);
        Map<String, Integer> colours = new LinkedHashMap<>();
        StringBuilder cells = new StringBuilder();
        Element g = Element.of("g").attr("stroke", "#ffffff").attr("stroke-width", "0.3");
        Vector<Element> paths = Vector.empty();
        for (LinearRegion c : regions.cells()) {
            String key = hidden == 0 ? "" : c.pattern(layer);
            int colour = colours.computeIfAbsent(key, k -> colours.size());
            cells.setLength(0);
            for (int k = 0; k < c.vertexCount(); k++) {
                double[] p = c.vertexApprox(k);
                cells.append(k == 0 ? "M" : "L").append(fmt(frame.px(p[0]))).append(' ').append(fmt(frame.py(p[1])));
            }
            cells.append('Z');
            paths = paths.append(Element.of("path").attr("d", cells.toString())
                    .attr("fill", Palette.TAB20.cycle(colour).hex()));
        }
        g = g.children(paths);
        Element svg = Element.of("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", Integer.toString(size)).attr("height", fmt(top + side + 12))
                .attr("viewBox", "0 0 " + size + " " + fmt(top + side + 12))
                .child(Element.of("rect").attr("width", "100%").attr("height", "100%").attr("fill", "#ffffff"))
                .child(Element.of("text").attr("x", "12").attr("y", "24").attr("font-family", "sans-serif")
                        .attr("font-size", "13").text(title + " — " + regions.size() + " regions, colour: layer " + layer
                                + " (" + colours.size() + " patterns)"))
                .child(g);
        for (LevelSet ls : regions.levelSet()) {
            StringBuilder d = new StringBuilder();
            for (Segment2 s : ls.segments()) {
                d.append('M').append(fmt(frame.px(s.start().x().doubleValue()))).append(' ')
                        .append(fmt(frame.py(s.start().y().doubleValue()))).append('L')
                        .append(fmt(frame.px(s.end().x().doubleValue()))).append(' ')
                        .append(fmt(frame.py(s.end().y().doubleValue())));
            }
            if (d.length() > 0) {
                svg = svg.child(Element.of("path").attr("d", d.toString()).attr("fill", "none").attr("stroke", "#000000")
                        .attr("stroke-width", "1.6").attr("stroke-linecap", "round"));
            }
        }
        svg = svg.child(Element.of("rect").attr("x", fmt(frame.px(-z))).attr("y", fmt(frame.py(z)))
                .attr("width", fmt(side)).attr("height", fmt(side)).attr("fill", "none").attr("stroke", "#333333"));
        return svg.write();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}

package org.segmentable.figure;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.svg.Axes;
import org.segmentable.svg.Decimals;
import org.segmentable.svg.Element;
import org.segmentable.svg.Frame;
import org.segmentable.svg.Palette;
import org.segmentable.svg.Rgb;

/**
 * The drawn parts shared by both figures: the region's outline, the boundary lines, the feature
 * points and the legend. Package-private helpers of {@link SuperpositionFigure} and
 * {@link ComplexFigure}.
 */
final class Overlays {

    private Overlays() {
    }

    /**
     * Checks that a figure's drawn values are present.
     *
     * @throws NullPointerException naming the first that is null
     */
    static void requireScene(String title, Region region, Vector<Point2> features, Vector<HalfPlane> boundaries) {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(features, "features is null");
        Objects.requireNonNull(boundaries, "boundaries is null");
    }

    /**
     * Checks a figure's arguments and that {@code onSlice} has one entry per feature point.
     *
     * @throws IllegalArgumentException if {@code onSlice} has the wrong length
     */
    static void requireOnSlice(Object data, FigureOptions options, Vector<Boolean> onSlice, int features) {
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(options, "options is null");
        Objects.requireNonNull(onSlice, "onSlice is null");
        if (onSlice.size() != features) {
            throw new IllegalArgumentException("onSlice has " + onSlice.size() + " entries for "
                    + features + " feature points");
        }
    }

    /**
     * The groups drawn inside a plot area, in paint order: the figure's own group, the region's
     * outline, and as the options ask the boundary lines and the feature points.
     */
    static Vector<Element> plot(Frame frame, Element drawn, Region region, Vector<HalfPlane> boundaries,
            Vector<Point2> features, Vector<Boolean> onSlice, FigureOptions options) {
        Vector<Element> plot = Vector.of(drawn, outline(frame, region));
        if (options.boundaries()) {
            plot = plot.append(boundaries(frame, boundaries));
        }
        if (options.features()) {
            plot = plot.append(features(frame, features, onSlice));
        }
        return plot;
    }

    /**
     * The superposition's layers: a group {@code layers} holding per dim {@code i < d} a group
     * {@code dim-i} with the pieces of where it is active, translucent, in the dim's colour.
     */
    static Element dimLayers(Frame frame, Vector<Region> active, int d) {
        return Element.of("g").attr("id", "layers").children(Vector.range(0, d).map(i -> Element.of("g")
                .attr("id", "dim-" + i).attr("fill", dimColour(i, d).hex()).attr("fill-opacity", "0.5")
                .attr("fill-rule", "evenodd").attr("stroke", "none").children(pieces(frame, active.get(i)))));
    }

    /** One {@code <path>} per piece of a region, with the given extra attributes. */
    static Vector<Element> pieces(Frame frame, Region region) {
        return region.pieces().map(p -> piece(frame, p));
    }

    static Element piece(Frame frame, Polygon p) {
        return Element.of("path").attr("d", frame.pathData(p));
    }

    /** The region's outline: thin grey strokes, no fill. */
    static Element outline(Frame frame, Region region) {
        return Element.of("g").attr("id", "region").attr("fill", "none").attr("stroke", "#555555")
                .attr("stroke-width", "0.8").attr("stroke-opacity", "0.7").attr("stroke-linejoin", "round")
                .children(pieces(frame, region));
    }

    /** The colour of dim {@code i} of {@code d} along the diverging map. */
    static Rgb dimColour(int i, int d) {
        return Palette.COOLWARM.spread(i, d);
    }

    /**
     * Each non-constant dim's line {@code z_i = 0} across the viewport, dashed, in the dim's colour.
     * The line is clipped to the viewport in doubles: this places ink, it decides nothing.
     */
    static Element boundaries(Frame frame, Vector<HalfPlane> planes) {
        Vector<Element> lines = Vector.empty();
        for (int i = 0; i < planes.size(); i++) {
            HalfPlane h = planes.get(i);
            if (h.isConstant()) {
                continue;
            }
            io.vavr.control.Option<Seg> clipped = clip(frame, h.a().doubleValue(), h.b().doubleValue(), h.c().doubleValue());
            if (clipped.isEmpty()) {
                continue;
            }
            Seg seg = clipped.get();
            lines = lines.append(Element.of("line").attr("id", "boundary-" + i)
                    .attr("x1", frame.fmt(frame.px(seg.x0))).attr("y1", frame.fmt(frame.py(seg.y0)))
                    .attr("x2", frame.fmt(frame.px(seg.x1))).attr("y2", frame.fmt(frame.py(seg.y1)))
                    .attr("stroke", dimColour(i, planes.size()).hex()));
        }
        return Element.of("g").attr("id", "boundaries").attr("stroke-width", "1.2")
                .attr("stroke-dasharray", "6 3").children(lines);
    }

    /** A clipped segment in world coordinates. */
    private record Seg(double x0, double y0, double x1, double y1) {
    }

    /** The part of the line {@code a x + b y + c = 0} inside the frame's window (Liang–Barsky), or none. */
    private static io.vavr.control.Option<Seg> clip(Frame f, double a, double b, double c) {
        double n2 = a * a + b * b;
        if (!(n2 > 0) || !Double.isFinite(n2)) {
            return io.vavr.control.Option.none();
        }
        double px = -a * c / n2;
        double py = -b * c / n2;
        double dx = -b;
        double dy = a;
        double t0 = Double.NEGATIVE_INFINITY;
        double t1 = Double.POSITIVE_INFINITY;
        double[][] edges = {{-dx, px - f.xmin()}, {dx, f.xmax() - px}, {-dy, py - f.ymin()}, {dy, f.ymax() - py}};
        for (double[] e : edges) {
            double p = e[0];
            double q = e[1];
            if (p == 0) {
                if (q < 0) {
                    return io.vavr.control.Option.none();
                }
            } else {
                double t = q / p;
                if (p < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (!(t0 < t1)) {
            return io.vavr.control.Option.none();
        }
        return io.vavr.control.Option.some(new Seg(px + t0 * dx, py + t0 * dy, px + t1 * dx, py + t1 * dy));
    }

    /**
     * The feature points as dots with their index labels, placed away from the origin (features at
     * the exact same point share one label, e.g. {@code "3,5"}); each label
     * is drawn twice, first as a white halo, so it reads on any fill (SVG 1.1 has no paint-order).
     */
    static Element features(Frame frame, Vector<Point2> points) {
        return features(frame, points, Vector.fill(points.size(), () -> true));
    }

    /**
     * The feature points as {@link #features(Frame, Vector)} draws them, except that a feature whose
     * {@code onSlice} entry is false (its point is the projection of its latent image onto a slice)
     * is a hollow ring instead of a dot.
     */
    static Element features(Frame frame, Vector<Point2> points, Vector<Boolean> onSlice) {
        Vector<Element> dots = Vector.empty();
        Vector<Element> labels = Vector.empty();
        for (int j = 0; j < points.size(); j++) {
            double x = points.get(j).x().doubleValue();
            double y = points.get(j).y().doubleValue();
            double r = Math.hypot(x, y);
            double ux = r > 0 ? x / r : Math.sqrt(0.5);
            double uy = r > 0 ? y / r : Math.sqrt(0.5);
            double cx = frame.px(x);
            double cy = frame.py(y);
            Element dot = Element.of("circle").attr("id", "feature-" + j).attr("cx", frame.fmt(cx))
                    .attr("cy", frame.fmt(cy));
            dots = dots.append(onSlice.get(j) ? dot.attr("r", "3") : hollow(dot));
            Point2 here = points.get(j);
            if (points.take(j).contains(here)) {
                continue; // labelled with the first feature at this exact point
            }
            String label = Vector.range(j, points.size()).filter(k -> points.get(k).equals(here))
                    .map(String::valueOf).mkString(",");
            double away = label.contains(",") ? 8 + 4 * label.length() : 12;
            labels = labels.append(Element.of("text").attr("x", frame.fmt(cx + ux * away))
                    .attr("y", frame.fmt(cy - uy * 12 + 4)).text(label));
        }
        Element halo = Element.of("g").attr("fill", "none").attr("stroke", "#ffffff").attr("stroke-width", "3")
                .attr("stroke-linejoin", "round").attr("stroke-opacity", "0.85").children(labels);
        return Element.of("g").attr("id", "features").attr("fill", Axes.INK).attr("font-size", "13")
                .attr("text-anchor", "middle")
                .child(Element.of("g").attr("id", "feature-points").attr("stroke", "#ffffff")
                        .attr("stroke-width", "0.8").children(dots))
                .child(halo)
                .child(Element.of("g").attr("id", "feature-labels").children(labels));
    }

    /** A feature point drawn as a projection: a hollow ring, ink on a white halo. */
    private static Element hollow(Element circle) {
        return circle.attr("r", "3.6").attr("fill", "none").attr("stroke", Axes.INK).attr("stroke-width", "1.5")
                .attr("class", "projection");
    }

    /**
     * The key of the feature markers, for a figure where some feature points are projections: a dot
     * "on the slice" and a ring "projection", under the heading "features", from {@code (x, top)}.
     *
     * @param x the left edge
     * @param top the top edge
     * @param fontSize the font size of the rows
     */
    static Element featureKey(double x, double top, double fontSize) {
        String fs = Decimals.format(fontSize, 2);
        Element dot = Element.of("circle").attr("cx", Decimals.format(x + 7, 2))
                .attr("cy", Decimals.format(top + 24, 2)).attr("r", "3").attr("stroke", "#ffffff")
                .attr("stroke-width", "0.8");
        Element ring = hollow(Element.of("circle").attr("cx", Decimals.format(x + 7, 2))
                .attr("cy", Decimals.format(top + 44, 2)));
        return Element.of("g").attr("id", "feature-key").attr("font-size", fs)
                .child(Element.of("text").attr("x", Decimals.format(x, 2)).attr("y", Decimals.format(top + 8, 2))
                        .attr("font-size", "14").text("features"))
                .child(dot)
                .child(Element.of("text").attr("x", Decimals.format(x + 20, 2))
                        .attr("y", Decimals.format(top + 24 + fontSize * 0.35, 2)).text("on the slice"))
                .child(ring)
                .child(Element.of("text").attr("x", Decimals.format(x + 20, 2))
                        .attr("y", Decimals.format(top + 44 + fontSize * 0.35, 2)).text("projected"));
    }

    /** The height {@link #featureKey} takes. */
    static final double FEATURE_KEY_HEIGHT = 52;

    /**
     * A legend column: a heading, then one swatch and label per row. The swatch is the plot's
     * background under the row's colour at the row's opacity, as the colour looks in the plot.
     *
     * @param canvas the page
     * @param heading the heading text
     * @param rows per row, its colour and label
     * @param opacity the fill opacity of the swatches
     */
    static Element legend(Canvas canvas, String heading, Vector<Tuple2<Rgb, String>> rows, double opacity) {
        return legend(canvas.frame(), canvas.legendLeft(), canvas.frame().top(), canvas.frame().height(), heading,
                rows, opacity);
    }

    /** {@link #legend(Canvas, String, Vector, double)} at {@code x}, in the column from {@code top} of {@code height}. */
    static Element legend(Frame f, double x, double top, double height, String heading,
            Vector<Tuple2<Rgb, String>> rows, double opacity) {
        double rowHeight = Math.min(20, (height - 24) / Math.max(1, rows.size()));
        double box = Math.min(14, rowHeight * 0.8);
        double font = Math.min(14, Math.max(5, rowHeight * 0.75));
        Vector<Element> items = Vector.of(Element.of("text").attr("x", f.fmt(x)).attr("y", f.fmt(top + 12))
                .attr("font-size", "14").text(heading));
        for (int k = 0; k < rows.size(); k++) {
            double y = top + 24 + k * rowHeight;
            String sx = f.fmt(x);
            String sy = f.fmt(y);
            String sb = f.fmt(box);
            items = items.append(Element.of("rect").attr("x", sx).attr("y", sy).attr("width", sb).attr("height", sb)
                    .attr("fill", Rgb.BACKGROUND.hex()));
            items = items.append(Element.of("rect").attr("x", sx).attr("y", sy).attr("width", sb).attr("height", sb)
                    .attr("fill", rows.get(k)._1.hex()).attr("fill-opacity", Decimals.format(opacity, 2))
                    .attr("stroke", "#555555").attr("stroke-width", "0.5"));
            items = items.append(Element.of("text").attr("x", f.fmt(x + box + 6))
                    .attr("y", f.fmt(y + box / 2 + font * 0.35)).attr("font-size", Decimals.format(font, 2))
                    .text(rows.get(k)._2));
        }
        return Element.of("g").attr("id", "legend").children(items);
    }

    /** Above this many rows a legend becomes a colour bar. */
    static final int MAX_ROWS = 24;

    /**
     * A colour bar for long legends: a vertical gradient through the given colours (first at the
     * top) at the given opacity over the plot's background, labelled at both ends.
     *
     * @param canvas the page
     * @param heading the heading text
     * @param colours the colours from top to bottom, at least two
     * @param top the label of the top end
     * @param bottom the label of the bottom end
     * @param opacity the fill opacity of the bar
     */
    static Element colourBar(Canvas canvas, String heading, Vector<Rgb> colours, String top, String bottom,
            double opacity) {
        return colourBar(canvas.frame(), canvas.legendLeft(), canvas.frame().top(), canvas.frame().height(), heading,
                colours, top, bottom, opacity);
    }

    /** {@link #colourBar(Canvas, String, Vector, String, String, double)} at {@code x}, in the column from {@code columnTop}. */
    static Element colourBar(Frame f, double x, double columnTop, double columnHeight, String heading,
            Vector<Rgb> colours, String top, String bottom, double opacity) {
        double y0 = columnTop + 24;
        double h = Math.min(300, columnHeight - 40);
        Vector<Element> stops = Vector.range(0, colours.size()).map(k -> Element.of("stop")
                .attr("offset", Decimals.format((double) k / (colours.size() - 1), 4))
                .attr("stop-color", colours.get(k).hex()));
        Element gradient = Element.of("linearGradient").attr("id", "legend-gradient").attr("x1", "0").attr("y1", "0")
                .attr("x2", "0").attr("y2", "1").children(stops);
        String sx = f.fmt(x);
        String sy = f.fmt(y0);
        return Element.of("g").attr("id", "legend")
                .child(Element.of("defs").child(gradient))
                .child(Element.of("text").attr("x", sx).attr("y", f.fmt(columnTop + 12)).attr("font-size", "13")
                        .text(heading))
                .child(Element.of("rect").attr("x", sx).attr("y", sy).attr("width", "14").attr("height", f.fmt(h))
                        .attr("fill", Rgb.BACKGROUND.hex()))
                .child(Element.of("rect").attr("x", sx).attr("y", sy).attr("width", "14").attr("height", f.fmt(h))
                        .attr("fill", "url(#legend-gradient)").attr("fill-opacity", Decimals.format(opacity, 2))
                        .attr("stroke", "#555555").attr("stroke-width", "0.5"))
                .child(Element.of("text").attr("x", f.fmt(x + 20)).attr("y", f.fmt(y0 + 9)).attr("font-size", "13")
                        .text(top))
                .child(Element.of("text").attr("x", f.fmt(x + 20)).attr("y", f.fmt(y0 + h)).attr("font-size", "13")
                        .text(bottom));
    }
}

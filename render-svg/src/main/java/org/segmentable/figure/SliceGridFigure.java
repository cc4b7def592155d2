package org.segmentable.figure;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.svg.Axes;
import org.segmentable.svg.Decimals;
import org.segmentable.svg.Element;
import org.segmentable.svg.Frame;
import org.segmentable.svg.Rgb;

/**
 * The slice grid: one SVG holding a small superposition panel per pair {@code i < j} of the first
 * {@code k} features, laid out as the upper triangle of a {@code (k-1) × (k-1)} matrix (row
 * {@code i}, column {@code j - 1}), each titled "features i, j" and drawn in the slice coordinates
 * {@code (s, t)} of {@code o + s·u + t·v} with {@code u}, {@code v} the latent images of features
 * {@code i}, {@code j} (so feature {@code i} sits at {@code (1, 0)}, feature {@code j} at
 * {@code (0, 1)}). Every dim has the same colour in every panel (the superposition figure's
 * diverging map); one legend, in the empty lower-left cell (or to the right for {@code k = 2}),
 * names the dims and, when a panel has projected feature points (hollow rings), the markers.
 * A pair whose images are parallel gets a panel saying so.
 *
 * <p>Each panel is a group {@code <g id="panel-i-j">}; the ids inside it carry the prefix
 * {@code panel-i-j-} (e.g. {@code panel-0-1-dim-2}), so the document's ids are unique.
 *
 * <p>{@code SliceGridFigure.svg(data, FigureOptions.defaults())} is the SVG text.
 */
public final class SliceGridFigure {

    /** A cell of the grid: a panel's plot area and the room for its heading and tick labels. */
    static final PlotLayout CELL = new PlotLayout(46, 32, 230, 14, 30);
    /** The page's outer margin. */
    static final double MARGIN = 10;
    /** The band at the top holding the title and subtitle. */
    static final double HEADER = 52;
    /** The width of the legend column beside a single panel ({@code k = 2}). */
    static final double LEGEND = 130;
    /** The tick-label font size of a panel. */
    static final double FONT = 12;

    private SliceGridFigure() {
    }

    /**
     * Draws the grid.
     *
     * @param data the panels, not null
     * @param options how to draw: box (each panel's viewport), size (pixel width), title, features,
     *     boundaries, legend; not null
     * @return the SVG document (byte-identical for equal inputs)
     */
    public static String svg(SliceGridData data, FigureOptions options) {
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(options, "options is null");
        double width = width(data.k());
        double height = height(data.k());
        Vector<Element> panels = data.panels().map(p -> panel(p, data, options));
        String title = options.titleOr(data.title());
        Element svg = Canvas.root(options.size(), width, height, title.isEmpty() ? "segmentable slice grid" : title,
                "Slice grid: for each pair of the first " + data.k() + " features, the superposition of " + data.d()
                        + " dims on the latent plane spanned by their images (segmentable)")
                .child(Canvas.page(width, height))
                .child(Element.of("text").attr("id", "title").attr("x", fmt(width / 2)).attr("y", fmt(28))
                        .attr("text-anchor", "middle").attr("font-size", "19").text(title))
                .children(panels);
        if (data.k() >= 4) {
            svg = svg.child(notes(data.k()));
        } else {
            svg = svg.child(Element.of("text").attr("id", "subtitle").attr("x", fmt(width / 2)).attr("y", fmt(45))
                    .attr("text-anchor", "middle").attr("font-size", "12").attr("fill", "#555555")
                    .text("panel i, j: the latent plane spanned by the images of features i and j"));
        }
        if (options.legend() && data.d() > 0) {
            svg = svg.children(legend(data, options));
        }
        return Canvas.xml(svg);
    }

    /** The page's design width for {@code k} features. */
    static double width(int k) {
        return 2 * MARGIN + (k - 1) * CELL.width() + (k == 2 ? LEGEND : 0);
    }

    /** The page's design height for {@code k} features. */
    static double height(int k) {
        return HEADER + (k - 1) * CELL.height() + MARGIN;
    }

    /**
     * The plot area of panel {@code (i, j)}: the world window {@code [-Z, Z]²} of its slice, in
     * design units of the page.
     *
     * @param i the first feature
     * @param j the second feature, {@code j > i}
     * @param box the half-width {@code Z}
     * @return the frame
     */
    static Frame panelFrame(int i, int j, double box) {
        return CELL.frame(box, MARGIN + (j - 1) * CELL.width(), HEADER + i * CELL.height(), 2);
    }

    private static Element panel(SlicePanel p, SliceGridData data, FigureOptions options) {
        Frame f = panelFrame(p.i(), p.j(), options.box().doubleValue());
        String name = "panel-" + p.i() + "-" + p.j();
        String heading = "features " + p.i() + ", " + p.j();
        Element area = f.area();
        Vector<Element> inner;
        if (p.data().isLeft()) {
            inner = Vector.of(area.attr("id", "background").attr("fill", "#f1f0ec").attr("stroke", Axes.INK)
                    .attr("stroke-width", "1"),
                    Element.of("text").attr("id", "title").attr("x", f.fmt(f.left() + f.width() / 2))
                            .attr("y", f.fmt(f.top() - FONT * 0.8)).attr("text-anchor", "middle")
                            .attr("font-size", Decimals.format(FONT * 1.2, 2)).text(heading),
                    message(f, p));
        } else {
            SuperpositionData s = p.data().get();
            Vector<Element> plot = Overlays.plot(f, Overlays.dimLayers(f, s.active(), data.d()), s.region(),
                    s.boundaries(), s.features(), p.onSlice(), options);
            inner = Vector.of(Element.of("defs").child(Element.of("clipPath").attr("id", "area").child(area)),
                    area.attr("id", "background").attr("fill", Rgb.BACKGROUND.hex()),
                    Element.of("g").attr("id", "plot").attr("clip-path", "url(#" + name + "-area)").children(plot),
                    Axes.draw(f, heading, FONT));
        }
        return Element.of("g").attr("id", name).children(inner.map(e -> prefixIds(e, name + "-")));
    }

    /** The panel's message when the pair spans no plane, centred in the panel. */
    private static Element message(Frame f, SlicePanel p) {
        String why = p.data().getLeft();
        Vector<String> lines = why.contains("both zero")
                ? Vector.of("no slice: the images of", "features " + p.i() + " and " + p.j(), "are both zero")
                : why.contains("parallel")
                        ? Vector.of("no slice: the images of", "features " + p.i() + " and " + p.j(),
                                "are parallel (a line,", "not a plane)")
                        : Vector.of("no slice:", why);
        double cx = f.left() + f.width() / 2;
        double y0 = f.top() + f.height() / 2 - (lines.size() - 1) * 9;
        return Element.of("g").attr("id", "message").attr("font-size", "13").attr("text-anchor", "middle")
                .attr("fill", "#555555")
                .children(Vector.range(0, lines.size()).map(n -> Element.of("text").attr("x", f.fmt(cx))
                        .attr("y", f.fmt(y0 + n * 18)).text(lines.get(n))));
    }

    /** How to read a panel, in the empty cell above the legend ({@code k >= 4}). */
    private static Element notes(int k) {
        Vector<String> lines = Vector.of("How to read panel i, j:", "the plane through the latent origin",
                "spanned by the latent images of", "features i and j; feature i sits at",
                "(1, 0), feature j at (0, 1). Each dim", "is drawn where it is active (z > 0),",
                "one translucent layer per dim, in", "the same colour in every panel.",
                "Rings: features off the plane,", "projected onto it.");
        double x = MARGIN + CELL.left();
        double top = HEADER + (k - 3) * CELL.height() + CELL.top() + 12;
        return Element.of("g").attr("id", "notes").attr("font-size", "13").attr("fill", "#444444")
                .children(Vector.range(0, lines.size()).map(n -> Element.of("text").attr("x", fmt(x))
                        .attr("y", fmt(top + n * 19)).text(lines.get(n))));
    }

    /** The shared legend: in the lower-left cell for {@code k >= 3}, else right of the single panel. */
    private static Vector<Element> legend(SliceGridData data, FigureOptions options) {
        int k = data.k();
        double x;
        double top;
        if (k >= 3) {
            x = MARGIN + CELL.left();
            top = HEADER + (k - 2) * CELL.height() + CELL.top();
        } else {
            x = MARGIN + CELL.width() + 8;
            top = HEADER + CELL.top();
        }
        boolean key = options.features()
                && data.panels().exists(p -> p.data().isRight() && !p.onSlice().forAll(b -> b));
        Frame any = Frame.square(1, 0, 0, 1, 2);
        return SuperpositionFigure.legend(any, x, top, CELL.side(), data.d(), key);
    }

    /** The element with every {@code id} in its subtree prefixed (and its {@code url(#…)} references left as written). */
    static Element prefixIds(Element e, String prefix) {
        Vector<Tuple2<String, String>> attrs = e.attributes()
                .map(a -> a._1.equals("id") ? Tuple.of(a._1, prefix + a._2) : a);
        return new Element(e.name(), attrs, e.children().map(c -> prefixIds(c, prefix)), e.text());
    }

    private static String fmt(double v) {
        return Decimals.format(v, 2);
    }
}

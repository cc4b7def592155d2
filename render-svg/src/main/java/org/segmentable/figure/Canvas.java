package org.segmentable.figure;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.svg.Axes;
import org.segmentable.svg.Decimals;
import org.segmentable.svg.Element;
import org.segmentable.svg.Frame;
import org.segmentable.svg.Rgb;

/**
 * The page of a figure: a fixed design space (600 units wide without the legend, 118 more with
 * it), the square plot area for {@code [-Z, Z]²} inside, and the SVG document around the drawn
 * groups. Pixel coordinates are written with 2 decimals: 1/100 of a design unit.
 *
 * <p>{@code Canvas.of(FigureOptions.defaults().withLegend(false)).width()} is {@code 600.0}.
 *
 * @param width the design width (the {@code viewBox} width)
 * @param height the design height
 * @param frame the plot area
 * @param fontSize the tick-label font size
 * @param pixelWidth the written {@code width} attribute in pixels
 */
public record Canvas(double width, double height, Frame frame, double fontSize, int pixelWidth) {

    /** The page without the legend: the plot area and the room for title and tick labels. */
    static final PlotLayout PAGE = new PlotLayout(64, 46, 518, 18, 48);
    /** The width the legend column adds to the page. */
    static final double LEGEND = 118;
    /** Decimals written per pixel coordinate. */
    static final int DECIMALS = 2;
    /** The id of the clip path of the plot area. */
    static final String CLIP = "plot-area";

    /**
     * Checks nulls.
     *
     * @param width the design width (the {@code viewBox} width)
     * @param height the design height
     * @param frame the plot area
     * @param fontSize the tick-label font size
     * @param pixelWidth the written {@code width} attribute in pixels
     * @throws NullPointerException if {@code frame} is null
     */
    public Canvas {
        Objects.requireNonNull(frame, "frame is null");
    }

    /**
     * The page for the given options.
     *
     * @param options the options, not null
     * @return the page
     */
    public static Canvas of(FigureOptions options) {
        Objects.requireNonNull(options, "options is null");
        double w = PAGE.width() + (options.legend() ? LEGEND : 0);
        double h = PAGE.height();
        Frame frame = PAGE.frame(options.box().doubleValue(), 0, 0, DECIMALS);
        return new Canvas(w, h, frame, 17, options.size());
    }

    /** The left edge of the legend column. */
    double legendLeft() {
        return PAGE.width() + 8;
    }

    /**
     * The complete SVG document: white page, the plot area's background {@code #FCFBF8}, the given
     * plot groups clipped to the plot area, the axes, then the extra groups (legend).
     *
     * @param title the title, possibly empty
     * @param description the {@code <desc>} text
     * @param plot the groups drawn inside the plot area, in paint order
     * @param extra the groups drawn outside it
     * @return the SVG text, starting with the XML declaration
     */
    String document(String title, String description, Vector<Element> plot, Vector<Element> extra) {
        Element clipRect = frame.area();
        Element svg = root(pixelWidth, width, height, title.isEmpty() ? "segmentable figure" : title, description)
                .child(Element.of("defs").child(Element.of("clipPath").attr("id", CLIP).child(clipRect)))
                .child(page(width, height))
                .child(clipRect.attr("id", "plot-background").attr("fill", Rgb.BACKGROUND.hex()))
                .child(Element.of("g").attr("id", "plot").attr("clip-path", "url(#" + CLIP + ")").children(plot))
                .child(Axes.draw(frame, title, fontSize))
                .children(extra);
        return xml(svg);
    }

    /**
     * The {@code <svg>} root of a page {@code width × height} design units drawn {@code pixelWidth}
     * pixels wide, with its {@code <title>} and {@code <desc>}.
     */
    static Element root(int pixelWidth, double width, double height, String title, String description) {
        return Element.of("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("version", "1.1")
                .attr("width", Long.toString(pixelWidth))
                .attr("height", Long.toString(Math.round(pixelWidth * height / width)))
                .attr("viewBox", "0 0 " + fmt(width) + " " + fmt(height))
                .attr("font-family", Axes.FONT_FAMILY).attr("fill", Axes.INK)
                .child(Element.of("title").text(title))
                .child(Element.of("desc").text(description));
    }

    /** The white page behind everything, {@code width × height} design units. */
    static Element page(double width, double height) {
        return Element.of("rect").attr("id", "page").attr("width", fmt(width)).attr("height", fmt(height))
                .attr("fill", "#ffffff");
    }

    /** The SVG text of a root element, starting with the XML declaration. */
    static String xml(Element svg) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + svg.write();
    }

    private static String fmt(double v) {
        return Decimals.format(v, DECIMALS);
    }
}

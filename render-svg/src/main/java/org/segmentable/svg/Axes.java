package org.segmentable.svg;

import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The frame around a plot area in the look of the seed's matplotlib figures: a thin box, outward
 * ticks with labels on the left and bottom, and a title centred above.
 *
 * <p>{@code Axes.draw(frame, "Example plot", 12)} is a {@code <g id="axes">} element.
 */
public final class Axes {

    /** The font stack of every text: a metric-compatible chain ending in the generic family. */
    public static final String FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Helvetica, Arial, sans-serif";

    /** The ink of axes and texts. */
    public static final String INK = "#222222";

    private Axes() {
    }

    /**
     * The axes group: box, ticks, tick labels and title.
     *
     * @param frame the plot area, not null
     * @param title the title, possibly empty (then none is drawn), not null
     * @param fontSize the tick-label font size in user units, positive
     * @return the {@code <g id="axes">} element
     */
    public static Element draw(Frame frame, String title, double fontSize) {
        Objects.requireNonNull(frame, "frame is null");
        Objects.requireNonNull(title, "title is null");
        double tick = fontSize * 0.45;
        Element box = Element.of("rect").attr("x", frame.fmt(frame.left())).attr("y", frame.fmt(frame.top()))
                .attr("width", frame.fmt(frame.width())).attr("height", frame.fmt(frame.height()))
                .attr("fill", "none").attr("stroke", INK).attr("stroke-width", "1");
        StringBuilder ticks = new StringBuilder();
        Vector<Element> labels = Vector.empty();
        double bottom = frame.top() + frame.height();
        for (BigDecimal t : Frame.ticks(frame.xmin(), frame.xmax(), 7)) {
            String x = frame.fmt(frame.px(t.doubleValue()));
            ticks.append('M').append(x).append(' ').append(frame.fmt(bottom))
                    .append('V').append(frame.fmt(bottom + tick));
            labels = labels.append(Element.of("text").attr("x", x)
                    .attr("y", frame.fmt(bottom + tick + fontSize * 1.05)).attr("text-anchor", "middle")
                    .text(Frame.tickLabel(t)));
        }
        for (BigDecimal t : Frame.ticks(frame.ymin(), frame.ymax(), 7)) {
            String y = frame.fmt(frame.py(t.doubleValue()));
            ticks.append('M').append(frame.fmt(frame.left())).append(' ').append(y)
                    .append('H').append(frame.fmt(frame.left() - tick));
            labels = labels.append(Element.of("text").attr("x", frame.fmt(frame.left() - tick - fontSize * 0.3))
                    .attr("y", frame.fmt(frame.py(t.doubleValue()) + fontSize * 0.35)).attr("text-anchor", "end")
                    .text(Frame.tickLabel(t)));
        }
        Element tickPath = Element.of("path").attr("d", ticks.toString()).attr("fill", "none")
                .attr("stroke", INK).attr("stroke-width", "1");
        Element tickLabels = Element.of("g").attr("id", "tick-labels")
                .attr("font-size", Decimals.format(fontSize, 2)).children(labels);
        Element group = Element.of("g").attr("id", "axes").child(box).child(tickPath).child(tickLabels);
        if (!title.isEmpty()) {
            group = group.child(Element.of("text").attr("id", "title")
                    .attr("x", frame.fmt(frame.left() + frame.width() / 2))
                    .attr("y", frame.fmt(frame.top() - fontSize * 0.8)).attr("text-anchor", "middle")
                    .attr("font-size", Decimals.format(fontSize * 1.2, 2)).text(title));
        }
        return group;
    }
}

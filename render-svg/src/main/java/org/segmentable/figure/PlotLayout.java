package org.segmentable.figure;

import org.segmentable.svg.Frame;

/**
 * A square plot area with the room around it for its title and tick labels, in design units: the
 * layout of a figure's page and of each panel of the slice grid.
 *
 * <p>{@code new PlotLayout(64, 46, 518, 18, 48).width()} is {@code 600.0}.
 *
 * @param left the room left of the plot area (y tick labels)
 * @param top the room above it (title or heading)
 * @param side the side of the square plot area
 * @param right the room right of it
 * @param bottom the room below it (x tick labels)
 */
record PlotLayout(double left, double top, double side, double right, double bottom) {

    /** The width of the plot area with its room. */
    double width() {
        return left + side + right;
    }

    /** The height of the plot area with its room. */
    double height() {
        return top + side + bottom;
    }

    /**
     * The frame of the plot area showing {@code [-box, box]²}, the layout placed with its top-left
     * corner at {@code (x, y)}.
     */
    Frame frame(double box, double x, double y, int decimals) {
        return Frame.square(box, x + left, y + top, side, decimals);
    }
}

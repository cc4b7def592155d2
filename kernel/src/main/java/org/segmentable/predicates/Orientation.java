package org.segmentable.predicates;

import org.segmentable.geometry.Point2;

/**
 * The orientation of three points: the sign of {@code (b - a) × (c - a)}.
 *
 * <p>{@code Orientation.index(Point2.of(0, 0), Point2.of(1, 0), Point2.of(0, 1))} is
 * {@link #COUNTERCLOCKWISE}.
 */
public final class Orientation {

    /** The points turn left. */
    public static final int COUNTERCLOCKWISE = 1;
    /** The points turn right. */
    public static final int CLOCKWISE = -1;
    /** The points lie on one line. */
    public static final int COLLINEAR = 0;

    private Orientation() {
    }

    /**
     * The exact orientation of {@code a, b, c}.
     *
     * @return 1 when counter-clockwise, -1 when clockwise, 0 when collinear
     */
    public static int index(Point2 a, Point2 b, Point2 c) {
        return b.subtract(a).cross(c.subtract(a)).signum();
    }
}

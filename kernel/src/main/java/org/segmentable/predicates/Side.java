package org.segmentable.predicates;

import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;

/**
 * The side of a point against a half-plane's boundary: the sign of {@code a·x + b·y + c}.
 *
 * <p>{@code Side.of(HalfPlane.of(1, 0, -1), Point2.of(2, 5))} is {@code 1}.
 */
public final class Side {

    private Side() {
    }

    /**
     * The exact sign of {@code h(p)}.
     *
     * @return 1 inside the open half-plane, 0 on its boundary line, -1 outside
     */
    public static int of(HalfPlane h, Point2 p) {
        return h.evaluate(p).signum();
    }
}

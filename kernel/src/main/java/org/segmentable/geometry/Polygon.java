package org.segmentable.geometry;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A polygon: a simple counter-clockwise shell and zero or more simple clockwise holes inside it.
 * Boundaries may touch at isolated vertices (as in a valid JTS polygon) but never cross.
 *
 * <p>{@code Polygon.of(Ring.of(Point2.of(0, 0), Point2.of(2, 0), Point2.of(2, 2), Point2.of(0, 2))).area()}
 * is {@code 4}.
 *
 * @param shell the outer boundary, counter-clockwise
 * @param holes the holes, each clockwise
 */
public record Polygon(Ring shell, Vector<Ring> holes) {

    /** Checks the arguments; use the factories. */
    public Polygon {
        Objects.requireNonNull(shell, "shell is null");
        Objects.requireNonNull(holes, "holes is null");
    }

    /** A polygon without holes. */
    public static Polygon of(Ring shell) {
        return new Polygon(shell, Vector.empty());
    }

    /** A polygon with holes. */
    public static Polygon of(Ring shell, Vector<Ring> holes) {
        return new Polygon(shell, holes);
    }

    /** The exact area: shell area minus hole areas (orientation-independent). */
    public Rational area() {
        Rational a = shell.signedArea().abs();
        for (Ring h : holes) {
            a = a.subtract(h.signedArea().abs());
        }
        return a;
    }
}

package org.segmentable.constructions;

import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Segment2;

/**
 * What two closed sets of the plane (segments, lines) have in common: nothing, one point, or a
 * segment of positive length.
 *
 * <p>{@code Intersections.segmentSegment(s, s)} is {@code Crossing.Along(s)} for a segment
 * {@code s} of positive length.
 */
public sealed interface Crossing {

    /** Nothing in common. */
    record None() implements Crossing {
    }

    /**
     * Exactly one common point.
     *
     * @param point not null
     */
    record AtPoint(Point2 point) implements Crossing {
        /**
         * Checks the point.
         *
         * @param point the common point, not null
         * @throws NullPointerException if {@code point} is null
         */
        public AtPoint {
            Objects.requireNonNull(point, "point is null");
        }
    }

    /**
     * A common segment of positive length.
     *
     * @param segment not null, not a single point
     */
    record Along(Segment2 segment) implements Crossing {
        /**
         * Checks the segment.
         *
         * @param segment the common segment, not null, with distinct endpoints
         * @throws NullPointerException if {@code segment} is null
         * @throws IllegalArgumentException if {@code segment} is a single point
         */
        public Along {
            Objects.requireNonNull(segment, "segment is null");
            if (segment.isPoint()) {
                throw new IllegalArgumentException("segment " + segment + " is a point: use AtPoint");
            }
        }
    }

    /** The shared {@link None}. */
    Crossing NONE = new None();
}

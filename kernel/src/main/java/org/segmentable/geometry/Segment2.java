package org.segmentable.geometry;

import java.util.Objects;

/**
 * A closed segment between two exact points; {@code start == end} denotes a single point.
 *
 * <p>{@code Segment2.of(Point2.of(0, 0), Point2.of(1, 1)).isPoint()} is {@code false}.
 *
 * @param start one end, not null
 * @param end the other end, not null
 */
public record Segment2(Point2 start, Point2 end) {

    /** Checks the ends; use {@link #of}. */
    public Segment2 {
        Objects.requireNonNull(start, "start is null");
        Objects.requireNonNull(end, "end is null");
    }

    /** {@code Segment2.of(Point2.of(0, 0), Point2.of(1, 1))} is the diagonal of the unit square. */
    public static Segment2 of(Point2 start, Point2 end) {
        return new Segment2(start, end);
    }

    /** True when both ends coincide. */
    public boolean isPoint() {
        return start.equals(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}

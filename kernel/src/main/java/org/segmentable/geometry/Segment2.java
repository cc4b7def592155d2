package org.segmentable.geometry;

import java.util.Objects;

/**
 * A closed segment between two exact points; {@code start == end} denotes a single point.
 *
 * <p>{@code Segment2.of(Point2.of(0, 0), Point2.of(1, 1)).isPoint()} is {@code false}.
 */
public final class Segment2 {

    private final Point2 start;
    private final Point2 end;

    private Segment2(Point2 start, Point2 end) {
        this.start = start;
        this.end = end;
    }

    /**
     * {@code Segment2.of(Point2.of(0, 0), Point2.of(1, 1))} is the diagonal of the unit square.
     *
     * @param start one end, not null
     * @param end the other end, not null
     * @return the segment
     * @throws NullPointerException if an argument is null
     */
    public static Segment2 of(Point2 start, Point2 end) {
        return new Segment2(Objects.requireNonNull(start, "start is null"), Objects.requireNonNull(end, "end is null"));
    }

    /**
     * One end.
     *
     * @return the start
     */
    public Point2 start() {
        return start;
    }

    /**
     * The other end.
     *
     * @return the end
     */
    public Point2 end() {
        return end;
    }

    /** Equal ends in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Segment2 s && start.equals(s.start) && end.equals(s.end);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + end.hashCode();
    }

    /**
     * True when both ends coincide.
     *
     * @return whether the segment is a point
     */
    public boolean isPoint() {
        return start.equals(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}

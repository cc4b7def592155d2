package org.segmentable.layer;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A closed segment of {@code R^d} between exact points; {@code start == end} is a single point.
 *
 * <p>{@code PlanarSegment.of(a, a).isPoint()} is {@code true}.
 *
 * @param start one end, not null
 * @param end the other end, not null, of the same dimension
 */
public record PlanarSegment(Vector<Rational> start, Vector<Rational> end) {

    /**
     * Checks the ends; use {@link #of}.
     *
     * @param start one end, not null
     * @param end the other end, not null, of the same dimension
     * @throws IllegalArgumentException if the ends differ in dimension
     */
    public PlanarSegment {
        Objects.requireNonNull(start, "start is null");
        Objects.requireNonNull(end, "end is null");
        if (start.size() != end.size()) {
            throw new IllegalArgumentException("start has " + start.size() + " coordinates, end " + end.size());
        }
    }

    /**
     * The segment from {@code start} to {@code end}.
     *
     * @param start one end, not null
     * @param end the other end, not null, of the same dimension
     * @return the segment
     * @throws IllegalArgumentException if the ends differ in dimension
     */
    public static PlanarSegment of(Vector<Rational> start, Vector<Rational> end) {
        return new PlanarSegment(start, end);
    }

    /**
     * True when both ends coincide; {@code PlanarSegment.of(a, a).isPoint()} is {@code true}.
     *
     * @return whether {@code start} equals {@code end}
     */
    public boolean isPoint() {
        return start.equals(end);
    }

    @Override
    public String toString() {
        return start.mkString("(", ", ", ")") + "–" + end.mkString("(", ", ", ")");
    }
}

package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A closed segment of {@code R^d} between exact points; {@code start == end} is a single point.
 *
 * <p>{@code PlanarSegment.of(a, a).get().isPoint()} is {@code true}; {@code PlanarSegment.of((0, 0), (1, 2, 3))}
 * is {@code Invalid(["start has 2 coordinates, end 3"])}.
 */
public final class PlanarSegment {

    private final Vector<Rational> start;
    private final Vector<Rational> end;

    /** A segment whose ends are known to have the same dimension. */
    PlanarSegment(Vector<Rational> start, Vector<Rational> end) {
        this.start = start;
        this.end = end;
    }

    /**
     * The segment from {@code start} to {@code end}, when the ends have the same dimension.
     *
     * @param start one end, not null
     * @param end the other end, not null
     * @return the segment, or the problem when the ends differ in dimension
     */
    public static Validation<Seq<String>, PlanarSegment> of(Vector<Rational> start, Vector<Rational> end) {
        Objects.requireNonNull(start, "start is null");
        Objects.requireNonNull(end, "end is null");
        return start.size() == end.size()
                ? Validation.valid(new PlanarSegment(start, end))
                : Validation.invalid(Vector.of("start has " + start.size() + " coordinates, end " + end.size()));
    }

    /**
     * One end.
     *
     * @return the start point, {@code d} coordinates
     */
    public Vector<Rational> start() {
        return start;
    }

    /**
     * The other end.
     *
     * @return the end point, {@code d} coordinates
     */
    public Vector<Rational> end() {
        return end;
    }

    /**
     * True when both ends coincide; {@code PlanarSegment.of(a, a).get().isPoint()} is {@code true}.
     *
     * @return whether {@code start} equals {@code end}
     */
    public boolean isPoint() {
        return start.equals(end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanarSegment && ((PlanarSegment) o).start.equals(start) && ((PlanarSegment) o).end.equals(end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    /** {@code "(0, 0, 1)–(1, 0, 1)"}. */
    @Override
    public String toString() {
        return start.mkString("(", ", ", ")") + "–" + end.mkString("(", ", ", ")");
    }
}

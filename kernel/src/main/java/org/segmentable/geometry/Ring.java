package org.segmentable.geometry;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A closed polyline given by its vertices (the closing edge from the last vertex back to the
 * first is implied; the first vertex is not repeated). A ring used as a boundary of a
 * {@link Polygon} is simple; a ring on its own (an outline) may touch or cross itself.
 *
 * <p>{@code Ring.of(Vector.of(Point2.of(0, 0), Point2.of(1, 0), Point2.of(0, 1))).signedArea()}
 * is {@code 1/2}.
 *
 * @param vertices the vertices in order, not null
 */
public record Ring(Vector<Point2> vertices) {

    /** Checks the vertices; use {@link #of}. */
    public Ring {
        Objects.requireNonNull(vertices, "vertices is null");
        vertices.forEach(p -> Objects.requireNonNull(p, "vertices holds null"));
    }

    /** {@code Ring.of(Vector.of(a, b, c))} is the triangle a, b, c. */
    public static Ring of(Vector<Point2> vertices) {
        return new Ring(vertices);
    }

    /** {@code Ring.of(Point2.of(0, 0), Point2.of(1, 0), Point2.of(0, 1))} is a triangle. */
    public static Ring of(Point2... vertices) {
        return new Ring(Vector.of(vertices));
    }

    /** The number of vertices. */
    public int size() {
        return vertices.size();
    }

    /** Vertex {@code i} modulo the size: {@code vertex(size())} is {@code vertex(0)}. */
    public Point2 vertex(int i) {
        return vertices.get(Math.floorMod(i, vertices.size()));
    }

    /**
     * The exact signed area by the shoelace formula: positive for counter-clockwise rings.
     *
     * <p>{@code Ring.of(Point2.of(0, 0), Point2.of(0, 1), Point2.of(1, 0)).signedArea()} is {@code -1/2}.
     */
    public Rational signedArea() {
        int n = vertices.size();
        if (n < 3) {
            return Rational.ZERO;
        }
        Point2 o = vertices.get(0);
        Rational twice = Rational.ZERO;
        for (int i = 1; i + 1 < n; i++) {
            twice = twice.add(vertices.get(i).subtract(o).cross(vertices.get(i + 1).subtract(o)));
        }
        return twice.multiply(Rational.HALF);
    }

    /** The same ring traversed the other way, starting at the same vertex. */
    public Ring reverse() {
        if (vertices.isEmpty()) {
            return this;
        }
        return new Ring(vertices.take(1).appendAll(vertices.drop(1).reverse()));
    }

    @Override
    public String toString() {
        return "Ring" + vertices.mkString("[", ", ", "]");
    }
}

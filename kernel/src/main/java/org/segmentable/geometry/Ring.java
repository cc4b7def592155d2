package org.segmentable.geometry;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A closed polyline given by its vertices (the closing edge from the last vertex back to the
 * first is implied; the first vertex is not repeated).
 *
 * <p>A ring on its own is only a closed path: it may repeat vertices, touch or cross itself, and
 * have any orientation, because an outline (the polyline through the feature points of a layer) is
 * exactly that, and {@code ops.Regions.fromRing} resolves any closed path into a valid region by the
 * non-zero winding rule. Nothing about such a path can be wrong, so {@link #of} returns the ring and
 * throws only on null (a programmer error). A ring that bounds a {@link Polygon} is simple and
 * oriented: {@link Polygon#of(Ring, io.vavr.collection.Seq)} checks that and reports every problem.
 *
 * <p>{@code Ring.of(Vector.of(Point2.of(0, 0), Point2.of(1, 0), Point2.of(0, 1))).signedArea()}
 * is {@code 1/2}.
 */
public final class Ring {

    private final Vector<Point2> vertices;

    private Ring(Vector<Point2> vertices) {
        this.vertices = vertices;
    }

    /**
     * {@code Ring.of(Vector.of(a, b, c))} is the closed path a, b, c, a.
     *
     * @param vertices the vertices in order, not null, without null elements
     * @return the closed path
     * @throws NullPointerException if {@code vertices} is or holds null
     */
    public static Ring of(Vector<Point2> vertices) {
        Objects.requireNonNull(vertices, "vertices is null");
        vertices.forEach(p -> Objects.requireNonNull(p, "vertices holds null"));
        return new Ring(vertices);
    }

    /**
     * {@code Ring.of(Point2.of(0, 0), Point2.of(1, 0), Point2.of(0, 1))} is a triangle.
     *
     * @param vertices the vertices in order, not null, without null elements
     * @return the closed path
     * @throws NullPointerException if {@code vertices} is or holds null
     */
    public static Ring of(Point2... vertices) {
        Objects.requireNonNull(vertices, "vertices is null");
        return of(Vector.of(vertices));
    }

    /**
     * The vertices in order.
     *
     * @return the vertices, the first not repeated at the end
     */
    public Vector<Point2> vertices() {
        return vertices;
    }

    /**
     * The number of vertices.
     *
     * @return the size
     */
    public int size() {
        return vertices.size();
    }

    /**
     * Vertex {@code i} modulo the size: {@code vertex(size())} is {@code vertex(0)}.
     *
     * @param i any index; taken modulo the size
     * @return the vertex
     * @throws IndexOutOfBoundsException if the ring has no vertex
     */
    public Point2 vertex(int i) {
        if (vertices.isEmpty()) {
            throw new IndexOutOfBoundsException("the ring has no vertex; i is " + i);
        }
        return vertices.get(Math.floorMod(i, vertices.size()));
    }

    /**
     * The exact signed area by the shoelace formula: positive for counter-clockwise rings.
     *
     * <p>{@code Ring.of(Point2.of(0, 0), Point2.of(0, 1), Point2.of(1, 0)).signedArea()} is {@code -1/2}.
     *
     * @return the signed area; for a self-crossing path the sum of its loops' signed areas
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

    /**
     * The same ring traversed the other way, starting at the same vertex.
     *
     * @return the reversed ring
     */
    public Ring reverse() {
        if (vertices.isEmpty()) {
            return this;
        }
        return new Ring(vertices.take(1).appendAll(vertices.drop(1).reverse()));
    }

    /** The same vertices in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ring r && vertices.equals(r.vertices);
    }

    @Override
    public int hashCode() {
        return vertices.hashCode();
    }

    @Override
    public String toString() {
        return "Ring" + vertices.mkString("[", ", ", "]");
    }
}

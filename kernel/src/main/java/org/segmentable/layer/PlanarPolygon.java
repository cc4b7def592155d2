package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Ring;
import org.segmentable.linalg.AffineRank;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.linalg.Vectors;
import org.segmentable.numbers.Rational;

/**
 * A simple polygon whose vertices lie in {@code R^d} and span an affine plane (the seed's
 * {@code SegmentablePlane}): checked exactly on construction (at least three vertices of one
 * dimension, affine rank exactly 2, a boundary that neither repeats a vertex nor crosses itself).
 * It splits by any coordinate hyperplane {@code x_i = 0} ({@link #split}) and projects to 2-D with a
 * chosen {@link AffineSlice} ({@link #project}).
 *
 * <p>Geometric tests that need an orientation read it in a <em>shadow</em>: the two coordinates
 * {@code (x_p, x_q)} onto which the plane projects one-to-one; signs and crossing points are
 * computed on the {@code R^d} coordinates themselves.
 *
 * <p>{@code PlanarPolygon.of(vertices)} for {@code (1,0,0,0,0), (0,1,0,0,0), (0,0,1,0,0), (0,0,0,1,0)}
 * is {@code Invalid(["the vertices span an affine subspace of dimension 3, not a plane"])}.
 */
public final class PlanarPolygon {

    private final Vector<Vector<Rational>> vertices;
    private final AffineSlice slice;
    private final int p;
    private final int q;

    /** A polygon known to be valid, in the plane of {@code slice}; its shadow is the slice's projecting axes. */
    PlanarPolygon(Vector<Vector<Rational>> vertices, AffineSlice slice) {
        this.vertices = vertices;
        this.slice = slice;
        this.p = slice.projectingAxes()._1;
        this.q = slice.projectingAxes()._2;
    }

    /**
     * A validated polygon; every problem is reported at once.
     *
     * <p>The triangle {@code (1,0,0), (0,1,0), (0,0,1)} is valid; {@code (0,0), (1,1), (2,2)} is
     * {@code Invalid(["the vertices span an affine subspace of dimension 1 (a line), not a plane"])}.
     *
     * @param vertices the vertices in boundary order (the closing edge is implied), not null
     * @return the polygon, or every problem found
     */
    public static Validation<Seq<String>, PlanarPolygon> of(Vector<Vector<Rational>> vertices) {
        Objects.requireNonNull(vertices, "vertices is null");
        Vector<String> problems = Vector.empty();
        if (vertices.size() < 3) {
            problems = problems.append("a polygon needs at least 3 vertices, got " + vertices.size());
        }
        int d = vertices.isEmpty() ? 0 : vertices.get(0).size();
        for (int k = 1; k < vertices.size(); k++) {
            if (vertices.get(k).size() != d) {
                problems = problems.append("vertex " + k + " has " + vertices.get(k).size()
                        + " coordinates, vertex 0 has " + d);
            }
        }
        if (!vertices.isEmpty() && d < 2) {
            problems = problems.append("the vertices have " + d + " coordinate(s): a plane needs d >= 2");
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        int dim = AffineRank.dimension(vertices);
        if (dim != 2) {
            return Validation.invalid(Vector.of("the vertices span an affine subspace of "
                    + AffineRank.describe(dim) + ", not a plane"));
        }
        PlanarPolygon polygon = new PlanarPolygon(vertices, ownSlice(vertices));
        // the boundary is simple exactly when its shadow on the two projecting axes is: the check of Polygon.of
        return Polygon.of(Ring.of(polygon.shadowPoints())).map(simple -> polygon).mapError(shadowProblems -> shadowProblems.map(
                m -> "in coordinates x_" + polygon.p + ", x_" + polygon.q + ": " + m.replace("the shell", "the boundary")));
    }

    /** Origin at vertex 0, basis the first two independent edge vectors from it (the vertices have rank 2). */
    private static AffineSlice ownSlice(Vector<Vector<Rational>> vertices) {
        Vector<Rational> o = vertices.get(0);
        Vector<Vector<Rational>> diffs = vertices.tail().map(x -> Vectors.subtract(x, o));
        Vector<Rational> u = diffs.find(x -> !Vectors.isZero(x)).get();
        Vector<Rational> v = diffs.find(x -> AffineRank.rank(Vector.of(u, x)) == 2).get();
        return AffineSlice.of(o, u, v).get();
    }

    /**
     * The vertices in boundary order, as given to {@link #of}: {@code PlanarPolygon.of(vs).get().vertices()} is {@code vs}.
     *
     * @return the vertices
     */
    public Vector<Vector<Rational>> vertices() {
        return vertices;
    }

    /**
     * The number of vertices; {@code 3} for a triangle.
     *
     * @return the number of vertices
     */
    public int size() {
        return vertices.size();
    }

    /**
     * The dimension {@code d} of the ambient space.
     *
     * @return {@code d}
     */
    public int dimension() {
        return vertices.get(0).size();
    }

    /** The shadow coordinates of every vertex (see the class comment). */
    Vector<Point2> shadowPoints() {
        return vertices.map(this::shadow);
    }

    Point2 shadow(Vector<Rational> x) {
        return Point2.of(x.get(p), x.get(q));
    }

    int shadowP() {
        return p;
    }

    int shadowQ() {
        return q;
    }

    /**
     * The exact area of the polygon's projection onto the coordinates {@code (x_a, x_b)}: the seed's
     * "area in the (x_0, x_2) coordinates of the plane". Zero when the plane projects onto a line.
     *
     * <p>For the diamond {@code (-1,0,0), (0,0,1), (1,0,0), (0,0,-1)}, {@code shadowArea(0, 2)} is {@code 2}.
     *
     * @param a a coordinate
     * @param b another coordinate
     * @return the non-negative area
     * @throws IndexOutOfBoundsException if a coordinate is out of range
     */
    public Rational shadowArea(int a, int b) {
        return Ring.of(vertices.map(x -> Point2.of(x.get(a), x.get(b)))).signedArea().abs();
    }

    /**
     * The polygon's own slice: origin at vertex 0, directions two independent edge vectors from it
     * (for a piece of a split, its parent's slice: the same plane).
     *
     * <p>For the triangle {@code (1,0,0), (0,1,0), (0,0,1)} it is origin {@code (1,0,0)}, basis
     * {@code (-1,1,0), (-1,0,1)}.
     *
     * @return a rank-checked slice of the polygon's plane
     */
    public AffineSlice slice() {
        return slice;
    }

    /**
     * The polygon in the 2-D coordinates of a slice, as a counter-clockwise polygon.
     *
     * <p>With the seed's slice of a layer ({@link LatentPlane#seedSlice}: origin {@code b}, directions
     * the columns of {@code W_dec}), the outline polygon's vertices {@code W_dec·W_enc·e_j + b}
     * project to the feature points {@code W_enc[:, j]}.
     *
     * @param slice a slice of the same dimension, not null
     * @return the polygon, or a message naming the first vertex that does not lie in the slice's plane
     */
    public Either<String, Polygon> project(AffineSlice slice) {
        Objects.requireNonNull(slice, "slice is null");
        Vector<Point2> points = Vector.empty();
        for (int k = 0; k < vertices.size(); k++) {
            Either<String, Point2> c = slice.project(vertices.get(k));
            if (c.isLeft()) {
                return Either.left("vertex " + k + ": " + c.getLeft());
            }
            points = points.append(c.get());
        }
        return Polygon.of(Ring.of(points)).toEither().mapLeft(ps -> ps.mkString("; "));
    }

    /**
     * Splits the polygon by the coordinate hyperplane {@code x_i = 0}, exactly: vertices on the
     * hyperplane, edges along it, a polygon on one side, touching at a point, non-convex polygons
     * cut into many pieces, and a polygon inside the hyperplane.
     *
     * <p>The diamond {@code (-1,0,0), (0,0,1), (1,0,0), (0,0,-1)} split by {@code x_2 = 0} gives one
     * positive and one negative triangle, each of area 1 in {@code (x_0, x_2)}.
     *
     * @param i the coordinate, {@code 0 <= i < d}
     * @return the split
     * @throws IndexOutOfBoundsException if {@code i} is not a coordinate
     */
    public PlanarSplit split(int i) {
        if (i < 0 || i >= dimension()) {
            throw new IndexOutOfBoundsException("i = " + i + " is not a coordinate of R^" + dimension());
        }
        return HyperplaneSplitter.split(this, i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanarPolygon && ((PlanarPolygon) o).vertices.equals(vertices);
    }

    @Override
    public int hashCode() {
        return vertices.hashCode();
    }

    @Override
    public String toString() {
        return "PlanarPolygon" + vertices.map(x -> x.mkString("(", ", ", ")")).mkString("[", ", ", "]");
    }
}

package org.segmentable.linalg;

import io.vavr.Lazy;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * A 2-D affine slice of {@code R^n} with coordinates: the plane of points
 * {@code origin + s·u + t·v}, where the directions {@code u} and {@code v} have rank exactly 2
 * (checked exactly). The slice coordinates {@code (s, t)} are the 2-D coordinates in which the
 * kernel works: the input slice of a deep network, the latent slice of a layer with {@code h > 2},
 * and the projection of a plane polygon of {@code R^d} (the seed projects with origin {@code b} and
 * basis the columns of {@code W_dec}).
 *
 * <p>Two slices of one plane with different bases give the same geometry in coordinates related
 * by an affine map; areas scale by the determinant of the basis change.
 *
 * <p>{@code AffineSlice.axes(3, 0, 2).point(Point2.of(3, 4))} is {@code [3, 0, 4]} and
 * {@code project([3, 0, 4])} of it is {@code Right((3, 4))};
 * {@code AffineSlice.of([0, 0, 0], [1, 2, 3], [2, 4, 6])} is
 * {@code Invalid(["u and v have rank 1 (parallel: they span a line), a slice needs rank 2"])}.
 */
public final class AffineSlice {

    private final Vector<Rational> origin;
    private final Vector<Rational> u;
    private final Vector<Rational> v;
    private final int p;
    private final int q;
    private final Lazy<Matrix2> gramInverse;

    private AffineSlice(Vector<Rational> origin, Vector<Rational> u, Vector<Rational> v, int p, int q) {
        this.origin = origin;
        this.u = u;
        this.v = v;
        this.p = p;
        this.q = q;
        this.gramInverse = Lazy.of(() -> Matrix2.gram(u, v).inverse().get());
    }

    /**
     * A checked slice, with every problem reported at once: fewer than 2 coordinates, {@code u} or
     * {@code v} of another length than {@code origin}, and the rank of {@code u, v} when it is not 2.
     *
     * <p>{@code AffineSlice.of([0, 0], [0, 0], [0, 0])} is
     * {@code Invalid(["u and v have rank 0 (both zero: they span a point), a slice needs rank 2"])}.
     *
     * @param origin the point with coordinates {@code (0, 0)}, not null, no null entry
     * @param u the direction of {@code s}, not null, no null entry
     * @param v the direction of {@code t}, not null, no null entry
     * @return the slice, or every problem
     * @throws NullPointerException if a vector or an entry is null
     */
    public static Validation<Seq<String>, AffineSlice> of(Vector<Rational> origin, Vector<Rational> u,
            Vector<Rational> v) {
        Objects.requireNonNull(origin, "origin is null");
        Objects.requireNonNull(u, "u is null");
        Objects.requireNonNull(v, "v is null");
        origin.forEach(x -> Objects.requireNonNull(x, "origin holds null"));
        u.forEach(x -> Objects.requireNonNull(x, "u holds null"));
        v.forEach(x -> Objects.requireNonNull(x, "v holds null"));
        Vector<String> problems = Vector.empty();
        int n = origin.size();
        if (n < 2) {
            problems = problems.append("the origin has " + n + " coordinate(s); a slice needs at least 2");
        }
        if (u.size() != n) {
            problems = problems.append("u has " + u.size() + " coordinates, the origin has " + n);
        }
        if (v.size() != n) {
            problems = problems.append("v has " + v.size() + " coordinates, the origin has " + n);
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        int[] pair = projectingPair(u, v);
        if (pair[1] < 0) {
            int rank = pair[0] < 0 ? 0 : 1;
            return Validation.invalid(Vector.of(rankProblem(rank)));
        }
        return Validation.valid(new AffineSlice(origin, u, v, pair[0], pair[1]));
    }

    /**
     * A checked slice whose directions are the two columns of an {@code n × 2} matrix given as rows
     * (like {@code W_dec} of a layer with {@code h = 2}).
     *
     * @param origin {@code n} entries, not null
     * @param basis {@code n} rows of 2 entries, not null
     * @return the slice, or every problem (a row without 2 entries, and those of {@link #of})
     */
    public static Validation<Seq<String>, AffineSlice> ofColumns(Vector<Rational> origin,
            Vector<Vector<Rational>> basis) {
        Objects.requireNonNull(basis, "basis is null");
        Vector<String> problems = Vector.empty();
        for (int r = 0; r < basis.size(); r++) {
            if (basis.get(r).size() != 2) {
                problems = problems.append("basis row " + r + " has " + basis.get(r).size()
                        + " entries, expected 2 (one per direction)");
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return of(origin, basis.map(row -> row.get(0)), basis.map(row -> row.get(1)));
    }

    /**
     * The slice of {@code R²} whose coordinates are the two inputs: origin 0, {@code u = e_0},
     * {@code v = e_1}.
     *
     * <p>{@code AffineSlice.identity().point(Point2.of(5, 7))} is {@code [5, 7]}.
     *
     * @return the identity slice
     */
    public static AffineSlice identity() {
        return axes(2, 0, 1);
    }

    /**
     * The slice of {@code R^n} through the origin spanned by the unit vectors {@code e_i} and
     * {@code e_j}; {@code axes(h, 0, 1)} of a latent space with {@code h = 2} is its plain plane.
     *
     * <p>{@code AffineSlice.axes(3, 0, 2).v()} is {@code [0, 0, 1]}.
     *
     * @param n the dimension, at least 2
     * @param i the axis of {@code s}
     * @param j the axis of {@code t}, different from {@code i}
     * @return the slice
     * @throws IllegalArgumentException if the axes are out of range or equal
     */
    public static AffineSlice axes(int n, int i, int j) {
        if (n < 2 || i < 0 || j < 0 || i >= n || j >= n || i == j) {
            throw new IllegalArgumentException("axes " + i + ", " + j + " are not two different axes of R^" + n);
        }
        Vector<Rational> zero = Vector.fill(n, Rational.ZERO);
        return new AffineSlice(zero, zero.update(i, Rational.ONE), zero.update(j, Rational.ONE), Math.min(i, j),
                Math.max(i, j));
    }

    /**
     * The message for directions of rank {@code rank} below 2.
     *
     * @param rank 0 or 1
     * @return {@code "u and v have rank 1 (parallel: they span a line), a slice needs rank 2"} or
     *     the rank-0 wording
     */
    private static String rankProblem(int rank) {
        return "u and v have rank " + rank + (rank == 0 ? " (both zero: they span a point)"
                : " (parallel: they span a line)") + ", a slice needs rank 2";
    }

    /**
     * The lexicographically first coordinate pair {@code a < b} with a non-zero minor
     * {@code u_a·v_b - u_b·v_a}, in one pass: {@code a} is the first coordinate where {@code u} or
     * {@code v} is non-zero (every pair before it has minor 0), and if no {@code b > a} gives a
     * non-zero minor every later {@code (u_b, v_b)} is parallel to {@code (u_a, v_a)}, so the rank
     * is 1. {@code [-1, -1]} for rank 0, {@code [a, -1]} for rank 1.
     */
    private static int[] projectingPair(Vector<Rational> u, Vector<Rational> v) {
        int n = u.size();
        int a = 0;
        while (a < n && u.get(a).isZero() && v.get(a).isZero()) {
            a++;
        }
        if (a == n) {
            return new int[] {-1, -1};
        }
        for (int b = a + 1; b < n; b++) {
            if (!u.get(a).multiply(v.get(b)).subtract(u.get(b).multiply(v.get(a))).isZero()) {
                return new int[] {a, b};
            }
        }
        return new int[] {a, -1};
    }

    /**
     * The dimension {@code n} of the space the slice lies in.
     *
     * @return the number of coordinates of {@link #origin()}
     */
    public int dimension() {
        return origin.size();
    }

    /**
     * The origin, the point with coordinates {@code (0, 0)}.
     *
     * @return {@code n} entries
     */
    public Vector<Rational> origin() {
        return origin;
    }

    /**
     * The direction of the coordinate {@code s}: {@code point((1, 0)) - point((0, 0))}.
     *
     * @return {@code n} entries
     */
    public Vector<Rational> u() {
        return u;
    }

    /**
     * The direction of the coordinate {@code t}: {@code point((0, 1)) - point((0, 0))}.
     *
     * @return {@code n} entries
     */
    public Vector<Rational> v() {
        return v;
    }

    /**
     * The point of {@code R^n} with slice coordinates {@code c = (s, t)}: {@code origin + s·u + t·v},
     * exactly.
     *
     * <p>{@code AffineSlice.of([1, 1, 1], [1, 0, 2], [0, 1, 1]).get().point(Point2.of(2, 3))} is
     * {@code [3, 4, 8]}.
     *
     * @param c the slice coordinates, not null
     * @return the point, {@code n} entries
     */
    public Vector<Rational> point(Point2 c) {
        Objects.requireNonNull(c, "c is null");
        Rational s = c.x();
        Rational t = c.y();
        return Vector.range(0, origin.size())
                .map(k -> origin.get(k).add(u.get(k).multiply(s)).add(v.get(k).multiply(t)));
    }

    /**
     * The slice coordinates of a point of the plane, exactly: the inverse of {@link #point}.
     *
     * <p>{@code slice.project(slice.point(c))} is {@code Right(c)}.
     *
     * @param x a point of {@code R^n}, not null
     * @return its coordinates, or a message when it has the wrong dimension or lies off the plane
     */
    public Either<String, Point2> project(Vector<Rational> x) {
        Objects.requireNonNull(x, "x is null");
        if (x.size() != origin.size()) {
            return Either.left("the point has " + x.size() + " coordinates, the plane lies in R^" + origin.size());
        }
        Matrix2 shadow = Matrix2.of(u.get(p), v.get(p), u.get(q), v.get(q));
        Point2 c = shadow.solve(Point2.of(x.get(p).subtract(origin.get(p)), x.get(q).subtract(origin.get(q)))).get();
        if (!point(c).equals(x)) {
            return Either.left("the point " + x.mkString("(", ", ", ")") + " does not lie in the plane");
        }
        return Either.right(c);
    }

    /**
     * The slice coordinates of the orthogonal projection of {@code x} onto the plane: the
     * {@code (s, t)} minimising {@code |point((s, t)) - x|}, from the Gram system
     * {@code [[u·u, u·v], [u·v, v·v]]·(s, t) = (u·(x - o), v·(x - o))} solved exactly. For a point of
     * the plane it is {@link #project}'s answer.
     *
     * <p>{@code AffineSlice.axes(3, 0, 1).nearest([2, 3, 5])} is {@code (2, 3)}.
     *
     * @param x a point of {@code R^n}, not null
     * @return the coordinates of the nearest point of the plane
     * @throws IllegalArgumentException if {@code x} has another dimension
     */
    public Point2 nearest(Vector<Rational> x) {
        Vector<Rational> w = Vectors.subtract(x, origin);
        return gramInverse.get().times(Point2.of(Vectors.dot(u, w), Vectors.dot(v, w)));
    }

    /**
     * The coordinate function {@code x_i} on the plane as a half-plane of the slice coordinates:
     * {@code x_i(s, t) = u_i·s + v_i·t + origin_i}, read as {@code x_i > 0}; constant when the plane
     * is parallel to the hyperplane {@code x_i = 0}.
     *
     * <p>For the seed's slice of a layer (origin {@code b}, directions the columns of
     * {@code W_dec}), {@code halfPlane(i)} is the layer's {@code boundary(i)}.
     *
     * @param i a coordinate, {@code 0 <= i < n}
     * @return the half-plane {@code x_i > 0} in slice coordinates
     * @throws IndexOutOfBoundsException if {@code i} is not a coordinate
     */
    public HalfPlane halfPlane(int i) {
        return HalfPlane.of(u.get(i), v.get(i), origin.get(i));
    }

    /**
     * The first pair of coordinates {@code (x_a, x_b)}, {@code a < b}, onto which the plane projects
     * one-to-one (the first non-zero 2 × 2 minor of {@code [u v]}); {@link #project} reads a point's
     * coordinates from these two.
     *
     * <p>{@code AffineSlice.axes(4, 3, 1).projectingAxes()} is {@code (1, 3)}.
     *
     * @return {@code (a, b)}
     */
    public Tuple2<Integer, Integer> projectingAxes() {
        return Tuple.of(p, q);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AffineSlice s && s.origin.equals(origin) && s.u.equals(u) && s.v.equals(v);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, u, v);
    }

    @Override
    public String toString() {
        return "AffineSlice[origin=" + origin.mkString("(", ", ", ")") + ", u=" + u.mkString("(", ", ", ")")
                + ", v=" + v.mkString("(", ", ", ")") + "]";
    }
}

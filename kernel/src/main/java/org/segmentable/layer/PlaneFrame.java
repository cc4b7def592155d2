package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * An affine plane of {@code R^d} with coordinates: the points {@code origin + s·u + t·v}, where
 * the basis {@code u, v} has rank exactly 2 (checked exactly). It maps plane points to their 2-D
 * coordinates {@code (s, t)} and back, and turns the coordinate function {@code x_i} into the
 * half-plane {@code x_i > 0} of the 2-D coordinates.
 *
 * <p>The seed's projection ({@link #seed(ReluLayer)}) has origin {@code b} and basis the columns of
 * {@code W_dec}, so the seed's plane point {@code W_dec·W_enc·e_j + b} has coordinates
 * {@code W_enc[:, j]}, and {@code halfPlane(i)} is the layer's {@code boundary(i)}.
 *
 * <p>{@code PlaneFrame.of(o, e0, e2).get().project(x)} for {@code x = (3, 0, 4, 0, 0)} and the origin
 * {@code o = 0} is {@code Right((3, 4))}.
 */
public final class PlaneFrame {

    private final Vector<Rational> origin;
    private final Vector<Rational> u;
    private final Vector<Rational> v;
    private final int p;
    private final int q;
    private final Rational minor;

    private PlaneFrame(Vector<Rational> origin, Vector<Rational> u, Vector<Rational> v, int p, int q) {
        this.origin = origin;
        this.u = u;
        this.v = v;
        this.p = p;
        this.q = q;
        this.minor = u.get(p).multiply(v.get(q)).subtract(u.get(q).multiply(v.get(p)));
    }

    /**
     * A frame with the given origin and basis vectors, rank-checked.
     *
     * <p>{@code PlaneFrame.of(o, u, u.scale(2))} is
     * {@code Invalid(["the basis vectors span dimension 1 (a line), not a plane: they need rank 2"])}.
     *
     * @param origin the point with coordinates {@code (0, 0)}, not null
     * @param u the first basis vector, not null
     * @param v the second basis vector, not null
     * @return the frame, or every problem (dimensions differ, rank not 2)
     */
    public static Validation<Seq<String>, PlaneFrame> of(Vector<Rational> origin, Vector<Rational> u,
            Vector<Rational> v) {
        Objects.requireNonNull(origin, "origin is null");
        Objects.requireNonNull(u, "u is null");
        Objects.requireNonNull(v, "v is null");
        Vector<String> problems = Vector.empty();
        int d = origin.size();
        if (d < 2) {
            problems = problems.append("the origin has " + d + " coordinate(s): a plane needs d >= 2");
        }
        if (u.size() != d) {
            problems = problems.append("the basis vector u has " + u.size() + " coordinates, the origin has " + d);
        }
        if (v.size() != d) {
            problems = problems.append("the basis vector v has " + v.size() + " coordinates, the origin has " + d);
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        int rank = AffineRank.rank(Vector.of(u, v));
        if (rank != 2) {
            return Validation.invalid(Vector.of("the basis vectors span " + AffineRank.describe(rank)
                    + ", not a plane: they need rank 2"));
        }
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                if (!u.get(a).multiply(v.get(b)).subtract(u.get(b).multiply(v.get(a))).isZero()) {
                    return Validation.valid(new PlaneFrame(origin, u, v, a, b));
                }
            }
        }
        throw new IllegalStateException("rank 2 without a non-zero 2 × 2 minor"); // unreachable
    }

    /**
     * A frame whose basis is given as the two columns of a {@code d × 2} matrix (like {@code W_dec}).
     *
     * <p>{@code PlaneFrame.ofColumns(b, wDec)} is the seed's frame of a layer with {@code h = 2}.
     *
     * @param origin {@code d} entries, not null
     * @param basis {@code d} rows of 2 entries, not null
     * @return the frame, or every problem
     */
    public static Validation<Seq<String>, PlaneFrame> ofColumns(Vector<Rational> origin,
            Vector<Vector<Rational>> basis) {
        Objects.requireNonNull(basis, "basis is null");
        Vector<String> problems = Vector.empty();
        for (int r = 0; r < basis.size(); r++) {
            if (basis.get(r).size() != 2) {
                problems = problems.append("basis row " + r + " has " + basis.get(r).size()
                        + " entries, expected 2 (one per basis vector)");
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return of(origin, basis.map(row -> row.get(0)), basis.map(row -> row.get(1)));
    }

    /**
     * The seed's projection of a layer: origin {@code b}, basis the columns of {@code W_dec}.
     *
     * @param layer a layer with {@code h = 2} and {@code W_dec} of rank 2, not null
     * @return the frame, or the problems ({@code h != 2}, {@code W_dec} of rank below 2)
     */
    public static Validation<Seq<String>, PlaneFrame> seed(ReluLayer layer) {
        Objects.requireNonNull(layer, "layer is null");
        if (layer.h() != 2) {
            return Validation.invalid(Vector.of(LatentPlane.hProblem(layer)));
        }
        return ofColumns(layer.b(), layer.wDec())
                .mapError(ps -> ps.map(m -> "the seed's projection of layer '" + layer.name() + "' (columns of W_dec): " + m));
    }

    /** Two coordinates {@code (x_p, x_q)} onto which the plane projects one-to-one. */
    int[] shadowPair() {
        return new int[] {p, q};
    }

    /** The non-zero minor {@code u_p·v_q - u_q·v_p} of the shadow pair. */
    Rational shadowMinor() {
        return minor;
    }

    /** The origin, the point with coordinates {@code (0, 0)}. */
    public Vector<Rational> origin() {
        return origin;
    }

    /** The first basis vector; {@code PlaneFrame.of(o, u, v).get().u()} is {@code u}. */
    public Vector<Rational> u() {
        return u;
    }

    /** The second basis vector; {@code PlaneFrame.of(o, u, v).get().v()} is {@code v}. */
    public Vector<Rational> v() {
        return v;
    }

    /** The dimension {@code d} of the ambient space. */
    public int dimension() {
        return origin.size();
    }

    /**
     * The point of {@code R^d} with coordinates {@code c}: {@code origin + c.x·u + c.y·v}.
     *
     * <p>{@code frame.lift(Point2.of(1, 0))} is {@code origin + u}.
     */
    public Vector<Rational> lift(Point2 c) {
        Objects.requireNonNull(c, "c is null");
        return Vector.range(0, origin.size())
                .map(k -> origin.get(k).add(c.x().multiply(u.get(k))).add(c.y().multiply(v.get(k))));
    }

    /**
     * The coordinates of a point of the plane.
     *
     * <p>{@code frame.project(frame.lift(c))} is {@code Right(c)}.
     *
     * @param x a point of {@code R^d}, not null
     * @return its coordinates, or a message when it has the wrong dimension or lies off the plane
     */
    public Either<String, Point2> project(Vector<Rational> x) {
        Objects.requireNonNull(x, "x is null");
        if (x.size() != origin.size()) {
            return Either.left("the point has " + x.size() + " coordinates, the plane lies in R^" + origin.size());
        }
        Rational dp = x.get(p).subtract(origin.get(p));
        Rational dq = x.get(q).subtract(origin.get(q));
        Rational s = dp.multiply(v.get(q)).subtract(dq.multiply(v.get(p))).divide(minor);
        Rational t = u.get(p).multiply(dq).subtract(u.get(q).multiply(dp)).divide(minor);
        Point2 c = Point2.of(s, t);
        if (!lift(c).equals(x)) {
            return Either.left("the point " + x.mkString("(", ", ", ")") + " does not lie in the plane");
        }
        return Either.right(c);
    }

    /**
     * The coordinate function {@code x_i} on the plane as a half-plane of the 2-D coordinates:
     * {@code x_i(s, t) = u_i·s + v_i·t + origin_i}, read as {@code x_i > 0}. Constant when the
     * plane is parallel to the hyperplane {@code x_i = 0}.
     *
     * <p>For the seed's frame of a layer, {@code halfPlane(i)} equals {@code layer.boundary(i)}.
     *
     * @param i a coordinate, {@code 0 <= i < d}
     * @throws IndexOutOfBoundsException if {@code i} is not a coordinate
     */
    public HalfPlane halfPlane(int i) {
        return HalfPlane.of(u.get(i), v.get(i), origin.get(i));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaneFrame && ((PlaneFrame) o).origin.equals(origin) && ((PlaneFrame) o).u.equals(u)
                && ((PlaneFrame) o).v.equals(v);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, u, v);
    }

    @Override
    public String toString() {
        return "PlaneFrame[origin=" + origin.mkString("(", ", ", ")") + ", u=" + u.mkString("(", ", ", ")")
                + ", v=" + v.mkString("(", ", ", ")") + "]";
    }
}

package org.segmentable.ops;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;
import org.segmentable.predicates.Side;

/**
 * Exact clipping of a region to convex sets: the intersection with several half-planes, or with a
 * convex polygon (a cell of the activation complex). Clipping keeps the part of the region where
 * every {@code h > 0} (the closure of that part, as polygons always are), by successive
 * {@link Split}s.
 *
 * <p>{@code Clip.toHalfPlanes(Regions.box(Rational.ONE), Vector.of(HalfPlane.of(1, 0, 0), HalfPlane.of(0, 1, 0))).area()}
 * is {@code 1}.
 */
public final class Clip {

    private Clip() {
    }

    /**
     * The part of the region where every half-plane is positive. A constant half-plane keeps
     * everything ({@code c > 0}) or nothing ({@code c <= 0}).
     *
     * <p>{@code Clip.toHalfPlanes(Regions.box(Rational.ONE), Vector.empty())} is the box itself.
     *
     * @param region a valid region, not null
     * @param halfPlanes the half-planes, not null
     * @return the clipped valid region
     */
    public static Region toHalfPlanes(Region region, Seq<HalfPlane> halfPlanes) {
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(halfPlanes, "halfPlanes is null");
        Region r = region;
        for (HalfPlane h : halfPlanes) {
            if (r.isEmpty()) {
                break;
            }
            r = Split.of(r, h).positive();
        }
        return r;
    }

    /**
     * The intersection of the region with a convex polygon given by its ring (either orientation;
     * collinear and repeated vertices allowed).
     *
     * <p>{@code Clip.toConvexPolygon(Regions.box(Rational.ONE), Ring.of(Point2.of(0, 0), Point2.of(5, 0), Point2.of(0, 5))).area()}
     * is {@code 1}.
     *
     * @param region a valid region, not null
     * @param convex a convex ring enclosing positive area, not null
     * @return the clipped valid region
     * @throws IllegalArgumentException if {@code convex} is not convex or encloses no area
     */
    public static Region toConvexPolygon(Region region, Ring convex) {
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(convex, "convex is null");
        return toHalfPlanes(region, halfPlanesOf(convex));
    }

    /**
     * The half-planes whose intersection is the interior of a convex ring.
     *
     * <p>{@code Clip.halfPlanesOf(Ring.of(Point2.of(0, 0), Point2.of(1, 0), Point2.of(0, 1))).size()} is {@code 3}.
     *
     * @param convex a convex ring enclosing positive area, not null
     * @return one half-plane per edge, positive inside
     * @throws IllegalArgumentException if {@code convex} is not convex or encloses no area
     */
    public static Vector<HalfPlane> halfPlanesOf(Ring convex) {
        Objects.requireNonNull(convex, "convex is null");
        int turn = convex.signedArea().signum();
        if (turn == 0) {
            throw new IllegalArgumentException("convex encloses no area: " + convex);
        }
        Vector<Point2> v = Vector.empty();
        for (Point2 p : convex.vertices()) {
            if (v.isEmpty() || !v.last().equals(p)) {
                v = v.append(p);
            }
        }
        if (v.size() > 1 && v.head().equals(v.last())) {
            v = v.init();
        }
        int n = v.size();
        Vector<HalfPlane> out = Vector.empty();
        for (int i = 0; i < n; i++) {
            Point2 p = v.get(i);
            Point2 q = v.get((i + 1) % n);
            Point2 r = v.get((i + 2) % n);
            if (Orientation.index(p, q, r) * turn < 0) {
                throw new IllegalArgumentException("convex is not convex at " + q + ": " + convex);
            }
            // inside on the left of p -> q (for counter-clockwise rings): cross(q - p, x - p) * turn > 0
            Rational a = p.y().subtract(q.y());
            Rational b = q.x().subtract(p.x());
            Rational c = a.multiply(p.x()).add(b.multiply(p.y())).negate();
            HalfPlane h = HalfPlane.of(a, b, c);
            out = out.append(turn > 0 ? h : h.negate());
        }
        for (HalfPlane h : out) {
            for (Point2 p : v) {
                if (Side.of(h, p) < 0) {
                    throw new IllegalArgumentException("convex is not convex (winds more than once): " + convex);
                }
            }
        }
        return out;
    }
}

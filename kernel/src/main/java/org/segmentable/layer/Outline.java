package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.ops.Regions;
import org.segmentable.predicates.Orientation;

/**
 * The seed's outline: the feature points in exact counter-clockwise angular order around the
 * latent origin, starting at feature 0 (or, when feature 0 is the origin, at the first non-zero
 * feature). Features in the same direction follow each other by distance from the origin, nearest
 * first, then by index; features exactly at the origin are left out and reported. The ring may
 * touch or cross itself; the region it bounds is its non-zero winding region.
 *
 * <p>Angles are compared exactly, with no trigonometry: first the half-turn of the angle measured
 * counter-clockwise from the start feature's direction ({@code [0, π)} or {@code [π, 2π)}), then
 * the sign of the cross product.
 *
 * <p>For feature points {@code (1, 0), (0, -1), (0, 0), (-1, 0), (0, 1)} the outline's order is
 * {@code [0, 4, 3, 1]} and its zero features {@code [2]}.
 *
 * <p>Outlines are built only by the factories, which compute the order.
 */
public final class Outline {

    private final Ring ring;
    private final Vector<Integer> order;
    private final Vector<Integer> zeroFeatures;

    /** An outline whose order has one entry per ring vertex. */
    private Outline(Ring ring, Vector<Integer> order, Vector<Integer> zeroFeatures) {
        this.ring = ring;
        this.order = order;
        this.zeroFeatures = zeroFeatures;
    }

    /**
     * The outline of a layer's latent plane.
     *
     * @param plane not null
     * @return the outline of {@code plane.featurePoints()}
     */
    public static Outline of(LatentPlane plane) {
        Objects.requireNonNull(plane, "plane is null");
        return ofPoints(plane.featurePoints());
    }

    /**
     * The outline of a layer.
     *
     * <p>For a layer with {@code h = 3} it is {@code Invalid} with the message of
     * {@link LatentPlane#of}.
     *
     * @param layer not null
     * @return the outline, or the problem when {@code h != 2}
     */
    public static Validation<Seq<String>, Outline> of(ReluLayer layer) {
        Objects.requireNonNull(layer, "layer is null");
        return LatentPlane.of(layer).map(Outline::of);
    }

    /**
     * The outline of feature points given directly (feature {@code j} at {@code points.get(j)}).
     *
     * <p>{@code Outline.ofPoints(Vector.of(Point2.of(0, 1), Point2.of(1, 0), Point2.of(-1, 0))).order()}
     * is {@code [0, 2, 1]}.
     *
     * @param points the feature points, not null
     * @return the outline (an empty ring when every point is the origin)
     */
    public static Outline ofPoints(Vector<Point2> points) {
        Objects.requireNonNull(points, "points is null");
        Vector<Integer> zero = Vector.range(0, points.size()).filter(j -> points.get(j).isOrigin());
        Vector<Integer> nonZero = Vector.range(0, points.size()).filter(j -> !points.get(j).isOrigin());
        if (nonZero.isEmpty()) {
            return new Outline(Ring.of(Vector.empty()), Vector.empty(), zero);
        }
        int start = nonZero.head();
        Point2[] p = points.toJavaArray(Point2[]::new);
        Integer[] sorted = nonZero.toJavaArray(Integer[]::new);
        int[] half = new int[p.length];
        for (int j : sorted) {
            half[j] = halfTurn(p[start], p[j]);
        }
        // the angle's half-turn from the start feature, then the exact turn, distance and index
        java.util.Arrays.sort(sorted, (j, k) -> {
            int c = half[j] != half[k] ? Integer.compare(half[j], half[k]) : compareWithinHalfTurn(p[j], p[k]);
            return c != 0 ? c : Integer.compare(j, k);
        });
        // Same-direction features nearest first can put a nearer one before the start feature: the
        // cyclic order is the same, so rotate to begin at the start feature.
        Vector<Integer> all = Vector.of(sorted);
        int at = all.indexOf(start);
        Vector<Integer> order = all.drop(at).appendAll(all.take(at));
        return new Outline(Ring.of(order.map(points::get)), order, zero);
    }

    /** The order of two non-zero points in the same half-turn: by angle, then by distance. */
    private static int compareWithinHalfTurn(Point2 a, Point2 b) {
        int turn = Orientation.index(Point2.ORIGIN, a, b); // the sign of a × b, filtered exact
        if (turn != 0) {
            return -turn; // b counter-clockwise of a: a comes first
        }
        return a.dot(a).compareTo(b.dot(b));
    }

    /** 0 when the angle from {@code reference} to {@code p} lies in {@code [0, π)}, 1 in {@code [π, 2π)}. */
    private static int halfTurn(Point2 reference, Point2 p) {
        int side = Orientation.index(Point2.ORIGIN, reference, p);
        if (side != 0) {
            return side > 0 ? 0 : 1;
        }
        return reference.dot(p).signum() > 0 ? 0 : 1;
    }

    /**
     * The non-zero feature points in outline order.
     *
     * @return the ring, {@code ring().vertex(k)} is feature {@code order().get(k)}
     */
    public Ring ring() {
        return ring;
    }

    /**
     * The feature index of each ring vertex.
     *
     * @return one feature per ring vertex, in outline order
     */
    public Vector<Integer> order() {
        return order;
    }

    /**
     * The features exactly at the origin, which the outline leaves out.
     *
     * @return the zero features, ascending
     */
    public Vector<Integer> zeroFeatures() {
        return zeroFeatures;
    }

    /**
     * The region the outline bounds under the non-zero winding rule, resolved exactly into
     * polygons with holes; empty when fewer than three features are non-zero. Computed on each call.
     *
     * <p>For the seed's example (a regular hexagon of unit feature points) it is the hexagon, of area
     * {@code 3·√3/2} up to the rounding of the weights.
     *
     * @return the outline region
     */
    public Region region() {
        return ring.size() < 3 ? Region.EMPTY : Regions.fromRing(ring);
    }

    /**
     * The number of non-zero features on the outline; {@code Outline.ofPoints(Vector.of(Point2.ORIGIN, Point2.of(1, 0))).size()} is {@code 1}.
     *
     * @return the number of ring vertices
     */
    public int size() {
        return order.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outline && ((Outline) o).ring.equals(ring) && ((Outline) o).order.equals(order)
                && ((Outline) o).zeroFeatures.equals(zeroFeatures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ring, order, zeroFeatures);
    }

    /** {@code "Outline[ring=…, order=Vector(0, 4, 3, 1), zeroFeatures=Vector(2)]"}. */
    @Override
    public String toString() {
        return "Outline[ring=" + ring + ", order=" + order + ", zeroFeatures=" + zeroFeatures + "]";
    }
}

package org.segmentable.reference;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * Areas of a valid region intersected with a convex set (an intersection of half-planes), by the
 * triangle fan: for a closed ring {@code v_0 … v_{n-1}}, the signed area of its inside within a
 * convex set {@code C} is the sum over edges of the signed area of the triangle
 * {@code (v_0, v_i, v_{i+1})} clipped to {@code C} (the fan's indicator functions add up to the
 * ring's winding number). A shell counts plus, a hole minus, whatever their orientation. Linear in
 * the number of edges, plain exact arithmetic.
 *
 * <p>{@code FanReference.area(region, Vector.of(HalfPlane.of(1, 0, 0)))} is the area of the
 * region's part where {@code x > 0}.
 */
public final class FanReference {

    private FanReference() {
    }

    /**
     * The area of the region's part where every {@code constraints[k]} is positive.
     *
     * @param region a valid region (simple rings, disjoint interiors)
     * @param constraints functions that must be positive; a constant one keeps everything when its
     *     constant is positive and nothing otherwise
     * @return the exact area
     */
    public static Rational area(Region region, Vector<HalfPlane> constraints) {
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(constraints, "constraints is null");
        for (HalfPlane h : constraints) {
            if (h.isConstant() && h.c().signum() <= 0) {
                return Rational.ZERO;
            }
        }
        Vector<HalfPlane> lines = constraints.filter(h -> !h.isConstant());
        Rational sum = Rational.ZERO;
        for (Polygon piece : region.pieces()) {
            sum = sum.add(ringArea(piece.shell(), lines));
            for (Ring hole : piece.holes()) {
                sum = sum.subtract(ringArea(hole, lines));
            }
        }
        return sum;
    }

    /**
     * The area of an activation pattern: where {@code hs[i] > 0} for the dims marked {@code 1} and
     * {@code hs[i] < 0} for the others (the pattern's set is convex).
     *
     * @param region a valid region
     * @param hs the dims' functions
     * @param pattern one character per dim, {@code '1'} active
     * @return the exact area
     */
    public static Rational patternArea(Region region, Vector<HalfPlane> hs, String pattern) {
        if (pattern.length() != hs.size()) {
            throw new IllegalArgumentException("pattern " + pattern + " has " + pattern.length()
                    + " characters for " + hs.size() + " dims");
        }
        Vector<HalfPlane> constraints = Vector.empty();
        for (int i = 0; i < hs.size(); i++) {
            HalfPlane h = hs.get(i);
            if (pattern.charAt(i) == '1') {
                constraints = constraints.append(h);
            } else if (h.isConstant()) {
                if (h.c().signum() > 0) {
                    return Rational.ZERO;
                }
            } else {
                constraints = constraints.append(h.negate());
            }
        }
        return area(region, constraints);
    }

    /** The unsigned area enclosed by one simple ring within the half-planes. */
    private static Rational ringArea(Ring ring, Vector<HalfPlane> lines) {
        int n = ring.size();
        if (n < 3) {
            return Rational.ZERO;
        }
        Point2 o = ring.vertex(0);
        Rational sum = Rational.ZERO;
        for (int i = 1; i + 1 < n; i++) {
            List<Point2> tri = new ArrayList<>(List.of(o, ring.vertex(i), ring.vertex(i + 1)));
            for (HalfPlane h : lines) {
                tri = ConvexClip.clip(tri, h, 1);
                if (tri.size() < 3) {
                    break;
                }
            }
            sum = sum.add(ConvexClip.signedArea(tri));
        }
        return ring.signedArea().signum() < 0 ? sum.negate() : sum;
    }
}

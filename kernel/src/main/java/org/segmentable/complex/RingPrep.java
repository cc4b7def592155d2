package org.segmentable.complex;

import io.vavr.collection.Vector;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;

/**
 * The rings that bound a region for the non-zero winding rule, cleaned for the arrangement.
 * Package-private.
 *
 * <p>{@code RingPrep.ofRegion(square)} is the square's shell, counter-clockwise.
 */
final class RingPrep {

    private RingPrep() {
    }

    /** Shells counter-clockwise, holes clockwise, so the winding number is 1 inside, 0 outside. */
    static Vector<Ring> ofRegion(Region region) {
        Vector<Ring> out = Vector.empty();
        for (Polygon p : region.pieces()) {
            out = out.append(oriented(p.shell(), 1));
            for (Ring h : p.holes()) {
                out = out.append(oriented(h, -1));
            }
        }
        return clean(out);
    }

    private static Ring oriented(Ring r, int sign) {
        return r.signedArea().signum() * sign < 0 ? r.reverse() : r;
    }

    /**
     * Drops repeated vertices and the middle vertex of collinear triples (which leaves every
     * winding number off the ring unchanged), and rings left with fewer than three vertices.
     */
    static Vector<Ring> clean(Vector<Ring> rings) {
        Vector<Ring> out = Vector.empty();
        for (Ring r : rings) {
            java.util.ArrayList<Point2> v = new java.util.ArrayList<>(r.vertices().asJava());
            boolean changed = true;
            while (changed && v.size() >= 3) {
                changed = false;
                for (int k = 0; k < v.size() && v.size() >= 3; k++) {
                    Point2 prev = v.get(Math.floorMod(k - 1, v.size()));
                    Point2 cur = v.get(k);
                    Point2 nxt = v.get((k + 1) % v.size());
                    if (cur.equals(nxt) || Orientation.index(prev, cur, nxt) == Orientation.COLLINEAR) {
                        v.remove(k);
                        changed = true;
                        k--;
                    }
                }
            }
            if (v.size() >= 3) {
                out = out.append(Ring.of(Vector.ofAll(v)));
            }
        }
        return out;
    }

    /** {@code {xmin, ymin, xmax, ymax}} of the rings' vertices (rings not empty). */
    static Rational[] box(Vector<Ring> rings) {
        Point2 first = rings.get(0).vertex(0);
        Rational x0 = first.x(), x1 = first.x(), y0 = first.y(), y1 = first.y();
        for (Ring r : rings) {
            for (Point2 p : r.vertices()) {
                x0 = x0.min(p.x());
                x1 = x1.max(p.x());
                y0 = y0.min(p.y());
                y1 = y1.max(p.y());
            }
        }
        return new Rational[] {x0, y0, x1, y1};
    }

    /** The winding number of the rings around a point on none of them. */
    static int winding(Vector<Ring> rings, Point2 p) {
        int w = 0;
        for (Ring r : rings) {
            int n = r.size();
            for (int k = 0; k < n; k++) {
                Point2 a = r.vertex(k);
                Point2 b = r.vertex(k + 1);
                if (a.y().compareTo(p.y()) <= 0) {
                    if (b.y().compareTo(p.y()) > 0 && Orientation.index(a, b, p) > 0) {
                        w++;
                    }
                } else if (b.y().compareTo(p.y()) <= 0 && Orientation.index(a, b, p) < 0) {
                    w--;
                }
            }
        }
        return w;
    }
}

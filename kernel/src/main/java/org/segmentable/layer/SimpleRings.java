package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.segmentable.geometry.Point2;
import org.segmentable.predicates.Orientation;

/** Exact simplicity check of a closed polyline of the plane (quadratic: for user polygons, not hot loops). */
final class SimpleRings {

    private SimpleRings() {
    }

    /**
     * Every reason the closed polyline is not simple: a repeated consecutive vertex, two adjacent
     * edges folding back on each other, two non-adjacent edges that meet.
     */
    static Seq<String> problems(Vector<Point2> ring) {
        int n = ring.size();
        Vector<String> problems = Vector.empty();
        for (int k = 0; k < n; k++) {
            if (ring.get(k).equals(ring.get((k + 1) % n))) {
                problems = problems.append("vertices " + k + " and " + ((k + 1) % n) + " coincide");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int k = 0; k < n; k++) {
            Point2 a = ring.get(k);
            Point2 b = ring.get((k + 1) % n);
            Point2 c = ring.get((k + 2) % n);
            if (Orientation.index(a, b, c) == 0 && b.subtract(a).dot(c.subtract(b)).signum() < 0) {
                problems = problems.append("edges " + k + " and " + ((k + 1) % n) + " fold back on each other");
            }
        }
        for (int k = 0; k < n; k++) {
            for (int m = k + 2; m < n; m++) {
                if (k == 0 && m == n - 1) {
                    continue; // adjacent through the closing edge
                }
                if (segmentsMeet(ring.get(k), ring.get(k + 1), ring.get(m), ring.get((m + 1) % n))) {
                    problems = problems.append("edges " + k + " and " + m + " meet: the boundary is not simple");
                }
            }
        }
        return problems;
    }

    /** True when the closed segments {@code ab} and {@code cd} share a point. */
    static boolean segmentsMeet(Point2 a, Point2 b, Point2 c, Point2 d) {
        int o1 = Orientation.index(a, b, c);
        int o2 = Orientation.index(a, b, d);
        int o3 = Orientation.index(c, d, a);
        int o4 = Orientation.index(c, d, b);
        if (o1 * o2 < 0 && o3 * o4 < 0) {
            return true;
        }
        return (o1 == 0 && within(a, b, c)) || (o2 == 0 && within(a, b, d))
                || (o3 == 0 && within(c, d, a)) || (o4 == 0 && within(c, d, b));
    }

    /** For {@code r} collinear with {@code pq}: true when it lies in the closed box of {@code pq}. */
    private static boolean within(Point2 p, Point2 q, Point2 r) {
        return r.x().compareTo(p.x().min(q.x())) >= 0 && r.x().compareTo(p.x().max(q.x())) <= 0
                && r.y().compareTo(p.y().min(q.y())) >= 0 && r.y().compareTo(p.y().max(q.y())) <= 0;
    }
}

package org.segmentable.ops;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.geometry.internal.Trusted;
import org.segmentable.predicates.Orientation;

/**
 * The fast path of winding resolution for the usual outline: a ring whose every edge turns
 * strictly the same way around a centre {@code c} and which winds exactly once around it. Such a
 * ring is simple (every ray from {@code c} meets it exactly once), so it bounds a star-shaped
 * polygon and needs no noding: {@code O(n)} exact orientation tests.
 */
final class StarShaped {

    private StarShaped() {
    }

    /**
     * The region of a ring that is strictly angularly monotone around {@code c} and winds once
     * around it, or null when the ring is not of that kind (then the general engine decides).
     */
    static Region resolve(Ring ring, Point2 c) {
        Point2[] v = ring.vertices().toJavaArray(Point2[]::new);
        int n = v.length;
        if (n < 3) {
            return null;
        }
        int turn = Orientation.index(c, v[n - 1], v[0]);
        if (turn == 0) {
            return null;
        }
        for (int i = 0; i + 1 < n; i++) {
            if (Orientation.index(c, v[i], v[i + 1]) != turn) {
                return null;
            }
        }
        List<Point2> cycle = new ArrayList<>(n);
        for (Point2 p : v) {
            cycle.add(p);
        }
        if (turn < 0) {
            java.util.Collections.reverse(cycle);
        }
        // c lies on no edge (all turns are strict), so the winding number is defined
        if (Assembly.winding(cycle, c) != 1) {
            return null;
        }
        List<Point2> clean = Assembly.dropCollinear(cycle);
        return Region.of(Trusted.polygon(Assembly.canonicalRing(clean)));
    }
}

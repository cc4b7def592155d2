package org.segmentable.deep;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;
import org.segmentable.reference.ConvexClip;

/**
 * A naive exact reference: splits convex polygons by half-planes in turn with plain Rational
 * arithmetic (Sutherland–Hodgman on each side), keeping pieces of positive area.
 */
final class NaiveSplit {

    private NaiveSplit() {
    }

    /** The pieces of {@code poly} where {@code h > 0} and where {@code h < 0} (positive area only). */
    static Tuple2<Vector<Point2>, Vector<Point2>> split(Vector<Point2> poly, HalfPlane h) {
        return Tuple.of(clean(clip(poly, h)), clean(clip(poly, h.negate())));
    }

    private static Vector<Point2> clip(Vector<Point2> poly, HalfPlane h) {
        return Vector.ofAll(ConvexClip.clip(poly.asJava(), h, 1));
    }

    /** Removes repeated and collinear vertices; empty when the area is zero. */
    static Vector<Point2> clean(Vector<Point2> poly) {
        Vector<Point2> v = Vector.empty();
        for (Point2 p : poly) {
            if (v.isEmpty() || !v.last().equals(p)) {
                v = v.append(p);
            }
        }
        while (v.size() > 1 && v.head().equals(v.last())) {
            v = v.init();
        }
        boolean changed = true;
        while (changed && v.size() >= 3) {
            changed = false;
            for (int i = 0; i < v.size(); i++) {
                Point2 a = v.get((i + v.size() - 1) % v.size());
                Point2 b = v.get(i);
                Point2 c = v.get((i + 1) % v.size());
                if (b.subtract(a).cross(c.subtract(b)).isZero()) {
                    v = v.removeAt(i);
                    changed = true;
                    break;
                }
            }
        }
        return v.size() >= 3 ? v : Vector.empty();
    }
}

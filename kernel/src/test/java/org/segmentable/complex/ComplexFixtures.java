package org.segmentable.complex;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/** Shared test inputs: boxes and the seed's outline ring. */
final class ComplexFixtures {

    private ComplexFixtures() {
    }

    static Region box(long x0, long y0, long x1, long y1) {
        return Region.of(Polygon.of(Ring.of(Point2.of(x0, y0), Point2.of(x1, y0), Point2.of(x1, y1),
                Point2.of(x0, y1))).get());
    }

    static List<Point2> boxPoints(long x0, long y0, long x1, long y1) {
        return List.of(Point2.of(x0, y0), Point2.of(x1, y0), Point2.of(x1, y1), Point2.of(x0, y1));
    }

    /**
     * The outline of SPEC.md: non-zero feature points in counter-clockwise angular order around
     * the origin (ties by distance, then index), as a closed polyline.
     */
    static Ring outline(ReluLayer layer) {
        List<Integer> idx = new ArrayList<>();
        for (int j = 0; j < layer.d(); j++) {
            if (!layer.featurePoint(j).isOrigin()) {
                idx.add(j);
            }
        }
        idx.sort((i, j) -> {
            Point2 p = layer.featurePoint(i);
            Point2 q = layer.featurePoint(j);
            int hp = half(p);
            int hq = half(q);
            if (hp != hq) {
                return Integer.compare(hp, hq);
            }
            int cr = -p.cross(q).signum();
            if (cr != 0) {
                return cr;
            }
            int dist = p.dot(p).compareTo(q.dot(q));
            return dist != 0 ? dist : Integer.compare(i, j);
        });
        return Ring.of(Vector.ofAll(idx).map(layer::featurePoint));
    }

    private static int half(Point2 p) {
        int ys = p.y().signum();
        return ys > 0 || (ys == 0 && p.x().signum() > 0) ? 0 : 1;
    }

    static Rational r(String s) {
        return Rational.parse(s).get();
    }

    /** Eight lines through {@code (1/3, 1/7)}, in eight directions, none of them parallel. */
    static Vector<HalfPlane> linesThroughOnePoint() {
        int[][] dirs = {{1, 0}, {0, 1}, {1, 1}, {1, -1}, {2, 1}, {1, 2}, {3, -1}, {-1, 5}};
        Rational px = Rational.of(1, 3);
        Rational py = Rational.of(1, 7);
        Vector<HalfPlane> dims = Vector.empty();
        for (int[] v : dirs) {
            Rational a = Rational.of(v[0]);
            Rational b = Rational.of(v[1]);
            dims = dims.append(HalfPlane.of(a, b, a.multiply(px).add(b.multiply(py)).negate()));
        }
        return dims;
    }
}

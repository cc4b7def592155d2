package org.segmentable.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * Sutherland–Hodgman clipping of a convex polygon by one closed half-plane, and the shoelace area,
 * in plain exact arithmetic. A convex polygon is a list of its vertices in order (either
 * orientation); collinear or repeated vertices are allowed.
 *
 * <p>{@code ConvexClip.area(ConvexClip.clip(square, HalfPlane.of(1, 0, 0), 1))} is half the
 * square's area when {@code x = 0} halves it.
 */
public final class ConvexClip {

    private ConvexClip() {
    }

    /**
     * The part of a convex polygon where {@code side · h(p) >= 0} (the closure of one side).
     *
     * @param polygon a convex polygon's vertices in order
     * @param h the function; when it is constant the polygon is kept whole or dropped whole
     * @param side {@code 1} keeps {@code h >= 0}, {@code -1} keeps {@code h <= 0}
     * @return the clipped polygon (possibly empty or degenerate)
     */
    public static List<Point2> clip(List<Point2> polygon, HalfPlane h, int side) {
        Objects.requireNonNull(polygon, "polygon is null");
        Objects.requireNonNull(h, "h is null");
        int n = polygon.size();
        List<Rational> z = new ArrayList<>(n);
        boolean allIn = true;
        boolean allOut = true;
        for (Point2 p : polygon) {
            Rational v = h.evaluate(p);
            if (side < 0) {
                v = v.negate();
            }
            z.add(v);
            allIn &= v.signum() >= 0;
            allOut &= v.signum() < 0;
        }
        if (allIn) {
            return polygon;
        }
        List<Point2> out = new ArrayList<>(n + 2);
        if (allOut) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            Point2 p = polygon.get(i);
            Point2 q = polygon.get((i + 1) % n);
            Rational zp = z.get(i);
            Rational zq = z.get((i + 1) % n);
            if (zp.signum() >= 0) {
                out.add(p);
            }
            if (zp.signum() * zq.signum() < 0) {
                Rational t = zp.divide(zp.subtract(zq));
                out.add(Point2.of(p.x().add(q.x().subtract(p.x()).multiply(t)),
                        p.y().add(q.y().subtract(p.y()).multiply(t))));
            }
        }
        return out;
    }

    /**
     * The signed shoelace area (positive when counter-clockwise).
     *
     * @param polygon vertices in order
     * @return the exact signed area, zero for fewer than three vertices
     */
    public static Rational signedArea(List<Point2> polygon) {
        int n = polygon.size();
        if (n < 3) {
            return Rational.ZERO;
        }
        Rational twice = Rational.ZERO;
        Point2 o = polygon.get(0);
        for (int i = 1; i + 1 < n; i++) {
            Point2 a = polygon.get(i);
            Point2 b = polygon.get(i + 1);
            Rational ax = a.x().subtract(o.x());
            Rational ay = a.y().subtract(o.y());
            Rational bx = b.x().subtract(o.x());
            Rational by = b.y().subtract(o.y());
            twice = twice.add(ax.multiply(by).subtract(ay.multiply(bx)));
        }
        return twice.multiply(Rational.HALF);
    }

    /** The unsigned area of a convex polygon. */
    public static Rational area(List<Point2> polygon) {
        return signedArea(polygon).abs();
    }

    /**
     * A point strictly inside a convex polygon of positive area: the average of its vertices.
     * (A combination of the vertices with all weights positive lies in the interior as soon as
     * the vertices are not all on one line.)
     *
     * @param polygon a convex polygon of positive area
     * @return its vertex average
     */
    public static Point2 interiorPoint(List<Point2> polygon) {
        Rational sx = Rational.ZERO;
        Rational sy = Rational.ZERO;
        for (Point2 p : polygon) {
            sx = sx.add(p.x());
            sy = sy.add(p.y());
        }
        Rational inv = Rational.of(polygon.size()).reciprocal();
        return Point2.of(sx.multiply(inv), sy.multiply(inv));
    }
}

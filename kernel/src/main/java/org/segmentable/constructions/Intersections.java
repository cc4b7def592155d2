package org.segmentable.constructions;

import io.vavr.control.Option;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * Exact intersection points.
 *
 * <p>{@code Intersections.lineLine(HalfPlane.of(1, 0, -1), HalfPlane.of(0, 1, -2))} is
 * {@code Some((1, 2))}.
 */
public final class Intersections {

    private Intersections() {
    }

    /**
     * The point where the boundary lines of two half-planes meet.
     *
     * @return the point, or none when the lines are parallel, coincident or a function is constant
     */
    public static Option<Point2> lineLine(HalfPlane g, HalfPlane h) {
        Rational det = g.a().multiply(h.b()).subtract(g.b().multiply(h.a()));
        if (det.isZero()) {
            return Option.none();
        }
        Rational x = g.b().multiply(h.c()).subtract(h.b().multiply(g.c())).divide(det);
        Rational y = h.a().multiply(g.c()).subtract(g.a().multiply(h.c())).divide(det);
        return Option.some(Point2.of(x, y));
    }

    /**
     * The point of segment {@code pq} where {@code h} is zero, for endpoints on strictly opposite
     * sides ({@code h(p)·h(q) < 0}).
     *
     * @throws IllegalArgumentException if the endpoints are not on strictly opposite sides
     */
    public static Point2 segmentLine(Point2 p, Point2 q, HalfPlane h) {
        Rational hp = h.evaluate(p);
        Rational hq = h.evaluate(q);
        if (hp.signum() * hq.signum() >= 0) {
            throw new IllegalArgumentException("segment " + p + " " + q + " does not cross " + h + " properly");
        }
        Rational t = hp.divide(hp.subtract(hq)); // in (0, 1)
        return p.add(q.subtract(p).scale(t));
    }
}

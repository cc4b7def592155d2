package org.segmentable.constructions;

import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Segment2;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;
import org.segmentable.predicates.Side;

/**
 * Exact intersections of lines and segments. The signs that decide which case applies come from
 * {@code predicates} (filtered, exact); the points are built with exact rational arithmetic.
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
     * <p>{@code Intersections.lineLine(HalfPlane.of(1, 1, 0), HalfPlane.of(2, 2, 1))} is
     * {@code None} (parallel).
     *
     * @param g not null
     * @param h not null
     * @return the point, or none when the lines are parallel, coincident or a function is constant
     * @throws NullPointerException if an argument is null
     */
    public static Option<Point2> lineLine(HalfPlane g, HalfPlane h) {
        Objects.requireNonNull(g, "g is null");
        Objects.requireNonNull(h, "h is null");
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
     * <p>{@code Intersections.segmentLine(Point2.of(0, 0), Point2.of(4, 2), HalfPlane.of(1, 0, -1))}
     * is {@code (1, 1/2)}.
     *
     * @param p one end, not null
     * @param q the other end, not null
     * @param h not null
     * @return the crossing point
     * @throws IllegalArgumentException if the endpoints are not on strictly opposite sides
     */
    public static Point2 segmentLine(Point2 p, Point2 q, HalfPlane h) {
        Objects.requireNonNull(p, "p is null");
        Objects.requireNonNull(q, "q is null");
        Objects.requireNonNull(h, "h is null");
        Rational hp = h.evaluate(p);
        Rational hq = h.evaluate(q);
        if (hp.signum() * hq.signum() >= 0) {
            throw new IllegalArgumentException("segment " + p + " " + q + " does not cross " + h + " properly");
        }
        Rational t = hp.divide(hp.subtract(hq)); // in (0, 1)
        return p.add(q.subtract(p).scale(t));
    }

    /**
     * What a closed segment has in common with the boundary line of {@code h}.
     *
     * <p>{@code Intersections.segmentLine(Segment2.of(Point2.of(0, 0), Point2.of(2, 0)),
     * HalfPlane.of(0, 1, 0))} is {@code Along(segment)}; with {@code HalfPlane.of(1, 0, -1)} it is
     * {@code AtPoint((1, 0))}.
     *
     * @param s not null
     * @param h not null; a constant function has no boundary line and meets nothing
     * @return none, the one common point, or the whole segment when it lies on the line
     * @throws NullPointerException if an argument is null
     */
    public static Crossing segmentLine(Segment2 s, HalfPlane h) {
        Objects.requireNonNull(s, "s is null");
        Objects.requireNonNull(h, "h is null");
        if (h.isConstant()) {
            return Crossing.NONE;
        }
        int sp = Side.of(h, s.start());
        int sq = Side.of(h, s.end());
        if (sp == 0 && sq == 0) {
            return s.isPoint() ? new Crossing.AtPoint(s.start()) : new Crossing.Along(s);
        }
        if (sp == 0) {
            return new Crossing.AtPoint(s.start());
        }
        if (sq == 0) {
            return new Crossing.AtPoint(s.end());
        }
        if (sp == sq) {
            return Crossing.NONE;
        }
        return new Crossing.AtPoint(segmentLine(s.start(), s.end(), h));
    }

    /**
     * What two closed segments have in common: nothing, a proper crossing point, a touching point
     * (an endpoint on the other segment), or a collinear overlap (a point or a segment).
     *
     * <p>{@code Intersections.segmentSegment(Segment2.of(Point2.of(0, 0), Point2.of(2, 2)),
     * Segment2.of(Point2.of(0, 2), Point2.of(2, 0)))} is {@code AtPoint((1, 1))};
     * {@code Intersections.segmentSegment(Segment2.of(Point2.of(0, 0), Point2.of(2, 0)),
     * Segment2.of(Point2.of(1, 0), Point2.of(3, 0)))} is {@code Along((1, 0)–(2, 0))}.
     *
     * @param s not null (may be a single point)
     * @param t not null (may be a single point)
     * @return the common part
     * @throws NullPointerException if an argument is null
     */
    public static Crossing segmentSegment(Segment2 s, Segment2 t) {
        Objects.requireNonNull(s, "s is null");
        Objects.requireNonNull(t, "t is null");
        Point2 s0 = s.start();
        Point2 s1 = s.end();
        Point2 t0 = t.start();
        Point2 t1 = t.end();
        if (s.isPoint() || t.isPoint()) {
            Segment2 point = s.isPoint() ? s : t;
            Segment2 other = s.isPoint() ? t : s;
            return contains(other, point.start()) ? new Crossing.AtPoint(point.start()) : Crossing.NONE;
        }
        int o1 = Orientation.index(s0, s1, t0);
        int o2 = Orientation.index(s0, s1, t1);
        if (o1 == 0 && o2 == 0) {
            return collinearOverlap(s0, s1, t0, t1);
        }
        if (o1 * o2 > 0) {
            return Crossing.NONE;
        }
        int o3 = Orientation.index(t0, t1, s0);
        int o4 = Orientation.index(t0, t1, s1);
        if (o3 * o4 > 0) {
            return Crossing.NONE;
        }
        if (o1 == 0) {
            return new Crossing.AtPoint(t0);
        }
        if (o2 == 0) {
            return new Crossing.AtPoint(t1);
        }
        if (o3 == 0) {
            return new Crossing.AtPoint(s0);
        }
        if (o4 == 0) {
            return new Crossing.AtPoint(s1);
        }
        // proper crossing: s0 + λ(s1 - s0) with λ = (t0 - s0) × (t1 - t0) / ((s1 - s0) × (t1 - t0))
        Point2 ds = s1.subtract(s0);
        Point2 dt = t1.subtract(t0);
        Rational lambda = t0.subtract(s0).cross(dt).divide(ds.cross(dt));
        return new Crossing.AtPoint(s0.add(ds.scale(lambda)));
    }

    /**
     * True when the closed segment contains the point (exactly).
     *
     * <p>{@code Intersections.contains(Segment2.of(Point2.of(0, 0), Point2.of(2, 2)), Point2.of(1, 1))}
     * is {@code true}.
     *
     * @param s not null
     * @param p not null
     * @return whether {@code p} lies on {@code s}
     */
    public static boolean contains(Segment2 s, Point2 p) {
        Objects.requireNonNull(s, "s is null");
        Objects.requireNonNull(p, "p is null");
        if (s.isPoint()) {
            return s.start().equals(p);
        }
        if (Orientation.index(s.start(), s.end(), p) != 0) {
            return false;
        }
        // collinear: the lexicographic order is monotone along the line
        Point2 lo = min(s.start(), s.end());
        Point2 hi = max(s.start(), s.end());
        return lo.compareTo(p) <= 0 && p.compareTo(hi) <= 0;
    }

    private static Crossing collinearOverlap(Point2 s0, Point2 s1, Point2 t0, Point2 t1) {
        // all four points on one line, where the lexicographic order is the order along the line
        Point2 lo = max(min(s0, s1), min(t0, t1));
        Point2 hi = min(max(s0, s1), max(t0, t1));
        int c = lo.compareTo(hi);
        if (c > 0) {
            return Crossing.NONE;
        }
        if (c == 0) {
            return new Crossing.AtPoint(lo);
        }
        return new Crossing.Along(Segment2.of(lo, hi));
    }

    private static Point2 min(Point2 p, Point2 q) {
        return p.compareTo(q) <= 0 ? p : q;
    }

    private static Point2 max(Point2 p, Point2 q) {
        return p.compareTo(q) >= 0 ? p : q;
    }
}

package org.segmentable.predicates;

import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * The order of two points along a directed line: the exact sign of {@code d·(p - q)} for a
 * direction {@code d}, negative when {@code p} comes before {@code q}, zero when their
 * projections coincide (for points on the line: when they are equal).
 *
 * <p>The boundary line of a half-plane {@code a·x + b·y + c > 0} is directed by
 * {@code d = (b, -a)}, so that the half-plane lies on its left (see {@link #direction}).
 *
 * <p>{@code d·(p - q) = dx·(px - qx) - dy·(qy - py)} has the shape of an orientation determinant,
 * so the double entry shares {@link Orientation}'s exact stages and Shewchuk bound (a factor that
 * is not a difference, {@code dx - 0}, only makes that bound looser), and the rational entry uses
 * the same {@code 8u} bound, derived there, on {@code M = (|dx|)(|px| + |qx|) + (|dy|)(|qy| + |py|)}.
 *
 * <p>{@code Order.compare(Point2.of(1, 0), Point2.of(1, 5), Point2.of(2, -3))} is {@code -1}.
 */
public final class Order {

    private Order() {
    }

    /**
     * The direction {@code (b, -a)} of a half-plane's boundary line, with the half-plane on its left.
     *
     * <p>{@code Order.direction(HalfPlane.of(0, 1, 0))} is {@code (1, 0)}: the x-axis, directed
     * rightwards, has {@code y > 0} on its left.
     *
     * @param h not null; a constant function has the zero direction
     * @return the direction vector as a point
     */
    public static Point2 direction(HalfPlane h) {
        Objects.requireNonNull(h, "h is null");
        return Point2.of(h.b(), h.a().negate());
    }

    /**
     * Compares {@code p} and {@code q} along the boundary line of {@code h} directed by
     * {@link #direction(HalfPlane)}.
     *
     * <p>{@code Order.compare(HalfPlane.of(0, 1, 0), Point2.of(3, 0), Point2.of(1, 0))} is {@code 1}.
     *
     * @param h the half-plane whose boundary line orders the points, not null
     * @param p the first point, not null
     * @param q the second point, not null
     * @return -1 when {@code p} comes first, 0 when level, 1 when {@code q} comes first
     * @throws NullPointerException if an argument is null
     */
    public static int compare(HalfPlane h, Point2 p, Point2 q) {
        return compare(direction(h), p, q);
    }

    /**
     * Compares {@code p} and {@code q} along the direction {@code d}: the sign of {@code d·(p - q)}.
     *
     * <p>{@code Order.compare(Point2.of(1, 1), Point2.of(0, 0), Point2.of(1, -1))} is {@code 0}.
     *
     * @param d the direction, not null
     * @param p not null
     * @param q not null
     * @return -1 when {@code p} comes first, 0 when level, 1 when {@code q} comes first
     * @throws NullPointerException if an argument is null
     */
    public static int compare(Point2 d, Point2 p, Point2 q) {
        Objects.requireNonNull(d, "d is null");
        Objects.requireNonNull(p, "p is null");
        Objects.requireNonNull(q, "q is null");
        double dx = d.x().doubleValue();
        double dy = d.y().doubleValue();
        double px = p.x().doubleValue();
        double py = p.y().doubleValue();
        double qx = q.x().doubleValue();
        double qy = q.y().doubleValue();
        if (Rounding.isFilterable(d.x(), dx) && Rounding.isFilterable(d.y(), dy)
                && Rounding.isFilterable(p.x(), px) && Rounding.isFilterable(p.y(), py)
                && Rounding.isFilterable(q.x(), qx) && Rounding.isFilterable(q.y(), qy)) {
            double s = dx * (px - qx) + dy * (py - qy);
            double m = Math.abs(dx) * (Math.abs(px) + Math.abs(qx)) + Math.abs(dy) * (Math.abs(py) + Math.abs(qy));
            if (Rounding.inFilterRange(m)) {
                double bound = Rounding.RATIONAL_FACTOR * m;
                if (s > bound) {
                    return 1;
                }
                if (-s > bound) {
                    return -1;
                }
            }
        }
        if (Rounding.allExactDoubles(d.x(), d.y(), p.x(), p.y(), q.x(), q.y())) {
            return compare(dx, dy, px, py, qx, qy);
        }
        return compareExact(d, p, q);
    }

    /**
     * The exact sign of {@code d·(p - q)} for finite doubles.
     *
     * <p>{@code Order.compare(1.0, 0.0, 0.5, 9.0, 0.25, -9.0)} is {@code 1}.
     *
     * @param dx the direction's x component, finite
     * @param dy the direction's y component, finite
     * @param px the first point's x coordinate, finite
     * @param py the first point's y coordinate, finite
     * @param qx the second point's x coordinate, finite
     * @param qy the second point's y coordinate, finite
     * @return -1 when {@code p} comes first, 0 when level, 1 when {@code q} comes first
     * @throws IllegalArgumentException naming the value if an input is NaN or infinite
     */
    public static int compare(double dx, double dy, double px, double py, double qx, double qy) {
        // dx·(px - qx) + dy·(py - qy) = (dx - 0)(px - qx) - (dy - 0)(qy - py)
        return FloatingKernel.signOfProductDifference(dx, 0.0, px, qx, dy, 0.0, qy, py);
    }

    /**
     * The sign of {@code d·(p - q)} by exact rational arithmetic alone (the reference for tests).
     *
     * <p>{@code Order.compareExact(Point2.of(0, 1), Point2.of(0, 2), Point2.of(5, 1))} is {@code 1}.
     *
     * @param d the direction, not null
     * @param p the first point, not null
     * @param q the second point, not null
     * @return the sign of {@code d·(p - q)}: -1 when {@code p} comes first, 0 when level, 1 when
     *     {@code q} comes first
     * @throws NullPointerException if an argument is null
     */
    public static int compareExact(Point2 d, Point2 p, Point2 q) {
        Objects.requireNonNull(d, "d is null");
        Objects.requireNonNull(p, "p is null");
        Objects.requireNonNull(q, "q is null");
        Rational s = d.x().multiply(p.x().subtract(q.x())).add(d.y().multiply(p.y().subtract(q.y())));
        return s.signum();
    }
}

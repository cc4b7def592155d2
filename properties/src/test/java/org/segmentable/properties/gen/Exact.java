package org.segmentable.properties.gen;

import java.util.Comparator;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * Exact little helpers for generators and classifiers (orientation, angular order, segment
 * intersection, affine maps of rings), written here from scratch so the tests do not lean on the
 * kernel's own predicates.
 */
public final class Exact {

    private Exact() {
    }

    /** The sign of {@code (b - a) × (c - a)}. */
    public static int orient(Point2 a, Point2 b, Point2 c) {
        return b.subtract(a).cross(c.subtract(a)).signum();
    }

    /** Counter-clockwise angular order of directions from angle 0 (the positive x axis) to 2π. */
    public static final Comparator<Point2> BY_ANGLE = (u, v) -> {
        int hu = upper(u) ? 0 : 1;
        int hv = upper(v) ? 0 : 1;
        if (hu != hv) {
            return Integer.compare(hu, hv);
        }
        return -u.cross(v).signum();
    };

    private static boolean upper(Point2 u) {
        return u.y().signum() > 0 || (u.y().signum() == 0 && u.x().signum() > 0);
    }

    /** True when the closed segments {@code ab} and {@code cd} share a point. */
    public static boolean intersects(Point2 a, Point2 b, Point2 c, Point2 d) {
        int o1 = orient(a, b, c);
        int o2 = orient(a, b, d);
        int o3 = orient(c, d, a);
        int o4 = orient(c, d, b);
        if (o1 * o2 < 0 && o3 * o4 < 0) {
            return true;
        }
        return (o1 == 0 && onSegment(a, b, c)) || (o2 == 0 && onSegment(a, b, d))
                || (o3 == 0 && onSegment(c, d, a)) || (o4 == 0 && onSegment(c, d, b));
    }

    /** True when the segments cross at a single point interior to both. */
    public static boolean crossesProperly(Point2 a, Point2 b, Point2 c, Point2 d) {
        return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
    }

    /** For {@code p} collinear with {@code ab}: true when it lies on the closed segment. */
    public static boolean onSegment(Point2 a, Point2 b, Point2 p) {
        return between(a.x(), b.x(), p.x()) && between(a.y(), b.y(), p.y());
    }

    private static boolean between(Rational a, Rational b, Rational p) {
        return a.min(b).compareTo(p) <= 0 && p.compareTo(a.max(b)) <= 0;
    }

    /** The ring mapped by {@code p -> s·p + t}. */
    public static Ring scaleTranslate(Ring r, Rational s, Point2 t) {
        return Ring.of(r.vertices().map(p -> p.scale(s).add(t)));
    }

    /** The function {@code h} expressed in coordinates {@code p' = s·p + t}: {@code h'(p') = h(p)}. */
    public static HalfPlane scaleTranslate(HalfPlane h, Rational s, Point2 t) {
        Rational a = h.a().divide(s);
        Rational b = h.b().divide(s);
        Rational c = h.c().subtract(a.multiply(t.x())).subtract(b.multiply(t.y()));
        return HalfPlane.of(a, b, c);
    }

    /** The point of the unit circle with rational parameter {@code t}: {@code ((1-t²)/(1+t²), 2t/(1+t²))}. */
    public static Point2 circle(Rational t) {
        Rational t2 = t.multiply(t);
        Rational den = Rational.ONE.add(t2).reciprocal();
        return Point2.of(Rational.ONE.subtract(t2).multiply(den), t.multiply(Rational.TWO).multiply(den));
    }

    /**
     * {@link #circle} rounded to the nearest multiple of 2^-24 (so its coordinates are doubles and
     * JTS sees the exact shape); for parameters at least 1/16 apart in {@code [-4, 4]} the rounding
     * (below 3e-8 per coordinate) is far below the sagitta of neighbouring chords (above 6e-6), so convexity holds.
     */
    public static Point2 circleDyadic(Rational t) {
        Point2 p = circle(t);
        return Point2.of(round24(p.x()), round24(p.y()));
    }

    private static Rational round24(Rational r) {
        Rational x = r.multiply(Rational.ofBinary(1, 24)).add(Rational.HALF);
        java.math.BigInteger[] qr = x.numerator().divideAndRemainder(x.denominator());
        java.math.BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(java.math.BigInteger.ONE) : qr[0];
        return Rational.ofBinary(floor, -24);
    }
}

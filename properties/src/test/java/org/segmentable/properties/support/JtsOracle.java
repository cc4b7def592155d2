package org.segmentable.properties.support;

import io.vavr.collection.Vector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * A double-precision JTS oracle written independently of the kernel's {@code jts} package: regions
 * to JTS geometries by rounding every coordinate to the nearest double, and a half-plane as a
 * large polygon around a bounding box.
 *
 * <p>{@code JtsOracle.toGeometry(region).getArea()} is the region's area in doubles.
 */
public final class JtsOracle {

    /** The factory (floating precision model). */
    public static final GeometryFactory FACTORY = new GeometryFactory();

    private JtsOracle() {
    }

    /** True when every coordinate of the region is a double (so the JTS copy is exact). */
    public static boolean exactInDoubles(Region region) {
        return region.pieces().forAll(p -> p.holes().prepend(p.shell()).forAll(JtsOracle::exactInDoubles));
    }

    /** True when every coordinate of the ring is a double. */
    public static boolean exactInDoubles(Ring ring) {
        return ring.vertices().forAll(v -> exact(v.x()) && exact(v.y()));
    }

    private static boolean exact(Rational r) {
        double d = r.doubleValue();
        return Double.isFinite(d) && Rational.of(d).equals(r);
    }

    /** The region as a JTS (multi)polygon in doubles. */
    public static Geometry toGeometry(Region region) {
        Polygon[] polys = region.pieces().map(p -> FACTORY.createPolygon(ring(p.shell()),
                p.holes().map(JtsOracle::ring).toJavaArray(LinearRing[]::new))).toJavaArray(Polygon[]::new);
        return polys.length == 1 ? polys[0] : FACTORY.createMultiPolygon(polys);
    }

    /** A simple ring as a JTS polygon. */
    public static Polygon toPolygon(Ring ring) {
        return FACTORY.createPolygon(ring(ring));
    }

    /**
     * The part of the square {@code [-m, m]²} where {@code h > 0}, where {@code m} is four times
     * the largest coordinate of the given geometry (no larger: long edges would cost the
     * intersection points their relative precision on a tiny geometry).
     */
    public static Geometry halfPlane(HalfPlane h, Geometry inside) {
        double m = 4 * (Math.max(Math.abs(inside.getEnvelopeInternal().getMaxX()),
                Math.max(Math.abs(inside.getEnvelopeInternal().getMinX()),
                        Math.max(Math.abs(inside.getEnvelopeInternal().getMaxY()),
                                Math.abs(inside.getEnvelopeInternal().getMinY())))));
        if (!(m > 0)) {
            return FACTORY.createPolygon();
        }
        Rational mm = Rational.of(m);
        Vector<Point2> square = Vector.of(Point2.of(mm.negate(), mm.negate()), Point2.of(mm, mm.negate()),
                Point2.of(mm, mm), Point2.of(mm.negate(), mm));
        // exact clip of the square (convex) by h, then rounded
        java.util.List<Point2> clipped = org.segmentable.reference.ConvexClip.clip(square.toJavaList(), h, 1);
        if (clipped.size() < 3) {
            return FACTORY.createPolygon();
        }
        return FACTORY.createPolygon(ring(Ring.of(Vector.ofAll(clipped))));
    }

    private static LinearRing ring(Ring r) {
        Coordinate[] cs = new Coordinate[r.size() + 1];
        for (int i = 0; i < r.size(); i++) {
            cs[i] = new Coordinate(r.vertex(i).x().doubleValue(), r.vertex(i).y().doubleValue());
        }
        cs[r.size()] = cs[0];
        return FACTORY.createLinearRing(cs);
    }
}

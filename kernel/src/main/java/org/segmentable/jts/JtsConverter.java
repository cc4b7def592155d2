package org.segmentable.jts;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;

/**
 * Converts kernel regions to JTS geometries and back.
 *
 * <p>{@code JtsConverter.toGeometry(Regions.box(Rational.ONE), new GeometryFactory()).getArea()} is
 * {@code 4.0}.
 */
public final class JtsConverter {

    private JtsConverter() {
    }

    /**
     * The region as a JTS {@code MultiPolygon} with each coordinate rounded to the nearest double
     * (for drawing, and as an oracle; the rounding may make a sliver invalid in JTS).
     *
     * <p>{@code JtsConverter.toGeometry(Region.EMPTY, new GeometryFactory()).isEmpty()} is {@code true}.
     *
     * @param region the region, not null
     * @param factory the JTS factory, not null
     * @return a {@code MultiPolygon}, one element per piece
     */
    public static Geometry toGeometry(Region region, GeometryFactory factory) {
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(factory, "factory is null");
        org.locationtech.jts.geom.Polygon[] polys = region.pieces().map(p -> toPolygon(p, factory))
                .toJavaArray(org.locationtech.jts.geom.Polygon[]::new);
        return factory.createMultiPolygon(polys);
    }

    /**
     * One polygon as a JTS {@code Polygon} (coordinates rounded to the nearest double).
     *
     * <p>{@code JtsConverter.toPolygon(Regions.box(Rational.ONE).pieces().head(), new GeometryFactory()).getNumPoints()} is {@code 5}.
     *
     * @param polygon the polygon, not null
     * @param factory the JTS factory, not null
     * @return the JTS polygon
     */
    public static org.locationtech.jts.geom.Polygon toPolygon(Polygon polygon, GeometryFactory factory) {
        Objects.requireNonNull(polygon, "polygon is null");
        Objects.requireNonNull(factory, "factory is null");
        LinearRing shell = toLinearRing(polygon.shell(), factory);
        LinearRing[] holes = polygon.holes().map(h -> toLinearRing(h, factory)).toJavaArray(LinearRing[]::new);
        return factory.createPolygon(shell, holes);
    }

    private static LinearRing toLinearRing(Ring ring, GeometryFactory factory) {
        int n = ring.size();
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            Point2 p = ring.vertex(i);
            cs[i] = new Coordinate(p.x().doubleValue(), p.y().doubleValue());
        }
        cs[n] = cs[0].copy();
        return factory.createLinearRing(cs);
    }

    /**
     * The exact region a JTS polygonal geometry denotes: every double coordinate becomes the
     * rational it denotes, then the polygons are checked and normalized by
     * {@link Regions#fromPolygons}. Accepts {@code Polygon}, {@code MultiPolygon} and collections
     * of them; empty geometries give the empty region.
     *
     * <p>{@code JtsConverter.fromGeometry(new GeometryFactory().toGeometry(new Envelope(0, 1, 0, 2))).get().area()}
     * is {@code 2}.
     *
     * @param geometry the geometry, not null
     * @return the region, or a message naming every problem (non-polygonal part, non-finite
     *     coordinate, invalid rings)
     */
    public static Either<String, Region> fromGeometry(Geometry geometry) {
        Objects.requireNonNull(geometry, "geometry is null");
        List<String> problems = new ArrayList<>();
        List<Polygon> polygons = new ArrayList<>();
        collect(geometry, polygons, problems);
        if (!problems.isEmpty()) {
            return Either.left(String.join("; ", problems));
        }
        return Regions.fromPolygons(Vector.ofAll(polygons)).toEither().mapLeft(ps -> ps.mkString("; "));
    }

    private static void collect(Geometry g, List<Polygon> out, List<String> problems) {
        if (g.isEmpty()) {
            return;
        }
        if (g instanceof org.locationtech.jts.geom.Polygon p) {
            Either<String, Ring> shell = fromCoordinates(p.getExteriorRing().getCoordinates(), "shell");
            List<Ring> holes = new ArrayList<>();
            shell.left().forEach(problems::add);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                Either<String, Ring> h = fromCoordinates(p.getInteriorRingN(i).getCoordinates(), "hole " + i);
                h.left().forEach(problems::add);
                h.forEach(holes::add);
            }
            shell.forEach(s -> Polygon.of(s, Vector.ofAll(holes)).fold(ps -> problems.addAll(ps.asJava()), out::add));
        } else if (g.getNumGeometries() > 1 || g instanceof org.locationtech.jts.geom.GeometryCollection) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                collect(g.getGeometryN(i), out, problems);
            }
        } else {
            problems.add("not polygonal: " + g.getGeometryType());
        }
    }

    private static Either<String, Ring> fromCoordinates(Coordinate[] cs, String name) {
        List<Point2> pts = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        int n = cs.length > 1 && cs[0].equals2D(cs[cs.length - 1]) ? cs.length - 1 : cs.length;
        for (int i = 0; i < n; i++) {
            Either<String, Rational> x = Rational.fromDouble(cs[i].x);
            Either<String, Rational> y = Rational.fromDouble(cs[i].y);
            if (x.isLeft() || y.isLeft()) {
                bad.add(name + " coordinate " + i + " (" + cs[i].x + ", " + cs[i].y + ") is not finite");
            } else {
                pts.add(Point2.of(x.get(), y.get()));
            }
        }
        return bad.isEmpty() ? Either.right(Ring.of(Vector.ofAll(pts))) : Either.left(String.join("; ", bad));
    }

}

package org.segmentable.jts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;

class JtsConverterTest {

    private static final GeometryFactory F = new GeometryFactory();

    @Test
    void testToGeometry_boxIsValidWithSameArea() {
        Geometry g = JtsConverter.toGeometry(Regions.box(Rational.of(3, 2)), F);
        assertTrue(new IsValidOp(g).isValid());
        assertEquals(9.0, g.getArea());
    }

    @Test
    void testToGeometry_emptyRegion() {
        assertTrue(JtsConverter.toGeometry(Region.EMPTY, F).isEmpty());
    }

    @Test
    void testFromGeometry_roundTripIsExact() {
        Region r = Regions.fromPolygon(Polygon.of(
                Ring.of(Point2.of(0.1, 0.2), Point2.of(3.3, 0.2), Point2.of(3.3, 2.7), Point2.of(0.1, 2.7)),
                Vector.of(Ring.of(Point2.of(1.0, 1.0), Point2.of(1.0, 2.0), Point2.of(2.0, 2.0), Point2.of(2.0, 1.0)))).get());
        Region back = JtsConverter.fromGeometry(JtsConverter.toGeometry(r, F)).get();
        assertEquals(r, back);
        assertEquals(r.area(), back.area());
    }

    @Test
    void testFromGeometry_coordinatesAreTheRationalsTheyDenote() {
        Region r = JtsConverter.fromGeometry(F.toGeometry(new Envelope(0, 0.1, 0, 1))).get();
        assertEquals(Rational.of(0.1), r.area());
    }

    @Test
    void testFromGeometry_notPolygonal() {
        var e = JtsConverter.fromGeometry(F.createPoint(new Coordinate(1, 2)));
        assertTrue(e.isLeft());
        assertTrue(e.getLeft().contains("Point"), e.getLeft());
    }

    @Test
    void testFromGeometry_nonFiniteCoordinate() {
        Geometry g = F.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(Double.NaN, 0),
            new Coordinate(1, 1), new Coordinate(0, 0)});
        var e = JtsConverter.fromGeometry(g);
        assertTrue(e.isLeft());
        assertTrue(e.getLeft().contains("not finite"), e.getLeft());
    }

    @Test
    void testFromGeometry_invalidPolygonReported() {
        Geometry bowtie = F.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(2, 2),
            new Coordinate(2, 0), new Coordinate(0, 2), new Coordinate(0, 0)});
        var e = JtsConverter.fromGeometry(bowtie);
        assertEquals("the shell crosses itself at (1, 1)", e.getLeft());
    }

    @Test
    void testFromGeometry_overlappingPolygonsReported() {
        Geometry g = F.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
            (org.locationtech.jts.geom.Polygon) F.toGeometry(new Envelope(0, 2, 0, 2)),
            (org.locationtech.jts.geom.Polygon) F.toGeometry(new Envelope(1, 3, 1, 3))});
        var e = JtsConverter.fromGeometry(g);
        assertTrue(e.isLeft());
        assertTrue(e.getLeft().contains("2 times"), e.getLeft());
    }
}

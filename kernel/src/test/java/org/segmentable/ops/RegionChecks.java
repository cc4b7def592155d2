package org.segmentable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.jts.JtsConverter;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Side;

/** Shared checks of region validity, used by the ops tests and other packages' tests. */
public final class RegionChecks {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private RegionChecks() {
    }

    /** A ring from integer coordinates x0, y0, x1, y1, ... */
    public static Ring ring(long... xy) {
        Point2[] ps = new Point2[xy.length / 2];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = Point2.of(xy[2 * i], xy[2 * i + 1]);
        }
        return Ring.of(ps);
    }

    /**
     * Checks that a region is valid: every piece valid per JTS {@link IsValidOp}, shells
     * counter-clockwise, holes clockwise, no collinear consecutive vertices, pieces with disjoint
     * interiors (checked exactly: the pieces' rings wind at most once around every point).
     */
    public static void assertValid(Region region) {
        for (Polygon p : region.pieces()) {
            IsValidOp op = new IsValidOp(JtsConverter.toPolygon(p, FACTORY));
            assertTrue(op.isValid(), () -> "invalid piece " + p + ": " + op.getValidationError());
            assertTrue(p.shell().signedArea().signum() > 0, () -> "shell not counter-clockwise: " + p);
            for (Ring h : p.holes()) {
                assertTrue(h.signedArea().signum() < 0, () -> "hole not clockwise: " + p);
            }
            assertNoCollinear(p.shell());
            p.holes().forEach(RegionChecks::assertNoCollinear);
        }
        var union = Regions.fromPolygons(region.pieces());
        assertTrue(union.isValid(), () -> "pieces overlap: " + union.getError());
        assertEquals(region.area(), union.get().area(), "pieces overlap");
    }

    private static void assertNoCollinear(Ring r) {
        for (int i = 0; i < r.size(); i++) {
            Point2 a = r.vertex(i - 1);
            Point2 b = r.vertex(i);
            Point2 c = r.vertex(i + 1);
            assertTrue(b.subtract(a).cross(c.subtract(a)).signum() != 0, () -> "collinear vertex " + b + " in " + r);
        }
    }

    /**
     * Checks a split: both parts valid, areas conserved exactly, every positive vertex on the
     * closed positive side and every negative vertex on the closed negative side.
     */
    public static void assertSplitConsistent(Region region, HalfPlane h, Split s) {
        assertValid(s.positive());
        assertValid(s.negative());
        assertEquals(region.area(), s.positive().area().add(s.negative().area()), "area not conserved");
        assertEquals(s.positive().area(), s.positiveArea(), "positiveArea differs from the pieces' area");
        assertEquals(s.negative().area(), s.negativeArea(), "negativeArea differs from the pieces' area");
        for (Polygon p : s.positive().pieces()) {
            p.shell().vertices().forEach(v -> assertTrue(Side.of(h, v) >= 0, () -> "positive piece vertex " + v + " below"));
        }
        for (Polygon p : s.negative().pieces()) {
            p.shell().vertices().forEach(v -> assertTrue(Side.of(h, v) <= 0, () -> "negative piece vertex " + v + " above"));
        }
        for (var seg : s.onBoundary()) {
            assertEquals(0, Side.of(h, seg.start()));
            assertEquals(0, Side.of(h, seg.end()));
        }
    }

    /** Sum of areas as a rational. */
    public static Rational area(Vector<Polygon> ps) {
        return ps.map(Polygon::area).fold(Rational.ZERO, Rational::add);
    }
}

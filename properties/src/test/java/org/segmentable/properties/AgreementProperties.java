package org.segmentable.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.quicktheories.core.Gen;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Split;
import org.segmentable.properties.gen.Draw;
import org.segmentable.properties.gen.Exact;
import org.segmentable.properties.gen.LineGens;
import org.segmentable.properties.gen.RationalGens;
import org.segmentable.properties.gen.RegionGens;
import org.segmentable.properties.gen.Tally;
import org.segmentable.properties.support.JtsOracle;
import org.segmentable.properties.support.Props;

/**
 * On random non-degenerate input the exact areas agree with JTS's floating-point overlay to 1e-9
 * relative to the region's area. The tolerance lives here, in the test, and only here: the
 * kernel is exact.
 */
class AgreementProperties {

    /** Relative tolerance against the region area. */
    static final double TOLERANCE = 1e-9;

    /** A region and a line through a random point of its bounding box with a random direction. */
    record Case(Region region, HalfPlane h) {
    }

    static Gen<Case> generic() {
        Gen<Region> regions = RegionGens.valid();
        return in -> {
            Region r = regions.generate(in);
            var vs = r.pieces().flatMap(p -> p.shell().vertices());
            Rational x0 = vs.map(Point2::x).min().get();
            Rational x1 = vs.map(Point2::x).max().get();
            Rational y0 = vs.map(Point2::y).min().get();
            Rational y1 = vs.map(Point2::y).max().get();
            Rational u = Rational.of(Draw.range(in, 1, 999, 500), 1000);
            Rational v = Rational.of(Draw.range(in, 1, 999, 500), 1000);
            Point2 at = Point2.of(x0.add(x1.subtract(x0).multiply(u)), y0.add(y1.subtract(y0).multiply(v)));
            Point2 dir = Point2.of(RationalGens.float32(1).generate(in), RationalGens.float32(1).generate(in));
            return new Case(r, LineGens.through(at, dir.isOrigin() ? Point2.of(1, 1) : dir));
        };
    }

    /**
     * Non-degenerate: no vertex on the line, the region not a sliver of its bounding box, and not
     * translated far (more than 1,000 times its size) from the origin.
     */
    static boolean nonDegenerate(Case c) {
        boolean offLine = c.region().pieces().forAll(p -> p.holes().prepend(p.shell())
                .forAll(r -> r.vertices().forAll(v -> !c.h().evaluate(v).isZero())));
        double area = c.region().area().doubleValue();
        var env = JtsOracle.toGeometry(c.region()).getEnvelopeInternal();
        double extent = env.getDiameter();
        double far = Math.max(Math.max(Math.abs(env.getMinX()), Math.abs(env.getMaxX())),
                Math.max(Math.abs(env.getMinY()), Math.abs(env.getMaxY())));
        // doubles hold about 16 digits: a region far from the origin relative to its size loses
        // them in JTS's shoelace sums, so such input is not the "non-degenerate" case compared here
        return offLine && !c.h().isConstant() && area > 0 && area > 1e-6 * extent * extent && far <= 1e3 * extent;
    }

    @Test
    void testSplitAreas_agreeWithJtsOverlay() {
        Tally tally = Tally.of("agreement: split areas vs JTS overlay");
        Props.qt(Props.CHEAP).forAll(generic()).assuming(AgreementProperties::nonDegenerate).checkAssert(c -> {
            tally.tried();
            tally.hit("non-degenerate");
            tally.hitIf(c.region().pieces().exists(p -> !p.holes().isEmpty()), "region: with hole");
            Split s = Split.of(c.region(), c.h());
            Geometry g = JtsOracle.toGeometry(c.region());
            double jtsPos = g.intersection(JtsOracle.halfPlane(c.h(), g)).getArea();
            double jtsNeg = g.intersection(JtsOracle.halfPlane(c.h().negate(), g)).getArea();
            double whole = c.region().area().doubleValue();
            double pos = s.positive().area().doubleValue();
            double neg = s.negative().area().doubleValue();
            tally.hitIf(pos > 0 && neg > 0, "both sides non-empty");
            assertTrue(Math.abs(pos - jtsPos) <= TOLERANCE * whole,
                    () -> c + ": exact positive area " + pos + ", JTS " + jtsPos);
            assertTrue(Math.abs(neg - jtsNeg) <= TOLERANCE * whole,
                    () -> c + ": exact negative area " + neg + ", JTS " + jtsNeg);
        });
        tally.report();
        tally.requireHits(List.of("non-degenerate", "both sides non-empty", "region: with hole"));
    }
}

package org.segmentable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.segmentable.ops.RegionChecks.assertValid;
import static org.segmentable.ops.RegionChecks.ring;

import io.vavr.collection.Vector;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;

/** The star-shaped fast path must agree with the general arrangement engine. */
class StarShapedTest {

    private static Ring angularOutline(Random rnd, int n, boolean halfPlane) {
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            double y = (float) rnd.nextGaussian();
            p[i] = new double[] {(float) rnd.nextGaussian(), halfPlane ? Math.abs(y) : y};
        }
        Arrays.sort(p, (u, v) -> Double.compare(Math.atan2(u[1], u[0]), Math.atan2(v[1], v[0])));
        Point2[] pts = new Point2[n];
        for (int i = 0; i < n; i++) {
            pts[i] = Point2.of(p[i][0], p[i][1]);
        }
        return Ring.of(pts);
    }

    @Test
    void testResolve_randomOutlinesAgreeWithGeneralEngine() {
        for (int seed = 0; seed < 30; seed++) {
            Ring outline = angularOutline(new Random(seed), 12 + seed, false);
            Region fast = Regions.fromRing(outline);
            Region general = Regions.arrangement(Vector.of(outline), false).region(w -> w != 0);
            assertValid(fast);
            assertEquals(general, fast, "seed " + seed);
        }
    }

    @Test
    void testFromRing_halfPlaneOutlinesValid() {
        // features in the upper half-plane: the closing edge crosses the fan; general engine with pruning
        for (int seed = 0; seed < 30; seed++) {
            Ring outline = angularOutline(new Random(seed), 12 + seed, true);
            Region r = Regions.fromRing(outline);
            assertValid(r);
            Region unpruned = Regions.arrangement(Vector.of(outline), false).region(w -> w != 0);
            assertEquals(unpruned, r, "seed " + seed);
        }
    }

    @Test
    void testResolve_notStarShapedFallsBack() {
        assertNull(StarShaped.resolve(ring(1, 1, 2, 1, 2, 2), Point2.ORIGIN));
        assertNull(StarShaped.resolve(ring(1, 0, 0, 1, -1, 0, 0, -1, 1, 0, 0, 1, -1, 0, 0, -1), Point2.ORIGIN));
        assertNotNull(StarShaped.resolve(ring(1, 0, 0, 1, -1, 0, 0, -1), Point2.ORIGIN));
    }
}

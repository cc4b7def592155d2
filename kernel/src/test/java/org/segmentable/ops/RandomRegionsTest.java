package org.segmentable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.segmentable.ops.RegionChecks.assertSplitConsistent;
import static org.segmentable.ops.RegionChecks.assertValid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * Seeded random rings on a small integer grid (so that collinear edges, shared vertices and
 * touching are frequent), checked against the exact winding number of the input at sample points.
 */
class RandomRegionsTest {

    private static Ring randomRing(Random rnd, int n, int grid) {
        Point2[] ps = new Point2[n];
        for (int i = 0; i < n; i++) {
            ps[i] = Point2.of(rnd.nextInt(grid), rnd.nextInt(grid));
        }
        return Ring.of(ps);
    }

    /** A sample point at odd quarter coordinates: never a grid vertex, rarely on an edge. */
    private static Point2 sample(Random rnd, int grid) {
        return Point2.of(Rational.of(4L * rnd.nextInt(grid) + 1 + 2L * rnd.nextInt(2), 4),
                Rational.of(4L * rnd.nextInt(grid) + 1 + 2L * rnd.nextInt(2), 7));
    }

    /** Winding of the region's rings around p, or ON_CYCLE if p is on a ring. */
    static int inside(Region r, Point2 p) {
        int w = 0;
        for (Polygon poly : r.pieces()) {
            List<Ring> rings = new ArrayList<>();
            rings.add(poly.shell());
            rings.addAll(poly.holes().asJava());
            for (Ring ring : rings) {
                int k = Assembly.winding(ring.vertices().asJava(), p);
                if (k == Assembly.ON_CYCLE) {
                    return Assembly.ON_CYCLE;
                }
                w += k;
            }
        }
        return w;
    }

    /** The random draws of one seed: a grid size, a ring on it, its region, and the generator for more. */
    private record RandomCase(int seed, Random rnd, int grid, Ring ring, Region r) {
    }

    /** Runs the check on the random case of each seed 0..249. */
    private static void forEachSeed(Consumer<RandomCase> check) {
        for (int seed = 0; seed < 250; seed++) {
            Random rnd = new Random(seed);
            int grid = 3 + rnd.nextInt(6);
            Ring ring = randomRing(rnd, 3 + rnd.nextInt(12), grid);
            check.accept(new RandomCase(seed, rnd, grid, ring, Regions.fromRing(ring)));
        }
    }

    @Test
    void testFromRing_randomRingsMatchWindingRule() {
        forEachSeed(c -> {
            try {
                assertValid(c.r());
                assertEquals(Regions.arrangement(io.vavr.collection.Vector.of(c.ring()), false).region(w -> w != 0),
                        c.r(), "pruned noding differs from unpruned");
            } catch (AssertionError e) {
                throw new AssertionError("seed " + c.seed() + " ring " + c.ring() + ": " + e.getMessage(), e);
            }
            for (int k = 0; k < 40; k++) {
                Point2 p = sample(c.rnd(), c.grid());
                int wIn = Assembly.winding(c.ring().vertices().asJava(), p);
                int wOut = inside(c.r(), p);
                if (wIn == Assembly.ON_CYCLE || wOut == Assembly.ON_CYCLE) {
                    continue;
                }
                assertEquals(wIn != 0 ? 1 : 0, wOut, "seed " + c.seed() + " ring " + c.ring() + " at " + p);
            }
        });
    }

    @Test
    void testSplit_randomRegionsRandomLines() {
        forEachSeed(c -> {
            Random rnd = c.rnd();
            int grid = c.grid();
            HalfPlane h = HalfPlane.of(rnd.nextInt(5) - 2, rnd.nextInt(5) - 2, rnd.nextInt(2 * grid + 1) - grid);
            Split s = Split.of(c.r(), h);
            int sd = c.seed();
            try {
                if (!h.isConstant()) {
                    assertSplitConsistent(c.r(), h, s);
                }
            } catch (AssertionError e) {
                throw new AssertionError("seed " + sd + " ring " + c.ring() + " h " + h + ": " + e.getMessage(), e);
            }
            for (int k = 0; k < 40; k++) {
                Point2 p = sample(rnd, grid);
                int side = h.evaluate(p).signum();
                int in = inside(c.r(), p);
                int pos = inside(s.positive(), p);
                int neg = inside(s.negative(), p);
                if (in == Assembly.ON_CYCLE || pos == Assembly.ON_CYCLE || neg == Assembly.ON_CYCLE || side == 0) {
                    continue;
                }
                assertEquals(in == 1 && side > 0 ? 1 : 0, pos, "seed " + sd + " positive at " + p);
                assertEquals(in == 1 && side < 0 ? 1 : 0, neg, "seed " + sd + " negative at " + p);
            }
        });
    }
}

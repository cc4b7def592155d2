package org.segmentable.properties.gen;

import static org.segmentable.properties.gen.Draw.chance;
import static org.segmentable.properties.gen.Draw.range;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * Rings: convex (points of a circle rounded to multiples of 2^-24), star-shaped, self-touching (figure-eight through one
 * vertex, a vertex on another edge's interior, zero-area spikes) and self-crossing (random points
 * on a small grid, star polygons {n/m} whose centre winds twice or more), with optional collinear
 * and repeated vertices, reversed orientation, and a scale from 2^-100 to 1e30.
 *
 * <p>{@code RingGens.any().generate(source)} is e.g. {@code figure-eight Ring[(0, 0), …]}.
 */
public final class RingGens {

    private RingGens() {
    }

    /** Strictly convex counter-clockwise rings of 3 to 10 vertices on a circle (rounded to 2^-24). */
    public static Gen<Shape> convex() {
        return in -> new Shape("convex", convexRing(in, 3, 10));
    }

    /** Star-shaped counter-clockwise simple rings (around the origin, all angular gaps ≤ 90°). */
    public static Gen<Shape> star() {
        return in -> new Shape("star", starRing(in, Point2.ORIGIN, 4, Rational.of(4), true));
    }

    /** Simple counter-clockwise rings: convex or star-shaped, possibly scaled and translated. */
    public static Gen<Shape> simple() {
        Gen<Shape> base = Generate.frequency(Pair.of(1, convex()), Pair.of(2, star()));
        return in -> place(in, base.generate(in), false);
    }

    /** Self-touching rings: figure-eight, vertex on an edge, spike. */
    public static Gen<Shape> selfTouching() {
        return Generate.frequency(
                Pair.of(2, (Gen<Shape>) in -> new Shape("figure-eight", figureEight(in))),
                Pair.of(2, (Gen<Shape>) in -> new Shape("vertex-on-edge", vertexOnEdge(in))),
                Pair.of(1, (Gen<Shape>) in -> new Shape("spike", spike(in, starRing(in, Point2.ORIGIN, 2,
                        Rational.of(4), true)))));
    }

    /** Self-crossing rings: random grid points, star polygons {n/m}. */
    public static Gen<Shape> selfCrossing() {
        return Generate.frequency(
                Pair.of(2, (Gen<Shape>) in -> new Shape("grid-scribble", gridScribble(in))),
                Pair.of(1, (Gen<Shape>) in -> new Shape("star-polygon", starPolygon(in))));
    }

    /** Any ring, each family equally likely, then placed (scaled, translated, maybe reversed or subdivided). */
    public static Gen<Shape> any() {
        Gen<Shape> base = Generate.frequency(Pair.of(1, convex()), Pair.of(1, star()), Pair.of(1, selfTouching()),
                Pair.of(1, selfCrossing()));
        return in -> place(in, base.generate(in), true);
    }

    // ------------------------------------------------------------------ recipes

    static Ring convexRing(RandomnessSource in, int min, int max) {
        int k = range(in, min, max);
        TreeSet<Integer> ms = new TreeSet<>();
        for (int i = 0; i < k; i++) {
            ms.add(range(in, -64, 64, 0));
        }
        for (int fallback : new int[] {-16, 0, 16, -40, 40, -8, 8, -24, 24}) {
            if (ms.size() >= Math.max(3, min)) {
                break;
            }
            ms.add(fallback);
        }
        Vector<Point2> pts = Vector.ofAll(ms).map(m -> Exact.circleDyadic(Rational.of(m, 16)));
        return Ring.of(pts.sorted(Exact.BY_ANGLE));
    }

    /**
     * A star-shaped ring around {@code centre}: the four axis directions plus {@code extra} random
     * ones, radii in {@code (0, maxRadius]} (multiples of 1/8), sorted by angle.
     */
    static Ring starRing(RandomnessSource in, Point2 centre, int extra, Rational maxRadius, boolean axisFixed) {
        int k = range(in, 0, extra);
        List<Point2> dirs = new ArrayList<>(List.of(Point2.of(1, 0), Point2.of(0, 1), Point2.of(-1, 0),
                Point2.of(0, -1)));
        for (int i = 0; i < k; i++) {
            Point2 d = Exact.circleDyadic(Rational.of(range(in, -48, 48, 8), 16));
            if (dirs.stream().noneMatch(e -> e.cross(d).isZero() && e.dot(d).signum() > 0)) {
                dirs.add(d);
            }
        }
        dirs.sort(Exact.BY_ANGLE);
        int steps = maxRadius.multiply(Rational.of(8)).numerator().intValueExact();
        Vector<Point2> pts = Vector.empty();
        for (Point2 d : dirs) {
            int r = range(in, 1, steps, steps);
            pts = pts.append(centre.add(d.scale(Rational.of(r, 8))));
        }
        return Ring.of(pts);
    }

    /**
     * Two star-shaped loops, one above and one below the x axis, that meet only at the origin,
     * traversed as one ring visiting the origin twice; the lower loop is reversed half the time.
     */
    static Ring figureEight(RandomnessSource in) {
        Ring upper = starRing(in, Point2.of(0, 1), 3, Rational.ONE, true);
        Ring lower = starRing(in, Point2.of(0, 1), 3, Rational.ONE, true);
        // radius 1 in direction (0, -1) puts a vertex exactly at the origin; force it
        upper = forceOrigin(upper);
        lower = forceOrigin(lower);
        Vector<Point2> low = lower.vertices().map(p -> Point2.of(p.x(), p.y().negate()));
        if (chance(in, 50)) {
            low = low.reverse();
        }
        return Ring.of(startAtOrigin(upper.vertices()).appendAll(startAtOrigin(low)));
    }

    private static Ring forceOrigin(Ring r) {
        // the vertex in direction (0, -1) from (0, 1) has x = 0 and y < 1; move it to the origin
        return Ring.of(r.vertices().map(p -> p.x().isZero() && p.y().compareTo(Rational.ONE) < 0 ? Point2.ORIGIN : p));
    }

    private static Vector<Point2> startAtOrigin(Vector<Point2> pts) {
        int i = pts.indexOf(Point2.ORIGIN);
        return pts.drop(i).appendAll(pts.take(i));
    }

    /**
     * {@code (0,0) → (w,0) → (w,h1) → (t,0) → (0,h2)}: two triangles, the vertex {@code (t, 0)}
     * lying inside the edge from {@code (0,0)} to {@code (w,0)}.
     */
    static Ring vertexOnEdge(RandomnessSource in) {
        int w = range(in, 2, 12, 4);
        int t = range(in, 1, w - 1, w / 2);
        Rational h1 = Rational.of(range(in, 1, 16, 4), range(in, 1, 4, 1));
        Rational h2 = Rational.of(range(in, 1, 16, 4), range(in, 1, 4, 1));
        return Ring.of(Point2.ORIGIN, Point2.of(w, 0), Point2.of(Rational.of(w), h1), Point2.of(t, 0),
                Point2.of(Rational.ZERO, h2));
    }

    /** A ring with an out-and-back antenna at one vertex (zero area, overlapping edges). */
    static Ring spike(RandomnessSource in, Ring base) {
        int i = range(in, 0, base.size() - 1);
        Point2 v = base.vertex(i);
        Point2 tip = Point2.of(range(in, -12, 12, 0), range(in, -12, 12, 0));
        Vector<Point2> pts = base.vertices();
        return Ring.of(pts.take(i + 1).append(tip).append(v).appendAll(pts.drop(i + 1)));
    }

    /** 3 to 9 random points of the grid {@code [-6, 6]²} in random order (collinearity galore). */
    static Ring gridScribble(RandomnessSource in) {
        int k = range(in, 3, 9, 4);
        Vector<Point2> pts = Vector.empty();
        for (int i = 0; i < k; i++) {
            pts = pts.append(Point2.of(range(in, -6, 6, 0), range(in, -6, 6, 0)));
        }
        return Ring.of(pts);
    }

    /** The star polygon {n/m}: n exact points of a circle visited m steps at a time. */
    static Ring starPolygon(RandomnessSource in) {
        Ring full = convexRing(in, 5, 9);
        Ring circle = full.size() % 2 == 0 ? Ring.of(full.vertices().init()) : full;
        int n = circle.size();
        int m = 2;
        for (int step = range(in, 2, Math.max(2, (n - 1) / 2), 2); step >= 2; step--) {
            if (java.math.BigInteger.valueOf(n).gcd(java.math.BigInteger.valueOf(step)).intValue() == 1) {
                m = step;
                break;
            }
        }
        int mm = m;
        return Ring.of(Vector.range(0, n).map(i -> circle.vertex(i * mm)));
    }

    /**
     * Places a shape: maybe subdivides an edge (collinear vertex), repeats a vertex, reverses it,
     * then scales it by a positive rational from 2^-100 to 1e30 and translates it.
     */
    static Shape place(RandomnessSource in, Shape shape, boolean mayRepeat) {
        Ring r = shape.ring();
        String kind = shape.kind();
        if (chance(in, 15)) {
            int i = range(in, 0, r.size() - 1);
            Point2 mid = r.vertex(i).add(r.vertex(i + 1)).scale(Rational.HALF);
            r = Ring.of(r.vertices().insert(i + 1, mid));
            kind += "+midpoint";
        }
        if (mayRepeat && chance(in, 5)) {
            int i = range(in, 0, r.size() - 1);
            r = Ring.of(r.vertices().insert(i, r.vertex(i)));
            kind += "+repeat";
        }
        if (mayRepeat && chance(in, 20)) {
            r = r.reverse();
            kind += "+reversed";
        }
        Rational s = chance(in, 40) ? RationalGens.positiveScales().generate(in) : Rational.ONE;
        Point2 t = chance(in, 30)
                ? Point2.of(RationalGens.nearDegenerate().generate(in), RationalGens.nearDegenerate().generate(in))
                : Point2.ORIGIN;
        return new Shape(kind, Exact.scaleTranslate(r, s, t));
    }
}

package org.segmentable.ops;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.segmentable.constructions.Intersections;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Segment2;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Side;

/**
 * The exact split of a region by a half-plane {@code h}: the part where {@code h > 0}, the part
 * where {@code h < 0}, and the intersection of the (closed) region with the line {@code h = 0}.
 *
 * <p>For a constant {@code h} (no line) the region is wholly positive or wholly negative, and for
 * {@code h ≡ 0} it lies wholly on the "boundary": both parts are empty, {@link #onBoundary()} is
 * empty and {@link #lyingOnBoundary()} holds the region.
 *
 * <p>{@code Split.of(Regions.box(Rational.ONE), HalfPlane.of(1, 0, 0)).positive().area()} is {@code 2}.
 *
 * @param positive the part with {@code h > 0}, a valid region
 * @param negative the part with {@code h < 0}, a valid region
 * @param onBoundary the region's intersection with the line {@code h = 0}: maximal segments and
 *     isolated points (degenerate segments), ordered along the direction {@code (b, -a)}
 * @param lyingOnBoundary the whole region when {@code h ≡ 0}, else none
 */
public record Split(Region positive, Region negative, Vector<Segment2> onBoundary, Option<Region> lyingOnBoundary) {

    /** Checks the parts; use {@link #of}. */
    public Split {
        Objects.requireNonNull(positive, "positive is null");
        Objects.requireNonNull(negative, "negative is null");
        Objects.requireNonNull(onBoundary, "onBoundary is null");
        Objects.requireNonNull(lyingOnBoundary, "lyingOnBoundary is null");
    }

    /**
     * Splits a valid region by a half-plane, exactly. Each vertex's side is evaluated once; new
     * points are constructed only where an edge crosses the line.
     *
     * <p>{@code Split.of(Regions.box(Rational.ONE), HalfPlane.of(0, 1, 0)).onBoundary()} is
     * {@code [(-1, 0)–(1, 0)]}.
     *
     * @param region a valid region (as made by {@link Regions}), not null
     * @param h the half-plane, not null
     * @return the split
     */
    public static Split of(Region region, HalfPlane h) {
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(h, "h is null");
        if (h.isConstant()) {
            int s = h.c().signum();
            return s > 0 ? new Split(region, Region.EMPTY, Vector.empty(), Option.none())
                    : s < 0 ? new Split(Region.EMPTY, region, Vector.empty(), Option.none())
                    : new Split(Region.EMPTY, Region.EMPTY, Vector.empty(), Option.some(region));
        }
        List<Polygon> pos = new ArrayList<>();
        List<Polygon> neg = new ArrayList<>();
        List<SideCut.OnLine[]> intervals = new ArrayList<>();
        List<SideCut.OnLine> points = new ArrayList<>();
        for (Polygon polygon : region.pieces()) {
            splitPolygon(polygon, h, pos, neg, intervals, points);
        }
        return new Split(Region.of(Vector.ofAll(pos)), Region.of(Vector.ofAll(neg)),
                Boundary.merge(intervals, points), Option.none());
    }

    private static void splitPolygon(Polygon polygon, HalfPlane h, List<Polygon> pos, List<Polygon> neg,
            List<SideCut.OnLine[]> intervals, List<SideCut.OnLine> points) {
        List<Point2[]> rings = new ArrayList<>();
        List<int[]> sides = new ArrayList<>();
        List<Point2[]> crossings = new ArrayList<>();
        rings.add(polygon.shell().vertices().toJavaArray(Point2[]::new));
        for (var hole : polygon.holes()) {
            rings.add(hole.vertices().toJavaArray(Point2[]::new));
        }
        boolean anyPos = false;
        boolean anyNeg = false;
        boolean anyZero = false;
        for (Point2[] v : rings) {
            int[] s = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                s[i] = Side.of(h, v[i]);
                anyPos |= s[i] > 0;
                anyNeg |= s[i] < 0;
                anyZero |= s[i] == 0;
            }
            sides.add(s);
        }
        if (!anyZero && !(anyPos && anyNeg)) {
            (anyPos ? pos : neg).add(polygon);
            return;
        }
        java.util.function.Function<Point2, Rational> tOf = p -> h.b().multiply(p.x()).subtract(h.a().multiply(p.y()));
        for (int r = 0; r < rings.size(); r++) {
            Point2[] v = rings.get(r);
            int[] s = sides.get(r);
            Point2[] x = new Point2[v.length];
            for (int i = 0; i < v.length; i++) {
                int j = (i + 1) % v.length;
                if (s[i] * s[j] < 0) {
                    x[i] = Intersections.segmentLine(v[i], v[j], h);
                    points.add(new SideCut.OnLine(tOf.apply(x[i]), x[i]));
                } else if (s[i] == 0) {
                    SideCut.OnLine p = new SideCut.OnLine(tOf.apply(v[i]), v[i]);
                    points.add(p);
                    if (s[j] == 0) {
                        intervals.add(new SideCut.OnLine[] {p, new SideCut.OnLine(tOf.apply(v[j]), v[j])});
                    }
                }
            }
            crossings.add(x);
        }
        SideCut.Input in = new SideCut.Input(rings, sides, crossings);
        if (!anyNeg) {
            pos.add(polygon);
        } else if (!anyPos) {
            neg.add(polygon);
        }
        if (anyPos) {
            SideCut.Result r = SideCut.cut(in, 1, tOf);
            intervals.addAll(r.chords());
            if (anyNeg) {
                pos.addAll(Assembly.polygons(r.cycles()).pieces().asJava());
            }
        }
        if (anyNeg) {
            SideCut.Result r = SideCut.cut(in, -1, tOf);
            intervals.addAll(r.chords());
            if (anyPos) {
                neg.addAll(Assembly.polygons(r.cycles()).pieces().asJava());
            }
        }
    }
}

package org.segmentable.ops;

import io.vavr.Lazy;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.segmentable.constructions.Intersections;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.geometry.internal.Trusted;
import org.segmentable.numbers.Rational;

/**
 * A region prepared for splitting by many half-planes (the superposition splits one outline by
 * every ReLU boundary). Two preparations, each made once on first use and shared by every later
 * call (and every thread):
 * <ul>
 *   <li>for {@link #positiveArea(HalfPlane)}, every ring as integers over one common denominator
 *   with the exact prefix sums of its shoelace terms and the nearest doubles of its vertices: an
 *   area then costs a filtered sign per vertex (blocks of vertices wholly on one side decided at
 *   once), exact terms for the crossed edges only, and no polygon;</li>
 *   <li>for {@link #split(HalfPlane)}, per ring a tree of exact bounding boxes over runs of
 *   consecutive vertices; the split's chains and its pieces are built from the vertices' sides (the
 *   same filter), the pieces only when asked for.</li>
 * </ul>
 *
 * <p>{@code Splitter.of(Regions.box(Rational.ONE)).split(HalfPlane.of(1, 0, 0)).positiveArea()} is {@code 2}.
 */
public final class Splitter {

    private final Region region;
    private final List<Polygon> polygons;
    private final Lazy<List<List<PreparedRing>>> rings;
    private final Lazy<Option<ScaledRegion>> scaled;

    private Splitter(Region region) {
        this.region = region;
        this.polygons = new ArrayList<>(region.pieces().asJava());
        this.rings = Lazy.of(this::prepareRings);
        this.scaled = Lazy.of(() -> Option.of(ScaledRegion.of(region)));
    }

    private List<List<PreparedRing>> prepareRings() {
        List<List<PreparedRing>> out = new ArrayList<>();
        for (Polygon p : polygons) {
            List<PreparedRing> rs = new ArrayList<>();
            rs.add(new PreparedRing(p.shell()));
            for (Ring h : p.holes()) {
                rs.add(new PreparedRing(h));
            }
            out.add(rs);
        }
        return out;
    }

    /**
     * Prepares a valid region (as made by {@link Regions}) for splitting; costs nothing until the
     * first split or area, then {@code O(n)} once.
     *
     * <p>{@code Splitter.of(Region.EMPTY).split(HalfPlane.of(1, 0, 0)).positive().isEmpty()} is {@code true}.
     *
     * @param region the region, not null
     * @return the prepared region
     */
    public static Splitter of(Region region) {
        Objects.requireNonNull(region, "region is null");
        return new Splitter(region);
    }

    /**
     * The region this splitter splits.
     *
     * @return the region given to {@link #of(Region)}; {@code Splitter.of(Region.EMPTY).region()} is {@code Region.EMPTY}
     */
    public Region region() {
        return region;
    }

    /**
     * The exact area of the part of the region where {@code h > 0}, equal to
     * {@code split(h).positiveArea()} but computed without chains or polygons: each vertex is
     * classified by a filtered exact sign, exact terms are built only for the edges the line
     * crosses, and the area is the sum of prefix-sum differences of the shoelace terms and of the
     * crossings' terms (the clipped rings' shoelace sums; see {@code ScaledRing}). Valid for any
     * valid region, including pieces with holes and rings touching at points. The first call
     * prepares the region once ({@code O(n)}: every coordinate as an integer over one common
     * denominator); a region whose common denominator exceeds 4096 bits is split by chains instead.
     * Safe to call from several threads.
     *
     * <p>{@code Splitter.of(Regions.box(Rational.ONE)).positiveArea(HalfPlane.of(1, 1, 0))} is {@code 2}.
     *
     * @param h the half-plane, not null
     * @return the exact area of {@code split(h).positive()}
     */
    public Rational positiveArea(HalfPlane h) {
        Objects.requireNonNull(h, "h is null");
        Option<ScaledRegion> s = scaled.get();
        return s.isDefined() ? s.get().positiveArea(h) : split(h).positiveArea();
    }

    /**
     * Splits the region by {@code h}, exactly; see {@link Split}.
     *
     * <p>{@code Splitter.of(Regions.box(Rational.ONE)).split(HalfPlane.of(0, 1, -1)).positive().isEmpty()} is {@code true}.
     *
     * @param h the half-plane, not null
     * @return the split
     */
    public Split split(HalfPlane h) {
        Objects.requireNonNull(h, "h is null");
        if (h.isConstant()) {
            return Split.constant(region, h.c().signum(), twiceAreaOfAll());
        }
        Function<Point2, Rational> tOf = p -> h.b().multiply(p.x()).subtract(h.a().multiply(p.y()));
        List<Polygon> wholePos = new ArrayList<>();
        List<Polygon> wholeNeg = new ArrayList<>();
        List<PreparedRing> wholePosRings = new ArrayList<>();
        List<PreparedRing> wholeNegRings = new ArrayList<>();
        List<SidePart> parts = new ArrayList<>();
        List<SidePart> negParts = new ArrayList<>();
        List<SidePart.OnLine[]> intervals = new ArrayList<>();
        List<SidePart.OnLine> points = new ArrayList<>();
        List<List<PreparedRing>> prepared = rings.get();
        Option<ScaledRegion> fast = scaled.get();
        ScaledRegion.Line line = fast.map(s -> s.line(h)).getOrNull();
        int ringIndex = 0;
        for (int k = 0; k < polygons.size(); k++) {
            List<PreparedRing> rs = prepared.get(k);
            List<int[]> runs = new ArrayList<>(rs.size());
            boolean anyPos = false;
            boolean anyNeg = false;
            for (PreparedRing r : rs) {
                int[] rr = line != null ? fast.get().rings().get(ringIndex).sideRuns(line) : r.runs(h);
                ringIndex++;
                runs.add(rr);
                for (int i = 2; i < rr.length; i += 3) {
                    anyPos |= rr[i] > 0;
                    anyNeg |= rr[i] < 0;
                }
            }
            List<Chain> pos = new ArrayList<>();
            List<Chain> neg = new ArrayList<>();
            List<PreparedRing> posLoops = new ArrayList<>();
            List<PreparedRing> negLoops = new ArrayList<>();
            for (int i = 0; i < rs.size(); i++) {
                chains(rs.get(i), runs.get(i), h, tOf, pos, neg, posLoops, negLoops, intervals, points);
            }
            if (!anyNeg) {
                wholePos.add(polygons.get(k));
                wholePosRings.addAll(rs);
            } else if (!anyPos) {
                wholeNeg.add(polygons.get(k));
                wholeNegRings.addAll(rs);
            } else {
                SidePart p = new SidePart(pos, posLoops, 1, tOf);
                SidePart n = new SidePart(neg, negLoops, -1, tOf);
                intervals.addAll(p.chords());
                intervals.addAll(n.chords());
                parts.add(p);
                negParts.add(n);
            }
        }
        return new Split(new Split.Side(wholePos, wholePosRings, parts), new Split.Side(wholeNeg, wholeNegRings, negParts),
                Boundary.merge(intervals, points));
    }

    private Rational twiceAreaOfAll() {
        Rational a = Rational.ZERO;
        for (List<PreparedRing> rs : rings.get()) {
            for (PreparedRing r : rs) {
                a = a.add(r.twiceArea());
            }
        }
        return a;
    }

    /**
     * Cuts one ring into chains from its side runs; records its points and edges on the line.
     */
    private static void chains(PreparedRing ring, int[] flat, HalfPlane h, Function<Point2, Rational> tOf,
            List<Chain> pos, List<Chain> neg, List<PreparedRing> posLoops, List<PreparedRing> negLoops,
            List<SidePart.OnLine[]> intervals, List<SidePart.OnLine> points) {
        int m = ring.size();
        int r = flat.length / 3;
        int[] start = new int[r];
        int[] end = new int[r];
        int[] side = new int[r];
        for (int j = 0; j < r; j++) {
            start[j] = flat[3 * j];
            end[j] = flat[3 * j + 1];
            side[j] = flat[3 * j + 2];
        }
        if (r > 1 && side[0] != 0 && side[0] == side[r - 1]) {
            start[0] = start[r - 1];
            r--;
        }
        if (r == 1) {
            if (side[0] > 0) {
                posLoops.add(ring);
            } else if (side[0] < 0) {
                negLoops.add(ring);
            }
            return;
        }
        Point2[] v = ring.v;
        // crossing point on the edge after run j, when the next run has the opposite non-zero side
        Point2[] crossAfter = new Point2[r];
        for (int j = 0; j < r; j++) {
            int nx = (j + 1) % r;
            if (side[j] * side[nx] < 0) {
                int a = end[j];
                crossAfter[j] = Intersections.segmentLine(v[a], v[(a + 1) % m], h);
                points.add(new SidePart.OnLine(tOf.apply(crossAfter[j]), crossAfter[j]));
            }
        }
        for (int j = 0; j < r; j++) {
            int pv = (j - 1 + r) % r;
            int nx = (j + 1) % r;
            if (side[j] == 0) {
                SidePart.OnLine p = new SidePart.OnLine(tOf.apply(v[start[j]]), v[start[j]]);
                points.add(p);
                if (side[nx] == 0) {
                    Point2 q = v[start[nx]];
                    intervals.add(new SidePart.OnLine[] {p, new SidePart.OnLine(tOf.apply(q), q)});
                }
                continue;
            }
            Point2 s = side[pv] == 0 ? v[(start[j] - 1 + m) % m] : crossAfter[pv];
            Point2 e = side[nx] == 0 ? v[(end[j] + 1) % m] : crossAfter[j];
            (side[j] > 0 ? pos : neg).add(new Chain(ring, start[j], end[j], s, e));
        }
    }

    /** The pieces of a list, for {@link Split}. */
    static Region regionOf(List<Polygon> whole, List<SidePart> parts) {
        List<Polygon> out = new ArrayList<>(whole);
        for (SidePart p : parts) {
            out.addAll(p.region().pieces().asJava());
        }
        return Trusted.region(Vector.ofAll(out));
    }
}

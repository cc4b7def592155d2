package org.segmentable.ops;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.geometry.internal.Trusted;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;

/**
 * Factories of valid regions: the region a closed polyline bounds under the non-zero winding rule,
 * the square {@code [-z, z]²}, and valid polygons in the kernel's normal form.
 *
 * <p>A valid region is a list of polygons with pairwise disjoint interiors, each with a simple
 * counter-clockwise shell and simple clockwise holes, no collinear consecutive vertices, rings
 * touching only at isolated points, and connected interiors (JTS's validity rules).
 *
 * <p>{@code Regions.fromRing(Ring.of(Point2.of(0, 0), Point2.of(2, 2), Point2.of(2, 0), Point2.of(0, 2))).area()}
 * (a bowtie) is {@code 2}: two triangles of area 1.
 */
public final class Regions {

    private Regions() {
    }

    /**
     * The region a closed polyline bounds under the non-zero winding rule (SVG's default
     * {@code fill-rule}): the points around which the polyline winds a non-zero number of times,
     * resolved exactly into maximal polygons. Orientation does not matter (winding -1 is inside);
     * duplicate and collinear vertices, spikes and back-tracking edges vanish; self-touching and
     * self-crossing outlines are split into valid pieces with holes; a ring with fewer than three
     * distinct points, or enclosing no area, gives the empty region.
     *
     * <p>{@code Regions.fromRing(Ring.of(Point2.of(0, 0), Point2.of(0, 1), Point2.of(1, 1), Point2.of(1, 0))).pieces().head().shell()}
     * is the counter-clockwise ring {@code [(0, 0), (1, 0), (1, 1), (0, 1)]}.
     *
     * @param outline the closed polyline, not null
     * @return the valid region
     */
    public static Region fromRing(Ring outline) {
        Objects.requireNonNull(outline, "outline is null");
        Region star = StarShaped.resolve(outline, Point2.ORIGIN);
        if (star != null) {
            return star;
        }
        return arrangement(Vector.of(outline)).region(w -> w != 0);
    }

    /**
     * The square {@code [-z, z]²}.
     *
     * <p>{@code Regions.box(Rational.of(3)).area()} is {@code 36}.
     *
     * @param z the half side, not null; zero or negative gives the empty region
     * @return the square as a one-piece region
     */
    public static Region box(Rational z) {
        Objects.requireNonNull(z, "z is null");
        if (z.signum() <= 0) {
            return Region.EMPTY;
        }
        Rational m = z.negate();
        return Region.of(Trusted.polygon(Ring.of(Point2.of(m, m), Point2.of(z, m), Point2.of(z, z), Point2.of(m, z))));
    }

    /**
     * A valid polygon as a region in the kernel's normal form: collinear vertices dropped, each ring
     * starting at its lowest-leftmost vertex, a ring touching itself at a point split there.
     *
     * <p>{@code Regions.fromPolygon(Polygon.of(Ring.of(Point2.of(0, 0), Point2.of(1, 0), Point2.of(1, 1))).get()).area()}
     * is {@code 1/2}.
     *
     * @param polygon the polygon, not null
     * @return the same point set as a region in normal form
     * @throws NullPointerException if {@code polygon} is null
     */
    public static Region fromPolygon(Polygon polygon) {
        Objects.requireNonNull(polygon, "polygon is null");
        return arrangement(rings(Vector.of(polygon))).region(w -> w != 0);
    }

    /**
     * Valid polygons meant to have disjoint interiors, as one region in normal form (as
     * {@link #fromPolygon}): polygons that share an edge are merged into one. Unlike
     * {@link Region#of(Seq)}, which refuses pieces that share an edge, this accepts them; polygons
     * whose interiors overlap are a problem.
     *
     * <p>{@code Regions.fromPolygons(Vector.of(unitSquareAt(0, 0), unitSquareAt(1, 0))).get().pieces().size()}
     * is {@code 1} (two adjacent squares merge into a rectangle).
     *
     * @param polygons the polygons, not null
     * @return the valid region, or every place covered more than once
     * @throws NullPointerException if {@code polygons} is null
     */
    public static Validation<Seq<String>, Region> fromPolygons(Seq<Polygon> polygons) {
        Objects.requireNonNull(polygons, "polygons is null");
        SegmentArrangement arrangement = arrangement(rings(polygons));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Long, Point2> face : arrangement.faceWindings()) {
            long w = face.getKey();
            if (w < 0 || w > 1) {
                problems.add("polygons overlap: the area next to " + face.getValue() + " is covered " + w + " times");
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(Vector.ofAll(problems));
        }
        return Validation.valid(arrangement.region(w -> w != 0));
    }

    /** The rings of valid polygons: shells counter-clockwise, holes clockwise. */
    private static Vector<Ring> rings(Seq<Polygon> polygons) {
        return Vector.ofAll(polygons).flatMap(p -> p.holes().prepend(p.shell()));
    }

    static SegmentArrangement arrangement(Seq<Ring> rings) {
        return arrangement(rings, true);
    }

    /** The arrangement of the rings' edges; {@code prune} groups monotone chains (tests compare both). */
    static SegmentArrangement arrangement(Seq<Ring> rings, boolean prune) {
        List<SegmentArrangement.Seg> segs = new ArrayList<>();
        int[] nextGroup = {0};
        for (Ring r : rings) {
            Point2[] v = r.vertices().toJavaArray(Point2[]::new);
            int[] group = prune ? monotoneGroups(v, Point2.ORIGIN, nextGroup) : distinctGroups(v.length, nextGroup);
            for (int i = 0; i < v.length; i++) {
                segs.add(new SegmentArrangement.Seg(v[i], v[(i + 1) % v.length], 1, group[i]));
            }
        }
        return SegmentArrangement.of(segs);
    }

    private static int[] distinctGroups(int n, int[] nextGroup) {
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = nextGroup[0]++;
        }
        return group;
    }

    /**
     * Groups a ring's edges into chains that turn strictly one way around {@code c} and sweep less
     * than a full turn. Edges of one such chain have disjoint angular ranges seen from {@code c},
     * so they meet only at the vertices they share: noding need not test them against each other.
     * For the usual outline (features in angular order) this leaves one or two chains, and noding
     * tests only the pairs from different chains.
     */
    static int[] monotoneGroups(Point2[] v, Point2 c, int[] nextGroup) {
        int n = v.length;
        int[] group = new int[n];
        int dir = 0;
        int current = -1;
        Point2 s = null;
        int last = 0;
        for (int i = 0; i < n; i++) {
            Point2 a = v[i];
            Point2 b = v[(i + 1) % n];
            int o = Orientation.index(c, a, b);
            if (o == 0) {
                group[i] = nextGroup[0]++;
                dir = 0;
                continue;
            }
            int ob = 0;
            if (o == dir) {
                ob = dir * Orientation.index(c, s, b);
                if (last < 0 && ob >= 0) {
                    dir = 0;
                }
            }
            if (o != dir) {
                dir = o;
                current = nextGroup[0]++;
                s = a;
                ob = dir * Orientation.index(c, s, b);
            }
            group[i] = current;
            last = ob;
        }
        return group;
    }
}

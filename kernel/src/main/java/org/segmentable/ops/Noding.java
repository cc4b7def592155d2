package org.segmentable.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;

/**
 * Exact noding of weighted directed segments: every segment is split at every point where another
 * segment crosses or touches it, and the resulting pieces are merged by their end points, summing
 * their weights (taken in the direction from the lexicographically smaller end to the larger).
 * Pieces whose weights cancel are dropped.
 */
final class Noding {

    /** A noded edge {@code lo → hi} ({@code lo < hi} lexicographically) of non-zero weight {@code w}. */
    record Edge(Point2 lo, Point2 hi, int w) {
    }

    private Noding() {
    }

    /**
     * Nodes the segments.
     *
     * @param input directed weighted segments; zero-length ones are ignored
     * @return the noded edges of non-zero net weight, in a deterministic order
     */
    static List<Edge> node(List<SegmentArrangement.Seg> input) {
        List<SegmentArrangement.Seg> segs = new ArrayList<>();
        for (SegmentArrangement.Seg s : input) {
            if (!s.a().equals(s.b()) && s.w() != 0) {
                segs.add(s);
            }
        }
        int n = segs.size();
        Point2[] lo = new Point2[n];
        Point2[] hi = new Point2[n];
        Rational[] minY = new Rational[n];
        Rational[] maxY = new Rational[n];
        List<List<Point2>> cuts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SegmentArrangement.Seg s = segs.get(i);
            boolean forward = s.a().compareTo(s.b()) < 0;
            lo[i] = forward ? s.a() : s.b();
            hi[i] = forward ? s.b() : s.a();
            minY[i] = s.a().y().min(s.b().y());
            maxY[i] = s.a().y().max(s.b().y());
            cuts.add(new ArrayList<>(2));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> lo[i].x()));
        List<Integer> active = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            Rational x = lo[i].x();
            List<Integer> kept = new ArrayList<>(active.size() + 1);
            for (int j : active) {
                if (hi[j].x().compareTo(x) < 0) {
                    continue;
                }
                kept.add(j);
                if (segs.get(i).group() != segs.get(j).group() && maxY[j].compareTo(minY[i]) >= 0 && maxY[i].compareTo(minY[j]) >= 0) {
                    intersect(lo[i], hi[i], cuts.get(i), lo[j], hi[j], cuts.get(j));
                }
            }
            kept.add(i);
            active = kept;
        }
        Map<List<Point2>, int[]> merged = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            List<Point2> pts = cuts.get(i);
            pts.add(lo[i]);
            pts.add(hi[i]);
            pts.sort(Comparator.naturalOrder());
            int w = segs.get(i).a().equals(lo[i]) ? segs.get(i).w() : -segs.get(i).w();
            Point2 prev = null;
            for (Point2 p : pts) {
                if (prev != null && !prev.equals(p)) {
                    merged.computeIfAbsent(List.of(prev, p), key -> new int[1])[0] += w;
                }
                prev = p;
            }
        }
        List<Edge> out = new ArrayList<>();
        for (Map.Entry<List<Point2>, int[]> e : merged.entrySet()) {
            if (e.getValue()[0] != 0) {
                out.add(new Edge(e.getKey().get(0), e.getKey().get(1), e.getValue()[0]));
            }
        }
        return out;
    }

    /** Records on both segments every point where they meet. */
    private static void intersect(Point2 a0, Point2 a1, List<Point2> cutsA, Point2 b0, Point2 b1, List<Point2> cutsB) {
        int o1 = Orientation.index(a0, a1, b0);
        int o2 = Orientation.index(a0, a1, b1);
        if (o1 == 0 && o2 == 0) {
            // collinear: each end strictly inside the other segment cuts it
            addIfInside(b0, a0, a1, cutsA);
            addIfInside(b1, a0, a1, cutsA);
            addIfInside(a0, b0, b1, cutsB);
            addIfInside(a1, b0, b1, cutsB);
            return;
        }
        if (o1 * o2 > 0) {
            return;
        }
        int o3 = Orientation.index(b0, b1, a0);
        int o4 = Orientation.index(b0, b1, a1);
        if (o3 * o4 > 0) {
            return;
        }
        if (o1 == 0) {
            addIfInside(b0, a0, a1, cutsA);
        } else if (o2 == 0) {
            addIfInside(b1, a0, a1, cutsA);
        }
        if (o3 == 0) {
            addIfInside(a0, b0, b1, cutsB);
        } else if (o4 == 0) {
            addIfInside(a1, b0, b1, cutsB);
        }
        if (o1 != 0 && o2 != 0 && o3 != 0 && o4 != 0) {
            Point2 x = crossing(a0, a1, b0, b1);
            cutsA.add(x);
            cutsB.add(x);
        }
    }

    /** Adds {@code p} when it lies strictly between the ends of the collinear segment {@code lo–hi}. */
    private static void addIfInside(Point2 p, Point2 lo, Point2 hi, List<Point2> cuts) {
        if (lo.compareTo(p) < 0 && p.compareTo(hi) < 0) {
            cuts.add(p);
        }
    }

    /** The crossing point of two properly crossing segments. */
    static Point2 crossing(Point2 a0, Point2 a1, Point2 b0, Point2 b1) {
        Point2 da = a1.subtract(a0);
        Point2 db = b1.subtract(b0);
        Rational t = b0.subtract(a0).cross(db).divide(da.cross(db));
        return a0.add(da.scale(t));
    }
}

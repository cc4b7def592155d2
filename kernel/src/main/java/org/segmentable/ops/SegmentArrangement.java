package org.segmentable.ops;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.numbers.FractionSum;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Angular;
import org.segmentable.predicates.Orientation;
import org.segmentable.util.IntUnionFind;

/**
 * A small exact planar-graph engine: the arrangement of weighted directed segments. The segments
 * are noded exactly (split at every crossing and at every endpoint lying on another segment),
 * overlapping pieces are merged by summing their signed weights, pieces of net weight zero are
 * dropped, the remaining edges are sorted around every vertex by exact angle, faces are traced,
 * and every face gets its winding number (the weighted number of times the segments wind around
 * its points). The faces selected by a predicate on the winding number are then extracted as a
 * valid region by dissolving the edges between two selected faces.
 *
 * <p>Cost: noding sweeps the segments by x with exact bounding-box pruning, so it is near
 * {@code n log n} plus the number of pairs whose x-ranges overlap; the rest is linear in the
 * number of noded edges (after sorting around vertices), except the placement of separate
 * connected components, which costs {@code O(components × edges)}.
 */
final class SegmentArrangement {

    /**
     * A directed segment {@code a → b} carrying weight {@code w}. Segments of the same
     * {@code group} are promised to meet only at shared end points (so noding skips such pairs).
     */
    record Seg(Point2 a, Point2 b, int w, int group) {
    }

    private final List<Point2> points = new ArrayList<>();
    private int[] origin;
    private int[] weight;
    private int[] next;
    private int[] face;
    private int faceCount;
    private long[] faceWinding;
    private int[] faceFirst;

    private SegmentArrangement() {
    }

    /**
     * The arrangement of the given segments.
     *
     * @param segs directed weighted segments; zero-length ones are ignored
     * @return the arrangement with every face's winding number
     */
    static SegmentArrangement of(List<Seg> segs) {
        SegmentArrangement a = new SegmentArrangement();
        a.build(Noding.node(segs));
        return a;
    }

    /** True when no edge of non-zero weight remains. */
    boolean isEmpty() {
        return origin.length == 0;
    }

    /**
     * The windings of all faces, each with one of its boundary vertices, for reporting.
     *
     * @return pairs (winding, a vertex of the face)
     */
    List<Map.Entry<Long, Point2>> faceWindings() {
        List<Map.Entry<Long, Point2>> out = new ArrayList<>();
        for (int f = 0; f < faceCount; f++) {
            out.add(Map.entry(faceWinding[f], points.get(origin[faceFirst[f]])));
        }
        return out;
    }

    /**
     * The region made of the faces whose winding number passes {@code selected} (the unbounded
     * face has winding zero and must not be selected).
     */
    Region region(IntPredicate selectedWinding) {
        int m = origin.length;
        boolean[] sel = new boolean[faceCount];
        for (int f = 0; f < faceCount; f++) {
            long w = faceWinding[f];
            sel[f] = selectedWinding.test((int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, w)));
        }
        boolean[] boundary = new boolean[m];
        for (int h = 0; h < m; h++) {
            boundary[h] = sel[face[h]] && !sel[face[h ^ 1]];
        }
        boolean[] used = new boolean[m];
        List<List<Point2>> cycles = new ArrayList<>();
        for (int h0 = 0; h0 < m; h0++) {
            if (!boundary[h0] || used[h0]) {
                continue;
            }
            List<Point2> walk = new ArrayList<>();
            int h = h0;
            do {
                used[h] = true;
                walk.add(points.get(origin[h]));
                int c = next[h];
                while (!boundary[c]) {
                    c = next[c ^ 1];
                }
                h = c;
            } while (h != h0);
            cycles.addAll(Assembly.simpleCycles(walk));
        }
        return Assembly.polygons(cycles);
    }

    // ------------------------------------------------------------------ construction

    private void build(List<Noding.Edge> edges) {
        Map<Point2, Integer> ids = new HashMap<>();
        int m = edges.size() * 2;
        origin = new int[m];
        weight = new int[m];
        for (int k = 0; k < edges.size(); k++) {
            Noding.Edge e = edges.get(k);
            origin[2 * k] = id(ids, e.lo());
            origin[2 * k + 1] = id(ids, e.hi());
            weight[2 * k] = e.w();
            weight[2 * k + 1] = -e.w();
        }
        int n = points.size();
        // outgoing half-edges per vertex, sorted counter-clockwise
        int[] degree = new int[n];
        for (int h = 0; h < m; h++) {
            degree[origin[h]]++;
        }
        int[][] around = new int[n][];
        for (int v = 0; v < n; v++) {
            around[v] = new int[degree[v]];
        }
        int[] fill = new int[n];
        for (int h = 0; h < m; h++) {
            around[origin[h]][fill[origin[h]]++] = h;
        }
        int[] position = new int[m];
        for (int v = 0; v < n; v++) {
            int[] list = around[v];
            if (list.length > 2) {
                Integer[] boxed = Arrays.stream(list).boxed().toArray(Integer[]::new);
                Point2 o = points.get(v);
                Arrays.sort(boxed, Comparator.comparing((Integer h) -> h, (h1, h2) ->
                        Angular.compare(o, points.get(origin[h1 ^ 1]), points.get(origin[h2 ^ 1]))));
                for (int i = 0; i < list.length; i++) {
                    list[i] = boxed[i];
                }
            }
            for (int i = 0; i < list.length; i++) {
                position[list[i]] = i;
            }
        }
        next = new int[m];
        for (int h = 0; h < m; h++) {
            int t = h ^ 1;
            int[] list = around[origin[t]];
            next[h] = list[(position[t] - 1 + list.length) % list.length];
        }
        traceFaces();
        assignWindings(n);
    }

    private int id(Map<Point2, Integer> ids, Point2 p) {
        Integer i = ids.get(p);
        if (i == null) {
            i = points.size();
            ids.put(p, i);
            points.add(p);
        }
        return i;
    }

    private void traceFaces() {
        int m = origin.length;
        face = new int[m];
        Arrays.fill(face, -1);
        List<Integer> firsts = new ArrayList<>();
        for (int h0 = 0; h0 < m; h0++) {
            if (face[h0] >= 0) {
                continue;
            }
            int f = firsts.size();
            firsts.add(h0);
            int h = h0;
            do {
                face[h] = f;
                h = next[h];
            } while (h != h0);
        }
        faceCount = firsts.size();
        faceFirst = firsts.stream().mapToInt(Integer::intValue).toArray();
    }

    private void assignWindings(int n) {
        int m = origin.length;
        // connected components of vertices
        IntUnionFind parent = IntUnionFind.of(n);
        for (int h = 0; h < m; h += 2) {
            parent.union(origin[h], origin[h + 1]);
        }
        // twice the signed area of every face
        List<List<Rational>> terms = new ArrayList<>(faceCount);
        for (int f = 0; f < faceCount; f++) {
            terms.add(new ArrayList<>());
        }
        for (int h = 0; h < m; h++) {
            terms.get(face[h]).add(points.get(origin[h]).cross(points.get(origin[h ^ 1])));
        }
        Rational[] area = new Rational[faceCount];
        for (int f = 0; f < faceCount; f++) {
            area[f] = FractionSum.of(terms.get(f));
        }
        Map<Integer, Integer> outerOf = new HashMap<>();
        for (int f = 0; f < faceCount; f++) {
            if (area[f].signum() < 0) {
                int c = parent.find(origin[faceFirst[f]]);
                if (outerOf.put(c, f) != null) {
                    throw new IllegalStateException("component with two outer faces");
                }
            }
        }
        faceWinding = new long[faceCount];
        boolean[] done = new boolean[faceCount];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        // face adjacency through half-edges: list half-edges per face
        int[][] faceEdges = edgesPerFace();
        for (Map.Entry<Integer, Integer> e : outerOf.entrySet()) {
            int component = e.getKey();
            int outer = e.getValue();
            faceWinding[outer] = outerOf.size() == 1 ? 0 : windingOutside(points.get(origin[faceFirst[outer]]), component, parent);
            done[outer] = true;
            queue.add(outer);
        }
        while (!queue.isEmpty()) {
            int f = queue.poll();
            for (int h : faceEdges[f]) {
                int g = face[h ^ 1];
                if (!done[g]) {
                    faceWinding[g] = faceWinding[f] - weight[h];
                    done[g] = true;
                    queue.add(g);
                }
            }
        }
    }

    private int[][] edgesPerFace() {
        int m = origin.length;
        int[] count = new int[faceCount];
        for (int h = 0; h < m; h++) {
            count[face[h]]++;
        }
        int[][] out = new int[faceCount][];
        for (int f = 0; f < faceCount; f++) {
            out[f] = new int[count[f]];
        }
        int[] fill = new int[faceCount];
        for (int h = 0; h < m; h++) {
            out[face[h]][fill[face[h]]++] = h;
        }
        return out;
    }

    /** The winding number, around {@code p}, of all edges outside {@code p}'s component. */
    private long windingOutside(Point2 p, int component, IntUnionFind parent) {
        long w = 0;
        for (int h = 0; h < origin.length; h += 2) {
            if (parent.find(origin[h]) == component) {
                continue;
            }
            Point2 u = points.get(origin[h]);
            Point2 v = points.get(origin[h + 1]);
            int uy = u.y().compareTo(p.y());
            int vy = v.y().compareTo(p.y());
            if (uy <= 0 && vy > 0 && Orientation.index(u, v, p) > 0) {
                w += weight[h];
            } else if (vy <= 0 && uy > 0 && Orientation.index(u, v, p) < 0) {
                w -= weight[h];
            }
        }
        return w;
    }
}

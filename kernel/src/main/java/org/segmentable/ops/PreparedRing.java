package org.segmentable.ops;

import io.vavr.Lazy;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Side;

/**
 * A ring prepared for many splits: its vertices in an array, a balanced tree of exact bounding
 * boxes over runs of consecutive vertices (so that a line meets only the runs whose boxes it
 * crosses), and, computed on first use, the prefix sums of the shoelace terms (so that the area of
 * any run of edges costs one subtraction).
 */
final class PreparedRing {

    /** Runs of at most this many vertices are classified vertex by vertex. */
    private static final int LEAF = 8;

    final Point2[] v;
    private final int nodes;
    // box corners per node: (minX, minY) and (maxX, maxY)
    private final Rational[] minX;
    private final Rational[] minY;
    private final Rational[] maxX;
    private final Rational[] maxY;
    private final int[] from;
    private final int[] to;
    private final Lazy<Rational[]> prefix;
    private final Lazy<Boolean> distinct;

    PreparedRing(Ring ring) {
        this.v = ring.vertices().toJavaArray(Point2[]::new);
        int m = v.length;
        int leaves = Math.max(1, (m + LEAF - 1) / LEAF);
        int size = 1;
        while (size < leaves) {
            size *= 2;
        }
        nodes = 2 * size;
        minX = new Rational[nodes];
        minY = new Rational[nodes];
        maxX = new Rational[nodes];
        maxY = new Rational[nodes];
        from = new int[nodes];
        to = new int[nodes];
        for (int k = 0; k < size; k++) {
            int node = size + k;
            int lo = Math.min(m, k * LEAF);
            int hi = Math.min(m, lo + LEAF);
            from[node] = lo;
            to[node] = hi;
            for (int i = lo; i < hi; i++) {
                include(node, v[i]);
            }
        }
        for (int node = size - 1; node >= 1; node--) {
            from[node] = from[2 * node];
            to[node] = to[2 * node + 1];
            merge(node, 2 * node);
            merge(node, 2 * node + 1);
        }
        this.prefix = Lazy.of(this::prefixSums);
        this.distinct = Lazy.of(() -> java.util.Arrays.stream(v).distinct().count() == v.length);
    }

    /** True when no vertex occurs twice (a simple ring's vertices are distinct); computed once. */
    boolean hasDistinctVertices() {
        return distinct.get();
    }

    private void include(int node, Point2 p) {
        if (minX[node] == null) {
            minX[node] = p.x();
            maxX[node] = p.x();
            minY[node] = p.y();
            maxY[node] = p.y();
        } else {
            minX[node] = minX[node].min(p.x());
            maxX[node] = maxX[node].max(p.x());
            minY[node] = minY[node].min(p.y());
            maxY[node] = maxY[node].max(p.y());
        }
    }

    private void merge(int node, int child) {
        if (minX[child] == null) {
            return;
        }
        include(node, Point2.of(minX[child], minY[child]));
        include(node, Point2.of(maxX[child], maxY[child]));
    }

    int size() {
        return v.length;
    }

    /**
     * The sides of all vertices, as maximal runs {@code [start, end]} (inclusive, in index order,
     * not wrapped) of a common side. Boxes wholly on one side of the line are not opened.
     *
     * @return flat triples (start, end, side)
     */
    int[] runs(HalfPlane h) {
        RunList out = new RunList();
        visit(1, h, out);
        return out.toArray();
    }

    private void visit(int node, HalfPlane h, RunList out) {
        if (minX[node] == null) {
            return;
        }
        int s = boxSide(node, h);
        if (s != 0) {
            out.add(from[node], to[node] - 1, s);
            return;
        }
        if (2 * node >= nodes) {
            for (int i = from[node]; i < to[node]; i++) {
                out.add(i, i, Side.of(h, v[i]));
            }
            return;
        }
        visit(2 * node, h, out);
        visit(2 * node + 1, h, out);
    }

    /** 1 when the whole box is strictly positive, -1 when strictly negative, else 0. */
    private int boxSide(int node, HalfPlane h) {
        boolean ax = h.a().signum() >= 0;
        boolean by = h.b().signum() >= 0;
        Point2 low = Point2.of(ax ? minX[node] : maxX[node], by ? minY[node] : maxY[node]);
        if (Side.of(h, low) > 0) {
            return 1;
        }
        Point2 high = Point2.of(ax ? maxX[node] : minX[node], by ? maxY[node] : minY[node]);
        if (Side.of(h, high) < 0) {
            return -1;
        }
        return 0;
    }

    /** Twice the signed area of the edges from vertex {@code i} to vertex {@code j}, cyclically. */
    Rational twiceAreaOfRun(int i, int j) {
        Rational[] p = prefix.get();
        if (i <= j) {
            return p[j].subtract(p[i]);
        }
        return p[v.length].subtract(p[i]).add(p[j]);
    }

    /** Twice the signed area of the whole ring. */
    Rational twiceArea() {
        return prefix.get()[v.length];
    }

    private Rational[] prefixSums() {
        int m = v.length;
        Rational[] p = new Rational[m + 1];
        p[0] = Rational.ZERO;
        for (int i = 0; i < m; i++) {
            p[i + 1] = p[i].add(v[i].cross(v[(i + 1) % m]));
        }
        return p;
    }

    /** A growable list of runs that merges neighbours of equal non-zero side. */
    private static final class RunList {
        private int[] data = new int[48];
        private int n;

        void add(int start, int end, int side) {
            if (n > 0 && side != 0 && data[n - 1] == side && data[n - 2] == start - 1) {
                data[n - 2] = end;
                return;
            }
            if (n + 3 > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[n++] = start;
            data[n++] = end;
            data[n++] = side;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, n);
        }
    }
}

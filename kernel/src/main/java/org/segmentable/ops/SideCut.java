package org.segmentable.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;

/**
 * One side of the split of one polygon by a line: the boundary walks of the part of the polygon
 * on the side {@code σ·h > 0}. The polygon's rings are cut into chains (maximal runs of edges
 * whose interiors lie on that side, from the line back to the line); the chords (the intervals of
 * the line whose side-neighbourhood lies inside the polygon) are found by sorting the chains' end
 * points along the line; chains and chords are linked at each point of the line by the exact
 * angular order of their directions there, keeping the part on the left of every walk.
 */
final class SideCut {

    /** A chain from the line back to the line through vertices strictly on the side. */
    private static final class Chain {
        final List<Point2> pts = new ArrayList<>();
        int startJunction;
        int endJunction;
    }

    private SideCut() {
    }

    /**
     * Input of a cut: the rings of one polygon with their vertex sides and crossing points.
     *
     * @param rings the rings' vertices
     * @param sides the exact sign of {@code h} at every vertex
     * @param crossings for every edge {@code i → i+1} crossing the line properly, the crossing point (else null)
     */
    record Input(List<Point2[]> rings, List<int[]> sides, List<Point2[]> crossings) {
    }

    /** A point of the line with its coordinate {@code t} along the direction {@code u = (b, -a)}. */
    record OnLine(Rational t, Point2 p) {
    }

    /** Output of one side: closed walks, and the chords as pairs of points on the line. */
    record Result(List<List<Point2>> cycles, List<OnLine[]> chords) {
    }

    /**
     * Cuts the part on side {@code sigma}.
     *
     * @param in the rings and their sides
     * @param sigma 1 for {@code h > 0}, -1 for {@code h < 0}
     * @param tOf the coordinate along {@code u = (b, -a)} of a point of the line
     * @return the simple cycles of the part (region on their left) and its chords
     */
    static Result cut(Input in, int sigma, java.util.function.Function<Point2, Rational> tOf) {
        List<List<Point2>> cycles = new ArrayList<>();
        List<Chain> chains = new ArrayList<>();
        for (int r = 0; r < in.rings().size(); r++) {
            collect(in.rings().get(r), in.sides().get(r), in.crossings().get(r), sigma, cycles, chains);
        }
        List<OnLine[]> chordPoints = new ArrayList<>();
        if (chains.isEmpty()) {
            return new Result(cycles, chordPoints);
        }
        // junctions: distinct points of the line where chains start or end, ordered along sigma·u
        int c = chains.size();
        OnLine[] ends = new OnLine[2 * c];
        for (int i = 0; i < c; i++) {
            List<Point2> pts = chains.get(i).pts;
            ends[2 * i] = new OnLine(tOf.apply(pts.get(0)), pts.get(0));
            ends[2 * i + 1] = new OnLine(tOf.apply(pts.get(pts.size() - 1)), pts.get(pts.size() - 1));
        }
        Integer[] order = new Integer[2 * c];
        for (int i = 0; i < 2 * c; i++) {
            order[i] = i;
        }
        Comparator<Integer> byT = Comparator.comparing(i -> ends[i].t());
        Arrays.sort(order, sigma > 0 ? byT : byT.reversed());
        List<OnLine> junctions = new ArrayList<>();
        for (int k = 0; k < 2 * c; k++) {
            int e = order[k];
            if (junctions.isEmpty() || !junctions.get(junctions.size() - 1).t().equals(ends[e].t())) {
                junctions.add(ends[e]);
            }
            int j = junctions.size() - 1;
            if (e % 2 == 0) {
                chains.get(e / 2).startJunction = j;
            } else {
                chains.get(e / 2).endJunction = j;
            }
        }
        int jn = junctions.size();
        int[] delta = new int[jn];
        for (Chain ch : chains) {
            delta[ch.endJunction]++;
            delta[ch.startJunction]--;
        }
        boolean[] chordFrom = new boolean[jn];
        int depth = 0;
        for (int j = 0; j < jn; j++) {
            depth += delta[j];
            chordFrom[j] = depth > 0 && j + 1 < jn;
            if (chordFrom[j]) {
                chordPoints.add(new OnLine[] {junctions.get(j), junctions.get(j + 1)});
            }
        }
        // items: chains 0..c-1, chord from junction j is item c + j
        List<List<Integer>> outgoing = new ArrayList<>();
        List<List<Integer>> incoming = new ArrayList<>();
        for (int j = 0; j < jn; j++) {
            outgoing.add(new ArrayList<>(2));
            incoming.add(new ArrayList<>(2));
        }
        for (int i = 0; i < c; i++) {
            outgoing.get(chains.get(i).startJunction).add(i);
            incoming.get(chains.get(i).endJunction).add(i);
        }
        for (int j = 0; j < jn; j++) {
            if (chordFrom[j]) {
                outgoing.get(j).add(c + j);
                incoming.get(j + 1).add(c + j);
            }
        }
        int items = c + jn;
        int[] successor = new int[items];
        Arrays.fill(successor, -1);
        boolean[] taken = new boolean[items];
        for (int j = 0; j < jn; j++) {
            link(junctions.get(j).p(), incoming.get(j), outgoing.get(j), chains, c, successor, taken);
        }
        boolean[] used = new boolean[items];
        for (int start = 0; start < items; start++) {
            boolean exists = start < c || chordFrom[start - c];
            if (!exists || used[start]) {
                continue;
            }
            List<Point2> walk = new ArrayList<>();
            int it = start;
            do {
                used[it] = true;
                if (it < c) {
                    List<Point2> pts = chains.get(it).pts;
                    walk.addAll(pts.subList(0, pts.size() - 1));
                } else {
                    walk.add(junctions.get(it - c).p());
                }
                it = successor[it];
                if (it < 0) {
                    throw new IllegalStateException("open boundary walk: the region is not valid");
                }
            } while (it != start);
            cycles.addAll(Assembly.simpleCycles(walk));
        }
        return new Result(cycles, chordPoints);
    }

    /**
     * Links, at one point of the line, every incoming item to the outgoing item that comes first
     * clockwise from its reversed direction (an outgoing item in exactly that direction comes last).
     * Directions are keyed by their angle in {@code [0, 180]} from {@code σ·u}: an outgoing chord is
     * at 0, a reversed incoming chord at 180, chains strictly between.
     */
    private static void link(Point2 p, List<Integer> in, List<Integer> out, List<Chain> chains, int c, int[] successor,
            boolean[] taken) {
        if (in.size() == 1 && out.size() == 1) {
            successor[in.get(0)] = out.get(0);
            taken[out.get(0)] = true;
            return;
        }
        // entries: [item, isOut(1/0)]; sorted clockwise (angle descending), outgoing first on ties
        List<int[]> entries = new ArrayList<>();
        for (int i : in) {
            entries.add(new int[] {i, 0});
        }
        for (int o : out) {
            entries.add(new int[] {o, 1});
        }
        entries.sort((x, y) -> {
            int cmp = compareAngle(p, x, y, chains, c);
            if (cmp != 0) {
                return -cmp;
            }
            return Integer.compare(y[1], x[1]);
        });
        // stack matching around the circle, two passes
        int n = entries.size();
        List<Integer> pending = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < n; k++) {
                int[] e = entries.get(k);
                if (e[1] == 0) {
                    if (successor[e[0]] < 0 && !pending.contains(e[0])) {
                        pending.add(e[0]);
                    }
                } else if (!pending.isEmpty() && !taken[e[0]]) {
                    successor[pending.remove(pending.size() - 1)] = e[0];
                    taken[e[0]] = true;
                }
            }
        }
    }

    /** Compares the angles (in {@code [0, 180]}) of two entries' directions at {@code p}. */
    private static int compareAngle(Point2 p, int[] x, int[] y, List<Chain> chains, int c) {
        int kx = kind(x, c);
        int ky = kind(y, c);
        if (kx != 1 || ky != 1) {
            return Integer.compare(kx, ky);
        }
        Point2 qx = directionPoint(x, chains);
        Point2 qy = directionPoint(y, chains);
        return -Orientation.index(p, qx, qy);
    }

    /** 0: outgoing chord (angle 0), 1: chain (strictly between), 2: reversed incoming chord (angle 180). */
    private static int kind(int[] e, int c) {
        if (e[0] < c) {
            return 1;
        }
        return e[1] == 1 ? 0 : 2;
    }

    private static Point2 directionPoint(int[] e, List<Chain> chains) {
        List<Point2> pts = chains.get(e[0]).pts;
        return e[1] == 1 ? pts.get(1) : pts.get(pts.size() - 2);
    }

    /** Collects a ring's chains on side sigma, or the whole ring when it lies strictly on that side. */
    private static void collect(Point2[] v, int[] s, Point2[] x, int sigma, List<List<Point2>> loops, List<Chain> chains) {
        int m = v.length;
        int k = -1;
        boolean any = false;
        for (int i = 0; i < m; i++) {
            if (sigma * s[i] <= 0) {
                if (k < 0) {
                    k = i;
                }
            } else {
                any = true;
            }
        }
        if (!any) {
            return;
        }
        if (k < 0) {
            loops.add(Arrays.asList(v));
            return;
        }
        Chain cur = null;
        for (int step = 0; step < m; step++) {
            int i = (k + step) % m;
            int j = (i + 1) % m;
            int tp = sigma * s[i];
            int tq = sigma * s[j];
            if (tp <= 0 && tq > 0) {
                cur = new Chain();
                cur.pts.add(tp == 0 ? v[i] : x[i]);
                cur.pts.add(v[j]);
            } else if (tp > 0 && tq > 0) {
                cur.pts.add(v[j]);
            } else if (tp > 0) {
                cur.pts.add(tq == 0 ? v[j] : x[i]);
                chains.add(cur);
                cur = null;
            }
        }
    }
}

package org.segmentable.ops;

import io.vavr.Lazy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;

/**
 * One side of the split of one polygon by a line: the part of the polygon where {@code σ·h > 0}.
 * Its boundary consists of the chains on that side, the rings lying wholly on that side, and the
 * chords: the intervals of the line whose neighbourhood on that side lies inside the polygon. The
 * chords are found by sorting the chains' end points along the line (exactly) and sweeping the
 * depth; the area follows from the chains' prefix sums at once, while the polygons themselves are
 * assembled on demand by linking chains and chords at every point of the line in exact angular
 * order.
 */
final class SidePart {

    /** A point of the line with its exact coordinate {@code t} along the direction {@code (b, -a)}. */
    record OnLine(Rational t, Point2 p) {
    }

    private final List<Chain> chains;
    private final List<PreparedRing> loops;
    private final List<OnLine> junctions = new ArrayList<>();
    private final boolean[] chordFrom;
    private final Lazy<Region> region;

    /**
     * @param chains the chains on this side
     * @param loops rings lying wholly on this side
     * @param sigma 1 for {@code h > 0}, -1 for {@code h < 0}
     * @param tOf coordinate along {@code (b, -a)} of a point of the line
     */
    SidePart(List<Chain> chains, List<PreparedRing> loops, int sigma, Function<Point2, Rational> tOf) {
        this.chains = chains;
        this.loops = loops;
        int c = chains.size();
        OnLine[] ends = new OnLine[2 * c];
        for (int i = 0; i < c; i++) {
            Chain ch = chains.get(i);
            ends[2 * i] = new OnLine(tOf.apply(ch.start), ch.start);
            ends[2 * i + 1] = new OnLine(tOf.apply(ch.end), ch.end);
        }
        Integer[] order = new Integer[2 * c];
        for (int i = 0; i < 2 * c; i++) {
            order[i] = i;
        }
        Comparator<Integer> byT = Comparator.comparing(i -> ends[i].t());
        Arrays.sort(order, sigma > 0 ? byT : byT.reversed());
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
        chordFrom = new boolean[jn];
        int depth = 0;
        for (int j = 0; j < jn; j++) {
            depth += delta[j];
            chordFrom[j] = depth > 0 && j + 1 < jn;
        }
        this.region = Lazy.of(this::assemble);
    }

    /** The chords, each as its two end points (in the direction {@code σ·(b, -a)}). */
    List<OnLine[]> chords() {
        List<OnLine[]> out = new ArrayList<>();
        for (int j = 0; j < chordFrom.length; j++) {
            if (chordFrom[j]) {
                out.add(new OnLine[] {junctions.get(j), junctions.get(j + 1)});
            }
        }
        return out;
    }

    /** The terms whose sum is twice the exact area of this part (shoelace terms about the origin). */
    void twiceAreaTerms(List<Rational> out) {
        for (Chain ch : chains) {
            out.add(ch.start.cross(ch.firstVertex()));
            out.add(ch.ring.twiceAreaOfRun(ch.first, ch.last));
            out.add(ch.lastVertex().cross(ch.end));
        }
        for (int j = 0; j < chordFrom.length; j++) {
            if (chordFrom[j]) {
                out.add(junctions.get(j).p().cross(junctions.get(j + 1).p()));
            }
        }
        for (PreparedRing r : loops) {
            out.add(r.twiceArea());
        }
    }

    /** The part as a valid region (assembled once, on first use). */
    Region region() {
        return region.get();
    }

    private Region assemble() {
        List<List<Point2>> cycles = new ArrayList<>();
        for (PreparedRing r : loops) {
            cycles.add(Arrays.asList(r.v));
        }
        int c = chains.size();
        int jn = junctions.size();
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
        // The chains' inner vertices lie strictly off the line; when every chain comes from one ring
        // with distinct vertices they are distinct from each other and from the points of the line,
        // so only the points of the line can repeat in a walk.
        boolean oneRing = !chains.isEmpty() && chains.get(0).ring.hasDistinctVertices();
        for (Chain ch : chains) {
            oneRing &= ch.ring == chains.get(0).ring;
        }
        int items = c + jn;
        int[] successor = new int[items];
        Arrays.fill(successor, -1);
        boolean[] taken = new boolean[items];
        for (int j = 0; j < jn; j++) {
            link(junctions.get(j).p(), incoming.get(j), outgoing.get(j), successor, taken);
        }
        boolean[] used = new boolean[items];
        for (int start = 0; start < items; start++) {
            boolean exists = start < c || chordFrom[start - c];
            if (!exists || used[start]) {
                continue;
            }
            List<Point2> walk = new ArrayList<>();
            BitSet onLine = oneRing ? new BitSet() : null;
            int it = start;
            do {
                used[it] = true;
                if (onLine != null) {
                    onLine.set(walk.size()); // a chain's start or a chord's end: points of the line
                }
                if (it < c) {
                    chains.get(it).appendTo(walk);
                } else {
                    walk.add(junctions.get(it - c).p());
                }
                it = successor[it];
                if (it < 0) {
                    throw new IllegalStateException("open boundary walk: the region is not valid");
                }
            } while (it != start);
            cycles.addAll(Assembly.simpleCycles(walk, onLine));
        }
        return Assembly.polygons(cycles);
    }

    /**
     * Links, at one point of the line, every incoming item to the outgoing item that comes first
     * clockwise from its reversed direction (an outgoing item in exactly that direction comes last).
     * Directions are ranked by their angle in {@code [0, 180]} from {@code σ·(b, -a)}: an outgoing
     * chord at 0, a reversed incoming chord at 180, chains strictly between.
     */
    private void link(Point2 p, List<Integer> in, List<Integer> out, int[] successor, boolean[] taken) {
        if (in.size() == 1 && out.size() == 1) {
            successor[in.get(0)] = out.get(0);
            taken[out.get(0)] = true;
            return;
        }
        List<int[]> entries = new ArrayList<>();
        for (int i : in) {
            entries.add(new int[] {i, 0});
        }
        for (int o : out) {
            entries.add(new int[] {o, 1});
        }
        // clockwise: angle descending; outgoing before incoming on equal angles
        entries.sort((x, y) -> {
            int cmp = compareAngle(p, x, y);
            return cmp != 0 ? -cmp : Integer.compare(y[1], x[1]);
        });
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

    private int compareAngle(Point2 p, int[] x, int[] y) {
        int kx = kind(x);
        int ky = kind(y);
        if (kx != 1 || ky != 1) {
            return Integer.compare(kx, ky);
        }
        return -Orientation.index(p, directionPoint(x), directionPoint(y));
    }

    /** 0: outgoing chord (angle 0), 1: chain (strictly between), 2: reversed incoming chord (angle 180). */
    private int kind(int[] e) {
        if (e[0] < chains.size()) {
            return 1;
        }
        return e[1] == 1 ? 0 : 2;
    }

    private Point2 directionPoint(int[] e) {
        Chain ch = chains.get(e[0]);
        return e[1] == 1 ? ch.firstVertex() : ch.lastVertex();
    }
}

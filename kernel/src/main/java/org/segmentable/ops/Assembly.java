package org.segmentable.ops;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.geometry.internal.Trusted;
import org.segmentable.numbers.FractionSum;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;

/**
 * Turns closed boundary walks (region on the left, edges never crossing, possibly visiting a
 * vertex more than once) into valid polygons: walks are cut at repeated vertices into simple
 * cycles, collinear vertices are dropped, counter-clockwise cycles become shells and clockwise
 * cycles holes of the smallest shell that contains them.
 */
final class Assembly {

    private Assembly() {
    }

    /**
     * Cuts a closed walk into simple cycles at its repeated vertices.
     *
     * @param walk the vertices of the walk, the closing edge implied
     * @return the simple cycles (each with at least three vertices), collinear vertices dropped
     */
    static List<List<Point2>> simpleCycles(List<Point2> walk) {
        return simpleCycles(walk, null);
    }

    /**
     * As {@link #simpleCycles(List)}, looking up only the points that may repeat: the result is the
     * same provided every point not in {@code mayRepeat} differs from every other point of the walk.
     *
     * @param walk the vertices of the walk, the closing edge implied
     * @param mayRepeat the positions of the points that may occur more than once, or null for all
     * @return the simple cycles (each with at least three vertices), collinear vertices dropped
     */
    static List<List<Point2>> simpleCycles(List<Point2> walk, BitSet mayRepeat) {
        List<List<Point2>> out = new ArrayList<>();
        List<Point2> stack = new ArrayList<>(walk.size());
        BitSet stacked = new BitSet();
        Map<Point2, Integer> position = new HashMap<>();
        for (int w = 0; w < walk.size(); w++) {
            Point2 p = walk.get(w);
            boolean hashed = mayRepeat == null || mayRepeat.get(w);
            Integer at = hashed ? position.get(p) : null;
            if (at != null) {
                List<Point2> cycle = new ArrayList<>(stack.subList(at, stack.size()));
                for (int k = stacked.nextSetBit(at + 1); k >= 0 && k < stack.size(); k = stacked.nextSetBit(k + 1)) {
                    position.remove(stack.get(k));
                }
                stacked.clear(at + 1, Math.max(at + 1, stack.size()));
                stack.subList(at + 1, stack.size()).clear();
                addCycle(out, cycle);
            } else {
                if (hashed) {
                    position.put(p, stack.size());
                    stacked.set(stack.size());
                }
                stack.add(p);
            }
        }
        addCycle(out, stack);
        return out;
    }

    private static void addCycle(List<List<Point2>> out, List<Point2> cycle) {
        List<Point2> clean = dropCollinear(cycle);
        if (clean.size() >= 3) {
            out.add(clean);
        }
    }

    /** Drops vertices collinear with their neighbours (repeatedly, so spikes vanish too). */
    static List<Point2> dropCollinear(List<Point2> cycle) {
        List<Point2> cur = new ArrayList<>(cycle);
        boolean changed = true;
        while (changed && cur.size() >= 3) {
            changed = false;
            List<Point2> next = new ArrayList<>(cur.size());
            int n = cur.size();
            for (int i = 0; i < n; i++) {
                Point2 prev = next.isEmpty() ? cur.get(n - 1) : next.get(next.size() - 1);
                Point2 p = cur.get(i);
                Point2 q = cur.get((i + 1) % n);
                if (p.equals(prev) || Orientation.index(prev, p, q) == Orientation.COLLINEAR) {
                    changed = true;
                } else {
                    next.add(p);
                }
            }
            cur = next;
        }
        return cur.size() >= 3 ? cur : List.of();
    }

    /** Twice the signed area of a cycle (terms summed as a balanced tree). */
    static Rational twiceArea(List<Point2> cycle) {
        int n = cycle.size();
        List<Rational> terms = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            terms.add(cycle.get(i).cross(cycle.get((i + 1) % n)));
        }
        return FractionSum.of(terms);
    }

    /**
     * The orientation of a simple cycle without collinear consecutive vertices: the turn at its
     * lexicographically smallest vertex (a vertex of its convex hull). One exact orientation test.
     */
    static int orientation(List<Point2> cycle) {
        int n = cycle.size();
        int best = lowest(cycle);
        return Orientation.index(cycle.get((best - 1 + n) % n), cycle.get(best), cycle.get((best + 1) % n));
    }

    /**
     * The index of the first lexicographically smallest vertex (x, then y). The x coordinates are
     * compared on their nearest doubles first: the conversion is correctly rounded, hence monotone,
     * so differing doubles order the exact values the same way; equal doubles are compared exactly.
     */
    static int lowest(List<Point2> cycle) {
        int best = 0;
        double bestX = cycle.get(0).x().doubleValue();
        for (int i = 1; i < cycle.size(); i++) {
            Point2 p = cycle.get(i);
            double x = p.x().doubleValue();
            if (x < bestX || (x == bestX && p.compareTo(cycle.get(best)) < 0)) {
                best = i;
                bestX = x;
            }
        }
        return best;
    }

    /** Marker returned by {@link #winding} for a point on the cycle. */
    static final int ON_CYCLE = Integer.MIN_VALUE;

    /**
     * Exact winding number of a closed cycle around a point, or {@link #ON_CYCLE} when the point
     * lies on the cycle.
     */
    static int winding(List<Point2> cycle, Point2 p) {
        int w = 0;
        int n = cycle.size();
        for (int i = 0; i < n; i++) {
            Point2 u = cycle.get(i);
            Point2 v = cycle.get((i + 1) % n);
            if (u.equals(p)) {
                return ON_CYCLE;
            }
            int uy = u.y().compareTo(p.y());
            int vy = v.y().compareTo(p.y());
            if (uy <= 0 && vy > 0) {
                int o = Orientation.index(u, v, p);
                if (o > 0) {
                    w++;
                } else if (o == 0) {
                    return ON_CYCLE;
                }
            } else if (vy <= 0 && uy > 0) {
                int o = Orientation.index(u, v, p);
                if (o < 0) {
                    w--;
                } else if (o == 0) {
                    return ON_CYCLE;
                }
            } else if (uy == 0 && vy == 0) {
                if (between(u.x(), p.x(), v.x())) {
                    return ON_CYCLE;
                }
            }
        }
        return w;
    }

    private static boolean between(Rational a, Rational x, Rational b) {
        return a.compareTo(b) <= 0
                ? a.compareTo(x) <= 0 && x.compareTo(b) <= 0
                : b.compareTo(x) <= 0 && x.compareTo(a) <= 0;
    }

    /** The ring of a cycle, started at its lexicographically smallest vertex. */
    static Ring canonicalRing(List<Point2> cycle) {
        int best = lowest(cycle);
        List<Point2> rotated = new ArrayList<>(cycle.size());
        for (int i = 0; i < cycle.size(); i++) {
            rotated.add(cycle.get((best + i) % cycle.size()));
        }
        return Ring.of(Vector.ofAll(rotated));
    }

    /**
     * Builds polygons from simple cycles: positive cycles are shells, negative cycles holes of the
     * smallest shell containing them.
     *
     * @param cycles simple, pairwise non-crossing cycles with the region on their left
     * @return the region, polygons ordered by their smallest shell vertex
     */
    static Region polygons(List<List<Point2>> cycles) {
        List<List<Point2>> shells = new ArrayList<>();
        List<List<Point2>> holes = new ArrayList<>();
        for (List<Point2> c : cycles) {
            int o = orientation(c);
            if (o > 0) {
                shells.add(c);
            } else if (o < 0) {
                holes.add(c);
            }
        }
        Rational[] shellAreas = new Rational[shells.size()];
        List<List<Ring>> holesOf = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) {
            holesOf.add(new ArrayList<>());
        }
        for (List<Point2> hole : holes) {
            int owner = shells.size() == 1 ? 0 : ownerOf(hole, shells, shellAreas);
            if (owner < 0) {
                throw new IllegalStateException("hole " + hole + " lies in no shell");
            }
            holesOf.get(owner).add(canonicalRing(hole));
        }
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) {
            List<Ring> hs = holesOf.get(i);
            hs.sort(Comparator.comparing(r -> r.vertex(0)));
            polys.add(Trusted.polygon(canonicalRing(shells.get(i)), Vector.ofAll(hs)));
        }
        polys.sort(Comparator.comparing(p -> p.shell().vertex(0)));
        return Trusted.region(Vector.ofAll(polys));
    }

    private static int ownerOf(List<Point2> hole, List<List<Point2>> shells, Rational[] areas) {
        for (int e = 0; e < hole.size(); e++) {
            Point2 mid = hole.get(e).add(hole.get((e + 1) % hole.size())).scale(Rational.HALF);
            int best = -1;
            boolean definite = true;
            for (int i = 0; i < shells.size() && definite; i++) {
                int w = winding(shells.get(i), mid);
                if (w == ON_CYCLE) {
                    definite = false;
                } else if (w != 0 && (best < 0 || area(shells, areas, i).compareTo(area(shells, areas, best)) < 0)) {
                    best = i;
                }
            }
            if (definite) {
                return best;
            }
        }
        return -1;
    }

    private static Rational area(List<List<Point2>> shells, Rational[] areas, int i) {
        if (areas[i] == null) {
            areas[i] = twiceArea(shells.get(i));
        }
        return areas[i];
    }
}

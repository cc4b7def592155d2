package org.segmentable.geometry;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;
import org.segmentable.util.IntUnionFind;

/**
 * The exact checks behind {@link Polygon#of(Ring, io.vavr.collection.Seq)} and
 * {@link Region#of(io.vavr.collection.Seq)}: every decision is an orientation from
 * {@link Orientation#index(Point2, Point2, Point2)} or an exact comparison of rationals, every
 * reported point an exact intersection.
 *
 * <p>Cost: pairs of edges are found by a sweep in x over their bounding boxes and decided exactly,
 * {@code O(n log n + k)} for {@code n} edges whose boxes overlap in {@code k} pairs ({@code O(n²)}
 * in the worst case); ring against ring and piece against piece (only when the pieces' bounding
 * boxes meet) come on top, and one point-location, {@code O(n)}, per edge of a hole or piece. That is meant for user input of moderate size; kernel
 * operations whose results are valid by construction skip it
 * ({@link org.segmentable.geometry.internal.Trusted}).
 */
final class Invariants {

    private Invariants() {
    }

    /** How two closed segments meet: not at all, crossing at one interior point, touching, or along a piece. */
    enum Kind { NONE, CROSS, TOUCH, OVERLAP }

    /** The meeting of two segments: its kind, the point ({@code p}), and for an overlap its other end {@code q}. */
    record Meet(Kind kind, Point2 p, Point2 q) {
        static final Meet NONE = new Meet(Kind.NONE, null, null);
    }

    // ---- single rings

    /**
     * Adds to {@code problems} what keeps {@code ring} from being a simple boundary: fewer than
     * three vertices, a vertex repeated at once, all vertices on one line, an edge doubling back
     * over the one before, two edges meeting anywhere but at their shared vertex.
     *
     * @return true when the ring is simple
     */
    static boolean checkSimple(String name, Ring ring, Set<String> problems) {
        int n = ring.size();
        if (n < 3) {
            problems.add(name + " has " + n + (n == 1 ? " vertex" : " vertices") + ", fewer than 3");
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            if (ring.vertex(i).equals(ring.vertex(i + 1))) {
                problems.add(name + " repeats the vertex " + ring.vertex(i) + " at " + i + " and "
                        + ((i + 1) % n));
                ok = false;
            }
        }
        if (!ok) {
            return false;
        }
        if (allCollinear(ring)) {
            problems.add(name + " has all its vertices on one line");
            return false;
        }
        for (int i = 0; i < n; i++) {
            Point2 a = ring.vertex(i - 1);
            Point2 b = ring.vertex(i);
            Point2 c = ring.vertex(i + 1);
            if (Orientation.index(a, b, c) == 0 && a.subtract(b).dot(c.subtract(b)).signum() > 0) {
                problems.add(name + " doubles back on itself at " + b);
                ok = false;
            }
        }
        for (int[] pair : candidates(ring, ring)) {
            int i = Math.min(pair[0], pair[1]);
            int j = Math.max(pair[0], pair[1]);
            if (j == i + 1 || (i == 0 && j == n - 1)) {
                continue;
            }
            Meet m = meet(ring.vertex(i), ring.vertex(i + 1), ring.vertex(j), ring.vertex(j + 1));
            if (m.kind() != Kind.NONE) {
                problems.add(name + " " + describe(m, "itself"));
                ok = false;
            }
        }
        return ok;
    }

    private static boolean allCollinear(Ring ring) {
        for (int i = 0; i < ring.size(); i++) {
            if (Orientation.index(ring.vertex(i - 1), ring.vertex(i), ring.vertex(i + 1)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Meet m, String other) {
        return switch (m.kind()) {
            case CROSS -> "crosses " + other + " at " + m.p();
            case TOUCH -> "touches " + other + " at " + m.p();
            case OVERLAP -> "runs along " + other + " from " + m.p() + " to " + m.q();
            case NONE -> throw new IllegalArgumentException("no meeting");
        };
    }

    // ---- polygons

    /**
     * Adds the problems between the rings of a polygon whose rings are each simple, shell
     * counter-clockwise and holes clockwise: rings crossing or running along each other, a hole
     * not inside the shell, holes overlapping, rings touching in a cycle that cuts the interior apart.
     * {@code index} gives each hole's position in the caller's list, for the messages.
     */
    static void checkRings(Ring shell, Vector<Ring> holes, Vector<Integer> index, Set<String> problems) {
        List<Ring> rings = new ArrayList<>();
        rings.add(shell);
        rings.addAll(holes.asJava());
        Map<Point2, List<Integer>> touches = new HashMap<>();
        int before = problems.size();
        for (int i = 0; i < rings.size(); i++) {
            for (int j = i + 1; j < rings.size(); j++) {
                String a = ringName(j, index);
                String b = ringName(i, index);
                List<Meet> meets = meets(rings.get(j), rings.get(i));
                boolean apart = true;
                for (Meet m : meets) {
                    if (m.kind() == Kind.TOUCH) {
                        touches.computeIfAbsent(m.p(), p -> new ArrayList<>()).add(i);
                        touches.get(m.p()).add(j);
                    } else {
                        problems.add(a + " " + describe(m, b));
                        apart = false;
                    }
                }
                if (!apart) {
                    continue;
                }
                if (i == 0) {
                    outside(rings.get(j), meets, shell).ifPresent(p -> problems.add(a + " leaves the shell: "
                            + p + " on it lies outside the shell"));
                } else {
                    Ring hi = rings.get(i);
                    Ring hj = rings.get(j);
                    inside(hj, meets, hi).map(p -> p + " on " + a + " lies inside " + b)
                            .or(() -> inside(hi, meets, hj).map(p -> p + " on " + b + " lies inside " + a))
                            .ifPresent(p -> problems.add(a + " and " + b + " overlap: " + p));
                }
            }
        }
        if (problems.size() == before) {
            checkConnected(rings.size(), touches, problems);
        }
    }

    private static String ringName(int k, Vector<Integer> index) {
        return k == 0 ? "the shell" : "hole " + index.get(k - 1);
    }

    /**
     * The interior is connected unless the touching points link the rings in a cycle (two rings
     * touching twice, or three rings touching in turn): then a piece of the interior is cut off.
     */
    private static void checkConnected(int rings, Map<Point2, List<Integer>> touches, Set<String> problems) {
        IntUnionFind sets = IntUnionFind.of(rings + touches.size());
        int node = rings;
        for (Map.Entry<Point2, List<Integer>> t : touches.entrySet()) {
            for (int r : new LinkedHashSet<>(t.getValue())) {
                if (!sets.union(r, node)) {
                    problems.add("the rings touch in a cycle through " + t.getKey()
                            + ", which cuts the interior apart");
                    return;
                }
            }
            node++;
        }
    }

    // ---- regions

    /**
     * Adds the problems between two valid pieces of a region: boundaries crossing or running along
     * each other, or one piece reaching into the other's interior.
     */
    static void checkPieces(int i, Polygon p, int j, Polygon q, Set<String> problems) {
        if (!boxesMeet(p, q)) {
            return;
        }
        String a = "piece " + j;
        String b = "piece " + i;
        List<Ring> pr = rings(p);
        List<Ring> qr = rings(q);
        boolean apart = true;
        List<List<Meet>> meetsQP = new ArrayList<>();
        for (Ring r : qr) {
            List<Meet> all = new ArrayList<>();
            for (Ring s : pr) {
                all.addAll(meets(r, s));
            }
            meetsQP.add(all);
            for (Meet m : all) {
                if (m.kind() == Kind.CROSS) {
                    problems.add("pieces " + i + " and " + j + " overlap: their boundaries cross at " + m.p());
                    apart = false;
                } else if (m.kind() == Kind.OVERLAP) {
                    problems.add("pieces " + i + " and " + j + " share the edge " + m.p() + "–" + m.q());
                    apart = false;
                }
            }
        }
        if (!apart) {
            return;
        }
        for (int k = 0; k < qr.size(); k++) {
            var in = interiorPoint(qr.get(k), meetsQP.get(k), p);
            if (in.isPresent()) {
                problems.add("pieces " + i + " and " + j + " overlap: " + in.get() + " on " + a
                        + "'s boundary lies inside " + b);
                return;
            }
        }
        for (Ring r : pr) {
            List<Meet> all = new ArrayList<>();
            for (Ring s : qr) {
                all.addAll(meets(r, s));
            }
            var in = interiorPoint(r, all, q);
            if (in.isPresent()) {
                problems.add("pieces " + i + " and " + j + " overlap: " + in.get() + " on " + b
                        + "'s boundary lies inside " + a);
                return;
            }
        }
    }

    private static List<Ring> rings(Polygon p) {
        List<Ring> rs = new ArrayList<>();
        rs.add(p.shell());
        rs.addAll(p.holes().asJava());
        return rs;
    }

    private static boolean boxesMeet(Polygon p, Polygon q) {
        Rational[] a = box(p.shell());
        Rational[] b = box(q.shell());
        return a[0].compareTo(b[2]) <= 0 && b[0].compareTo(a[2]) <= 0
                && a[1].compareTo(b[3]) <= 0 && b[1].compareTo(a[3]) <= 0;
    }

    private static Rational[] box(Ring r) {
        Rational[] b = {r.vertex(0).x(), r.vertex(0).y(), r.vertex(0).x(), r.vertex(0).y()};
        for (Point2 v : r.vertices()) {
            b[0] = b[0].min(v.x());
            b[1] = b[1].min(v.y());
            b[2] = b[2].max(v.x());
            b[3] = b[3].max(v.y());
        }
        return b;
    }

    /** A point of a piece's boundary strictly inside polygon {@code q} (inside its shell, outside its holes). */
    private static java.util.Optional<Point2> interiorPoint(Ring r, List<Meet> touches, Polygon q) {
        for (Point2 p : samples(r, touches)) {
            if (locate(q.shell(), p) > 0 && q.holes().forAll(h -> locate(h, p) < 0)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    // ---- shared pieces

    /** Every meeting of an edge of {@code r} with an edge of {@code s}. */
    private static List<Meet> meets(Ring r, Ring s) {
        List<Meet> out = new ArrayList<>();
        for (int[] pair : candidates(r, s)) {
            Meet m = meet(r.vertex(pair[0]), r.vertex(pair[0] + 1), s.vertex(pair[1]), s.vertex(pair[1] + 1));
            if (m.kind() != Kind.NONE) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The pairs of edges, {@code (i, j)} with edge {@code i} of {@code r} and edge {@code j} of
     * {@code s} (each unordered pair once when {@code r == s}), whose bounding boxes may meet: a
     * sweep in x over boxes of the coordinates' doubles, each widened outward by one ulp.
     * {@link Rational#doubleValue} errs by less than one ulp, so every exact coordinate lies in its
     * widened box: boxes disjoint in doubles are disjoint exactly and no meeting pair is missed;
     * pairs that only seem to meet are decided exactly by {@link #meet}.
     */
    private static List<int[]> candidates(Ring r, Ring s) {
        boolean same = r == s;
        double[][] br = boxes(r);
        double[][] bs = same ? br : boxes(s);
        int nr = r.size();
        int total = same ? nr : nr + s.size();
        Integer[] order = new Integer[total];
        for (int k = 0; k < total; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (u, v) -> Double.compare(box(br, bs, nr, u)[0], box(br, bs, nr, v)[0]));
        List<int[]> out = new ArrayList<>();
        List<Integer> active = new ArrayList<>();
        for (int k : order) {
            double[] bk = box(br, bs, nr, k);
            active.removeIf(a -> box(br, bs, nr, a)[1] < bk[0]);
            for (int a : active) {
                boolean kFromR = k < nr;
                boolean aFromR = a < nr;
                if (!same && kFromR == aFromR) {
                    continue;
                }
                double[] ba = box(br, bs, nr, a);
                if (ba[3] < bk[2] || bk[3] < ba[2]) {
                    continue;
                }
                out.add(same || kFromR ? new int[] {k, a < nr ? a : a - nr} : new int[] {a, k - nr});
            }
            active.add(k);
        }
        return out;
    }

    private static double[] box(double[][] br, double[][] bs, int nr, int k) {
        return k < nr ? br[k] : bs[k - nr];
    }

    /** Per edge {@code i} (from vertex {@code i} to {@code i + 1}): min x, max x, min y, max y in doubles, widened by an ulp. */
    private static double[][] boxes(Ring r) {
        int n = r.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.vertex(i).x().doubleValue();
            y[i] = r.vertex(i).y().doubleValue();
        }
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            b[i] = new double[] {Math.nextDown(Math.min(x[i], x[j])), Math.nextUp(Math.max(x[i], x[j])),
                Math.nextDown(Math.min(y[i], y[j])), Math.nextUp(Math.max(y[i], y[j]))};
        }
        return b;
    }

    /**
     * The vertices of {@code r} and a point inside each piece its edges are cut into by the touching
     * points: when {@code r} neither crosses nor runs along another ring, each such open piece lies
     * wholly on one side of that ring, so these points decide on which side {@code r} lies.
     */
    private static List<Point2> samples(Ring r, List<Meet> touches) {
        List<Point2> out = new ArrayList<>(r.vertices().asJava());
        for (int i = 0; i < r.size(); i++) {
            Point2 a = r.vertex(i);
            Point2 b = r.vertex(i + 1);
            List<Point2> cuts = new ArrayList<>();
            cuts.add(a);
            cuts.add(b);
            for (Meet m : touches) {
                if (onSegment(a, b, m.p())) {
                    cuts.add(m.p());
                }
            }
            Point2 d = b.subtract(a);
            cuts.sort((u, v) -> u.subtract(a).dot(d).compareTo(v.subtract(a).dot(d)));
            for (int k = 0; k + 1 < cuts.size(); k++) {
                if (!cuts.get(k).equals(cuts.get(k + 1))) {
                    out.add(cuts.get(k).add(cuts.get(k + 1)).scale(Rational.HALF));
                }
            }
        }
        return out;
    }

    /** A point of {@code r} strictly outside {@code shell}, if any. */
    private static java.util.Optional<Point2> outside(Ring r, List<Meet> touches, Ring shell) {
        return samples(r, touches).stream().filter(p -> locate(shell, p) < 0).findFirst();
    }

    /** A point of {@code r} strictly inside {@code other}, if any. */
    private static java.util.Optional<Point2> inside(Ring r, List<Meet> touches, Ring other) {
        return samples(r, touches).stream().filter(p -> locate(other, p) > 0).findFirst();
    }

    /**
     * Where {@code p} lies with respect to a simple ring: 1 inside, 0 on it, -1 outside (winding
     * number, exact).
     */
    static int locate(Ring r, Point2 p) {
        int winding = 0;
        for (int i = 0; i < r.size(); i++) {
            Point2 a = r.vertex(i);
            Point2 b = r.vertex(i + 1);
            int o = Orientation.index(a, b, p);
            if (o == 0 && onSegment(a, b, p)) {
                return 0;
            }
            boolean aBelow = a.y().compareTo(p.y()) <= 0;
            boolean bBelow = b.y().compareTo(p.y()) <= 0;
            if (aBelow && !bBelow && o > 0) {
                winding++;
            } else if (!aBelow && bBelow && o < 0) {
                winding--;
            }
        }
        return winding != 0 ? 1 : -1;
    }

    /** True when {@code p}, known or not to be on the line ab, lies on the closed segment ab. */
    private static boolean onSegment(Point2 a, Point2 b, Point2 p) {
        return Orientation.index(a, b, p) == 0 && between(a.x(), b.x(), p.x()) && between(a.y(), b.y(), p.y());
    }

    private static boolean between(Rational a, Rational b, Rational v) {
        return a.min(b).compareTo(v) <= 0 && v.compareTo(a.max(b)) <= 0;
    }

    /** How the closed segments ab and cd meet, exactly. */
    static Meet meet(Point2 a, Point2 b, Point2 c, Point2 d) {
        int o1 = Orientation.index(a, b, c);
        int o2 = Orientation.index(a, b, d);
        int o3 = Orientation.index(c, d, a);
        int o4 = Orientation.index(c, d, b);
        if (o1 == 0 && o2 == 0) {
            return collinearMeet(a, b, c, d);
        }
        if (o1 * o2 < 0 && o3 * o4 < 0) {
            Point2 r = b.subtract(a);
            Point2 s = d.subtract(c);
            Rational t = c.subtract(a).cross(s).divide(r.cross(s));
            return new Meet(Kind.CROSS, a.add(r.scale(t)), null);
        }
        if (o1 * o2 > 0 || o3 * o4 > 0) {
            return Meet.NONE;
        }
        Point2 p = o1 == 0 ? c : o2 == 0 ? d : o3 == 0 ? a : b;
        return onSegment(a, b, p) && onSegment(c, d, p) ? new Meet(Kind.TOUCH, p, null) : Meet.NONE;
    }

    private static Meet collinearMeet(Point2 a, Point2 b, Point2 c, Point2 d) {
        Point2 dir = b.subtract(a);
        Rational tb = dir.dot(dir);
        Rational tc = c.subtract(a).dot(dir);
        Rational td = d.subtract(a).dot(dir);
        Rational lo = Rational.ZERO.max(tc.min(td));
        Rational hi = tb.min(tc.max(td));
        int cmp = lo.compareTo(hi);
        if (cmp > 0) {
            return Meet.NONE;
        }
        Point2 p = a.add(dir.scale(lo.divide(tb)));
        if (cmp == 0) {
            return new Meet(Kind.TOUCH, p, null);
        }
        Point2 q = a.add(dir.scale(hi.divide(tb)));
        return p.compareTo(q) < 0 ? new Meet(Kind.OVERLAP, p, q) : new Meet(Kind.OVERLAP, q, p);
    }
}

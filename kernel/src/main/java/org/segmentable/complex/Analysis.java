package org.segmentable.complex;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.Arrays;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;
import org.segmentable.util.IntUnionFind;

/**
 * From an arrangement to the complex: the root face's exact pattern and winding number, a
 * breadth-first walk over the faces that derives each face's active count and winding number by
 * crossing one line at a time, and the union of faces into cells across edges that carry no dim.
 * Package-private.
 *
 * <p>{@code Analysis.complete(catalog, arrangement, rings, knownArea)} is the complex.
 */
final class Analysis {

    private Analysis() {
    }

    /**
     * The complex of an arrangement, in phases: the root face's pattern ({@link #rootBits}), each
     * line's net change of the active count ({@link #dimDelta}), the ring coverage of the edges
     * ({@link #coverage}), the walk over the faces ({@link Walk}), and the cells
     * ({@link #cells}). In identity mode (the region is the box: every segment on a box line)
     * every inner face is a cell and the last two phases are skipped.
     *
     * @param cat the lines and their dims
     * @param arr the arrangement of {@code cat}'s lines
     * @param rings the region's rings (winding rule)
     * @param knownArea the region's area when known without summing the cells, else null
     * @return the complex
     */
    static ActivationComplex complete(LineCatalog cat, LineArrangement arr, Vector<Ring> rings, Rational knownArea) {
        int faces = arr.faceCount;
        int root = arr.outerFace == 0 ? 1 : 0;
        Point2 ip = interiorPoint(arr, root);
        long[] rootBits = rootBits(cat, ip);
        boolean identity = true;
        for (LineCatalog.Segment s : cat.segments) {
            identity &= s.line() < 4;
        }
        int[] cover = identity ? null : coverage(cat, arr);
        Walk walk = new Walk(arr, root, activeCount(rootBits), dimDelta(cat),
                cover, identity ? 0 : RingPrep.winding(rings, ip));
        if (identity) {
            return ActivationComplex.assemble(cat, arr, rings, knownArea, root, rootBits, walk.parentHalf, walk.active,
                    null, null, null, faces - 1, faces - 1);
        }
        return cells(cat, arr, rings, knownArea, root, rootBits, walk);
    }

    /** The pattern at point {@code ip} as bits: bit i set when dim i is active there. */
    private static long[] rootBits(LineCatalog cat, Point2 ip) {
        int d = cat.dimCount;
        long[] bits = new long[(d + 63) >>> 6];
        for (int i = 0; i < d; i++) {
            HalfPlane h = cat.dims.get(i);
            if (h.evaluate(ip).signum() > 0) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }

    private static int activeCount(long[] bits) {
        int c = 0;
        for (long w : bits) {
            c += Long.bitCount(w);
        }
        return c;
    }

    /** Per line: the change of the active count when crossing it in its positive direction. */
    private static int[] dimDelta(LineCatalog cat) {
        int lines = cat.table.size();
        int[] dimDelta = new int[lines];
        for (int l = 0; l < lines; l++) {
            for (int o : cat.lineDimSigns[l]) {
                dimDelta[l] += o;
            }
        }
        return dimDelta;
    }

    /**
     * The breadth-first walk over the inner faces from the root: per face the half-edge it was
     * reached through ({@code parentHalf}, -2 at the root), its active count, and (unless in
     * identity mode, {@code cover == null}) its winding number, each derived from its parent's by
     * crossing one line.
     */
    private static final class Walk {
        final int[] parentHalf;
        final int[] active;
        final int[] wind;

        Walk(LineArrangement arr, int root, int rootActive, int[] dimDelta, int[] cover, int rootWinding) {
            int faces = arr.faceCount;
            parentHalf = new int[faces];
            Arrays.fill(parentHalf, -1);
            active = new int[faces];
            wind = cover == null ? null : new int[faces];
            active[root] = rootActive;
            if (wind != null) {
                wind[root] = rootWinding;
            }
            parentHalf[root] = -2;
            int[] queue = new int[faces];
            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            while (head < tail) {
                int f = queue[head++];
                int h0 = arr.faceHalf[f];
                int h = h0;
                do {
                    int g = arr.face[h ^ 1];
                    if (g != arr.outerFace && parentHalf[g] == -1) {
                        parentHalf[g] = h;
                        int sigma = (h & 1) == 0 ? 1 : -1;
                        active[g] = active[f] + sigma * dimDelta[arr.edgeLine[h >> 1]];
                        if (wind != null) {
                            wind[g] = wind[f] - sigma * cover[h >> 1];
                        }
                        queue[tail++] = g;
                    }
                    h = arr.next[h];
                } while (h != h0);
            }
        }
    }

    /**
     * The cells: faces joined across edges whose line carries no dim (and is not a box line) when
     * both have a non-zero winding number; faces of winding number zero are outside the region.
     * Patterns are counted as the classes of faces joined across such edges regardless of winding.
     */
    private static ActivationComplex cells(LineCatalog cat, LineArrangement arr, Vector<Ring> rings, Rational knownArea,
            int root, long[] rootBits, Walk walk) {
        int faces = arr.faceCount;
        int[] wind = walk.wind;
        IntUnionFind cellSets = IntUnionFind.of(faces);
        IntUnionFind patternSets = IntUnionFind.of(faces);
        for (int e = 0; e < arr.edgeCount; e++) {
            int l = arr.edgeLine[e];
            if (l < 4 || cat.lineDims[l].length > 0) {
                continue;
            }
            int f = arr.face[2 * e];
            int g = arr.face[2 * e + 1];
            patternSets.union(f, g);
            if (wind[f] != 0 && wind[g] != 0) {
                cellSets.union(f, g);
            }
        }
        int[] cellOfFace = new int[faces];
        int[] cellId = new int[faces];
        Arrays.fill(cellId, -1);
        boolean[] patSeen = new boolean[faces];
        int cells = 0;
        int patterns = 0;
        for (int f = 0; f < faces; f++) {
            if (f == arr.outerFace || wind[f] == 0) {
                cellOfFace[f] = -1;
                continue;
            }
            int r = cellSets.find(f);
            if (cellId[r] < 0) {
                cellId[r] = cells++;
            }
            cellOfFace[f] = cellId[r];
            int pr = patternSets.find(f);
            if (!patSeen[pr]) {
                patSeen[pr] = true;
                patterns++;
            }
        }
        int[] start = new int[cells + 1];
        int[] members = membersByCell(cellOfFace, cells, start);
        return ActivationComplex.assemble(cat, arr, rings, knownArea, root, rootBits, walk.parentHalf, walk.active,
                cellOfFace, start, members, cells, patterns);
    }

    /** The faces of each cell in face order, as compressed rows: fills {@code start}, returns the members. */
    private static int[] membersByCell(int[] cellOfFace, int cells, int[] start) {
        for (int c : cellOfFace) {
            if (c >= 0) {
                start[c + 1]++;
            }
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[start[cells]];
        int[] fill = Arrays.copyOf(start, cells);
        for (int f = 0; f < cellOfFace.length; f++) {
            if (cellOfFace[f] >= 0) {
                members[fill[cellOfFace[f]]++] = f;
            }
        }
        return members;
    }

    /** The average of a face's vertices: inside the (convex) face. */
    static Point2 interiorPoint(LineArrangement arr, int f) {
        Rational sx = Rational.ZERO;
        Rational sy = Rational.ZERO;
        int n = 0;
        int h0 = arr.faceHalf[f];
        int h = h0;
        do {
            BigInteger[] v = arr.homogeneous(arr.origin[h]);
            sx = sx.add(Rational.of(v[0], v[2]));
            sy = sy.add(Rational.of(v[1], v[2]));
            n++;
            h = arr.next[h];
        } while (h != h0);
        Rational inv = Rational.of(1, n);
        return Point2.of(sx.multiply(inv), sy.multiply(inv));
    }

    /**
     * Per edge: the sum of the directions of the ring edges covering it (lines 4.. only). An edge
     * is covered by a ring segment {@code p → q} on its line when the edge's midpoint lies strictly
     * between p and q. Positions along line {@code a x + b y + c = 0} are {@code t(v) = -b x + a y};
     * the edges of a line are stored in order along it, so {@code t(u) + t(w)} (twice the midpoint's
     * position) of edge e from u to w is strictly monotone over the line's edges, and the covered
     * edges, those strictly between {@code 2 t(p)} and {@code 2 t(q)}, are one run of consecutive
     * edges: two exact binary searches per segment and a difference array, instead of testing every
     * edge of a line against every segment on it (quadratic in a long outline). The comparisons
     * are integer cross-multiplications, with no gcd.
     */
    private static int[] coverage(LineCatalog cat, LineArrangement arr) {
        int[] delta = new int[arr.edgeCount + 1];
        for (LineCatalog.Segment s : cat.segments) {
            int l = s.line();
            int lo = arr.lineEdgeStart[l];
            int hi = arr.lineEdgeStart[l + 1];
            if (l < 4 || lo == hi) {
                continue;
            }
            Rational a = Rational.of(arr.lines.ia[l]);
            Rational nb = Rational.of(arr.lines.ib[l].negate());
            Rational tp = nb.multiply(s.p().x()).add(a.multiply(s.p().y())).multiply(Rational.TWO);
            Rational tq = nb.multiply(s.q().x()).add(a.multiply(s.q().y())).multiply(Rational.TWO);
            Rational low = tp.compareTo(tq) < 0 ? tp : tq;
            Rational high = tp.compareTo(tq) < 0 ? tq : tp;
            int from;
            int to;
            if (compareMids(arr, l, lo, mid(arr, l, hi - 1)) < 0) {
                // positions increase along the stored order: the run is from > low up to >= high
                from = first(lo, hi, e -> compareMid(arr, l, e, low) > 0);
                to = first(lo, hi, e -> compareMid(arr, l, e, high) >= 0);
            } else {
                from = first(lo, hi, e -> compareMid(arr, l, e, high) < 0);
                to = first(lo, hi, e -> compareMid(arr, l, e, low) <= 0);
            }
            if (from < to) {
                delta[from] += s.dir();
                delta[to] -= s.dir();
            }
        }
        int[] cover = new int[arr.edgeCount];
        int run = 0;
        for (int e = 0; e < arr.edgeCount; e++) {
            run += delta[e];
            cover[e] = run;
        }
        return cover;
    }

    /** The first e in {@code [lo, hi)} with {@code past(e)} (hi when none), for a predicate false then true. */
    private static int first(int lo, int hi, java.util.function.IntPredicate past) {
        int a = lo;
        int b = hi;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (past.test(m)) {
                b = m;
            } else {
                a = m + 1;
            }
        }
        return a;
    }

    /**
     * {@code t(u) + t(w)} of edge e (from u to w) on line l as an unreduced fraction
     * {@code {num, den}}, {@code den > 0}: with {@code u = (X, Y, W)} homogeneous,
     * {@code t(u) = (-b X + a Y) / W}.
     */
    private static BigInteger[] mid(LineArrangement arr, int l, int e) {
        BigInteger a = arr.lines.ia[l];
        BigInteger nb = arr.lines.ib[l].negate();
        BigInteger[] u = arr.homogeneous(arr.origin[2 * e]);
        BigInteger[] w = arr.homogeneous(arr.origin[2 * e + 1]);
        BigInteger tu = nb.multiply(u[0]).add(a.multiply(u[1]));
        BigInteger tw = nb.multiply(w[0]).add(a.multiply(w[1]));
        BigInteger num = tu.multiply(w[2]).add(tw.multiply(u[2]));
        BigInteger den = u[2].multiply(w[2]);
        return den.signum() < 0 ? new BigInteger[] {num.negate(), den.negate()} : new BigInteger[] {num, den};
    }

    /** The sign of {@code (t(u) + t(w)) - bound} for edge e on line l. */
    private static int compareMid(LineArrangement arr, int l, int e, Rational bound) {
        BigInteger[] m = mid(arr, l, e);
        return m[0].multiply(bound.denominator()).compareTo(bound.numerator().multiply(m[1]));
    }

    /** The sign of {@code (t(u) + t(w))} of edge e minus the fraction {@code other = {num, den > 0}}. */
    private static int compareMids(LineArrangement arr, int l, int e, BigInteger[] other) {
        BigInteger[] m = mid(arr, l, e);
        return m[0].multiply(other[1]).compareTo(other[0].multiply(m[1]));
    }
}

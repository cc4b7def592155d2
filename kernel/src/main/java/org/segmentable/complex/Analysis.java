package org.segmentable.complex;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.Arrays;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * From an arrangement to the complex: the root face's exact pattern and winding number, a
 * breadth-first walk over the faces that derives each face's active count and winding number by
 * crossing one line at a time, and the union of faces into cells across edges that carry no dim.
 * Package-private.
 *
 * <p>{@code Analysis.complete(catalog, arrangement, rings)} is the complex.
 */
final class Analysis {

    private Analysis() {
    }

    static ActivationComplex complete(LineCatalog cat, Arrangement arr, Vector<Ring> rings, Rational knownArea) {
        int faces = arr.faceCount;
        int outer = arr.outerFace;
        int root = outer == 0 ? 1 : 0;
        Point2 ip = interiorPoint(arr, root);
        int d = cat.dimCount;
        long[] rootBits = new long[(d + 63) >>> 6];
        int rootActive = 0;
        for (int i = 0; i < d; i++) {
            HalfPlane h = cat.dims.get(i);
            if (h.evaluate(ip).signum() > 0) {
                rootBits[i >>> 6] |= 1L << i;
                rootActive++;
            }
        }
        int lines = cat.table.size();
        int[] dimDelta = new int[lines];
        for (int l = 0; l < lines; l++) {
            for (int o : cat.lineDimSigns[l]) {
                dimDelta[l] += o;
            }
        }
        boolean identity = true;
        for (LineCatalog.Segment s : cat.segments) {
            identity &= s.line() < 4;
        }
        int[] cover = identity ? null : coverage(cat, arr);
        int[] parentHalf = new int[faces];
        Arrays.fill(parentHalf, -1);
        int[] active = new int[faces];
        int[] wind = identity ? null : new int[faces];
        active[root] = rootActive;
        if (wind != null) {
            wind[root] = RingPrep.winding(rings, ip);
        }
        int[] queue = new int[faces];
        int head = 0;
        int tail = 0;
        queue[tail++] = root;
        parentHalf[root] = -2;
        int[] next = arr.next;
        int[] face = arr.face;
        int[] edgeLine = arr.edgeLine;
        while (head < tail) {
            int f = queue[head++];
            int h0 = arr.faceHalf[f];
            int h = h0;
            do {
                int g = face[h ^ 1];
                if (g != outer && parentHalf[g] == -1) {
                    parentHalf[g] = h;
                    int sigma = (h & 1) == 0 ? 1 : -1;
                    active[g] = active[f] + sigma * dimDelta[edgeLine[h >> 1]];
                    if (wind != null) {
                        wind[g] = wind[f] - sigma * cover[h >> 1];
                    }
                    queue[tail++] = g;
                }
                h = next[h];
            } while (h != h0);
        }
        queue = null;
        if (identity) {
            return ActivationComplex.assemble(cat, arr, rings, knownArea, root, rootBits, parentHalf, active, null, null, null,
                    faces - 1, faces - 1);
        }
        int[] cellUf = new int[faces];
        int[] patUf = new int[faces];
        for (int f = 0; f < faces; f++) {
            cellUf[f] = f;
            patUf[f] = f;
        }
        for (int e = 0; e < arr.edgeCount; e++) {
            int l = edgeLine[e];
            if (l < 4 || cat.lineDims[l].length > 0) {
                continue;
            }
            int f = face[2 * e];
            int g = face[2 * e + 1];
            union(patUf, f, g);
            if (wind[f] != 0 && wind[g] != 0) {
                union(cellUf, f, g);
            }
        }
        int[] cellOfFace = new int[faces];
        int[] cellId = new int[faces];
        Arrays.fill(cellId, -1);
        boolean[] patSeen = new boolean[faces];
        int cells = 0;
        int patterns = 0;
        for (int f = 0; f < faces; f++) {
            if (f == outer || wind[f] == 0) {
                cellOfFace[f] = -1;
                continue;
            }
            int r = find(cellUf, f);
            if (cellId[r] < 0) {
                cellId[r] = cells++;
            }
            cellOfFace[f] = cellId[r];
            int pr = find(patUf, f);
            if (!patSeen[pr]) {
                patSeen[pr] = true;
                patterns++;
            }
        }
        int[] start = new int[cells + 1];
        for (int f = 0; f < faces; f++) {
            if (cellOfFace[f] >= 0) {
                start[cellOfFace[f] + 1]++;
            }
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[start[cells]];
        int[] fill = Arrays.copyOf(start, cells);
        for (int f = 0; f < faces; f++) {
            if (cellOfFace[f] >= 0) {
                members[fill[cellOfFace[f]]++] = f;
            }
        }
        return ActivationComplex.assemble(cat, arr, rings, knownArea, root, rootBits, parentHalf, active, cellOfFace, start,
                members, cells, patterns);
    }

    /** The average of a face's vertices: inside the (convex) face. */
    static Point2 interiorPoint(Arrangement arr, int f) {
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
    private static int[] coverage(LineCatalog cat, Arrangement arr) {
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
    private static BigInteger[] mid(Arrangement arr, int l, int e) {
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
    private static int compareMid(Arrangement arr, int l, int e, Rational bound) {
        BigInteger[] m = mid(arr, l, e);
        return m[0].multiply(bound.denominator()).compareTo(bound.numerator().multiply(m[1]));
    }

    /** The sign of {@code (t(u) + t(w))} of edge e minus the fraction {@code other = {num, den > 0}}. */
    private static int compareMids(Arrangement arr, int l, int e, BigInteger[] other) {
        BigInteger[] m = mid(arr, l, e);
        return m[0].multiply(other[1]).compareTo(other[0].multiply(m[1]));
    }

    static int find(int[] uf, int p) {
        while (uf[p] != p) {
            uf[p] = uf[uf[p]];
            p = uf[p];
        }
        return p;
    }

    static void union(int[] uf, int p, int q) {
        int a = find(uf, p);
        int b = find(uf, q);
        if (a != b) {
            uf[Math.max(a, b)] = Math.min(a, b);
        }
    }
}

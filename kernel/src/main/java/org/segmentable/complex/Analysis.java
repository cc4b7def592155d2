package org.segmentable.complex;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Per edge: the sum of the directions of the ring edges covering it (lines 4.. only). */
    private static int[] coverage(LineCatalog cat, Arrangement arr) {
        int[] cover = new int[arr.edgeCount];
        Map<Integer, List<LineCatalog.Segment>> byLine = new HashMap<>();
        for (LineCatalog.Segment s : cat.segments) {
            if (s.line() >= 4) {
                byLine.computeIfAbsent(s.line(), k -> new java.util.ArrayList<>()).add(s);
            }
        }
        for (var entry : byLine.entrySet()) {
            int l = entry.getKey();
            for (int e = arr.lineEdgeStart[l]; e < arr.lineEdgeStart[l + 1]; e++) {
                BigInteger[] u = arr.homogeneous(arr.origin[2 * e]);
                BigInteger[] w = arr.homogeneous(arr.origin[2 * e + 1]);
                Rational half = Rational.HALF;
                Point2 mid = Point2.of(Rational.of(u[0], u[2]).add(Rational.of(w[0], w[2])).multiply(half),
                        Rational.of(u[1], u[2]).add(Rational.of(w[1], w[2])).multiply(half));
                for (LineCatalog.Segment s : entry.getValue()) {
                    Point2 pq = s.q().subtract(s.p());
                    if (mid.subtract(s.p()).dot(pq).signum() > 0 && s.q().subtract(mid).dot(pq).signum() > 0) {
                        cover[e] += s.dir();
                    }
                }
            }
        }
        return cover;
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

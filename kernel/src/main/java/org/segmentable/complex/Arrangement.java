package org.segmentable.complex;

import java.util.Arrays;

/**
 * The arrangement of lines inside a convex polygon, as a half-edge structure in primitive arrays.
 * Package-private engine; built once by {@link #build}, then read only.
 *
 * <p>Lines {@code 0..m-1} of the {@link LineTable} are the polygon's edges in counter-clockwise
 * order, each oriented so that the polygon's interior is where its function is positive; the
 * other lines are distinct (no two equal up to a factor) and are cut to the polygon (lines that do
 * not cross its interior are left out). Every vertex is an intersection of two lines, held as a
 * representative pair; vertices where several pairs meet (three or more lines through one point,
 * a line through a corner) are merged exactly. Half-edge {@code 2e} runs along edge {@code e} in
 * the direction {@code (-b, a)} of its line, {@code 2e+1} is its twin; each half-edge bounds the
 * face on its left. All faces are convex; {@link #outerFace} is the outside of the polygon.
 *
 * <p>{@code Arrangement.build(table, 4)} of the four edges of a square and one diagonal has 2
 * inner faces.
 */
final class Arrangement {

    final LineTable lines;
    final int m;
    // pairs of lines meeting inside the closed polygon
    final int pairCount;
    final int[] pairA;
    final int[] pairB;
    // vertices
    final int vertexCount;
    final int[] vertexPair;
    // edges and half-edges
    final int edgeCount;
    final int[] edgeLine;
    final int[] origin;
    final int[] next;
    final int[] face;
    // faces
    final int faceCount;
    final int outerFace;
    final int[] faceHalf;
    /** Per line: its edges are {@code lineEdgeStart[L] .. lineEdgeStart[L+1]-1}, in order along the line. */
    final int[] lineEdgeStart;

    private Arrangement(LineTable lines, int m, int pairCount, int[] pairA, int[] pairB, int vertexCount,
            int[] vertexPair, int edgeCount, int[] edgeLine, int[] origin, int[] next, int[] face, int faceCount,
            int outerFace, int[] faceHalf, int[] lineEdgeStart) {
        this.lines = lines;
        this.m = m;
        this.pairCount = pairCount;
        this.pairA = pairA;
        this.pairB = pairB;
        this.vertexCount = vertexCount;
        this.vertexPair = vertexPair;
        this.edgeCount = edgeCount;
        this.edgeLine = edgeLine;
        this.origin = origin;
        this.next = next;
        this.face = face;
        this.faceCount = faceCount;
        this.outerFace = outerFace;
        this.faceHalf = faceHalf;
        this.lineEdgeStart = lineEdgeStart;
    }

    /**
     * Which lines cross the polygon's interior, and where: {@code entry[i]}, {@code exit[i]} are
     * the polygon edges (line indices) where line i enters and leaves, or -1 when it does not
     * cross the interior.
     */
    static int[][] chords(LineTable t, int m) {
        int n = t.size();
        int[] entry = new int[n];
        int[] exit = new int[n];
        Arrays.fill(entry, -1);
        Arrays.fill(exit, -1);
        int[] s = new int[m];
        for (int i = m; i < n; i++) {
            boolean pos = false;
            boolean neg = false;
            for (int k = 0; k < m; k++) {
                s[k] = t.sideAt(Math.floorMod(k - 1, m), k, i); // sign of line i at corner k
                pos |= s[k] > 0;
                neg |= s[k] < 0;
            }
            if (!pos || !neg) {
                continue;
            }
            int e1 = -1;
            int e2 = -1;
            for (int k = 0; k < m; k++) {
                if (s[k] == 0 || s[k] * s[(k + 1) % m] < 0) {
                    if (e1 < 0) {
                        e1 = k;
                    } else {
                        e2 = k;
                    }
                }
            }
            if (t.compareOnLine(i, e1, e2) < 0) {
                entry[i] = e1;
                exit[i] = e2;
            } else {
                entry[i] = e2;
                exit[i] = e1;
            }
        }
        return new int[][] {entry, exit};
    }

    /** Builds the arrangement; see the class comment for the contract on {@code lines}. */
    static Arrangement build(LineTable t, int m) {
        int n = t.size();
        int[][] ch = chords(t, m);
        int[] entry = ch[0];
        int[] exit = ch[1];
        int[] chordList = new int[n];
        int chordCount = 0;
        for (int i = m; i < n; i++) {
            if (entry[i] >= 0) {
                chordList[chordCount++] = i;
            }
        }
        // ---- pairs
        IntList pa = new IntList(4 * n);
        IntList pb = new IntList(4 * n);
        for (int k = 0; k < m; k++) {
            pa.add(Math.floorMod(k - 1, m));
            pb.add(k);
        }
        for (int c = 0; c < chordCount; c++) {
            int i = chordList[c];
            pa.add(i);
            pb.add(entry[i]);
            pa.add(i);
            pb.add(exit[i]);
        }
        int[] d2Entry = new int[n];
        int[] d2Exit = new int[n];
        for (int c = 0; c < chordCount; c++) {
            int i = chordList[c];
            d2Entry[i] = t.det2(i, entry[i]);
            d2Exit[i] = t.det2(i, exit[i]);
        }
        for (int c = 0; c < chordCount; c++) {
            int i = chordList[c];
            int ei = entry[i];
            int xi = exit[i];
            int de = d2Entry[i];
            int dx = d2Exit[i];
            for (int c2 = c + 1; c2 < chordCount; c2++) {
                int j = chordList[c2];
                // sign of line j at the entry and at the exit of line i
                int se = t.det3(i, ei, j) * de;
                int sx = t.det3(i, xi, j) * dx;
                if (se * sx <= 0 && t.det2(i, j) != 0) {
                    pa.add(i);
                    pb.add(j);
                }
            }
        }
        int pairCount = pa.size;
        int[] pairA = pa.toArray();
        pa = null;
        int[] pairB = pb.toArray();
        pb = null;
        // ---- per-line lists (CSR)
        int[] start = new int[n + 1];
        for (int p = 0; p < pairCount; p++) {
            start[pairA[p] + 1]++;
            start[pairB[p] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] list = new int[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int p = 0; p < pairCount; p++) {
            list[fill[pairA[p]]++] = p;
            list[fill[pairB[p]]++] = p;
        }
        fill = null;
        // ---- sort each line's crossings: presort by a float key, then exact insertion sort
        int maxLen = 0;
        for (int i = 0; i < n; i++) {
            maxLen = Math.max(maxLen, start[i + 1] - start[i]);
        }
        long[] keys = new long[maxLen];
        int[] tmp = new int[maxLen];
        int[] uf = new int[pairCount];
        for (int p = 0; p < pairCount; p++) {
            uf[p] = p;
        }
        for (int i = 0; i < n; i++) {
            int s0 = start[i];
            int len = start[i + 1] - s0;
            if (len == 0) {
                continue;
            }
            for (int k = 0; k < len; k++) {
                int p = list[s0 + k];
                int other = pairA[p] == i ? pairB[p] : pairA[p];
                double v = t.approxParameter(i, other);
                float f = Double.isNaN(v) ? 0f : (float) v;
                int bits = Float.floatToIntBits(f == 0f ? 0f : f);
                if (bits < 0) {
                    bits ^= 0x7fffffff;
                }
                keys[k] = ((long) bits << 32) | k;
                tmp[k] = p;
            }
            Arrays.sort(keys, 0, len);
            for (int k = 0; k < len; k++) {
                list[s0 + k] = tmp[(int) keys[k]];
            }
            // exact insertion sort (near-linear on presorted input)
            for (int k = 1; k < len; k++) {
                int p = list[s0 + k];
                int op = pairA[p] == i ? pairB[p] : pairA[p];
                int q = k - 1;
                while (q >= 0) {
                    int r = list[s0 + q];
                    int or = pairA[r] == i ? pairB[r] : pairA[r];
                    if (t.compareOnLine(i, or, op) <= 0) {
                        break;
                    }
                    list[s0 + q + 1] = r;
                    q--;
                }
                list[s0 + q + 1] = p;
            }
            // equal neighbours are one vertex
            for (int k = 1; k < len; k++) {
                int p = list[s0 + k - 1];
                int q = list[s0 + k];
                int op = pairA[p] == i ? pairB[p] : pairA[p];
                int oq = pairA[q] == i ? pairB[q] : pairA[q];
                if (t.compareOnLine(i, op, oq) == 0) {
                    union(uf, p, q);
                }
            }
        }
        keys = null;
        tmp = null;
        // ---- vertices
        int[] vertexOfPair = new int[pairCount];
        int vertexCount = 0;
        for (int p = 0; p < pairCount; p++) {
            if (find(uf, p) == p) {
                vertexOfPair[p] = vertexCount++;
            }
        }
        int[] vertexPair = new int[vertexCount];
        for (int p = 0; p < pairCount; p++) {
            int r = find(uf, p);
            if (r == p) {
                vertexPair[vertexOfPair[p]] = p;
            }
        }
        for (int p = 0; p < pairCount; p++) {
            vertexOfPair[p] = vertexOfPair[find(uf, p)];
        }
        uf = null;
        // ---- edges along each line
        int[] lineEdgeStart = new int[n + 1];
        int edgeCount = 0;
        for (int i = 0; i < n; i++) {
            lineEdgeStart[i] = edgeCount;
            int prev = -1;
            for (int k = start[i]; k < start[i + 1]; k++) {
                int v = vertexOfPair[list[k]];
                if (v != prev) {
                    if (prev >= 0) {
                        edgeCount++;
                    }
                    prev = v;
                }
            }
        }
        lineEdgeStart[n] = edgeCount;
        int[] edgeLine = new int[edgeCount];
        int[] origin = new int[2 * edgeCount];
        int e = 0;
        for (int i = 0; i < n; i++) {
            int prev = -1;
            for (int k = start[i]; k < start[i + 1]; k++) {
                int v = vertexOfPair[list[k]];
                if (v != prev) {
                    if (prev >= 0) {
                        edgeLine[e] = i;
                        origin[2 * e] = prev;
                        origin[2 * e + 1] = v;
                        e++;
                    }
                    prev = v;
                }
            }
        }
        list = null;
        start = null;
        vertexOfPair = null;
        // ---- around each vertex: outgoing half-edges in counter-clockwise order
        int halfCount = 2 * edgeCount;
        int[] vStart = new int[vertexCount + 1];
        for (int h = 0; h < halfCount; h++) {
            vStart[origin[h] + 1]++;
        }
        for (int v = 0; v < vertexCount; v++) {
            vStart[v + 1] += vStart[v];
        }
        int[] out = new int[halfCount];
        int[] vFill = Arrays.copyOf(vStart, vertexCount);
        for (int h = 0; h < halfCount; h++) {
            out[vFill[origin[h]]++] = h;
        }
        vFill = null;
        int[] next = new int[halfCount];
        for (int v = 0; v < vertexCount; v++) {
            int s0 = vStart[v];
            int len = vStart[v + 1] - s0;
            for (int k = 1; k < len; k++) {
                int h = out[s0 + k];
                int q = k - 1;
                while (q >= 0 && compareAngle(t, edgeLine, out[s0 + q], h) > 0) {
                    out[s0 + q + 1] = out[s0 + q];
                    q--;
                }
                out[s0 + q + 1] = h;
            }
            for (int k = 0; k < len; k++) {
                int h = out[s0 + k];
                int before = out[s0 + (k + len - 1) % len];
                next[h ^ 1] = before;
            }
        }
        out = null;
        vStart = null;
        // ---- faces
        int[] face = new int[halfCount];
        Arrays.fill(face, -1);
        IntList faceHalf = new IntList(edgeCount / 2 + 4);
        int faceCount = 0;
        for (int h = 0; h < halfCount; h++) {
            if (face[h] >= 0) {
                continue;
            }
            int g = h;
            do {
                face[g] = faceCount;
                g = next[g];
            } while (g != h);
            faceHalf.add(h);
            faceCount++;
        }
        int outer = face[2 * lineEdgeStart[0]];
        return new Arrangement(t, m, pairCount, pairA, pairB, vertexCount, vertexPair, edgeCount, edgeLine, origin,
                next, face, faceCount, outer, faceHalf.toArray(), lineEdgeStart);
    }

    /** Counter-clockwise angular order of two outgoing half-edges at one vertex, from the +x axis. */
    static int compareAngle(LineTable t, int[] edgeLine, int h1, int h2) {
        int l1 = edgeLine[h1 >> 1];
        int l2 = edgeLine[h2 >> 1];
        int s1 = (h1 & 1) == 0 ? 1 : -1;
        int s2 = (h2 & 1) == 0 ? 1 : -1;
        int half1 = half(-s1 * t.sb[l1], s1 * t.sa[l1]);
        int half2 = half(-s2 * t.sb[l2], s2 * t.sa[l2]);
        if (half1 != half2) {
            return Integer.compare(half1, half2);
        }
        // same half-plane: h2 counter-clockwise of h1 when cross(dir1, dir2) > 0
        return -s1 * s2 * t.det2(l1, l2);
    }

    private static int half(int xs, int ys) {
        return ys > 0 || (ys == 0 && xs > 0) ? 0 : 1;
    }

    private static int find(int[] uf, int p) {
        while (uf[p] != p) {
            uf[p] = uf[uf[p]];
            p = uf[p];
        }
        return p;
    }

    private static void union(int[] uf, int p, int q) {
        int a = find(uf, p);
        int b = find(uf, q);
        if (a != b) {
            if (a < b) {
                uf[b] = a;
            } else {
                uf[a] = b;
            }
        }
    }

    /** The exact homogeneous coordinates {@code (X, Y, W)} of vertex v: the point is {@code (X/W, Y/W)}. */
    java.math.BigInteger[] homogeneous(int v) {
        int p = vertexPair[v];
        int i = pairA[p];
        int j = pairB[p];
        LineTable t = lines;
        if (t.small[i] && t.small[j]) {
            // |products| < 2^62 and differences < 2^63: exact in long
            return new java.math.BigInteger[] {
                java.math.BigInteger.valueOf(t.lb[i] * t.lc[j] - t.lb[j] * t.lc[i]),
                java.math.BigInteger.valueOf(t.lc[i] * t.la[j] - t.la[i] * t.lc[j]),
                java.math.BigInteger.valueOf(t.la[i] * t.lb[j] - t.lb[i] * t.la[j])};
        }
        java.math.BigInteger x = t.ib[i].multiply(t.ic[j]).subtract(t.ib[j].multiply(t.ic[i]));
        java.math.BigInteger y = t.ic[i].multiply(t.ia[j]).subtract(t.ia[i].multiply(t.ic[j]));
        java.math.BigInteger w = t.ia[i].multiply(t.ib[j]).subtract(t.ib[i].multiply(t.ia[j]));
        return new java.math.BigInteger[] {x, y, w};
    }
}

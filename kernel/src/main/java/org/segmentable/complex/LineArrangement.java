package org.segmentable.complex;

import java.util.Arrays;
import org.segmentable.predicates.Angular;
import org.segmentable.util.IntUnionFind;

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
 * <p>{@code LineArrangement.build(table, 4)} of the four edges of a square and one diagonal has 2
 * inner faces.
 */
final class LineArrangement {

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

    private LineArrangement(LineTable lines, int m, int pairCount, int[] pairA, int[] pairB, int vertexCount,
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

    /**
     * Builds the arrangement; see the class comment for the contract on {@code lines}. The phases,
     * each a method of {@link Builder}: the crossings ({@link Builder#crossings}), the crossings in
     * order along each line with coincident ones merged into vertices ({@link Builder#orderAlongLines},
     * {@link Builder#vertices}), the edges between consecutive vertices of a line
     * ({@link Builder#edges}), the half-edges linked around each vertex ({@link Builder#linkAroundVertices})
     * and the faces traced along those links ({@link Builder#faces}).
     *
     * @param t the lines, the polygon's edges first
     * @param m the number of polygon edges
     * @return the arrangement
     */
    static LineArrangement build(LineTable t, int m) {
        Builder b = new Builder(t, m);
        b.crossings();
        b.orderAlongLines();
        b.vertices();
        b.edges();
        b.linkAroundVertices();
        b.faces();
        return new LineArrangement(t, m, b.pairCount, b.pairA, b.pairB, b.vertexCount, b.vertexPair, b.edgeCount,
                b.edgeLine, b.origin, b.next, b.face, b.faceCount, b.face[2 * b.lineEdgeStart[0]], b.faceHalf,
                b.lineEdgeStart);
    }

    /**
     * The state of one build, phase by phase. Each phase reads the arrays of the phases before it
     * and drops (sets to null) the working arrays no later phase needs, so the peak memory stays
     * that of the largest phase.
     */
    private static final class Builder {
        final LineTable t;
        final int m;
        final int n;
        // crossings: pairs of lines meeting inside the closed polygon
        int pairCount;
        int[] pairA;
        int[] pairB;
        // per line, its crossings (pair indices) at lineCrossings[crossingStart[L] .. crossingStart[L+1]-1]
        int[] crossingStart;
        int[] lineCrossings;
        IntUnionFind samePoint;
        // vertices
        int vertexCount;
        int[] vertexPair;
        int[] vertexOfPair;
        // edges
        int edgeCount;
        int[] lineEdgeStart;
        int[] edgeLine;
        int[] origin;
        // half-edges and faces
        int[] next;
        int[] face;
        int faceCount;
        int[] faceHalf;

        Builder(LineTable t, int m) {
            this.t = t;
            this.m = m;
            this.n = t.size();
        }

        /** The other line of pair {@code p}, which holds line {@code i}. */
        private int other(int p, int i) {
            return pairA[p] == i ? pairB[p] : pairA[p];
        }

        /**
         * Phase 1, nodes: every pair of lines meeting inside the closed polygon, as
         * {@code pairA}/{@code pairB}; the polygon's corners first, then each chord with the two
         * polygon edges it crosses, then every two chords that cross. Takes the lines; gives the
         * pairs, and per line the list of its pairs ({@link #indexByLine}).
         */
        void crossings() {
            int[][] ch = chords(t, m);
            int[] entry = ch[0];
            int[] exit = ch[1];
            IntList chordList = new IntList(n);
            for (int i = m; i < n; i++) {
                if (entry[i] >= 0) {
                    chordList.add(i);
                }
            }
            IntList pa = new IntList(4 * n);
            IntList pb = new IntList(4 * n);
            for (int k = 0; k < m; k++) {
                pa.add(Math.floorMod(k - 1, m));
                pb.add(k);
            }
            for (int c = 0; c < chordList.size; c++) {
                int i = chordList.get(c);
                pa.add(i);
                pb.add(entry[i]);
                pa.add(i);
                pb.add(exit[i]);
            }
            chordCrossings(chordList.toArray(), entry, exit, pa, pb);
            pairCount = pa.size;
            pairA = pa.toArray();
            pairB = pb.toArray();
            indexByLine();
        }

        /**
         * The pairs of chords that cross inside the polygon: chord j crosses chord i there when j
         * has opposite signs (or a zero) at i's entry and exit and the two are not parallel.
         */
        private void chordCrossings(int[] chordList, int[] entry, int[] exit, IntList pa, IntList pb) {
            int chordCount = chordList.length;
            int[] d2Entry = new int[n];
            int[] d2Exit = new int[n];
            for (int i : chordList) {
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
        }

        /** Per line, the pairs holding it (compressed rows {@code crossingStart}, {@code lineCrossings}). */
        private void indexByLine() {
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
            crossingStart = start;
            lineCrossings = list;
        }

        /**
         * Phase 2: each line's crossings in order along the line (presorted by a float key, then an
         * exact insertion sort, near-linear on presorted input), and crossings at the same point
         * joined in {@code samePoint}. Takes the per-line lists; gives them sorted and the sets of
         * pairs that are one vertex.
         */
        void orderAlongLines() {
            int maxLen = 0;
            for (int i = 0; i < n; i++) {
                maxLen = Math.max(maxLen, crossingStart[i + 1] - crossingStart[i]);
            }
            long[] keys = new long[maxLen];
            int[] tmp = new int[maxLen];
            samePoint = IntUnionFind.of(pairCount);
            for (int i = 0; i < n; i++) {
                int s0 = crossingStart[i];
                int len = crossingStart[i + 1] - s0;
                if (len > 0) {
                    presort(i, s0, len, keys, tmp);
                    exactSort(i, s0, len);
                    joinEqualNeighbours(i, s0, len);
                }
            }
        }

        /** Orders line i's crossings by a float approximation of their position (a total order on the keys). */
        private void presort(int i, int s0, int len, long[] keys, int[] tmp) {
            int[] list = lineCrossings;
            for (int k = 0; k < len; k++) {
                int p = list[s0 + k];
                double v = t.approxParameter(i, other(p, i));
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
        }

        /** Exact insertion sort of line i's crossings along the line (near-linear on presorted input). */
        private void exactSort(int i, int s0, int len) {
            int[] list = lineCrossings;
            for (int k = 1; k < len; k++) {
                int p = list[s0 + k];
                int op = other(p, i);
                int q = k - 1;
                while (q >= 0) {
                    int r = list[s0 + q];
                    if (t.compareOnLine(i, other(r, i), op) <= 0) {
                        break;
                    }
                    list[s0 + q + 1] = r;
                    q--;
                }
                list[s0 + q + 1] = p;
            }
        }

        /** Joins consecutive crossings of line i at the same point: they are one vertex. */
        private void joinEqualNeighbours(int i, int s0, int len) {
            int[] list = lineCrossings;
            for (int k = 1; k < len; k++) {
                int p = list[s0 + k - 1];
                int q = list[s0 + k];
                if (t.compareOnLine(i, other(p, i), other(q, i)) == 0) {
                    samePoint.union(p, q);
                }
            }
        }

        /**
         * Phase 3: one vertex per set of pairs at the same point, numbered in the order of the
         * sets' smallest pairs. Gives {@code vertexPair} (a representative pair per vertex) and
         * {@code vertexOfPair}.
         */
        void vertices() {
            vertexOfPair = new int[pairCount];
            int count = 0;
            for (int p = 0; p < pairCount; p++) {
                if (samePoint.find(p) == p) {
                    vertexOfPair[p] = count++;
                }
            }
            vertexPair = new int[count];
            for (int p = 0; p < pairCount; p++) {
                int r = samePoint.find(p);
                if (r == p) {
                    vertexPair[vertexOfPair[p]] = p;
                } else {
                    vertexOfPair[p] = vertexOfPair[r];
                }
            }
            vertexCount = count;
            samePoint = null;
        }

        /**
         * Phase 4, edges: along each line, one edge between each two consecutive distinct vertices,
         * edge {@code e} from {@code origin[2e]} to {@code origin[2e+1]}. Takes the sorted per-line
         * lists and the vertices; gives {@code lineEdgeStart}, {@code edgeLine}, {@code origin}.
         */
        void edges() {
            lineEdgeStart = new int[n + 1];
            int count = 0;
            for (int i = 0; i < n; i++) {
                lineEdgeStart[i] = count;
                count += edgesOn(i, -1);
            }
            lineEdgeStart[n] = count;
            edgeCount = count;
            edgeLine = new int[count];
            origin = new int[2 * count];
            for (int i = 0; i < n; i++) {
                edgesOn(i, lineEdgeStart[i]);
            }
            lineCrossings = null;
            crossingStart = null;
            vertexOfPair = null;
        }

        /** The number of edges on line i; writes them from edge {@code at} on when {@code at >= 0}. */
        private int edgesOn(int i, int at) {
            int count = 0;
            int prev = -1;
            for (int k = crossingStart[i]; k < crossingStart[i + 1]; k++) {
                int v = vertexOfPair[lineCrossings[k]];
                if (v != prev) {
                    if (prev >= 0) {
                        if (at >= 0) {
                            int e = at + count;
                            edgeLine[e] = i;
                            origin[2 * e] = prev;
                            origin[2 * e + 1] = v;
                        }
                        count++;
                    }
                    prev = v;
                }
            }
            return count;
        }

        /**
         * Phase 5: the outgoing half-edges of each vertex in counter-clockwise order
         * ({@link #compareAngle}), and {@code next[h]} (the half-edge after h on its face's
         * boundary) as the outgoing half-edge just clockwise of h's twin.
         */
        void linkAroundVertices() {
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
            next = new int[halfCount];
            for (int v = 0; v < vertexCount; v++) {
                int s0 = vStart[v];
                int len = vStart[v + 1] - s0;
                sortAround(out, s0, len);
                for (int k = 0; k < len; k++) {
                    next[out[s0 + k] ^ 1] = out[s0 + (k + len - 1) % len];
                }
            }
        }

        /** Insertion sort of one vertex's outgoing half-edges by angle (a vertex has few). */
        private void sortAround(int[] out, int s0, int len) {
            for (int k = 1; k < len; k++) {
                int h = out[s0 + k];
                int q = k - 1;
                while (q >= 0 && compareAngle(t, edgeLine, out[s0 + q], h) > 0) {
                    out[s0 + q + 1] = out[s0 + q];
                    q--;
                }
                out[s0 + q + 1] = h;
            }
        }

        /**
         * Phase 6, faces: each cycle of {@code next} is one face, numbered in the order of its
         * smallest half-edge. Gives {@code face} per half-edge and {@code faceHalf} per face.
         */
        void faces() {
            int halfCount = 2 * edgeCount;
            face = new int[halfCount];
            Arrays.fill(face, -1);
            IntList halves = new IntList(edgeCount / 2 + 4);
            int count = 0;
            for (int h = 0; h < halfCount; h++) {
                if (face[h] >= 0) {
                    continue;
                }
                int g = h;
                do {
                    face[g] = count;
                    g = next[g];
                } while (g != h);
                halves.add(h);
                count++;
            }
            faceCount = count;
            faceHalf = halves.toArray();
        }
    }

    /**
     * Counter-clockwise angular order ({@link Angular}) of two outgoing half-edges at one vertex:
     * half-edge {@code 2e} runs along direction {@code (-b, a)} of its line, {@code 2e+1} the other
     * way, and the cross product of two lines' directions is {@link LineTable#det2}.
     */
    static int compareAngle(LineTable t, int[] edgeLine, int h1, int h2) {
        int l1 = edgeLine[h1 >> 1];
        int l2 = edgeLine[h2 >> 1];
        int s1 = (h1 & 1) == 0 ? 1 : -1;
        int s2 = (h2 & 1) == 0 ? 1 : -1;
        int half1 = Angular.halfTurn(-s1 * t.sb[l1], s1 * t.sa[l1]);
        int half2 = Angular.halfTurn(-s2 * t.sb[l2], s2 * t.sa[l2]);
        return Angular.compare(half1, half2, half1 == half2 ? s1 * s2 * t.det2(l1, l2) : 0);
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

package org.segmentable.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmentable.complex.ComplexFixtures.box;

import io.vavr.collection.Vector;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;

class LineArrangementTest {

    private static LineArrangement arrangement(int lo, int hi, Vector<HalfPlane> dims) {
        return ActivationComplex.of(box(lo, lo, hi, hi), dims).arr;
    }

    /** The half-edge invariants: twins, next starts where the twin starts, faces closed, Euler. */
    private static void checkHalfEdges(LineArrangement a) {
        int halves = 2 * a.edgeCount;
        for (int h = 0; h < halves; h++) {
            assertEquals(a.origin[h ^ 1], a.origin[a.next[h]], "next of " + h);
            assertEquals(a.face[h], a.face[a.next[h]], "face of " + h);
            assertTrue(a.origin[h] != a.origin[h ^ 1], "edge " + (h >> 1) + " has length zero");
        }
        assertEquals(2, a.vertexCount - a.edgeCount + a.faceCount, "Euler's formula");
        for (int f = 0; f < a.faceCount; f++) {
            assertEquals(f, a.face[a.faceHalf[f]]);
            if (f == a.outerFace) {
                continue;
            }
            // convex: each next half-edge turns left (counter-clockwise) of the one before
            int h = a.faceHalf[f];
            do {
                int g = a.next[h];
                int sh = (h & 1) == 0 ? 1 : -1;
                int sg = (g & 1) == 0 ? 1 : -1;
                assertEquals(1, sh * sg * a.lines.det2(a.edgeLine[h >> 1], a.edgeLine[g >> 1]),
                        "face " + f + " turns right or goes straight after half-edge " + h);
                h = g;
            } while (h != a.faceHalf[f]);
        }
    }

    @Test
    void testBuild_squareAndDiagonalHaveTwoInnerFaces() {
        LineArrangement a = arrangement(0, 2, Vector.of(HalfPlane.of(1, -1, 0)));
        assertEquals(4, a.vertexCount); // the diagonal's ends are merged with the corners
        assertEquals(5, a.edgeCount);
        assertEquals(3, a.faceCount);
        checkHalfEdges(a);
    }

    @Test
    void testBuild_eightLinesThroughOnePointMeetAtOneVertex() {
        int[][] dirs = {{1, 0}, {0, 1}, {1, 1}, {1, -1}, {1, 2}, {2, 1}, {1, -2}, {2, -1}};
        Vector<HalfPlane> dims = Vector.empty();
        for (int[] d : dirs) {
            dims = dims.append(HalfPlane.of(d[0], d[1], -(d[0] + d[1]))); // through (1, 1)
        }
        LineArrangement a = arrangement(0, 2, dims);
        int[] degree = new int[a.vertexCount];
        for (int h = 0; h < 2 * a.edgeCount; h++) {
            degree[a.origin[h]]++;
        }
        assertEquals(16, java.util.Arrays.stream(degree).max().getAsInt());
        assertEquals(17, a.faceCount); // 16 sectors and the outside
        checkHalfEdges(a);
    }

    @Test
    void testBuild_randomSmallIntegerLinesKeepTheHalfEdgeInvariants() {
        Random r = new Random(21);
        for (int round = 0; round < 30; round++) {
            Vector<HalfPlane> dims = Vector.empty();
            for (int i = 0; i < 12; i++) {
                dims = dims.append(HalfPlane.of(r.nextInt(7) - 3, r.nextInt(7) - 3, r.nextInt(9) - 4));
            }
            checkHalfEdges(arrangement(-3, 3, dims.filter(h -> h.a().signum() != 0 || h.b().signum() != 0)));
        }
    }
}

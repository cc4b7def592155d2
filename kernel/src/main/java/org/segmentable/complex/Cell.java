package org.segmentable.complex;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Ring;
import org.segmentable.geometry.internal.Trusted;
import org.segmentable.numbers.FractionSum;
import org.segmentable.numbers.Rational;

/**
 * One cell of an {@link ActivationComplex}: a view whose values are computed on demand, exactly.
 *
 * <p>For one dim {@code x - 1 > 0} on the square {@code [0, 2]²}, the cell with pattern {@code "1"}
 * has area {@code 2} and one neighbour, separated by dim 0.
 */
public final class Cell {

    private final ActivationComplex cx;
    private final int index;

    Cell(ActivationComplex cx, int index) {
        this.cx = Objects.requireNonNull(cx, "cx is null");
        this.index = index;
    }

    /**
     * The index of this cell in its complex.
     *
     * @return the index, in {@code [0, cellCount())} of the complex; {@code cx.cell(i).index()} is {@code i}
     */
    public int index() {
        return index;
    }

    /**
     * The activation pattern: dim {@code i} is a member when {@code z_i > 0} on the cell.
     *
     * @return the pattern, of size {@code dimCount()} of the complex
     */
    public ActivationPattern pattern() {
        return ActivationPattern.wrap(cx.dimCount(), cx.patternWords(cx.facesOf(index)[0]));
    }

    /**
     * The number of active dims; {@code pattern().cardinality()} without building the pattern.
     *
     * @return the active count, in {@code [0, dimCount()]}
     */
    public int activeCount() {
        return cx.activeCount[cx.facesOf(index)[0]];
    }

    /**
     * The exact area of the cell, in squared plane units.
     *
     * @return the area, positive (a cell never has zero area)
     */
    public Rational area() {
        FractionSum s = FractionSum.create();
        for (int f : cx.facesOf(index)) {
            BigInteger[] a = cx.faceTwiceArea(f);
            s.add(a[0], a[1].shiftLeft(1));
        }
        return s.sum();
    }

    /**
     * A point in the cell's interior (the average of one of its convex pieces' vertices).
     *
     * @return an exact point strictly inside the cell
     */
    public Point2 interiorPoint() {
        return Analysis.interiorPoint(cx.arr, cx.facesOf(index)[0]);
    }

    /**
     * The exact polygon: a counter-clockwise shell and clockwise holes, without collinear vertices.
     *
     * @return the cell's polygon, of area {@link #area()}
     */
    public Polygon polygon() {
        LineArrangement arr = cx.arr;
        List<Ring> shells = new ArrayList<>();
        List<Ring> holes = new ArrayList<>();
        java.util.HashSet<Integer> done = new java.util.HashSet<>();
        for (int f : cx.facesOf(index)) {
            int h0 = arr.faceHalf[f];
            int h = h0;
            do {
                if (cx.cellOf(arr.face[h ^ 1]) != index && done.add(h)) {
                    Ring r = trace(h, done);
                    if (r.signedArea().signum() > 0) {
                        shells.add(r);
                    } else {
                        holes.add(r);
                    }
                }
                h = arr.next[h];
            } while (h != h0);
        }
        Ring shell = shells.get(0);
        for (Ring r : shells) {
            if (r.signedArea().compareTo(shell.signedArea()) > 0) {
                shell = r;
            }
        }
        return Trusted.polygon(shell, Vector.ofAll(holes));
    }

    private Ring trace(int start, java.util.Set<Integer> done) {
        LineArrangement arr = cx.arr;
        List<Integer> halves = new ArrayList<>();
        int h = start;
        do {
            halves.add(h);
            done.add(h);
            int g = arr.next[h];
            while (cx.cellOf(arr.face[g ^ 1]) == index) {
                g = arr.next[g ^ 1];
            }
            h = g;
        } while (h != start);
        List<Point2> pts = new ArrayList<>();
        int n = halves.size();
        for (int k = 0; k < n; k++) {
            int prev = halves.get((k + n - 1) % n);
            int cur = halves.get(k);
            if (arr.edgeLine[prev >> 1] != arr.edgeLine[cur >> 1]) {
                pts.add(cx.vertexPoint(arr.origin[cur]));
            }
        }
        return Ring.of(Vector.ofAll(pts));
    }

    /**
     * The neighbouring cells (across edges of positive length), each with the dims separating it
     * from this cell, ordered by cell index.
     *
     * @return the neighbours, each cell once; empty when no other cell shares an edge with this one
     */
    public Vector<Neighbour> neighbours() {
        LineArrangement arr = cx.arr;
        int d = cx.dimCount();
        TreeMap<Integer, long[]> by = new TreeMap<>();
        for (int f : cx.facesOf(index)) {
            int h0 = arr.faceHalf[f];
            int h = h0;
            do {
                int c = cx.cellOf(arr.face[h ^ 1]);
                if (c >= 0 && c != index) {
                    long[] w = by.computeIfAbsent(c, k -> new long[(d + 63) >>> 6]);
                    for (int dim : cx.catalog.lineDims[arr.edgeLine[h >> 1]]) {
                        w[dim >>> 6] |= 1L << dim;
                    }
                }
                h = arr.next[h];
            } while (h != h0);
        }
        Vector<Neighbour> out = Vector.empty();
        for (var e : by.entrySet()) {
            out = out.append(new Neighbour(e.getKey(), ActivationPattern.wrap(d, e.getValue())));
        }
        return out;
    }

    @Override
    public String toString() {
        return "Cell[" + index + ", pattern=" + pattern() + ", area=" + area() + "]";
    }
}

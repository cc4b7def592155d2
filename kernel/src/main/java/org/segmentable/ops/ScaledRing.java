package org.segmentable.ops;

import java.math.BigInteger;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Rounding;
import org.segmentable.predicates.Side;

/**
 * One ring of a region prepared for the exact area of its part on the positive side of many
 * lines ({@link ScaledRegion}): its vertices as integers over the region's common denominator
 * {@code Q} ({@code x = X/Q}), their nearest doubles for the sign filter, and the exact prefix sums
 * of the shoelace terms {@code K_i = X_i·Y_{i+1} - Y_i·X_{i+1}}. Immutable after construction, so
 * one ring serves many threads.
 *
 * <p><b>The clipped ring.</b> For a closed polyline {@code R} and a line {@code h = 0}, keep every
 * vertex with {@code h >= 0}, insert the crossing point of every edge whose ends lie strictly on
 * opposite sides, and close the sequence: the polyline {@code R⁺} (Sutherland–Hodgman). Each
 * maximal run of {@code R} through {@code h < 0} (an <i>excursion</i>, from a point {@code s} of the
 * line to a point {@code t} of it) is replaced by the segment {@code s t} of the line; the excursion
 * and the segment back form a closed curve in {@code h <= 0}, which winds zero times around every
 * point with {@code h > 0}. So {@code R⁺} winds around every point of {@code h > 0} as often as
 * {@code R} does, and (lying in {@code h >= 0}) zero times around every point of {@code h < 0}: its
 * shoelace sum is twice {@code ∫_{h>0} wind(R)}. Summed over the rings of a valid region (whose
 * winding numbers add up to 1 inside and 0 outside) that is twice the area of the region's part
 * where {@code h > 0}, whatever the number of pieces, holes or touching points.
 *
 * <p><b>The terms.</b> With integers {@code H = A X + B Y + C} (the line scaled by a positive
 * factor, see {@link ScaledRegion}), {@code T = B X - A Y} (the coordinate along the line) and
 * {@code W = A² + B²}, the shoelace sum of {@code R⁺}, times {@code Q² W}, is: {@code W} times the
 * sum of {@code K_i} over the edges with both ends at {@code h >= 0} (prefix-sum differences, one
 * per run); for every crossed edge, with {@code in} its end at {@code h > 0} and {@code out} the
 * other, {@code (W·H_in·K ∓ C·(H_in T_out - H_out T_in)) / (H_in - H_out)} ({@code -} when the edge
 * leaves {@code h > 0}, {@code +} when it enters: the part {@code H_in/(H_in - H_out)} of the edge's
 * term, plus the crossing point's share of the line segments, since {@code s × t = c(τ_t - τ_s)/(a² + b²)}
 * for points {@code s, t} of the line); and {@code ±C·T_v} for a vertex on the line where an
 * excursion starts ({@code -}) or ends ({@code +}).
 */
final class ScaledRing {

    /** Vertices per block of the sign filter. */
    static final int BLOCK = 32;

    final int m;
    private final double[] x;
    private final double[] y;
    private final BigInteger[] ix;
    private final BigInteger[] iy;
    /** {@code K_i} of edge {@code i -> i + 1}. */
    private final BigInteger[] cross;
    /** {@code prefix[i] = K_0 + ... + K_{i-1}}. */
    private final BigInteger[] prefix;
    /** The largest {@code |x'|}, {@code |y'|} of the ring. */
    private final double absX;
    private final double absY;
    private final boolean filterable;
    private final int blocks;
    /** Per block of {@link #BLOCK} consecutive vertices, the box of their doubles. */
    private final double[] minX;
    private final double[] maxX;
    private final double[] minY;
    private final double[] maxY;

    /**
     * @param ring the ring
     * @param q a common denominator of every coordinate of the ring (positive)
     */
    ScaledRing(Ring ring, BigInteger q) {
        Point2[] v = ring.vertices().toJavaArray(Point2[]::new);
        m = v.length;
        x = new double[m];
        y = new double[m];
        ix = new BigInteger[m];
        iy = new BigInteger[m];
        double mx = 0;
        double my = 0;
        boolean ok = true;
        for (int i = 0; i < m; i++) {
            x[i] = v[i].x().doubleValue();
            y[i] = v[i].y().doubleValue();
            ok &= Rounding.isFilterable(v[i].x(), x[i]) && Rounding.isFilterable(v[i].y(), y[i]);
            mx = Math.max(mx, Math.abs(x[i]));
            my = Math.max(my, Math.abs(y[i]));
            ix[i] = scaled(v[i].x(), q);
            iy[i] = scaled(v[i].y(), q);
        }
        absX = mx;
        absY = my;
        filterable = ok;
        blocks = (m + BLOCK - 1) / BLOCK;
        minX = new double[blocks];
        maxX = new double[blocks];
        minY = new double[blocks];
        maxY = new double[blocks];
        for (int k = 0; k < blocks; k++) {
            int lo = k * BLOCK;
            int hi = Math.min(m, lo + BLOCK);
            minX[k] = Double.POSITIVE_INFINITY;
            maxX[k] = Double.NEGATIVE_INFINITY;
            minY[k] = Double.POSITIVE_INFINITY;
            maxY[k] = Double.NEGATIVE_INFINITY;
            for (int i = lo; i < hi; i++) {
                minX[k] = Math.min(minX[k], x[i]);
                maxX[k] = Math.max(maxX[k], x[i]);
                minY[k] = Math.min(minY[k], y[i]);
                maxY[k] = Math.max(maxY[k], y[i]);
            }
        }
        cross = new BigInteger[m];
        prefix = new BigInteger[m + 1];
        prefix[0] = BigInteger.ZERO;
        for (int i = 0; i < m; i++) {
            int j = i + 1 == m ? 0 : i + 1;
            cross[i] = ix[i].multiply(iy[j]).subtract(iy[i].multiply(ix[j]));
            prefix[i + 1] = prefix[i].add(cross[i]);
        }
    }

    private static BigInteger scaled(Rational r, BigInteger q) {
        BigInteger d = r.denominator();
        return d.equals(BigInteger.ONE) ? r.numerator().multiply(q) : r.numerator().multiply(q.divide(d));
    }

    /** {@code Q² · 2·(signed area)}: the sum of every {@code K_i}. */
    BigInteger twiceScaledArea() {
        return prefix[m];
    }

    /**
     * Adds this ring's terms of the clipped ring's shoelace sum to {@code acc} (see the class notes),
     * walking the maximal runs of vertices of one side ({@link #runs}).
     */
    void accumulate(ScaledRegion.Line line, ScaledRegion.Terms acc) {
        if (m == 0) {
            return;
        }
        int[] runs = runs(line, true);
        int r = runs.length / 3;
        int negative = -1;
        for (int j = 0; j < r; j++) {
            if (runs[3 * j + 2] < 0) {
                negative = j;
                break;
            }
        }
        if (negative < 0) {
            acc.runs = acc.runs.add(prefix[m]);
            return;
        }
        // walk the runs cyclically, ending at a negative one: every run of vertices at h >= 0 is
        // entered (after a negative run) before it is left
        int keptFrom = -1;
        for (int t = 1; t <= r; t++) {
            int j = (negative + t) % r;
            int prev = (j - 1 + r) % r;
            int side = runs[3 * j + 2];
            int prevSide = runs[3 * prev + 2];
            int first = runs[3 * j];
            int prevLast = runs[3 * prev + 1];
            if (side >= 0 && prevSide < 0) { // the edge prevLast -> first enters h >= 0
                if (side > 0) {
                    crossing(line, acc, prevLast, first, prevLast, false);
                } else {
                    acc.ends = acc.ends.add(t(line, first));
                }
                keptFrom = first;
            } else if (side < 0 && prevSide >= 0) { // the edge prevLast -> first leaves h >= 0
                acc.runs = acc.runs.add(range(keptFrom, prevLast));
                if (prevSide > 0) {
                    crossing(line, acc, prevLast, prevLast, first, true);
                } else {
                    acc.ends = acc.ends.subtract(t(line, prevLast));
                }
            }
        }
    }

    /** The sum of {@code K} over the edges {@code i .. j-1}, cyclically. */
    private BigInteger range(int i, int j) {
        return i <= j ? prefix[j].subtract(prefix[i]) : prefix[m].subtract(prefix[i]).add(prefix[j]);
    }

    /** The term of edge {@code u -> u + 1} crossed from {@code in} (at {@code h > 0}) to {@code out} or back. */
    private void crossing(ScaledRegion.Line line, ScaledRegion.Terms acc, int u, int in, int out, boolean leaving) {
        BigInteger hIn = h(line, in);
        BigInteger hOut = h(line, out);
        BigInteger along = hIn.multiply(t(line, out)).subtract(hOut.multiply(t(line, in)));
        BigInteger edge = line.w.multiply(hIn).multiply(cross[u]);
        BigInteger chord = line.c.multiply(along);
        acc.add(leaving ? edge.subtract(chord) : edge.add(chord), hIn.subtract(hOut));
    }

    private BigInteger h(ScaledRegion.Line line, int i) {
        return line.a.multiply(ix[i]).add(line.b.multiply(iy[i])).add(line.c);
    }

    private BigInteger t(ScaledRegion.Line line, int i) {
        return line.b.multiply(ix[i]).subtract(line.a.multiply(iy[i]));
    }

    /**
     * The maximal runs of consecutive vertices of one exact side of the line, as flat triples
     * {@code (first, last, side)} in index order (not wrapped; neighbours have different sides).
     * The triage is {@code predicates.Side}'s block filter ({@link Side#blockBound} over the ring's
     * largest {@code |x'|, |y'|}, whose Javadoc derives it): blocks of {@link #BLOCK} vertices whose
     * bounding box lies clearly on one side are not opened ({@link Side#triageBox}), the others are
     * triaged vertex by vertex ({@link Side#triage(double, double, double, double, double, double)},
     * in the loop that builds the runs, so no signs are stored), and only the vertices left
     * {@link Rounding#UNCERTAIN} get the exact sign of {@code A X + B Y + C}.
     */
    private int[] runs(ScaledRegion.Line line, boolean merged) {
        Runs out = new Runs(merged);
        double bound = filterable && line.filterable ? Side.blockBound(line.da, line.db, line.dc, absX, absY) : -1;
        if (bound < 0) {
            for (int i = 0; i < m; i++) {
                out.add(i, i, h(line, i).signum());
            }
            return out.toArray();
        }
        double a = line.da;
        double b = line.db;
        double c = line.dc;
        for (int k = 0; k < blocks; k++) {
            int lo = k * BLOCK;
            int hi = Math.min(m, lo + BLOCK);
            int box = Side.triageBox(a, b, c, bound, minX[k], maxX[k], minY[k], maxY[k]);
            if (box != Rounding.UNCERTAIN) {
                out.add(lo, hi - 1, box);
                continue;
            }
            for (int i = lo; i < hi; i++) {
                int side = Side.triage(a, b, c, bound, x[i], y[i]);
                out.add(i, i, side != Rounding.UNCERTAIN ? side : h(line, i).signum());
            }
        }
        return out.toArray();
    }

    /**
     * The runs of {@link PreparedRing#runs}: triples {@code (first, last, side)} in index order,
     * neighbours of equal non-zero side merged, every vertex on the line a run of its own, the
     * last run not merged into the first; computed by the same filter as {@link #accumulate}.
     */
    int[] sideRuns(ScaledRegion.Line line) {
        return runs(line, false);
    }

    /**
     * A growable list of runs. Merged: neighbours of equal side merged, and the last run into the
     * first when their sides agree (cyclic neighbours). Unmerged: as {@link PreparedRing#runs}.
     */
    private static final class Runs {
        private final boolean merged;
        private int[] data = new int[24];
        private int n;

        Runs(boolean merged) {
            this.merged = merged;
        }

        void add(int first, int last, int side) {
            if (n > 0 && data[n - 1] == side && (merged || side != 0)) {
                data[n - 2] = last;
                return;
            }
            if (n + 3 > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[n++] = first;
            data[n++] = last;
            data[n++] = side;
        }

        int[] toArray() {
            if (merged && n > 3 && data[n - 1] == data[2]) {
                data[0] = data[n - 3];
                n -= 3;
            }
            return java.util.Arrays.copyOf(data, n);
        }
    }
}

package org.segmentable.complex;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * The distinct lines of a complex: the four edges of the bounding box (lines 0..3, counter-
 * clockwise, interior positive), then every other distinct line carrying a dim's boundary or a
 * ring edge. Coincident boundaries of several dims (same or opposite orientation) share one line;
 * each dim records its orientation relative to the line. Package-private.
 *
 * <p>{@code LineCatalog.of(rings, dims)} of the unit square's ring and the dims {@code x > 1/2},
 * {@code -x + 1/2 > 0} has 5 lines; both dims are on line 4 with opposite orientations.
 */
final class LineCatalog {

    /** A ring edge from p to q on a line, running along {@code +(-b, a)} when dir is 1. */
    record Segment(int line, int dir, Point2 p, Point2 q) {
    }

    private record Key(BigInteger a, BigInteger b, BigInteger c) {
    }

    final LineTable table;
    final int dimCount;
    /** For each line, the dims on it, and their orientation (+1 when the dim is positive where the line's function is). */
    final int[][] lineDims;
    final int[][] lineDimSigns;
    /** For each dim: its line, or -1 for a constant dim. */
    final int[] dimLine;
    final int[] dimSign;
    /** For a constant dim, whether it is active everywhere. */
    final boolean[] constantActive;
    final List<Segment> segments;
    final Vector<HalfPlane> dims;

    private LineCatalog(LineTable table, int dimCount, int[][] lineDims, int[][] lineDimSigns, int[] dimLine,
            int[] dimSign, boolean[] constantActive, List<Segment> segments, Vector<HalfPlane> dims) {
        this.table = table;
        this.dimCount = dimCount;
        this.lineDims = lineDims;
        this.lineDimSigns = lineDimSigns;
        this.dimLine = dimLine;
        this.dimSign = dimSign;
        this.constantActive = constantActive;
        this.segments = segments;
        this.dims = dims;
    }

    /** The integer coefficients of {@code a·x + b·y + c}, gcd-reduced (positive factor). */
    static BigInteger[] integral(Rational a, Rational b, Rational c) {
        BigInteger l = lcm(lcm(a.denominator(), b.denominator()), c.denominator());
        BigInteger ia = a.numerator().multiply(l.divide(a.denominator()));
        BigInteger ib = b.numerator().multiply(l.divide(b.denominator()));
        BigInteger ic = c.numerator().multiply(l.divide(c.denominator()));
        BigInteger g = ia.gcd(ib).gcd(ic);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            ia = ia.divide(g);
            ib = ib.divide(g);
            ic = ic.divide(g);
        }
        return new BigInteger[] {ia, ib, ic};
    }

    private static BigInteger lcm(BigInteger x, BigInteger y) {
        if (x.equals(y) || y.equals(BigInteger.ONE)) {
            return x;
        }
        if (x.equals(BigInteger.ONE)) {
            return y;
        }
        return x.divide(x.gcd(y)).multiply(y);
    }

    /** The sign making the first non-zero of a, b positive. */
    private static int canonicalSign(BigInteger[] v) {
        int s = v[0].signum();
        return s != 0 ? s : v[1].signum();
    }

    /**
     * The catalog of the box {@code [x0, x1] × [y0, y1]}, the dims and the ring edges.
     *
     * @param box {@code {x0, y0, x1, y1}}, {@code x0 < x1}, {@code y0 < y1}
     */
    static LineCatalog of(Rational[] box, Vector<Ring> rings, Vector<HalfPlane> dims) {
        Rational x0 = box[0], y0 = box[1], x1 = box[2], y1 = box[3];
        List<BigInteger[]> coeffs = new ArrayList<>();
        Map<Key, Integer> index = new HashMap<>();
        List<List<int[]>> dimsOn = new ArrayList<>();
        // box edges, interior positive: y - y0, x1 - x, y1 - y, x - x0
        Rational[][] edges = {
            {Rational.ZERO, Rational.ONE, y0.negate()},
            {Rational.MINUS_ONE, Rational.ZERO, x1},
            {Rational.ZERO, Rational.MINUS_ONE, y1},
            {Rational.ONE, Rational.ZERO, x0.negate()}};
        for (Rational[] e : edges) {
            lineIndex(integral(e[0], e[1], e[2]), coeffs, index, dimsOn);
        }
        int d = dims.size();
        int[] dimLine = new int[d];
        int[] dimSign = new int[d];
        boolean[] constantActive = new boolean[d];
        for (int i = 0; i < d; i++) {
            HalfPlane h = dims.get(i);
            if (h.isConstant()) {
                dimLine[i] = -1;
                constantActive[i] = h.c().signum() > 0;
                continue;
            }
            int[] li = lineIndex(integral(h.a(), h.b(), h.c()), coeffs, index, dimsOn);
            dimLine[i] = li[0];
            dimSign[i] = li[1];
            dimsOn.get(li[0]).add(new int[] {i, li[1]});
        }
        List<Segment> segments = ringSegments(rings, coeffs, index, dimsOn);
        int n = coeffs.size();
        LineTable t = new LineTable(n);
        int[][] lineDims = new int[n][];
        int[][] lineDimSigns = new int[n][];
        for (int k = 0; k < n; k++) {
            BigInteger[] v = coeffs.get(k);
            t.set(k, v[0], v[1], v[2]);
            List<int[]> on = dimsOn.get(k);
            lineDims[k] = new int[on.size()];
            lineDimSigns[k] = new int[on.size()];
            for (int q = 0; q < on.size(); q++) {
                lineDims[k][q] = on.get(q)[0];
                lineDimSigns[k][q] = on.get(q)[1];
            }
        }
        return new LineCatalog(t, d, lineDims, lineDimSigns, dimLine, dimSign, constantActive, segments, dims);
    }

    /** Each ring edge as a segment on its line (entered into the catalog), in ring order. */
    private static List<Segment> ringSegments(Vector<Ring> rings, List<BigInteger[]> coeffs, Map<Key, Integer> index,
            List<List<int[]>> dimsOn) {
        List<Segment> segments = new ArrayList<>();
        for (Ring r : rings) {
            int n = r.size();
            for (int k = 0; k < n; k++) {
                Point2 p = r.vertex(k);
                Point2 q = r.vertex(k + 1);
                Rational a = p.y().subtract(q.y());
                Rational b = q.x().subtract(p.x());
                Rational c = p.x().multiply(q.y()).subtract(q.x().multiply(p.y()));
                int[] li = lineIndex(integral(a, b, c), coeffs, index, dimsOn);
                // the raw line's direction (-b, a) is p - q; the segment runs q - p
                segments.add(new Segment(li[0], -li[1], p, q));
            }
        }
        return segments;
    }

    /** Index of the line and the sign relating the given coefficients to the stored ones. */
    private static int[] lineIndex(BigInteger[] v, List<BigInteger[]> coeffs, Map<Key, Integer> index,
            List<List<int[]>> dimsOn) {
        int s = canonicalSign(v);
        Key key = s > 0 ? new Key(v[0], v[1], v[2]) : new Key(v[0].negate(), v[1].negate(), v[2].negate());
        Integer k = index.get(key);
        if (k == null) {
            k = coeffs.size();
            coeffs.add(v);
            dimsOn.add(new ArrayList<>());
            index.put(key, k);
            return new int[] {k, 1};
        }
        BigInteger[] stored = coeffs.get(k);
        return new int[] {k, canonicalSign(stored) == s ? 1 : -1};
    }
}

package org.segmentable.deep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Orders pieces along a Hilbert curve through their vertex centroids (doubles), so consecutive
 * siblings are mostly neighbours and differ in few neurons ({@link ApproxRows}, {@link ExactRows}).
 * Only an order: any order gives the same cells. Internal.
 *
 * <p>{@code HilbertOrder.index(0, 0)} is 0 and {@code HilbertOrder.index(65535, 0)} is
 * {@code 2^32 - 1}, the two ends of the curve.
 */
final class HilbertOrder {

    private HilbertOrder() {
    }

    /** The pieces in Hilbert order of their vertex centroids (the same list when fewer than three). */
    static List<Piece> of(List<Piece> pieces, VertexStore vertices) {
        if (pieces.size() < 3 || pieces.size() >= (1 << 20)) {
            return pieces;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double[] cx = new double[pieces.size()];
        double[] cy = new double[pieces.size()];
        for (int q = 0; q < pieces.size(); q++) {
            int[] v = pieces.get(q).v;
            double sx = 0;
            double sy = 0;
            for (int id : v) {
                sx += vertices.approx[4 * id];
                sy += vertices.approx[4 * id + 1];
            }
            cx[q] = sx / v.length;
            cy[q] = sy / v.length;
            minX = Math.min(minX, cx[q]);
            minY = Math.min(minY, cy[q]);
            maxX = Math.max(maxX, cx[q]);
            maxY = Math.max(maxY, cy[q]);
        }
        double span = Math.max(maxX - minX, maxY - minY);
        if (!(span > 0) || !Double.isFinite(span)) {
            return pieces;
        }
        long[] keys = new long[pieces.size()];
        for (int q = 0; q < pieces.size(); q++) {
            int x = (int) Math.min(65535, (cx[q] - minX) / span * 65535);
            int y = (int) Math.min(65535, (cy[q] - minY) / span * 65535);
            keys[q] = (index(x, y) << 20) | q;
        }
        Arrays.sort(keys);
        List<Piece> out = new ArrayList<>(pieces.size());
        for (long k : keys) {
            out.add(pieces.get((int) (k & 0xfffff)));
        }
        return out;
    }

    /** The index of {@code (x, y)} on the Hilbert curve of the {@code 2^16 × 2^16} grid. */
    static long index(int x, int y) {
        long d = 0;
        for (int s = 1 << 15; s > 0; s >>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }
}

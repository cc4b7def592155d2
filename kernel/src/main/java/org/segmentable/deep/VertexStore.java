package org.segmentable.deep;

import java.math.BigInteger;
import java.util.Arrays;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Approximations;

/**
 * The vertices of a refinement, by id: exact homogeneous coordinates {@code (X, Y, W)} with
 * {@code W > 0} (the point {@code (X/W, Y/W)}), and double approximations with error radii
 * ({@link Approximations#quotient}). Internal and append-only while a refinement runs; read-only after.
 *
 * <p>{@code store.add(BigInteger.ONE, BigInteger.TWO, BigInteger.TWO)} stores {@code (1/2, 1)}.
 */
final class VertexStore {

    private BigInteger[] xs = new BigInteger[1024];
    private BigInteger[] ys = new BigInteger[1024];
    private BigInteger[] ws = new BigInteger[1024];
    /**
     * The doubles of vertex {@code id} side by side (one cache line): {@code approx[4·id]} and
     * {@code approx[4·id + 1]} near {@code X/W} and {@code Y/W}, {@code approx[4·id + 2]} and
     * {@code approx[4·id + 3]} their error radii.
     */
    double[] approx = new double[4 * 1024];
    private int size;

    /**
     * Adds the point {@code (X/W, Y/W)}.
     *
     * @param x the homogeneous X
     * @param y the homogeneous Y
     * @param w the homogeneous W, non-zero (the sign is normalized to positive)
     * @return the new id
     */
    int add(BigInteger x, BigInteger y, BigInteger w) {
        if (w.signum() == 0) {
            throw new IllegalArgumentException("w is zero: not a point");
        }
        if (w.signum() < 0) {
            x = x.negate();
            y = y.negate();
            w = w.negate();
        }
        int shift = Math.min(w.getLowestSetBit(),
                Math.min(x.signum() == 0 ? Integer.MAX_VALUE : x.getLowestSetBit(),
                        y.signum() == 0 ? Integer.MAX_VALUE : y.getLowestSetBit()));
        if (shift > 0) {
            x = x.shiftRight(shift);
            y = y.shiftRight(shift);
            w = w.shiftRight(shift);
        }
        grow();
        xs[size] = x;
        ys[size] = y;
        ws[size] = w;
        double ax = Approximations.quotient(x, w);
        double ay = Approximations.quotient(y, w);
        approx[4 * size] = ax;
        approx[4 * size + 1] = ay;
        approx[4 * size + 2] = Approximations.quotientRadius(ax);
        approx[4 * size + 3] = Approximations.quotientRadius(ay);
        return size++;
    }

    /**
     * Adds a copy of vertex {@code id} of {@code from} (the same exact coordinates and doubles).
     *
     * @return the new id
     */
    int copy(VertexStore from, int id) {
        grow();
        xs[size] = from.xs[id];
        ys[size] = from.ys[id];
        ws[size] = from.ws[id];
        System.arraycopy(from.approx, 4 * id, approx, 4 * size, 4);
        return size++;
    }

    /** A copy of this store (the same ids), to be extended independently. */
    VertexStore copyAll() {
        VertexStore c = new VertexStore();
        c.xs = xs.clone();
        c.ys = ys.clone();
        c.ws = ws.clone();
        c.approx = approx.clone();
        c.size = size;
        return c;
    }

    private void grow() {
        if (size == xs.length) {
            int n = size * 2;
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
            ws = Arrays.copyOf(ws, n);
            approx = Arrays.copyOf(approx, 4 * n);
        }
    }

    /** Adds an exact rational point. */
    int add(Point2 p) {
        BigInteger dx = p.x().denominator();
        BigInteger dy = p.y().denominator();
        BigInteger w = dx.multiply(dy);
        return add(p.x().numerator().multiply(dy), p.y().numerator().multiply(dx), w);
    }

    int size() {
        return size;
    }

    BigInteger x(int id) {
        return xs[id];
    }

    BigInteger y(int id) {
        return ys[id];
    }

    BigInteger w(int id) {
        return ws[id];
    }

    /** The exact point of vertex {@code id}, in lowest terms. */
    Point2 point(int id) {
        return Point2.of(Rational.of(xs[id], ws[id]), Rational.of(ys[id], ws[id]));
    }

    /** The exact sign of {@code a·x + b·y + c} at vertex {@code id}. */
    int sign(BigInteger a, BigInteger b, BigInteger c, int id) {
        return a.multiply(xs[id]).add(b.multiply(ys[id])).add(c.multiply(ws[id])).signum();
    }
}

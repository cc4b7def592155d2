package org.segmentable.deep;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The lines of a refinement, by id, as exact integer triples {@code (a, b, c)} (the line
 * {@code a·s + b·t + c = 0}, scaled by a positive factor). Internal and append-only.
 *
 * <p>{@code lines.add(ONE, ZERO, ONE.negate())} stores the line {@code s = 1}.
 */
final class LineStore {

    private BigInteger[] as = new BigInteger[1024];
    private BigInteger[] bs = new BigInteger[1024];
    private BigInteger[] cs = new BigInteger[1024];
    private int size;

    /** Adds the line {@code a·s + b·t + c = 0} with common powers of two removed; returns its id. */
    int add(BigInteger a, BigInteger b, BigInteger c) {
        int shift = Integer.MAX_VALUE;
        for (BigInteger v : new BigInteger[] {a, b, c}) {
            if (v.signum() != 0) {
                shift = Math.min(shift, v.getLowestSetBit());
            }
        }
        if (shift != Integer.MAX_VALUE && shift > 0) {
            a = a.shiftRight(shift);
            b = b.shiftRight(shift);
            c = c.shiftRight(shift);
        }
        return put(a, b, c);
    }

    /** Adds a copy of line {@code id} of {@code from}; returns its id here. */
    int copy(LineStore from, int id) {
        return put(from.as[id], from.bs[id], from.cs[id]);
    }

    private int put(BigInteger a, BigInteger b, BigInteger c) {
        if (size == as.length) {
            as = Arrays.copyOf(as, size * 2);
            bs = Arrays.copyOf(bs, size * 2);
            cs = Arrays.copyOf(cs, size * 2);
        }
        as[size] = a;
        bs[size] = b;
        cs[size] = c;
        return size++;
    }

    /** The line through two vertices of {@code store} (their homogeneous cross product). */
    int through(VertexStore store, int p, int q) {
        BigInteger x1 = store.x(p);
        BigInteger y1 = store.y(p);
        BigInteger w1 = store.w(p);
        BigInteger x2 = store.x(q);
        BigInteger y2 = store.y(q);
        BigInteger w2 = store.w(q);
        return add(y1.multiply(w2).subtract(w1.multiply(y2)), w1.multiply(x2).subtract(x1.multiply(w2)),
                x1.multiply(y2).subtract(y1.multiply(x2)));
    }

    /** Adds to {@code store} the meeting point of lines {@code l} and {@code m}, which must cross. */
    int meet(VertexStore store, int l, int m) {
        BigInteger x = bs[l].multiply(cs[m]).subtract(cs[l].multiply(bs[m]));
        BigInteger y = cs[l].multiply(as[m]).subtract(as[l].multiply(cs[m]));
        BigInteger w = as[l].multiply(bs[m]).subtract(bs[l].multiply(as[m]));
        if (w.signum() == 0) {
            throw new IllegalStateException("lines " + l + " and " + m + " are parallel");
        }
        return store.add(x, y, w);
    }

    BigInteger a(int id) {
        return as[id];
    }

    BigInteger b(int id) {
        return bs[id];
    }

    BigInteger c(int id) {
        return cs[id];
    }
}

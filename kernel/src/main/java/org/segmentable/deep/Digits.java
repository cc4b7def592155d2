package org.segmentable.deep;

import java.math.BigInteger;

/**
 * Exact integers as {@code long} digits in base {@code 2^26}, for the exact rows of the refinement
 * without allocation or carries in the inner loop. Internal.
 *
 * <p>A <b>normalized</b> number of {@code d} digits is {@code Σ_{t<d} x_t·2^(26t)} with
 * {@code 0 ≤ x_t < 2^26} for {@code t < d - 1} and a signed top digit; every integer with
 * {@code |x| < 2^(26d - 1)} has one, with {@code |x_{d-1}| ≤ 2^25}. A product of a normalized digit
 * and a normalized digit of a weight is at most {@code 2^52} in magnitude, so an accumulator digit
 * (a {@code long}) takes the products of {@value #FLUSH} terms of up to three digit products each
 * with room to spare ({@code 512·3·2^52 < 2^62}); sums are then normalized again by carrying.
 *
 * <p>{@code Digits.toBig(Digits.of(BigInteger.valueOf(-5), 2), 0, 2)} is {@code -5}.
 */
final class Digits {

    /** Bits per digit. */
    static final int BITS = 26;
    private static final long MASK = (1L << BITS) - 1;
    /** The number of terms an accumulator takes before it is normalized. */
    static final int FLUSH = 512;

    private Digits() {
    }

    /** The number of digits for integers of magnitude at most {@code bound}. */
    static int count(BigInteger bound) {
        return (bound.bitLength() + 1 + BITS - 1) / BITS;
    }

    /** {@code value} in {@code d} normalized digits; it must fit. */
    static long[] of(BigInteger value, int d) {
        long[] out = new long[d];
        write(value, out, 0, d);
        return out;
    }

    /** Writes {@code value} into {@code out[off .. off+d)} normalized; it must have {@code |value| < 2^(26d - 1)}. */
    static void write(BigInteger value, long[] out, int off, int d) {
        if (value.bitLength() >= BITS * d) {
            throw new IllegalArgumentException("value of " + value.bitLength() + " bits does not fit " + d + " digits");
        }
        if (value.bitLength() < 63) {
            long v = value.longValue();
            for (int t = 0; t < d - 1; t++) {
                out[off + t] = (v >> Math.min(63, BITS * t)) & MASK;
            }
            out[off + d - 1] = v >> Math.min(63, BITS * (d - 1));
            return;
        }
        for (int t = 0; t < d - 1; t++) {
            out[off + t] = value.shiftRight(BITS * t).longValue() & MASK;
        }
        out[off + d - 1] = value.shiftRight(BITS * (d - 1)).longValue();
    }

    /** The integer held in {@code x[off .. off+d)} (normalized or not, as long as no digit overflowed). */
    static BigInteger toBig(long[] x, int off, int d) {
        BigInteger v = BigInteger.valueOf(x[off + d - 1]);
        for (int t = d - 2; t >= 0; t--) {
            v = v.shiftLeft(BITS).add(BigInteger.valueOf(x[off + t]));
        }
        return v;
    }

    /**
     * Normalizes {@code acc[off .. off+n)} in place into {@code n} digits (carries propagate upward;
     * the top digit keeps the signed rest).
     */
    static void normalize(long[] acc, int off, int n) {
        long carry = 0;
        for (int t = 0; t < n - 1; t++) {
            long v = acc[off + t] + carry;
            acc[off + t] = v & MASK;
            carry = v >> BITS;
        }
        acc[off + n - 1] += carry;
    }

    /**
     * The normalized {@code d}-digit form of the normalized {@code n}-digit number in
     * {@code acc[off .. off+n)}, {@code n ≥ d}, written to {@code out[outOff .. outOff+d)}; the number
     * must fit {@code d} digits.
     */
    static void narrow(long[] acc, int off, int n, long[] out, int outOff, int d) {
        System.arraycopy(acc, off, out, outOff, d - 1);
        long top = acc[off + n - 1];
        for (int t = n - 2; t >= d - 1; t--) {
            top = (top << BITS) + acc[off + t];
        }
        out[outOff + d - 1] = top;
    }

    /**
     * {@code acc += sign · w · x} for the three coefficients of a row: {@code x} holds three normalized
     * numbers of {@code xd} digits from {@code xOff}, {@code w} is given by its {@code wp} normalized
     * digits {@code w0, w1, w2} (unused ones zero), and {@code acc} holds three accumulators of
     * {@code a ≥ xd + wp - 1} digits.
     */
    static void mulAdd(long[] acc, int a, long[] x, int xd, long w0, long w1, long w2, int wp) {
        for (int q = 0; q < 3; q++) {
            int xo = q * xd;
            int ao = q * a;
            if (wp == 1) {
                for (int h = 0; h < xd; h++) {
                    acc[ao + h] += w0 * x[xo + h];
                }
            } else if (wp == 2) {
                for (int h = 0; h < xd; h++) {
                    long xv = x[xo + h];
                    acc[ao + h] += w0 * xv;
                    acc[ao + h + 1] += w1 * xv;
                }
            } else {
                for (int h = 0; h < xd; h++) {
                    long xv = x[xo + h];
                    acc[ao + h] += w0 * xv;
                    acc[ao + h + 1] += w1 * xv;
                    acc[ao + h + 2] += w2 * xv;
                }
            }
        }
    }
}

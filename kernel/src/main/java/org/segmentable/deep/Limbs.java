package org.segmentable.deep;

import java.math.BigInteger;

/**
 * Fixed-width two's complement integers in {@code long} limbs (little-endian), for the exact rows
 * of the refinement's inner loop without allocation. Arithmetic is modulo {@code 2^(64·L)}; the
 * caller sizes {@code L} from a proven bound on every partial sum ({@link ScaledNetwork}), so no
 * result wraps. Internal.
 *
 * <p>{@code Limbs.toBig(Limbs.of(BigInteger.valueOf(-5), 2), 0, 2)} is {@code -5}.
 */
final class Limbs {

    private Limbs() {
    }

    /** {@code value} in {@code len} limbs; it must fit. */
    static long[] of(BigInteger value, int len) {
        long[] out = new long[len];
        write(value, out, 0, len);
        return out;
    }

    /** Writes {@code value} into {@code out[off .. off+len)}; it must fit in {@code 64·len} bits (signed). */
    static void write(BigInteger value, long[] out, int off, int len) {
        if (value.bitLength() >= 64 * len) {
            throw new IllegalArgumentException("value of " + value.bitLength() + " bits does not fit " + len + " limbs");
        }
        for (int k = 0; k < len; k++) {
            out[off + k] = value.shiftRight(64 * k).longValue();
        }
    }

    /** The integer held in {@code x[off .. off+len)}. */
    static BigInteger toBig(long[] x, int off, int len) {
        byte[] bytes = new byte[8 * len];
        for (int k = 0; k < len; k++) {
            long limb = x[off + k];
            int base = 8 * (len - 1 - k);
            for (int b = 0; b < 8; b++) {
                bytes[base + b] = (byte) (limb >>> (56 - 8 * b));
            }
        }
        return new BigInteger(bytes);
    }

    /**
     * {@code acc[accOff .. accOff+accLen) ±= m · x[xOff .. xOff+xLen)} modulo {@code 2^(64·accLen)},
     * with {@code x} sign-extended to {@code accLen ≥ xLen} limbs.
     *
     * @param m a non-negative multiplier
     * @param subtract subtract instead of add
     */
    static void mulAdd(long[] acc, int accOff, int accLen, long m, long[] x, int xOff, int xLen, boolean subtract) {
        long ext = x[xOff + xLen - 1] >> 63;
        long carry = 0;
        for (int k = 0; k < accLen; k++) {
            long xk = k < xLen ? x[xOff + k] : ext;
            long lo = m * xk;
            long hi = Math.multiplyHigh(m, xk) + ((xk >> 63) & m);
            long t = lo + carry;
            long c1 = Long.compareUnsigned(t, lo) < 0 ? 1 : 0;
            long a = acc[accOff + k];
            if (subtract) {
                acc[accOff + k] = a - t;
                carry = hi + c1 + (Long.compareUnsigned(a, t) < 0 ? 1 : 0);
            } else {
                long s = a + t;
                acc[accOff + k] = s;
                carry = hi + c1 + (Long.compareUnsigned(s, t) < 0 ? 1 : 0);
            }
        }
    }
}

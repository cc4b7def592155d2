package org.segmentable.complex;

import java.math.BigInteger;

/**
 * Signed integers of a few 64-bit limbs (two's complement, little-endian, in a {@code long[]}
 * prefix of a given length), for the exact face areas without allocation. Every operation is
 * exact modulo {@code 2^(64·len)} of its result length; each caller below gives its result one
 * limb more than the operands' magnitudes need, so nothing wraps and the result is the exact
 * integer. The same style as {@code deep.Limbs}. Package-private.
 *
 * <p>{@code LimbMath.toBig(new long[] {-5}, 1)} is {@code -5}; with {@code x = {1L << 62, 0}},
 * {@code LimbMath.mulSmall(x, 1, -4)} returns 2 and {@code toBig(x, 2)} is {@code -2^64}.
 */
final class LimbMath {

    private LimbMath() {
    }

    /** The shortest length holding the same value: drops top limbs that only repeat the sign. */
    static int trim(long[] x, int len) {
        while (len > 1 && x[len - 1] == (x[len - 2] >> 63)) {
            len--;
        }
        return len;
    }

    /** Sign-extends {@code x[0 .. len)} to {@code x[0 .. to)}. */
    static void extend(long[] x, int len, int to) {
        long ext = x[len - 1] >> 63;
        for (int k = len; k < to; k++) {
            x[k] = ext;
        }
    }

    /** Negates {@code x[0 .. len)} in place (modulo {@code 2^(64·len)}). */
    static void negate(long[] x, int len) {
        long carry = 1;
        for (int k = 0; k < len; k++) {
            long v = ~x[k] + carry;
            carry = carry != 0 && v == 0 ? 1 : 0;
            x[k] = v;
        }
    }

    /**
     * {@code x = x · m} in place; {@code x} needs room for {@code len + 1} limbs. Exact: the
     * product of a {@code 64·len}-bit signed value and {@code |m| < 2^63} fits in {@code 64·(len+1)} bits.
     *
     * @param m a multiplier other than {@code Long.MIN_VALUE}
     * @return the trimmed length of the product
     */
    static int mulSmall(long[] x, int len, long m) {
        long ext = x[len - 1] >> 63;
        long carry = 0;
        for (int k = 0; k <= len; k++) {
            long xk = k < len ? x[k] : ext;
            long lo = m * xk;
            // signed m times unsigned digit xk; the carry stays in [-2^63, 2^63) (see mulAdd)
            long hi = Math.multiplyHigh(m, xk) + ((xk >> 63) & m);
            long t = lo + carry;
            carry = hi + (Long.compareUnsigned(t, lo) < 0 ? 1 : 0) + (carry >> 63);
            x[k] = t;
        }
        return trim(x, len + 1);
    }

    /**
     * {@code acc[off .. off+accLen) += m · x} modulo {@code 2^(64·accLen)}, with {@code x[0 .. xLen)}
     * sign-extended to {@code accLen ≥ xLen} limbs and read as unsigned digits, and {@code m} an
     * unsigned digit ({@code signed == false}) or a signed one. Each step adds the 128-bit product
     * of {@code m} and a digit, the carry and the accumulator's digit; the carry out is the exact
     * quotient by {@code 2^64}: in {@code [0, 2^64)} for an unsigned m
     * ({@code ((2^64-1)² + 2(2^64-1)) / 2^64 < 2^64}), in {@code [-2^63, 2^63)} for a signed one
     * ({@code |m| ≤ 2^63} times a digit below {@code 2^64}, plus two terms below {@code 2^64}),
     * so it is held exactly in a long read as unsigned, respectively signed.
     */
    static void mulAdd(long[] acc, int off, int accLen, long m, boolean signed, long[] x, int xLen) {
        long ext = x[xLen - 1] >> 63;
        long carry = 0;
        for (int k = 0; k < accLen; k++) {
            long xk = k < xLen ? x[k] : ext;
            long lo = m * xk;
            long hi = Math.multiplyHigh(m, xk) + ((xk >> 63) & m);
            long t = lo + carry;
            if (signed) {
                hi += (Long.compareUnsigned(t, lo) < 0 ? 1 : 0) + (carry >> 63);
            } else {
                hi += ((m >> 63) & xk) + (Long.compareUnsigned(t, lo) < 0 ? 1 : 0);
            }
            long a = acc[off + k];
            long sum = a + t;
            acc[off + k] = sum;
            carry = hi + (Long.compareUnsigned(sum, t) < 0 ? 1 : 0);
        }
    }

    /**
     * {@code acc = acc + y · x}, all three signed. {@code acc} needs room for
     * {@code max(accLen, xLen + yLen) + 1} limbs (the sum of two values below {@code 2^(64·L-1)}
     * is below {@code 2^(64·L)}). {@code y} is read as unsigned digits below its top limb, which
     * is signed: {@code y = Σ y_j 2^(64j)} exactly.
     *
     * @return the trimmed length of the sum
     */
    static int addProduct(long[] acc, int accLen, long[] y, int yLen, long[] x, int xLen) {
        int len = Math.max(accLen, xLen + yLen) + 1;
        extend(acc, accLen, len);
        for (int j = 0; j < yLen; j++) {
            if (y[j] != 0) {
                mulAdd(acc, j, len - j, y[j], j == yLen - 1, x, xLen);
            }
        }
        return trim(acc, len);
    }

    /** The integer held in {@code x[0 .. len)}. */
    static BigInteger toBig(long[] x, int len) {
        if (len == 1) {
            return BigInteger.valueOf(x[0]);
        }
        byte[] bytes = new byte[8 * len];
        for (int k = 0; k < len; k++) {
            long limb = x[k];
            int base = 8 * (len - 1 - k);
            for (int b = 0; b < 8; b++) {
                bytes[base + b] = (byte) (limb >>> (56 - 8 * b));
            }
        }
        return new BigInteger(bytes);
    }

    /**
     * The top bits of a positive trimmed {@code x[0 .. len)}: {@code x ≈ top · 2^shift} with
     * {@code top} its leading 62 bits (the last one ORed with every dropped bit, a sticky bit)
     * rounded to double. The truncation is below {@code 2^-61} of x and the rounding below
     * {@code 2^-53}, so {@code |top · 2^shift / x - 1| < 2^-52}. Writes {@code shift} to {@code out[0]}.
     */
    static double top(long[] x, int len, int[] out) {
        int bits = 64 * (len - 1) + 64 - Long.numberOfLeadingZeros(x[len - 1]);
        int shift = Math.max(0, bits - 62);
        out[0] = shift;
        if (shift == 0) {
            return (double) x[0];
        }
        int limb = shift >>> 6;
        int off = shift & 63;
        long v = x[limb] >>> off;
        if (off != 0 && limb + 1 < len) {
            v |= x[limb + 1] << (64 - off);
        }
        boolean sticky = (x[limb] & ((1L << off) - 1)) != 0;
        for (int k = 0; k < limb && !sticky; k++) {
            sticky = x[k] != 0;
        }
        return (double) (sticky ? v | 1 : v);
    }
}

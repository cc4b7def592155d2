package org.segmentable.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LimbMathTest {

    private static final long[] EDGES = {0, 1, -1, 2, -2, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
        Long.MIN_VALUE + 1, 1L << 62, -(1L << 62), 0x8000_0000L, 0xffff_ffffL, -0x1_0000_0000L};

    /** A random signed value of 1 to 6 limbs, often with extreme limbs. */
    private static long[] random(Random rnd, int[] len) {
        int n = 1 + rnd.nextInt(6);
        long[] x = new long[16];
        for (int k = 0; k < n; k++) {
            x[k] = rnd.nextInt(3) == 0 ? EDGES[rnd.nextInt(EDGES.length)] : rnd.nextLong();
        }
        len[0] = LimbMath.trim(x, n);
        return x;
    }

    private static BigInteger big(long[] x, int len) {
        BigInteger v = BigInteger.ZERO;
        for (int k = len - 1; k >= 0; k--) {
            v = v.shiftLeft(64).add(new BigInteger(Long.toUnsignedString(x[k])));
        }
        return x[len - 1] < 0 ? v.subtract(BigInteger.ONE.shiftLeft(64 * len)) : v;
    }

    @Test
    void testToBig_agreesWithDigits() {
        Random rnd = new Random(1);
        int[] len = new int[1];
        for (int round = 0; round < 2000; round++) {
            long[] x = random(rnd, len);
            assertEquals(big(x, len[0]), LimbMath.toBig(x, len[0]));
        }
    }

    @Test
    void testTrim_keepsValueAndIsShortest() {
        Random rnd = new Random(2);
        int[] len = new int[1];
        for (int round = 0; round < 2000; round++) {
            long[] x = random(rnd, len);
            BigInteger v = big(x, len[0]);
            assertTrue(len[0] == 1 || v.bitLength() >= 64 * (len[0] - 1), "not shortest: " + v);
            LimbMath.extend(x, len[0], len[0] + 3);
            assertEquals(len[0], LimbMath.trim(x, len[0] + 3));
        }
    }

    @Test
    void testMulSmall_agreesWithBigInteger() {
        Random rnd = new Random(3);
        int[] len = new int[1];
        for (int round = 0; round < 5000; round++) {
            long[] x = random(rnd, len);
            long m = rnd.nextInt(3) == 0 ? EDGES[rnd.nextInt(EDGES.length)] : rnd.nextLong();
            if (m == Long.MIN_VALUE) {
                m++;
            }
            BigInteger expected = big(x, len[0]).multiply(BigInteger.valueOf(m));
            int n = LimbMath.mulSmall(x, len[0], m);
            assertEquals(expected, LimbMath.toBig(x, n), "times " + m);
            assertEquals(n, LimbMath.trim(x, n));
        }
    }

    @Test
    void testAddProduct_agreesWithBigInteger() {
        Random rnd = new Random(4);
        int[] la = new int[1];
        int[] ly = new int[1];
        int[] lx = new int[1];
        for (int round = 0; round < 5000; round++) {
            long[] acc = random(rnd, la);
            long[] y = random(rnd, ly);
            long[] x = random(rnd, lx);
            BigInteger expected = big(acc, la[0]).add(big(y, ly[0]).multiply(big(x, lx[0])));
            int n = LimbMath.addProduct(acc, la[0], y, ly[0], x, lx[0]);
            assertEquals(expected, LimbMath.toBig(acc, n));
        }
    }

    @Test
    void testNegate_agreesWithBigInteger() {
        Random rnd = new Random(5);
        int[] len = new int[1];
        for (int round = 0; round < 2000; round++) {
            long[] x = random(rnd, len);
            BigInteger expected = big(x, len[0]).negate();
            LimbMath.extend(x, len[0], len[0] + 1);
            LimbMath.negate(x, len[0] + 1);
            assertEquals(expected, LimbMath.toBig(x, len[0] + 1));
        }
    }

    @Test
    void testTop_withinBound() {
        Random rnd = new Random(6);
        int[] len = new int[1];
        int[] shift = new int[1];
        for (int round = 0; round < 5000; round++) {
            long[] x = random(rnd, len);
            BigInteger v = big(x, len[0]).abs();
            if (v.signum() == 0) {
                continue;
            }
            long[] y = new long[len[0] + 1]; // |x| in limbs, with room for a zero sign limb
            int n = 0;
            for (BigInteger r = v; r.signum() > 0; r = r.shiftRight(64)) {
                y[n++] = r.longValue();
            }
            n = LimbMath.trim(y, n + 1);
            double top = LimbMath.top(y, n, shift);
            double topBig = FaceArea.top(v, new int[1]);
            assertEquals(topBig, top, "limbs and BigInteger agree");
            java.math.BigDecimal approx = new java.math.BigDecimal(top).multiply(
                    new java.math.BigDecimal(BigInteger.ONE.shiftLeft(shift[0])));
            java.math.BigDecimal err = approx.subtract(new java.math.BigDecimal(v)).abs();
            assertTrue(err.compareTo(new java.math.BigDecimal(v).multiply(new java.math.BigDecimal(0x1p-52))) < 0,
                    "top of " + v);
        }
    }
}

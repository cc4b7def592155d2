package org.segmentable.predicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntegerLinesTest {

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    /** Scaled doubles of a line, or null when the line is not filterable. */
    private static double[] scaled(BigInteger a, BigInteger b, BigInteger c) {
        int bits = Math.max(a.bitLength(), Math.max(b.bitLength(), c.bitLength()));
        double fa = IntegerLines.scaledCoefficient(a, bits);
        double fb = IntegerLines.scaledCoefficient(b, bits);
        double fc = IntegerLines.scaledCoefficient(c, bits);
        boolean ok = IntegerLines.isFilterable(a, fa) && IntegerLines.isFilterable(b, fb)
                && IntegerLines.isFilterable(c, fc);
        return ok ? new double[] {fa, fb, fc} : null;
    }

    /** The staged sign: triage when every line is filterable, else exact; must equal the exact sign. */
    private static void checkDet3(BigInteger[] i, BigInteger[] j, BigInteger[] k) {
        int exact = IntegerLines.det3(i[0], i[1], i[2], j[0], j[1], j[2], k[0], k[1], k[2]).signum();
        double[] si = scaled(i[0], i[1], i[2]);
        double[] sj = scaled(j[0], j[1], j[2]);
        double[] sk = scaled(k[0], k[1], k[2]);
        if (si != null && sj != null && sk != null) {
            int t = IntegerLines.triageDet3(si[0], si[1], si[2], sj[0], sj[1], sj[2], sk[0], sk[1], sk[2]);
            if (t != Rounding.UNCERTAIN) {
                assertEquals(exact, t);
            }
            int t2 = IntegerLines.triageDet2(si[0], si[1], sj[0], sj[1]);
            if (t2 != Rounding.UNCERTAIN) {
                assertEquals(IntegerLines.det2(i[0], i[1], j[0], j[1]).signum(), t2);
            }
        }
    }

    @Test
    void testScaledCoefficient_correctlyRoundedBeyond64Bits() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 2_000; n++) {
            BigInteger v = new BigInteger(60 + random.nextInt(200), new java.util.Random(random.nextLong()));
            if (random.nextBoolean()) {
                v = v.negate();
            }
            int bits = v.bitLength() + random.nextInt(5);
            double expected = new BigDecimal(v).round(MathContext.DECIMAL128).doubleValue();
            BigDecimal exact = new BigDecimal(v);
            double got = Math.scalb(IntegerLines.scaledCoefficient(v, bits), bits - 1);
            if (Double.isFinite(got) && v.signum() != 0) {
                // got is the nearest double: no double lies strictly closer to v
                BigDecimal err = new BigDecimal(got).subtract(exact).abs();
                BigDecimal up = new BigDecimal(Math.nextUp(got)).subtract(exact).abs();
                BigDecimal down = new BigDecimal(Math.nextDown(got)).subtract(exact).abs();
                assertTrue(err.compareTo(up) <= 0 && err.compareTo(down) <= 0, v::toString);
                assertEquals(Math.signum(expected), Math.signum(got));
            }
        }
    }

    @Test
    void testIsFilterable_coefficientFarBelowTheLargest() {
        BigInteger huge = BigInteger.ONE.shiftLeft(1100);
        int bits = huge.bitLength();
        double one = IntegerLines.scaledCoefficient(BigInteger.ONE, bits);
        assertEquals(0.0, one);
        assertFalse(IntegerLines.isFilterable(BigInteger.ONE, one));
        assertTrue(IntegerLines.isFilterable(BigInteger.ZERO, 0.0));
        assertTrue(IntegerLines.isFilterable(huge, IntegerLines.scaledCoefficient(huge, bits)));
    }

    @Test
    void testTriage_knownSigns() {
        assertEquals(1, IntegerLines.triageDet2(1, 0, 0, 1));
        assertEquals(-1, IntegerLines.triageDet2(0, 1, 1, 0));
        assertEquals(0, IntegerLines.triageDet2(0, 1, 0, 1));
        assertEquals(Rounding.UNCERTAIN, IntegerLines.triageDet2(1, 1, 2, 2));
        assertEquals(1, IntegerLines.triageDet3(1, 0, 0, 0, 1, 0, 0, 0, 1));
        assertEquals(-1, IntegerLines.det3(big(1), big(0), big(0), big(0), big(1), big(0), big(1), big(1), big(-1))
                .signum());
        assertEquals(0, IntegerLines.det2(big(1), big(1), big(2), big(2)).signum());
    }

    @Test
    void testTriage_concurrentAndNearlyConcurrentLinesMatchExact() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 3_000; n++) {
            // three lines through one integer point (x0, y0), some moved by one unit of c
            long x0 = random.nextLong(-1_000_000, 1_000_000);
            long y0 = random.nextLong(-1_000_000, 1_000_000);
            BigInteger[][] l = new BigInteger[3][];
            for (int q = 0; q < 3; q++) {
                BigInteger a = BigInteger.valueOf(random.nextLong(-1L << 40, 1L << 40));
                BigInteger b = BigInteger.valueOf(random.nextLong(-1L << 40, 1L << 40));
                if (random.nextInt(4) == 0) {
                    a = a.shiftLeft(random.nextInt(600));
                }
                BigInteger c = a.multiply(big(x0)).add(b.multiply(big(y0))).negate();
                c = c.add(big(random.nextInt(3) - 1));
                l[q] = new BigInteger[] {a, b, c};
            }
            checkDet3(l[0], l[1], l[2]);
            checkDet3(l[0], l[0], l[2]);
        }
    }
}

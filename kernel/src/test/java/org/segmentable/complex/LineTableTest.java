package org.segmentable.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineTableTest {

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    @Test
    void testDet2_coefficientFarBelowTheLargestDecidedExactly() {
        // a = 1 scales to the double 0 next to b = 2^1100: the lines are not parallel (det2 = 1)
        BigInteger huge = BigInteger.ONE.shiftLeft(1100);
        LineTable t = new LineTable(3);
        t.set(0, BigInteger.ONE, huge, BigInteger.ZERO);
        t.set(1, BigInteger.ONE, huge.add(BigInteger.ONE), BigInteger.ZERO);
        t.set(2, BigInteger.ONE, BigInteger.ZERO, big(-1));
        assertEquals(1, t.det2(0, 1));
        assertEquals(-1, t.det2(1, 0));
        assertEquals(t.det3Exact(0, 1, 2).signum(), t.det3(0, 1, 2));
    }

    @Test
    void testSideAt_concurrentAndNearlyConcurrentLinesMatchExact() {
        SplittableRandom random = new SplittableRandom(13);
        LineTable t = new LineTable(3);
        for (int n = 0; n < 2_000; n++) {
            long x0 = random.nextLong(-1_000_000, 1_000_000);
            long y0 = random.nextLong(-1_000_000, 1_000_000);
            for (int q = 0; q < 3; q++) {
                BigInteger a = big(random.nextLong(-1L << 30, 1L << 30)).shiftLeft(random.nextInt(4) == 0 ? 400 : 0);
                BigInteger b = big(random.nextLong(1, 1L << 30));
                BigInteger c = a.multiply(big(x0)).add(b.multiply(big(y0))).negate().add(big(random.nextInt(3) - 1));
                t.set(q, a, b, c);
            }
            int exact3 = t.det3Exact(0, 1, 2).signum();
            int exact2 = t.ia[0].multiply(t.ib[1]).subtract(t.ia[1].multiply(t.ib[0])).signum();
            assertEquals(exact3, t.det3(0, 1, 2));
            assertEquals(exact2, t.det2(0, 1));
            assertEquals(exact3 * exact2, t.sideAt(0, 1, 2));
        }
    }
}

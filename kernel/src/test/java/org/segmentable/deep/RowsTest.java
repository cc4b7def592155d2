package org.segmentable.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

/** Digits, digit rows and the double rows' error bounds against exact BigInteger and Rational references. */
class RowsTest {

    @Test
    void testDigits_writeAndRead_signedValuesAtTheLimits() {
        SplittableRandom r = new SplittableRandom(3);
        for (int d = 1; d <= 6; d++) {
            BigInteger limit = BigInteger.ONE.shiftLeft(26 * d - 1).subtract(BigInteger.ONE);
            for (BigInteger v : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(), limit,
                limit.negate(), new BigInteger(26 * d - 1, new java.util.Random(r.nextLong())).negate()}) {
                long[] x = Digits.of(v, d);
                assertEquals(v, Digits.toBig(x, 0, d), v + " in " + d + " digits");
                for (int t = 0; t < d - 1; t++) {
                    assertTrue(x[t] >= 0 && x[t] < (1L << 26), "normalized digit");
                }
            }
            BigInteger tooBig = BigInteger.ONE.shiftLeft(26 * d);
            int dd = d;
            assertThrows(IllegalArgumentException.class, () -> Digits.of(tooBig, dd));
        }
    }

    @Test
    void testDigits_normalizeAndNarrowKeepTheValue() {
        SplittableRandom r = new SplittableRandom(5);
        for (int rep = 0; rep < 200; rep++) {
            int n = 2 + r.nextInt(5);
            long[] acc = new long[n];
            BigInteger value = BigInteger.ZERO;
            for (int t = 0; t < n; t++) {
                acc[t] = r.nextLong(-(1L << 60), 1L << 60);
                value = value.add(BigInteger.valueOf(acc[t]).shiftLeft(26 * t));
            }
            Digits.normalize(acc, 0, n);
            assertEquals(value, Digits.toBig(acc, 0, n));
            int d = Digits.count(value.abs());
            if (d <= n) {
                long[] out = new long[d];
                Digits.narrow(acc, 0, n, out, 0, d);
                assertEquals(value, Digits.toBig(out, 0, d));
            }
        }
    }

    /** Networks with duplicate neurons, zero rows, huge and tiny weights and non-double (rational) weights. */
    private static Vector<Mlp> networks() {
        Mlp random = RandomMlp.kaimingUniform(8, 2, 9, 8, 7, 2);
        DenseLayer l1 = random.layers().get(1);
        Vector<Vector<Rational>> w = l1.w()
                .update(0, l1.w().get(1))
                .update(2, l1.w().get(2).map(x -> Rational.ZERO))
                .update(3, l1.w().get(3).update(0, Rational.ofBinary(1, -60)))
                .update(4, l1.w().get(4).update(1, Rational.ofBinary(5, 4)))
                .update(5, l1.w().get(5).update(2, Rational.of(1, 3)));
        Vector<Rational> b = l1.b().update(2, Rational.ZERO).update(6, Rational.of(-2, 7));
        Mlp odd = Mlp.of(Vector.of(random.layers().get(0), DenseLayer.of(w, b), random.layers().get(2),
                random.layers().get(3))).get();
        return Vector.of(random, odd);
    }

    private static long[] bits(SplittableRandom r, int n) {
        long[] bits = new long[(n + 63) / 64];
        for (int i = 0; i < n; i++) {
            if (r.nextBoolean()) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }

    /** The exact value of row {@code j} of cell {@code c} against its doubles and radius, coefficient by coefficient. */
    private static void assertWithinBound(ScaledNetwork net, LayerCell c, String where) {
        for (int j = 0; j < c.width(); j++) {
            BigInteger[] exact = ExactRows.row(net, c, j);
            for (int q = 0; q < 3; q++) {
                Rational x = Rational.of(exact[q], net.denom[c.depth]);
                Rational err = x.subtract(Rational.of(c.approx[q][j])).abs();
                Rational bound = Rational.of(c.radius(q, j));
                assertTrue(err.compareTo(bound) <= 0, where + " row " + j + "." + q + ": error " + err.doubleValue()
                        + " above " + bound.doubleValue());
            }
        }
    }

    @Test
    void testApproxRows_freshAndUpdatedRowsWithinTheirBounds() {
        SplittableRandom r = new SplittableRandom(11);
        for (Mlp m : networks()) {
            ScaledNetwork net = new ScaledNetwork(m, AffineSlice.identity());
            LayerCell root = ApproxRows.root(net);
            assertWithinBound(net, root, "root");
            for (int rep = 0; rep < 3; rep++) {
                double[][] into1 = new double[3][net.width[1]];
                LayerCell c1 = ApproxRows.child(net, root, bits(r, net.width[0]), null, into1);
                assertWithinBound(net, c1, "fresh depth 1");
                double[][] into2 = new double[3][net.width[2]];
                LayerCell prev = null;
                // a chain of siblings longer than CHAIN: updates, then a fresh sum, then updates again
                long[] pattern = bits(r, net.width[1]);
                for (int step = 0; step < ApproxRows.CHAIN + 8; step++) {
                    pattern = pattern.clone();
                    int flip = r.nextInt(net.width[1]);
                    pattern[flip >>> 6] ^= 1L << flip;
                    LayerCell c2 = ApproxRows.child(net, c1, pattern, prev, into2);
                    assertWithinBound(net, c2, "depth 2 step " + step + " chain " + c2.chain);
                    prev = c2;
                }
                assertTrue(prev.chain < ApproxRows.CHAIN, "the chain was restarted");
            }
        }
    }

    @Test
    void testDigitRows_freshAndUpdatedEqualBigIntegerRows() {
        SplittableRandom r = new SplittableRandom(13);
        for (Mlp m : networks()) {
            ScaledNetwork fast = new ScaledNetwork(m, AffineSlice.identity(), true);
            ScaledNetwork slow = new ScaledNetwork(m, AffineSlice.identity(), false);
            assertTrue(fast.fast, "the digit path applies");
            for (int rep = 0; rep < 20; rep++) {
                long[] bits0 = bits(r, fast.width[0]);
                int[] act0 = ApproxRows.indices(bits0);
                long[][] prev = new long[fast.width[0]][];
                for (int i = 0; i < fast.width[0]; i++) {
                    prev[i] = fast.exactRows.first(i);
                }
                long[][] all = fast.exactRows.all(1, act0, prev);
                BigInteger[][] big1 = new BigInteger[fast.width[1]][];
                for (int j = 0; j < fast.width[1]; j++) {
                    long[] row = fast.exactRows.row(1, j, act0, prev);
                    big1[j] = slow.row(1, j, act0, slow.first);
                    assertEquals(Vector.of(big1[j]), Vector.of(fast.exactRows.toBig(1, row)));
                    assertEquals(Vector.of(big1[j]), Vector.of(fast.exactRows.toBig(1, all[j])), "all rows at once");
                    long[] other = bits(r, fast.width[0]);
                    long[] updated = fast.exactRows.update(1, j, row, other, bits0, prev);
                    assertEquals(Vector.of(slow.row(1, j, ApproxRows.indices(other), slow.first)),
                            Vector.of(fast.exactRows.toBig(1, updated)));
                }
                // the next layer from these rows: more digits per input row
                int[] act1 = ApproxRows.indices(bits(r, fast.width[1]));
                long[][] all2 = fast.exactRows.all(2, act1, all);
                for (int j = 0; j < fast.width[2]; j++) {
                    BigInteger[] expected = slow.row(2, j, act1, big1);
                    assertEquals(Vector.of(expected), Vector.of(fast.exactRows.toBig(2, fast.exactRows.row(2, j, act1, all))));
                    assertEquals(Vector.of(expected), Vector.of(fast.exactRows.toBig(2, all2[j])), "all rows of layer 2");
                }
            }
        }
    }
}

package org.segmentable.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FractionSumTest {

    private static final BigInteger TWO = BigInteger.TWO;

    /** The naive reference: one {@link Rational#add} after the other. */
    private static Rational naive(List<Rational> terms) {
        Rational s = Rational.ZERO;
        for (Rational r : terms) {
            s = s.add(r);
        }
        return s;
    }

    /** Same value, numerator, denominator and representation. */
    private static void assertSame(Rational expected, Rational actual, String what) {
        assertEquals(expected, actual, what);
        assertEquals(expected.numerator(), actual.numerator(), what);
        assertEquals(expected.denominator(), actual.denominator(), what);
        assertEquals(expected.isSmall(), actual.isSmall(), what);
    }

    /** Terms of every kind: huge and tiny magnitudes, powers of two, shared denominators, zeros. */
    private static List<Rational> terms(Random rnd, int n) {
        List<Rational> out = new ArrayList<>();
        BigInteger shared = new BigInteger(1 + rnd.nextInt(300), rnd).add(BigInteger.ONE);
        for (int i = 0; i < n; i++) {
            BigInteger num = new BigInteger(1 + rnd.nextInt(80), rnd);
            if (rnd.nextBoolean()) {
                num = num.negate();
            }
            Rational r = switch (rnd.nextInt(7)) {
                case 0 -> Rational.of(num, shared); // many equal denominators
                case 1 -> Rational.of(num, BigInteger.ONE.shiftLeft(rnd.nextInt(1100))); // tiny, binary
                case 2 -> Rational.of(num.shiftLeft(rnd.nextInt(1100))); // huge integers
                case 3 -> Rational.of(rnd.nextInt(2001) - 1000, 1 + rnd.nextInt(60)); // small (long path)
                case 4 -> Rational.ZERO;
                case 5 -> Rational.of(Math.scalb(rnd.nextDouble() - 0.5, rnd.nextInt(2000) - 1000)); // any double
                default -> Rational.of(num, new BigInteger(1 + rnd.nextInt(200), rnd).add(BigInteger.ONE));
            };
            out.add(r);
        }
        return out;
    }

    @Test
    void testSum_examples() {
        assertEquals(Rational.of(5, 6), FractionSum.create().add(Rational.of(1, 2)).add(Rational.of(1, 3)).sum());
        assertEquals(Rational.of(5, 12), FractionSum.factored().add(BigInteger.ONE, TWO, new long[] {2}, 1)
                .add(BigInteger.ONE, BigInteger.valueOf(3), new long[] {3}, 1).dividedBy(TWO));
        assertEquals(Rational.ONE, FractionSum.of(List.of(Rational.of(1, 2), Rational.of(1, 3), Rational.of(1, 6))));
        assertEquals(Rational.of(1, 6), FractionSum.create().add(Rational.of(1, 3)).dividedBy(TWO));
        assertEquals(Rational.ZERO, FractionSum.create().sum());
        assertEquals(Rational.ZERO, FractionSum.factored().dividedBy(TWO));
        assertEquals(Rational.ZERO, FractionSum.of(List.of()));
    }

    @Test
    void testSum_agreesWithNaiveRationalSum() {
        Random rnd = new Random(13);
        for (int round = 0; round < 120; round++) {
            List<Rational> ts = terms(rnd, rnd.nextInt(round < 60 ? 10 : 150));
            Rational expected = naive(ts);
            FractionSum rationals = FractionSum.create();
            FractionSum unreduced = FractionSum.create();
            FractionSum factored = FractionSum.factored();
            for (Rational r : ts) {
                rationals.add(r);
                // the same term, not in lowest terms: scaled by a random factor and a power of two
                BigInteger k = BigInteger.valueOf(1 + rnd.nextInt(1000)).shiftLeft(rnd.nextInt(70));
                unreduced.add(r.numerator().multiply(k), r.denominator().multiply(k));
                factored.add(r);
            }
            assertSame(expected, rationals.sum(), "rationals, round " + round);
            assertSame(expected, unreduced.sum(), "unreduced, round " + round);
            assertSame(expected, factored.sum(), "factored, round " + round);
            assertSame(expected, FractionSum.of(ts), "of, round " + round);
            BigInteger q = BigInteger.valueOf(1 + rnd.nextInt(90)).shiftLeft(rnd.nextInt(5));
            Rational quotient = expected.divide(Rational.of(q, BigInteger.ONE));
            assertSame(quotient, rationals.dividedBy(q), "rationals / q, round " + round);
            assertSame(quotient, factored.dividedBy(q), "factored / q, round " + round);
        }
    }

    @Test
    void testSum_manyEqualDenominators() {
        BigInteger d = BigInteger.valueOf(3).pow(200).multiply(BigInteger.ONE.shiftLeft(90));
        List<Rational> ts = new ArrayList<>();
        FractionSum s = FractionSum.create();
        for (int i = 0; i < 5000; i++) {
            BigInteger n = BigInteger.valueOf(i * 7919L - 20_000_000L);
            ts.add(Rational.of(n, d));
            s.add(n, d);
        }
        assertSame(naive(ts), s.sum(), "shared denominator");
    }

    @Test
    void testAddAll_sameAsOneSum() {
        Random rnd = new Random(5);
        for (int round = 0; round < 100; round++) {
            List<Rational> ts = terms(rnd, rnd.nextInt(60));
            int cut = ts.isEmpty() ? 0 : rnd.nextInt(ts.size() + 1);
            for (boolean factored : new boolean[] {false, true}) {
                FractionSum a = factored ? FractionSum.factored() : FractionSum.create();
                FractionSum b = factored ? FractionSum.factored() : FractionSum.create();
                ts.subList(0, cut).forEach(a::add);
                ts.subList(cut, ts.size()).forEach(b::add);
                Rational bAlone = b.sum();
                assertSame(naive(ts), a.addAll(b).sum(), "factored " + factored + ", round " + round);
                assertSame(bAlone, b.sum(), "other unchanged");
            }
        }
    }

    @Test
    void testFactored_denominatorsAsProductsOfFactors() {
        Random rnd = new Random(21);
        for (int round = 0; round < 200; round++) {
            List<Rational> ts = new ArrayList<>();
            FractionSum s = FractionSum.factored();
            FractionSum plain = FractionSum.create();
            for (int t = rnd.nextInt(round < 100 ? 6 : 60); t > 0; t--) {
                int k = rnd.nextInt(8);
                long[] f = new long[k + 2]; // room left over: only the first k count
                BigInteger den = BigInteger.ONE;
                for (int i = 0; i < k; i++) {
                    // shared small primes, repeated factors, some near 2^62
                    f[i] = switch (rnd.nextInt(4)) {
                        case 0 -> 1 + rnd.nextInt(12);
                        case 1 -> (long) (1 + rnd.nextInt(50)) * (1 + rnd.nextInt(50));
                        case 2 -> 1 + (rnd.nextLong() >>> 2);
                        default -> i > 0 ? f[rnd.nextInt(i)] : 6;
                    };
                    den = den.multiply(BigInteger.valueOf(f[i]));
                }
                f[k] = -1; // beyond count: never read
                BigInteger num = new BigInteger(1 + rnd.nextInt(200), rnd).multiply(
                        rnd.nextInt(3) == 0 ? den : BigInteger.ONE).multiply(BigInteger.valueOf(rnd.nextBoolean() ? 1 : -1));
                ts.add(Rational.of(num, den));
                s.add(num, den, f, k);
                plain.add(num, den, f, k);
            }
            assertSame(naive(ts).divide(Rational.of(2)), s.dividedBy(TWO), "round " + round);
            assertSame(naive(ts), plain.sum(), "plain, round " + round);
        }
    }

    @Test
    void testAdd_refusesBadArguments() {
        FractionSum s = FractionSum.create();
        var e = assertThrows(IllegalArgumentException.class, () -> s.add(BigInteger.ONE, BigInteger.ZERO));
        assertEquals("denominator is not positive: 0", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FractionSum.factored().add(BigInteger.ONE, BigInteger.valueOf(3), new long[] {3, 0}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> FractionSum.factored().add(BigInteger.ONE, BigInteger.valueOf(3), new long[] {3}, 2));
        assertThrows(IllegalArgumentException.class, () -> s.addAll(FractionSum.factored()));
        assertThrows(IllegalArgumentException.class, () -> s.dividedBy(BigInteger.ZERO));
        assertThrows(NullPointerException.class, () -> s.add((Rational) null));
        assertThrows(NullPointerException.class, () -> FractionSum.of(null));
    }
}

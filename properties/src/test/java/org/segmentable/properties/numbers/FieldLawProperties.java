package org.segmentable.properties.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.segmentable.numbers.FactoredFraction;
import org.segmentable.numbers.Rational;

/**
 * Rational arithmetic obeys the field laws, across the long/BigInteger boundary; a sum over the
 * product of the denominators, reduced by {@link FactoredFraction}, equals the sum.
 */
class FieldLawProperties {

    private static final org.quicktheories.core.Gen<Rational> R = NumberGenerators.RATIONALS;

    @Test
    void testAdd_associativeCommutative() {
        qt().withExamples(2_000).forAll(R, R, R).checkAssert((a, b, c) -> {
            assertEquals(a.add(b).add(c), a.add(b.add(c)));
            assertEquals(a.add(b), b.add(a));
        });
    }

    @Test
    void testMultiply_associativeCommutative() {
        qt().withExamples(2_000).forAll(R, R, R).checkAssert((a, b, c) -> {
            assertEquals(a.multiply(b).multiply(c), a.multiply(b.multiply(c)));
            assertEquals(a.multiply(b), b.multiply(a));
        });
    }

    @Test
    void testMultiply_distributesOverAdd() {
        qt().withExamples(2_000).forAll(R, R, R).checkAssert((a, b, c) ->
                assertEquals(a.multiply(b.add(c)), a.multiply(b).add(a.multiply(c))));
    }

    @Test
    void testInverses() {
        qt().withExamples(2_000).forAll(R, R).checkAssert((a, b) -> {
            assertEquals(Rational.ZERO, a.add(a.negate()));
            assertEquals(a, a.subtract(b).add(b));
            if (!a.isZero()) {
                assertEquals(Rational.ONE, a.multiply(a.reciprocal()));
                assertEquals(b, b.divide(a).multiply(a));
            }
            assertEquals(a, a.add(Rational.ZERO));
            assertEquals(a, a.multiply(Rational.ONE));
        });
    }

    @Test
    void testCompareTo_agreesWithSubtraction() {
        qt().withExamples(2_000).forAll(R, R).checkAssert((a, b) -> {
            assertEquals(a.subtract(b).signum(), Integer.signum(a.compareTo(b)));
            assertEquals(a.equals(b), a.compareTo(b) == 0);
            assertEquals(-Integer.signum(a.compareTo(b)), Integer.signum(b.compareTo(a)));
        });
    }

    @Test
    void testFactoredFraction_sumOverTheProductOfDenominators() {
        qt().withExamples(500).forAll(lists().of(R).ofSizeBetween(1, 40)).checkAssert(rs -> {
            // n / (d_1 ... d_k) with n = sum_i n_i prod_{j != i} d_j, every d_i given as a factor
            BigInteger num = BigInteger.ZERO;
            BigInteger den = BigInteger.ONE;
            io.vavr.collection.Vector<BigInteger> factors = io.vavr.collection.Vector.empty();
            Rational sum = Rational.ZERO;
            for (Rational r : rs) {
                num = num.multiply(r.denominator()).add(r.numerator().multiply(den));
                den = den.multiply(r.denominator());
                factors = factors.append(r.denominator());
                sum = sum.add(r);
            }
            long[] small = factors.filter(f -> f.bitLength() < 63).map(BigInteger::longValue).toJavaStream()
                    .mapToLong(Long::longValue).toArray();
            assertEquals(sum, FactoredFraction.of(num, small, factors.filter(f -> f.bitLength() >= 63)));
        });
    }
}

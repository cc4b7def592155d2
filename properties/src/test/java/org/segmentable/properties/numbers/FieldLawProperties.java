package org.segmentable.properties.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.segmentable.numbers.FractionSum;
import org.segmentable.numbers.Rational;

/**
 * Rational arithmetic obeys the field laws, across the long/BigInteger boundary; the exact sum of
 * {@link FractionSum}, in either mode, equals one-by-one addition.
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
    void testFractionSum_agreesWithOneByOneAddition() {
        qt().withExamples(500).forAll(lists().of(R).ofSizeBetween(0, 40)).checkAssert(rs -> {
            // plain (Rationals and unreduced BigInteger pairs) and factored (each denominator one factor)
            Rational sum = Rational.ZERO;
            FractionSum plain = FractionSum.create();
            FractionSum pairs = FractionSum.create();
            FractionSum factored = FractionSum.factored();
            for (Rational r : rs) {
                sum = sum.add(r);
                plain.add(r);
                pairs.add(r.numerator().shiftLeft(3), r.denominator().shiftLeft(3));
                factored.add(r.numerator(), r.denominator());
            }
            assertEquals(sum, plain.sum());
            assertEquals(sum, pairs.sum());
            assertEquals(sum, factored.sum());
            assertEquals(sum, FractionSum.of(rs));
        });
    }
}

package org.segmentable.properties.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.predicates.Orientation;
import org.segmentable.predicates.Order;
import org.segmentable.predicates.Side;

/** The filtered predicates always agree with pure exact rational arithmetic. */
class PredicateProperties {

    private static final Gen<double[]> TRIPLES = Generate.oneOf(NumberGenerators.RANDOM_TRIPLES,
            NumberGenerators.COLLINEAR_TRIPLES, NumberGenerators.NEAR_COLLINEAR_TRIPLES);

    @Test
    void testOrientation_filteredEqualsExact() {
        qt().withExamples(3_000).forAll(TRIPLES).checkAssert(p -> {
            Point2[] q = NumberGenerators.points(p);
            int exact = Orientation.indexExact(q[0], q[1], q[2]);
            assertEquals(exact, Orientation.index(p[0], p[1], p[2], p[3], p[4], p[5]));
            assertEquals(exact, Orientation.index(q[0], q[1], q[2]));
            assertEquals(-exact, Orientation.index(p[2], p[3], p[0], p[1], p[4], p[5])); // swap a and b
        });
    }

    @Test
    void testOrientation_hitsExactCollinearity() {
        int[] collinear = {0};
        qt().withExamples(1_000).forAll(NumberGenerators.COLLINEAR_TRIPLES).checkAssert(p -> {
            int filtered = Orientation.index(p[0], p[1], p[2], p[3], p[4], p[5]);
            Point2[] q = NumberGenerators.points(p);
            assertEquals(Orientation.indexExact(q[0], q[1], q[2]), filtered);
            if (filtered == 0) {
                collinear[0]++;
            }
        });
        // the generator must really produce degenerate input, or the property above is toothless
        assertEquals(true, collinear[0] > 50, "only " + collinear[0] + " collinear triples");
    }

    @Test
    void testOrientation_rationalTriplesFilteredEqualsExact() {
        qt().withExamples(1_000).forAll(NumberGenerators.RATIONAL_COLLINEAR_TRIPLES).checkAssert(q ->
                assertEquals(Orientation.indexExact(q[0], q[1], q[2]), Orientation.index(q[0], q[1], q[2])));
    }

    @Test
    void testSide_filteredEqualsExact() {
        // the line through a and b: (a_y - b_y)·x + (b_x - a_x)·y + (a_x b_y - a_y b_x); c on or next to it
        qt().withExamples(3_000).forAll(TRIPLES).checkAssert(p -> {
            double a = p[1] - p[3];
            double b = p[2] - p[0];
            double c = p[0] * p[3] - p[1] * p[2];
            HalfPlane h = HalfPlane.of(org.segmentable.numbers.Rational.of(a), org.segmentable.numbers.Rational.of(b),
                    org.segmentable.numbers.Rational.of(c));
            Point2 point = Point2.of(p[4], p[5]);
            int exact = Side.ofExact(h, point);
            assertEquals(exact, Side.of(a, b, c, p[4], p[5]));
            assertEquals(exact, Side.of(h, point));
        });
    }

    @Test
    void testOrder_filteredEqualsExact() {
        qt().withExamples(3_000).forAll(TRIPLES).checkAssert(p -> {
            // direction a, points b and c
            Point2[] q = NumberGenerators.points(p);
            int exact = Order.compareExact(q[0], q[1], q[2]);
            assertEquals(exact, Order.compare(p[0], p[1], p[2], p[3], p[4], p[5]));
            assertEquals(exact, Order.compare(q[0], q[1], q[2]));
            assertEquals(-exact, Order.compare(q[0], q[2], q[1]));
        });
    }
}

package org.segmentable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/** The shortcuts of {@link Assembly} against their plain versions. */
class AssemblyTest {

    /** The first lexicographically smallest vertex, by exact comparisons only. */
    private static int naiveLowest(List<Point2> cycle) {
        int best = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i).compareTo(cycle.get(best)) < 0) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void testLowest_equalDoublesAreComparedExactly() {
        Rational one = Rational.ONE;
        Rational above = one.add(Rational.ofBinary(1, -70)); // the same double as 1
        Rational below = one.subtract(Rational.ofBinary(1, -70));
        List<Point2> cycle = List.of(Point2.of(above, Rational.ZERO), Point2.of(one, Rational.TWO),
                Point2.of(below, Rational.of(5)), Point2.of(one, Rational.ONE), Point2.of(below, Rational.of(5)));
        assertEquals(2, Assembly.lowest(cycle));
        assertEquals(naiveLowest(cycle), Assembly.lowest(cycle));
        List<Point2> ties = List.of(Point2.of(one, Rational.ONE), Point2.of(above, Rational.ZERO),
                Point2.of(one, Rational.ZERO), Point2.of(one, Rational.ZERO));
        assertEquals(2, Assembly.lowest(ties));
    }

    @Test
    void testLowest_randomCyclesAgreeWithExactComparisons() {
        SplittableRandom r = new SplittableRandom(5);
        for (int t = 0; t < 300; t++) {
            List<Point2> cycle = new ArrayList<>();
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                Rational x = Rational.of(r.nextInt(5)).add(Rational.ofBinary(r.nextInt(3) - 1, -60 - r.nextInt(3)));
                cycle.add(Point2.of(x, Rational.of(r.nextInt(3))));
            }
            assertEquals(naiveLowest(cycle), Assembly.lowest(cycle), cycle::toString);
        }
    }

    @Test
    void testSimpleCycles_lookingUpOnlyThePointsThatMayRepeatGivesTheSameCycles() {
        SplittableRandom r = new SplittableRandom(9);
        for (int t = 0; t < 300; t++) {
            // a walk of distinct "inner" points and a few "line" points (y = 0) that recur
            List<Point2> walk = new ArrayList<>();
            BitSet line = new BitSet();
            int inner = 1;
            int n = 3 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                if (r.nextInt(3) == 0) {
                    line.set(walk.size());
                    walk.add(Point2.of(r.nextInt(4), 0));
                } else {
                    walk.add(Point2.of(inner, inner * inner + 1L));
                    inner++;
                }
            }
            assertEquals(Assembly.simpleCycles(walk), Assembly.simpleCycles(walk, line), walk::toString);
        }
    }
}

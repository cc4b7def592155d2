package org.segmentable.predicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

class AngularTest {

    /** The eight compass directions, counter-clockwise from +x. */
    private static final Point2[] COMPASS = {
        Point2.of(1, 0), Point2.of(1, 1), Point2.of(0, 1), Point2.of(-1, 1),
        Point2.of(-1, 0), Point2.of(-1, -1), Point2.of(0, -1), Point2.of(1, -1)};

    @Test
    void testCompare_compassInCounterClockwiseOrder() {
        Point2 o = Point2.of(Rational.of(1, 3), Rational.of(-2, 7));
        for (int i = 0; i < COMPASS.length; i++) {
            for (int j = 0; j < COMPASS.length; j++) {
                Point2 a = o.add(COMPASS[i]);
                Point2 b = o.add(COMPASS[j]);
                assertEquals(Integer.compare(i, j), Angular.compare(o, a, b), i + " vs " + j);
            }
        }
    }

    @Test
    void testCompare_sameDirectionAtOtherLengthIsEqual() {
        Point2 o = Point2.of(2, 5);
        assertEquals(0, Angular.compare(o, Point2.of(3, 7), Point2.of(5, 11)));
        assertEquals(0, Angular.compare(o, Point2.of(1, 5), Point2.of(-4, 5)));
    }

    @Test
    void testCompare_antisymmetricAndSortsLikeAtan2() {
        Random r = new Random(5);
        List<Point2> ends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ends.add(Point2.of(r.nextInt(41) - 20, r.nextInt(41) - 20));
        }
        ends.removeIf(p -> p.equals(Point2.ORIGIN));
        for (Point2 a : ends.subList(0, 40)) {
            for (Point2 b : ends.subList(0, 40)) {
                assertEquals(-Angular.compare(Point2.ORIGIN, b, a), Angular.compare(Point2.ORIGIN, a, b));
            }
        }
        List<Point2> sorted = new ArrayList<>(ends);
        Collections.sort(sorted, (a, b) -> Angular.compare(Point2.ORIGIN, a, b));
        double last = -1;
        for (Point2 p : sorted) {
            double angle = Math.atan2(p.y().doubleValue(), p.x().doubleValue());
            double turn = angle < 0 ? angle + 2 * Math.PI : angle; // small integers: atan2 orders them correctly
            assertEquals(true, turn >= last, p.toString());
            last = turn;
        }
    }

    @Test
    void testCompare_halfTurnsBeforeCross() {
        assertEquals(-1, Angular.compare(0, 1, 5));
        assertEquals(1, Angular.compare(1, 0, -5));
        assertEquals(-1, Angular.compare(1, 1, 3));
        assertEquals(0, Angular.compare(0, 0, 0));
        assertEquals(0, Angular.halfTurn(1, 0));
        assertEquals(1, Angular.halfTurn(-1, 0));
        assertEquals(1, Angular.halfTurn(0, -1));
    }
}

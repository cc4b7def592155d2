package org.segmentable.properties.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.segmentable.properties.gen.Draw.range;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;
import org.segmentable.predicates.Side;
import org.segmentable.properties.gen.RationalGens;
import org.segmentable.properties.support.Props;

/**
 * The sign laws of {@code predicates} on near-degenerate triples: the filtered orientation equals
 * the exact one, is invariant under cyclic permutation, translation and positive scaling, and
 * changes sign under a swap; the filtered side of a point against the line through two others
 * equals the exact side and the orientation. Scales include {@code 10^±400}, whose doubles
 * overflow or underflow.
 */
class SignLawProperties {

    /** Three points, the third on the line through the first two or a hair off it, then scaled. */
    record Triple(Point2 a, Point2 b, Point2 c, Rational scale, Rational tx, Rational ty) {
    }

    private static final Rational HUGE = Rational.of(BigInteger.TEN.pow(400));

    static Gen<Triple> triples() {
        Gen<Rational> coordinate = RationalGens.nearDegenerate();
        Gen<Rational> scales = RationalGens.positiveScales();
        return in -> {
            Rational ax = coordinate.generate(in);
            Rational ay = coordinate.generate(in);
            Rational dx = coordinate.generate(in);
            Rational dy = coordinate.generate(in);
            Rational t = Rational.of(range(in, -8, 8, 0), range(in, 1, 4, 1));
            Rational cx = ax.add(t.multiply(dx));
            Rational cy = ay.add(t.multiply(dy)).add(RationalGens.hairOff().generate(in)
                    .multiply(Rational.of(range(in, 0, 1, 0))));
            Rational scale = switch (range(in, 0, 3, 0)) {
                case 0 -> HUGE;
                case 1 -> HUGE.reciprocal();
                default -> scales.generate(in);
            };
            Point2 a = Point2.of(ax.multiply(scale), ay.multiply(scale));
            Point2 b = Point2.of(ax.add(dx).multiply(scale), ay.add(dy).multiply(scale));
            Point2 c = Point2.of(cx.multiply(scale), cy.multiply(scale));
            return new Triple(a, b, c, scales.generate(in), coordinate.generate(in).multiply(scale),
                    coordinate.generate(in));
        };
    }

    private static Point2 moved(Point2 p, Triple t) {
        return Point2.of(p.x().multiply(t.scale()).add(t.tx()), p.y().multiply(t.scale()).add(t.ty()));
    }

    @Test
    void orientation_obeysItsSignLaws() {
        Props.qt(Props.CHEAP).forAll(triples()).checkAssert(t -> {
            int s = Orientation.indexExact(t.a(), t.b(), t.c());
            assertEquals(s, Orientation.index(t.a(), t.b(), t.c()));
            assertEquals(s, Orientation.index(t.b(), t.c(), t.a()));
            assertEquals(-s, Orientation.index(t.b(), t.a(), t.c()));
            assertEquals(s, Orientation.index(moved(t.a(), t), moved(t.b(), t), moved(t.c(), t)));
        });
    }

    @Test
    void side_equalsOrientationAgainstTheLineThroughTwoPoints() {
        Props.qt(Props.CHEAP).forAll(triples()).checkAssert(t -> {
            Rational a = t.a().y().subtract(t.b().y());
            Rational b = t.b().x().subtract(t.a().x());
            if (a.isZero() && b.isZero()) {
                return;
            }
            Rational c = t.a().x().multiply(t.b().y()).subtract(t.b().x().multiply(t.a().y()));
            HalfPlane h = HalfPlane.of(a, b, c);
            int s = Orientation.indexExact(t.a(), t.b(), t.c());
            assertEquals(s, Side.of(h, t.c()));
            assertEquals(s, Side.of(HalfPlane.of(a.multiply(t.scale()), b.multiply(t.scale()),
                    c.multiply(t.scale())), t.c()));
        });
    }
}

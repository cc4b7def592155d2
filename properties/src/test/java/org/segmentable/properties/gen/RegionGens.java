package org.segmentable.properties.gen;

import static org.segmentable.properties.gen.Draw.chance;
import static org.segmentable.properties.gen.Draw.range;

import io.vavr.collection.Vector;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * Valid regions built directly (no kernel operation involved): one or two pieces, each a convex
 * or star-shaped counter-clockwise shell, maybe with a clockwise hole (a shrunken copy of a
 * star-shaped shell about its centre); the second piece lies beside the first, apart or touching
 * it; the whole region scaled (2^-100 to 1e30) and translated.
 *
 * <p>{@code RegionGens.valid().generate(source)} is e.g. a star with a hole beside a triangle.
 */
public final class RegionGens {

    private RegionGens() {
    }

    /** Valid regions of one or two pieces, holes allowed. */
    public static Gen<Region> valid() {
        return in -> {
            Vector<Polygon> pieces = Vector.of(piece(in));
            if (chance(in, 30)) {
                Polygon second = piece(in);
                Rational right = pieces.get(0).shell().vertices().map(Point2::x).max().get();
                Rational left = second.shell().vertices().map(Point2::x).min().get();
                Rational gap = chance(in, 50) ? Rational.ZERO : Rational.of(range(in, 1, 4, 1), 2);
                if (gap.signum() == 0 && extremeCount(pieces.get(0), right) > 1 && extremeCount(second, left) > 1) {
                    // two vertical edges at the contact line could overlap in a segment, which is not
                    // a valid multipolygon (pieces may touch only at points): keep them apart
                    gap = Rational.HALF;
                }
                Point2 shift = Point2.of(right.subtract(left).add(gap), Rational.ZERO);
                pieces = pieces.append(translate(second, shift));
            }
            Rational s = chance(in, 40) ? RationalGens.positiveScales().generate(in) : Rational.ONE;
            Point2 t = chance(in, 30)
                    ? Point2.of(RationalGens.nearDegenerate().generate(in), RationalGens.nearDegenerate().generate(in))
                    : Point2.ORIGIN;
            return Region.of(pieces.map(p -> Polygon.of(Exact.scaleTranslate(p.shell(), s, t),
                    p.holes().map(h -> Exact.scaleTranslate(h, s, t))).get())).get();
        };
    }

    private static Polygon piece(RandomnessSource in) {
        if (chance(in, 35)) {
            return Polygon.of(RingGens.convexRing(in, 3, 8)).get();
        }
        Ring shell = RingGens.starRing(in, Point2.ORIGIN, 4, Rational.of(4), true);
        if (!chance(in, 40)) {
            return Polygon.of(shell).get();
        }
        Rational lambda = Rational.of(range(in, 1, 7, 4), 8);
        Ring hole = Ring.of(shell.vertices().map(p -> p.scale(lambda))).reverse();
        return Polygon.of(shell, Vector.of(hole)).get();
    }

    /** How many shell vertices of p have the abscissa x. */
    private static int extremeCount(Polygon p, Rational x) {
        return p.shell().vertices().count(v -> v.x().equals(x));
    }

    private static Polygon translate(Polygon p, Point2 t) {
        return Polygon.of(Exact.scaleTranslate(p.shell(), Rational.ONE, t),
                p.holes().map(h -> Exact.scaleTranslate(h, Rational.ONE, t))).get();
    }
}

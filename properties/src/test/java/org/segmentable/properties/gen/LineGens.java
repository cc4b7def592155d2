package org.segmentable.properties.gen;

import static org.segmentable.properties.gen.Draw.chance;
import static org.segmentable.properties.gen.Draw.range;

import org.quicktheories.core.RandomnessSource;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * Half-planes aimed at a given ring: through a vertex, along an edge, through two vertices (a
 * diagonal), parallel to an edge, touching a convex ring at one vertex, missing it, constant
 * (positive, zero, negative), or random; then multiplied by a positive rational (which must not
 * change anything) and flipped half the time.
 *
 * <p>{@code LineGens.against(in, ring)} is e.g. the line through {@code ring.vertex(2)} with
 * direction {@code (3, -1)}.
 */
public final class LineGens {

    private LineGens() {
    }

    /**
     * A half-plane chosen to hit a ring in a degenerate way most of the time.
     *
     * @param in the randomness
     * @param ring a ring of at least one vertex
     * @return the half-plane
     */
    public static HalfPlane against(RandomnessSource in, Ring ring) {
        int n = ring.size();
        int kind = range(in, 0, 8, 0);
        HalfPlane h;
        switch (kind) {
            case 0: { // through a vertex, random direction
                Point2 v = ring.vertex(range(in, 0, n - 1));
                h = through(v, direction(in));
                break;
            }
            case 1: { // along an edge
                int i = range(in, 0, n - 1);
                h = throughTwo(ring.vertex(i), ring.vertex(i + 1), in);
                break;
            }
            case 2: { // through two arbitrary vertices
                h = throughTwo(ring.vertex(range(in, 0, n - 1)), ring.vertex(range(in, 0, n - 1)), in);
                break;
            }
            case 3: { // parallel to an edge through the midpoint of another edge or a vertex
                int i = range(in, 0, n - 1);
                Point2 dir = ring.vertex(i + 1).subtract(ring.vertex(i));
                Point2 at = ring.vertex(range(in, 0, n - 1)).add(ring.vertex(range(in, 0, n - 1))).scale(Rational.HALF);
                h = dir.isOrigin() ? through(at, direction(in)) : through(at, dir);
                break;
            }
            case 4: { // supporting line at a vertex: parallel to the chord of its neighbours
                int i = range(in, 0, n - 1);
                Point2 chord = ring.vertex(i + 1).subtract(ring.vertex(i - 1));
                h = through(ring.vertex(i), chord.isOrigin() ? direction(in) : chord);
                break;
            }
            case 5: { // constant
                h = HalfPlane.of(Rational.ZERO, Rational.ZERO, Rational.of(range(in, -1, 1, 0)));
                break;
            }
            case 6: { // missing: through a point far beyond the bounding box
                Rational far = Rational.ONE;
                for (Point2 p : ring.vertices()) {
                    far = far.add(p.x().abs()).add(p.y().abs());
                }
                Point2 dir = direction(in);
                Point2 at = Point2.of(far.multiply(Rational.of(chance(in, 50) ? 2 : -2)), Rational.ZERO);
                h = through(at, Point2.of(Rational.ZERO, Rational.ONE));
                if (chance(in, 50)) {
                    h = through(Point2.of(Rational.ZERO, at.x()), Point2.of(Rational.ONE, Rational.ZERO));
                }
                if (dir.x().signum() < 0) {
                    h = h.negate();
                }
                break;
            }
            default: { // random: through a random point near a vertex, random direction
                Point2 v = ring.vertex(range(in, 0, n - 1));
                Point2 off = Point2.of(RationalGens.nearDegenerate().generate(in), RationalGens.nearDegenerate().generate(in));
                h = through(v.add(off), direction(in));
                break;
            }
        }
        Rational s = chance(in, 30) ? RationalGens.positiveScales().generate(in) : Rational.ONE;
        h = HalfPlane.of(h.a().multiply(s), h.b().multiply(s), h.c().multiply(s));
        return chance(in, 50) ? h.negate() : h;
    }

    /** A non-zero direction with small integer or near-degenerate components. */
    static Point2 direction(RandomnessSource in) {
        Point2 d;
        if (chance(in, 70)) {
            d = Point2.of(range(in, -4, 4, 1), range(in, -4, 4, 0));
        } else {
            d = Point2.of(RationalGens.nearDegenerate().generate(in), RationalGens.nearDegenerate().generate(in));
        }
        return d.isOrigin() ? Point2.of(1, 0) : d;
    }

    /** The function {@code dir × (p - at)}, zero on the line through {@code at} with direction {@code dir}. */
    public static HalfPlane through(Point2 at, Point2 dir) {
        Rational a = dir.y().negate();
        Rational b = dir.x();
        Rational c = a.multiply(at.x()).add(b.multiply(at.y())).negate();
        return HalfPlane.of(a, b, c);
    }

    private static HalfPlane throughTwo(Point2 p, Point2 q, RandomnessSource in) {
        Point2 dir = q.subtract(p);
        return through(p, dir.isOrigin() ? direction(in) : dir);
    }
}

package org.segmentable.ops;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.FractionSum;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Rounding;

/**
 * A region prepared for the exact area of its part {@code h > 0} for many lines {@code h}, without
 * building that part: every ring as a {@link ScaledRing} over one common denominator {@code Q} of
 * all coordinates (a power of two for float or double input). A split then classifies each vertex
 * by a filtered exact sign, builds exact terms only for the {@code k} crossed edges and sums them
 * in a product tree ({@link FractionSum}): {@code O(n)} double operations plus {@code O(k)} exact
 * terms of a few hundred bits, and the exact sum itself, whose denominator is in general the
 * product of the {@code k} crossings' own denominators.
 *
 * <p>Immutable after construction; safe to share between threads. Package-private: reached
 * through {@link Splitter#positiveArea(HalfPlane)}.
 */
final class ScaledRegion {

    /** Regions whose common denominator would exceed this many bits are not scaled. */
    static final int MAX_DENOMINATOR_BITS = 4096;

    private final BigInteger q;
    private final BigInteger twoQSquared;
    private final List<ScaledRing> rings;

    private ScaledRegion(BigInteger q, List<ScaledRing> rings) {
        this.q = q;
        this.twoQSquared = q.multiply(q).shiftLeft(1);
        this.rings = rings;
    }

    /**
     * Prepares a region, or returns null when the common denominator of its coordinates has more
     * than {@link #MAX_DENOMINATOR_BITS} bits (then the caller splits by chains instead).
     */
    static ScaledRegion of(Region region) {
        BigInteger q = commonDenominator(region);
        if (q == null) {
            return null;
        }
        List<ScaledRing> rings = new ArrayList<>();
        for (Polygon p : region.pieces()) {
            rings.add(new ScaledRing(p.shell(), q));
            for (Ring h : p.holes()) {
                rings.add(new ScaledRing(h, q));
            }
        }
        return new ScaledRegion(q, rings);
    }

    /** The lcm of every coordinate's denominator, or null beyond the size limit. */
    private static BigInteger commonDenominator(Region region) {
        BigInteger q = BigInteger.ONE;
        boolean powerOfTwo = true;
        for (Polygon p : region.pieces()) {
            List<Ring> rs = new ArrayList<>();
            rs.add(p.shell());
            rs.addAll(p.holes().asJava());
            for (Ring r : rs) {
                for (Point2 v : r.vertices()) {
                    for (Rational c : new Rational[] {v.x(), v.y()}) {
                        BigInteger d = c.denominator();
                        if (d.equals(q) || d.equals(BigInteger.ONE)) {
                            continue;
                        }
                        if (powerOfTwo && d.bitCount() == 1) {
                            q = d.bitLength() > q.bitLength() ? d : q;
                        } else {
                            q = q.divide(q.gcd(d)).multiply(d);
                            powerOfTwo = q.bitCount() == 1;
                        }
                        if (q.bitLength() > MAX_DENOMINATOR_BITS) {
                            return null;
                        }
                    }
                }
            }
        }
        return q;
    }

    /** The prepared rings, in the order of the region's pieces, each shell before its holes. */
    List<ScaledRing> rings() {
        return rings;
    }

    /** The line {@code h} (not constant) as integers over this region's denominator. */
    Line line(HalfPlane h) {
        return new Line(h, q);
    }

    /** The exact area of the whole region (signed shoelace sums of its rings). */
    Rational area() {
        BigInteger twice = BigInteger.ZERO;
        for (ScaledRing r : rings) {
            twice = twice.add(r.twiceScaledArea());
        }
        return Rational.of(twice, twoQSquared);
    }

    /**
     * The exact area of the part of the region where {@code h > 0}: {@code Split.of(region, h).positiveArea()}.
     *
     * @param h a half-plane (constant or not)
     * @return the exact area
     */
    Rational positiveArea(HalfPlane h) {
        if (h.isConstant()) {
            return h.c().signum() > 0 ? area() : Rational.ZERO;
        }
        Line line = new Line(h, q);
        Terms terms = new Terms();
        for (ScaledRing r : rings) {
            r.accumulate(line, terms);
        }
        BigInteger z = line.w.multiply(terms.runs).add(line.c.multiply(terms.ends));
        FractionSum sum = FractionSum.create();
        for (int i = 0; i < terms.count; i++) {
            sum.add(terms.num[i], terms.den[i]);
        }
        return sum.add(z, BigInteger.ONE).dividedBy(twoQSquared.multiply(line.w));
    }

    /**
     * A line {@code a x + b y + c = 0} as integers for coordinates over {@code Q}: with {@code L} the
     * lcm of the coefficients' denominators, {@code A = aL}, {@code B = bL}, {@code C = cLQ}, so
     * {@code A X + B Y + C = L·Q·h(x, y)} has the sign of {@code h}; plus the coefficients' nearest
     * doubles for the filter.
     */
    static final class Line {
        final BigInteger a;
        final BigInteger b;
        final BigInteger c;
        /** {@code A² + B²}, positive for a non-constant line. */
        final BigInteger w;
        final double da;
        final double db;
        final double dc;
        final boolean filterable;

        Line(HalfPlane h, BigInteger q) {
            BigInteger l = lcm(lcm(h.a().denominator(), h.b().denominator()), h.c().denominator());
            a = integer(h.a(), l);
            b = integer(h.b(), l);
            c = integer(h.c(), l).multiply(q);
            w = a.multiply(a).add(b.multiply(b));
            da = h.a().doubleValue();
            db = h.b().doubleValue();
            dc = h.c().doubleValue();
            filterable = Rounding.isFilterable(h.a(), da) && Rounding.isFilterable(h.b(), db)
                    && Rounding.isFilterable(h.c(), dc);
        }

        private static BigInteger lcm(BigInteger x, BigInteger y) {
            return x.equals(y) ? x : x.divide(x.gcd(y)).multiply(y);
        }

        private static BigInteger integer(Rational r, BigInteger l) {
            return r.numerator().multiply(l.divide(r.denominator()));
        }
    }

    /** The terms of one split, gathered over the rings (mutable, confined to one call). */
    static final class Terms {
        /** Sum of {@code K} over the runs of edges at {@code h >= 0}. */
        BigInteger runs = BigInteger.ZERO;
        /** Sum of {@code ±T} of the vertices on the line where excursions end or start. */
        BigInteger ends = BigInteger.ZERO;
        BigInteger[] num = new BigInteger[8];
        BigInteger[] den = new BigInteger[8];
        int count;

        void add(BigInteger n, BigInteger d) {
            if (count == num.length) {
                num = Arrays.copyOf(num, 2 * count);
                den = Arrays.copyOf(den, 2 * count);
            }
            num[count] = n;
            den[count] = d;
            count++;
        }
    }
}

package org.segmentable.properties.numbers;

import static org.quicktheories.generators.SourceDSL.bigIntegers;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/** Generators of exact numbers and point triples for the numbers and predicates properties. */
final class NumberGenerators {

    private NumberGenerators() {
    }

    /** Longs that favour the overflow edges. */
    static final Gen<Long> EDGY_LONGS = Generate.oneOf(longs().all(), longs().between(-1000, 1000),
            Generate.pick(List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1, 1L << 62,
                    -(1L << 62), (1L << 31) + 1, 0L, 1L, -1L, 2L, 3L)));

    /** Every finite double, by its bits, plus the special values that matter. */
    static final Gen<Double> FINITE_DOUBLES = Generate.oneOf(
            longs().all().map((Long bits) -> finite(Double.longBitsToDouble(bits))),
            Generate.pick(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
                    Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1.0 / 3)));

    /** A finite double: NaN and infinities (exponent all ones) lose their top exponent bit. */
    static double finite(double d) {
        return Double.isNaN(d) || Double.isInfinite(d)
                ? Double.longBitsToDouble(Double.doubleToRawLongBits(d) & ~(1L << 62)) : d;
    }

    /** Rationals: small, at the long edges, and far beyond longs (up to about 2^200). */
    static final Gen<Rational> RATIONALS = Generate.oneOf(
            EDGY_LONGS.zip(EDGY_LONGS, (p, q) -> Rational.of(p, q == 0 ? 1 : q)),
            bigIntegers().ofBytes(25).zip(bigIntegers().ofBytes(12),
                    (p, q) -> Rational.of(p, q.signum() == 0 ? BigInteger.ONE : q)),
            FINITE_DOUBLES.map((Double d) -> Rational.of(d)));

    /** float32 coordinates in [-3, 3] as doubles. */
    static final Gen<Double> FLOAT_COORDINATES = floats().between(-3f, 3f).map((Float f) -> (double) f);

    /** Random float32 triples (six doubles). */
    static final Gen<double[]> RANDOM_TRIPLES = r -> new double[] {FLOAT_COORDINATES.generate(r),
        FLOAT_COORDINATES.generate(r), FLOAT_COORDINATES.generate(r), FLOAT_COORDINATES.generate(r),
        FLOAT_COORDINATES.generate(r), FLOAT_COORDINATES.generate(r)};

    /**
     * Exactly collinear double triples: {@code c = a + t(b - a)} on a grid of {@code 2^-10} with a
     * dyadic {@code t = j/8}, all exact in doubles, optionally with one coordinate of one point
     * moved by one ulp (up or down).
     */
    static final Gen<double[]> COLLINEAR_TRIPLES = r -> {
        Gen<Integer> grid = integers().between(-3 << 10, 3 << 10);
        double ax = grid.generate(r) / 1024.0;
        double ay = grid.generate(r) / 1024.0;
        double bx = grid.generate(r) / 1024.0;
        double by = grid.generate(r) / 1024.0;
        double t = integers().between(-16, 16).generate(r) / 8.0;
        double[] p = {ax, ay, bx, by, ax + t * (bx - ax), ay + t * (by - ay)};
        int nudge = integers().between(-6, 6).generate(r);
        if (nudge != 0) {
            int at = Math.abs(nudge) - 1;
            p[at] = nudge > 0 ? Math.nextUp(p[at]) : Math.nextDown(p[at]);
        }
        return p;
    };

    /**
     * Near-collinear float triples computed in doubles: {@code c = fl(a + t(b - a))}, then 1-ulp moves;
     * most are not exactly collinear but lie within a few ulps of the line.
     */
    static final Gen<double[]> NEAR_COLLINEAR_TRIPLES = r -> {
        double[] p = RANDOM_TRIPLES.generate(r);
        double t = integers().between(-64, 64).generate(r) / 16.0;
        p[4] = p[0] + t * (p[2] - p[0]);
        p[5] = p[1] + t * (p[3] - p[1]);
        int nudge = integers().between(-2, 2).generate(r);
        if (nudge != 0) {
            int at = 3 + Math.abs(nudge);
            p[at] = nudge > 0 ? Math.nextUp(p[at]) : Math.nextDown(p[at]);
        }
        return p;
    };

    /** The three points of a triple. */
    static Point2[] points(double[] p) {
        return new Point2[] {Point2.of(p[0], p[1]), Point2.of(p[2], p[3]), Point2.of(p[4], p[5])};
    }

    /**
     * Exactly collinear rational triples with non-dyadic coordinates ({@code c = a + t(b - a)} for a
     * rational {@code t}), optionally moved off the line by {@code ±10^-k}, {@code k} up to 60.
     */
    static final Gen<Point2[]> RATIONAL_COLLINEAR_TRIPLES = r -> {
        Gen<Rational> small = integers().between(-50, 50).zip(integers().between(1, 40), (p, q) -> Rational.of(p, q));
        Point2 a = Point2.of(small.generate(r), small.generate(r));
        Point2 b = Point2.of(small.generate(r), small.generate(r));
        Rational t = small.generate(r);
        Point2 c = a.add(b.subtract(a).scale(t));
        int k = integers().between(0, 60).generate(r);
        int sign = integers().between(-1, 1).generate(r);
        if (sign != 0 && k > 0) {
            Rational off = Rational.of(BigInteger.valueOf(sign), BigInteger.TEN.pow(k));
            c = Point2.of(c.x(), c.y().add(off));
        }
        return new Point2[] {a, b, c};
    };
}

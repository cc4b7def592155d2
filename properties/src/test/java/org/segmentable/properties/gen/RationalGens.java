package org.segmentable.properties.gen;

import static org.segmentable.properties.gen.Draw.bell;
import static org.segmentable.properties.gen.Draw.range;

import java.math.BigInteger;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.segmentable.numbers.Rational;

/**
 * Exact rationals that stress exact arithmetic: small integers and fractions (many ties and
 * coincidences), dyadics {@code m·2^e} with {@code |e| <= 100} and decimals {@code m·10^e} with
 * {@code |e| <= 30} (magnitudes 1e-30 to 1e30), float32 values, and values one tiny step away
 * from a small integer (near-degenerate). All shrink towards small integers.
 *
 * <p>{@code RationalGens.nearDegenerate().generate(source)} is e.g. {@code 3/8},
 * {@code 1 + 2^-77} or {@code -417e-29}.
 */
public final class RationalGens {

    private RationalGens() {
    }

    /** Integers in {@code [-4, 4]}, shrinking to 0. */
    public static Gen<Rational> smallIntegers() {
        return Generate.range(-4, 4, 0).map(i -> Rational.of(i));
    }

    /** Fractions {@code p/q} with {@code |p| <= 24}, {@code 1 <= q <= 12}. */
    public static Gen<Rational> simpleFractions() {
        return in -> Rational.of(range(in, -24, 24, 0), range(in, 1, 12, 1));
    }

    /** Dyadics {@code m · 2^e}, {@code |m| < 2^24}, {@code -100 <= e <= 100} (about 1e-30 to 1e30). */
    public static Gen<Rational> dyadics() {
        return in -> Rational.ofBinary(range(in, -(1 << 24), 1 << 24, 1), range(in, -100, 100, 0));
    }

    /** Decimals {@code m · 10^e}, {@code |m| <= 9999}, {@code -30 <= e <= 30}. */
    public static Gen<Rational> decimals() {
        return in -> {
            long m = range(in, -9999, 9999, 1);
            int e = range(in, -30, 30, 0);
            return e >= 0 ? Rational.of(BigInteger.valueOf(m).multiply(BigInteger.TEN.pow(e)))
                    : Rational.of(BigInteger.valueOf(m), BigInteger.TEN.pow(-e));
        };
    }

    /** Float32 values of a bell-shaped distribution of standard deviation about {@code sigma}. */
    public static Gen<Rational> float32(double sigma) {
        return in -> {
            long b = bell(in, 1 << 20);
            return Rational.of((float) (b * sigma / (1.1547 * (1 << 20))));
        };
    }

    /** A small integer plus or minus {@code 2^-e}, {@code 40 <= e <= 120}: a hair off a tie. */
    public static Gen<Rational> hairOff() {
        return in -> {
            Rational base = Rational.of(range(in, -3, 3, 0));
            Rational hair = Rational.ofBinary(range(in, 0, 1, 0) == 0 ? 1 : -1, -range(in, 40, 120, 40));
            return base.add(hair);
        };
    }

    /** A mixture of all of the above, with small integers and fractions most frequent. */
    public static Gen<Rational> nearDegenerate() {
        return Generate.frequency(
                Pair.of(4, smallIntegers()),
                Pair.of(3, simpleFractions()),
                Pair.of(2, dyadics()),
                Pair.of(2, decimals()),
                Pair.of(2, float32(1.0)),
                Pair.of(1, hairOff()));
    }

    /** Positive rationals: small integers and fractions, powers of two and ten up to 1e±30. */
    public static Gen<Rational> positiveScales() {
        return Generate.frequency(
                Pair.of(4, (Gen<Rational>) in -> Rational.of(range(in, 1, 9, 1), range(in, 1, 9, 1))),
                Pair.of(2, (Gen<Rational>) in -> Rational.ofBinary(1, range(in, -100, 100, 0))),
                Pair.of(2, (Gen<Rational>) in -> Rational.of(BigInteger.TEN.pow(range(in, 0, 30, 0)))),
                Pair.of(2, (Gen<Rational>) in -> Rational.of(BigInteger.ONE, BigInteger.TEN.pow(range(in, 0, 30, 0)))),
                Pair.of(1, (Gen<Rational>) in -> Rational.of(range(in, 1, 1 << 24, 1)).divide(Rational.of(1 << 23))));
    }

    /** True when {@code |r|} is beyond 1e20 or (non-zero and) below 1e-20. */
    public static boolean extremeMagnitude(Rational r) {
        if (r.isZero()) {
            return false;
        }
        Rational a = r.abs();
        Rational big = Rational.of(BigInteger.TEN.pow(20));
        return a.compareTo(big) > 0 || a.compareTo(big.reciprocal()) < 0;
    }
}

package org.segmentable.numbers;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * The apfloat bridge: exact rational approximations of transcendental values, at a requested
 * number of decimal places.
 *
 * <p><b>Error bound.</b> A result asked for with {@code digits} places is a fraction
 * {@code m / 10^digits} (then reduced) with {@code |result - exact| < 10^-digits}: the value is
 * first evaluated with 20 guard digits (error below {@code 10^-(digits + 2)}, see the private
 * notes in the source), then rounded half-even to {@code digits} places, adding at most
 * {@code 10^-digits / 2}. {@code π} comes from apfloat; the cosine and sine are a fixed-point
 * Taylor series on {@code BigInteger}s after an exact reduction to the first octant.
 *
 * <p><b>Exact values.</b> By Niven's theorem the only rational values of {@code cos} and
 * {@code sin} at rational multiples of {@code π} are {@code 0, ±1/2, ±1}; {@link #cosTwoPi} and
 * {@link #sinTwoPi} return exactly those whenever the angle gives them ({@code cos(2π·1/6)} is
 * exactly {@code 1/2}, {@code sin(2π·1/4)} exactly {@code 1}), whatever {@code digits} is.
 *
 * <p><b>Symmetry.</b> Angles are reduced exactly to the first quadrant before apfloat is asked,
 * so the approximations keep the circle's symmetries exactly: {@code cos(2πk/n) = cos(2π(n-k)/n)},
 * {@code sin(2πk/n) = -sin(2π(n-k)/n)} and {@code cos(2π(k/n + 1/2)) = -cos(2πk/n)} hold for the
 * returned rationals, and {@code sinTwoPi(k, n)} equals {@code cosTwoPi} of the angle a quarter
 * turn earlier.
 *
 * <p>{@code Transcendentals.cosTwoPi(1, 8, 5)} is {@code 70711/100000};
 * {@code Transcendentals.cosTwoPi(1, 6, 5)} is {@code 1/2}.
 */
public final class Transcendentals {

    /** The largest number of decimal places accepted (a guard against runaway requests). */
    public static final int MAX_DIGITS = 100_000;

    private static final int GUARD = 20;

    /** Places of the precomputed {@code π}; requests needing more ask apfloat again. */
    private static final int PI_PLACES = 400;

    /** {@code π · 10^PI_PLACES} rounded to an integer, computed once by apfloat. */
    private static final BigInteger SCALED_PI = scaledPi(PI_PLACES);

    private Transcendentals() {
    }

    /**
     * {@code cos(2πk/n)} within {@code 10^-digits}, exact when it is rational.
     *
     * <p>{@code Transcendentals.cosTwoPi(1, 8, 5)} is {@code 70711/100000};
     * {@code Transcendentals.cosTwoPi(3, 12, 40)} is {@code 0}.
     *
     * @param k any long (the angle is taken modulo a full turn)
     * @param n a positive long
     * @param digits decimal places, {@code 1 <= digits <= MAX_DIGITS}
     * @return a rational {@code r} with {@code |r - cos(2πk/n)| < 10^-digits}
     * @throws IllegalArgumentException if {@code n <= 0} or {@code digits} is out of range
     */
    public static Rational cosTwoPi(long k, long n, int digits) {
        checkArguments(n, digits);
        return cosOfTurn(turn(BigInteger.valueOf(k), BigInteger.valueOf(n)), digits);
    }

    /**
     * {@code sin(2πk/n)} within {@code 10^-digits}, exact when it is rational.
     *
     * <p>{@code Transcendentals.sinTwoPi(1, 12, 5)} is {@code 1/2};
     * {@code Transcendentals.sinTwoPi(1, 6, 5)} is {@code 86603/100000}.
     *
     * @param k any long (the angle is taken modulo a full turn)
     * @param n a positive long
     * @param digits decimal places, {@code 1 <= digits <= MAX_DIGITS}
     * @return a rational {@code r} with {@code |r - sin(2πk/n)| < 10^-digits}
     * @throws IllegalArgumentException if {@code n <= 0} or {@code digits} is out of range
     */
    public static Rational sinTwoPi(long k, long n, int digits) {
        checkArguments(n, digits);
        // sin(2πf) = cos(2π(f - 1/4))
        Rational f = turn(BigInteger.valueOf(k), BigInteger.valueOf(n));
        return cosOfTurn(reduce(f.subtract(Rational.of(1, 4))), digits);
    }

    /**
     * {@code π} within {@code 10^-digits}.
     *
     * <p>{@code Transcendentals.pi(4)} is {@code 3927/1250} (that is {@code 3.1416}).
     *
     * @param digits decimal places, {@code 1 <= digits <= MAX_DIGITS}
     * @return a rational {@code r} with {@code |r - π| < 10^-digits}
     * @throws IllegalArgumentException if {@code digits} is out of range
     */
    public static Rational pi(int digits) {
        checkDigits(digits);
        return roundToPlaces(ApfloatMath.pi(digits + GUARD), digits);
    }

    /**
     * The value written in plain decimal notation, rounded half-even to {@code places} digits after
     * the point (for display only; trailing zeros kept).
     *
     * <p>{@code Transcendentals.format(Rational.of(2, 3), 4)} is {@code "0.6667"};
     * {@code Transcendentals.format(Rational.of(-1, 8), 2)} is {@code "-0.12"}.
     *
     * @param value not null
     * @param places digits after the point, {@code 0 <= places <= MAX_DIGITS}
     * @return the decimal text
     * @throws IllegalArgumentException if {@code places} is out of range
     */
    public static String format(Rational value, int places) {
        Objects.requireNonNull(value, "value is null");
        if (places < 0 || places > MAX_DIGITS) {
            throw new IllegalArgumentException("places is " + places + ", expected 0.." + MAX_DIGITS);
        }
        return new BigDecimal(value.numerator())
                .divide(new BigDecimal(value.denominator()), places, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    // ------------------------------------------------------------------ internals

    /** {@code cos(2πf)} for {@code f} in {@code [0, 1)}. */
    private static Rational cosOfTurn(Rational f, int digits) {
        // fold to [0, 1/2] (cos is even), then to [0, 1/4] (cos(π - x) = -cos x)
        if (f.compareTo(Rational.HALF) > 0) {
            f = Rational.ONE.subtract(f);
        }
        boolean negate = f.compareTo(Rational.of(1, 4)) > 0;
        if (negate) {
            f = Rational.HALF.subtract(f);
        }
        Rational quarterTurn = f;
        Rational value = exactCos(quarterTurn).getOrElse(() -> approximateCos(quarterTurn, digits));
        return negate ? value.negate() : value;
    }

    /** The exact cosine of {@code 2πf} for {@code f} in {@code [0, 1/4]} when it is rational (Niven). */
    private static Option<Rational> exactCos(Rational f) {
        if (f.isZero()) {
            return Option.some(Rational.ONE);
        }
        if (f.equals(Rational.of(1, 6))) {
            return Option.some(Rational.HALF);
        }
        if (f.equals(Rational.of(1, 4))) {
            return Option.some(Rational.ZERO);
        }
        return Option.none();
    }

    /**
     * {@code cos(2πf)} for {@code f} in {@code (0, 1/4)}, rounded to {@code digits} places.
     *
     * <p>Fixed-point Taylor series on integers scaled by {@code S = 10^W}, {@code W = digits + 20}:
     * for {@code f <= 1/8} the cosine series of {@code x = 2πf}, else the sine series of
     * {@code x = 2π(1/4 - f)}; either way {@code 0 <= x <= π/4 < 1}. {@code π} comes from apfloat
     * with at least {@code W + 5} places, so {@code X = floor(x·S)} is within 2 units of {@code x·S}. Each
     * term is the previous one times {@code X²/(S²·j(j+1))}, a factor below {@code 1/2}, truncated
     * toward zero: a term's error is at most its predecessor's plus 1 unit, so after {@code t}
     * terms the sum is within {@code t² + 2} units of the true value (the series alternates with
     * decreasing terms, so stopping at the first zero term adds under 1 unit). With
     * {@code t <= W} that is far below {@code 10^(18 - W) = 10^-(digits + 2)}, and the final
     * half-even rounding to {@code digits} places keeps the total under {@code 10^-digits}.
     * (apfloat's own {@code cos} was measured at about 5 ms per call at 34 digits, 50 times slower.)
     */
    private static Rational approximateCos(Rational f, int digits) {
        int w = digits + GUARD;
        BigInteger scale = BigInteger.TEN.pow(w);
        boolean useSine = f.compareTo(Rational.of(1, 8)) > 0;
        Rational turn = useSine ? Rational.of(1, 4).subtract(f) : f;
        int piPlaces = Math.max(PI_PLACES, w + 5);
        BigInteger scaledPi = piPlaces == PI_PLACES ? SCALED_PI : scaledPi(piPlaces);
        // X = floor(2π·turn·10^w), with π·10^piPlaces known to half a unit
        BigInteger bigX = scaledPi.shiftLeft(1).multiply(turn.numerator()).multiply(scale)
                .divide(turn.denominator().multiply(BigInteger.TEN.pow(piPlaces)));
        BigInteger xSquaredScale = bigX.multiply(bigX);
        BigInteger scaleSquared = scale.multiply(scale);
        BigInteger term = useSine ? bigX : scale;
        BigInteger sum = term;
        long j = useSine ? 2 : 1;
        while (term.signum() != 0) {
            term = term.multiply(xSquaredScale)
                    .divide(scaleSquared.multiply(BigInteger.valueOf(j)).multiply(BigInteger.valueOf(j + 1)))
                    .negate();
            sum = sum.add(term);
            j += 2;
        }
        // round sum / 10^w half-even to digits places
        BigInteger m = new BigDecimal(sum).movePointLeft(GUARD).setScale(0, RoundingMode.HALF_EVEN)
                .toBigIntegerExact();
        return Rational.of(m, BigInteger.TEN.pow(digits));
    }

    private static BigInteger scaledPi(int places) {
        return ApfloatMath.roundToInteger(ApfloatMath.scale(ApfloatMath.pi(places + GUARD), places),
                RoundingMode.HALF_EVEN).toBigInteger();
    }

    private static Rational roundToPlaces(Apfloat x, int digits) {
        BigInteger m = ApfloatMath.roundToInteger(ApfloatMath.scale(x, digits), RoundingMode.HALF_EVEN)
                .toBigInteger();
        return Rational.of(m, BigInteger.TEN.pow(digits));
    }

    /** {@code k/n} reduced modulo one into {@code [0, 1)}. */
    private static Rational turn(BigInteger k, BigInteger n) {
        return Rational.of(k.mod(n), n);
    }

    private static Rational reduce(Rational f) {
        BigInteger d = f.denominator();
        return Rational.of(f.numerator().mod(d), d);
    }

    private static void checkArguments(long n, int digits) {
        if (n <= 0) {
            throw new IllegalArgumentException("n is " + n + ", expected a positive number of steps per turn");
        }
        checkDigits(digits);
    }

    private static void checkDigits(int digits) {
        if (digits < 1 || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("digits is " + digits + ", expected 1.." + MAX_DIGITS);
        }
    }
}

package org.segmentable.numbers;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number {@code p/q} in lowest terms with {@code q > 0}.
 *
 * <p>Immutable. Values whose numerator and denominator fit in a {@code long} are held as two
 * longs and combined with overflow-checked long arithmetic; a result that overflows falls back to
 * {@link BigInteger} and comes back to longs whenever it fits again. Following Apache Commons
 * Numbers' {@code BigFraction}, results are reduced only when the gcd exceeds one, zero and equal
 * denominators take shortcuts, and {@link #compareTo} compares signs before it multiplies.
 *
 * <p>{@code Rational.parse("1/3").add(Rational.of(1, 6))} is {@code 1/2}.
 */
public final class Rational implements Comparable<Rational> {

    /** Zero, {@code 0}. */
    public static final Rational ZERO = new Rational(0, 1);
    /** One, {@code 1}. */
    public static final Rational ONE = new Rational(1, 1);
    /** Two, {@code 2}. */
    public static final Rational TWO = new Rational(2, 1);
    /** Minus one, {@code -1}. */
    public static final Rational MINUS_ONE = new Rational(-1, 1);
    /** One half, {@code 1/2}. */
    public static final Rational HALF = new Rational(1, 2);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    // Small form: big == false, value num/den with den > 0, gcd 1, num > Long.MIN_VALUE.
    // Big form: big == true, value bigNum/bigDen (then num/den are unused).
    private final long num;
    private final long den;
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Rational(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Rational(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    // ------------------------------------------------------------------ factories

    /**
     * The integer {@code value}.
     *
     * <p>{@code Rational.of(7)} is {@code 7}.
     *
     * @param value any long
     * @return {@code value / 1}
     */
    public static Rational of(long value) {
        if (value == 0) {
            return ZERO;
        }
        if (value == 1) {
            return ONE;
        }
        if (value == Long.MIN_VALUE) {
            return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
        }
        return new Rational(value, 1);
    }

    /**
     * The fraction {@code numerator / denominator}, reduced.
     *
     * <p>{@code Rational.of(6, -4)} is {@code -3/2}.
     *
     * @param numerator any long
     * @param denominator any non-zero long
     * @return the reduced fraction
     * @throws ArithmeticException if {@code denominator} is zero
     */
    public static Rational of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator is zero (numerator " + numerator + ")");
        }
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        return ofSmall(numerator, denominator);
    }

    /**
     * The integer {@code value}.
     *
     * <p>{@code Rational.of(BigInteger.TEN.pow(30))} is {@code 1000000000000000000000000000000}.
     *
     * @param value an integer, not null
     * @return {@code value / 1}
     * @throws NullPointerException if {@code value} is null
     */
    public static Rational of(BigInteger value) {
        Objects.requireNonNull(value, "value is null");
        return normalized(value, BigInteger.ONE);
    }

    /**
     * The fraction {@code numerator / denominator}, reduced.
     *
     * <p>{@code Rational.of(BigInteger.valueOf(10), BigInteger.valueOf(4))} is {@code 5/2}.
     *
     * @param numerator not null
     * @param denominator not null, not zero
     * @return the reduced fraction
     * @throws NullPointerException if an argument is null
     * @throws ArithmeticException if {@code denominator} is zero
     */
    public static Rational of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator is null");
        Objects.requireNonNull(denominator, "denominator is null");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero (numerator " + numerator + ")");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = Gcd.of(numerator, denominator);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        return normalized(numerator, denominator);
    }

    /**
     * The exact value of a finite double: no rounding, every bit kept.
     *
     * <p>{@code Rational.of(0.1)} is {@code 3602879701896397/36028797018963968}.
     *
     * @param value a finite double
     * @return the rational that {@code value} denotes
     * @throws IllegalArgumentException naming the value if it is NaN or infinite
     */
    public static Rational of(double value) {
        return fromDouble(value).getOrElseThrow((String message) -> new IllegalArgumentException(message));
    }

    /**
     * The exact value of a finite float: no rounding, every bit kept.
     *
     * <p>{@code Rational.of(0.1f)} is {@code 13421773/134217728}.
     *
     * @param value a finite float
     * @return the rational that {@code value} denotes
     * @throws IllegalArgumentException naming the value if it is NaN or infinite
     */
    public static Rational of(float value) {
        return of((double) value); // float to double widening is exact
    }

    /**
     * The exact value of a double, or a message when it is NaN or infinite.
     *
     * <p>{@code Rational.fromDouble(0.5)} is {@code Right(1/2)};
     * {@code Rational.fromDouble(Double.NaN)} is {@code Left("NaN is not a finite number")}.
     *
     * @param value any double
     * @return the exact rational, or a message naming the value
     */
    public static Either<String, Rational> fromDouble(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Either.left(value + " is not a finite number");
        }
        if (value == 0.0) {
            return Either.right(ZERO);
        }
        long bits = Double.doubleToRawLongBits(value);
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        if (exponent == 0) {
            exponent = 1; // subnormal
        } else {
            mantissa |= 1L << 52;
        }
        exponent -= 1075; // value = mantissa * 2^exponent
        if (value < 0) {
            mantissa = -mantissa;
        }
        int tz = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= tz;
        exponent += tz;
        if (exponent >= 0) {
            if (exponent < 10) {
                return Either.right(of(mantissa << exponent));
            }
            return Either.right(of(BigInteger.valueOf(mantissa).shiftLeft(exponent)));
        }
        if (-exponent < 62) {
            return Either.right(new Rational(mantissa, 1L << -exponent));
        }
        return Either.right(normalized(BigInteger.valueOf(mantissa), BigInteger.ONE.shiftLeft(-exponent)));
    }

    /**
     * The dyadic rational {@code mantissa * 2^exponent}.
     *
     * <p>{@code Rational.ofBinary(3, -2)} is {@code 3/4}.
     *
     * @param mantissa any integer
     * @param exponent any int
     * @return the exact value
     */
    public static Rational ofBinary(BigInteger mantissa, int exponent) {
        Objects.requireNonNull(mantissa, "mantissa is null");
        if (exponent >= 0) {
            return of(mantissa.shiftLeft(exponent));
        }
        return of(mantissa, BigInteger.ONE.shiftLeft(-exponent));
    }

    /**
     * Same as {@link #ofBinary(BigInteger, int)} for a long mantissa; {@code ofBinary(3, -2)} is {@code 3/4}.
     *
     * @param mantissa any long
     * @param exponent any int, the power of two to scale by
     * @return the exact value {@code mantissa * 2^exponent}
     */
    public static Rational ofBinary(long mantissa, int exponent) {
        return ofBinary(BigInteger.valueOf(mantissa), exponent);
    }

    /**
     * The exact value of a {@link BigDecimal}.
     *
     * <p>{@code Rational.of(new BigDecimal("1e-3"))} is {@code 1/1000}.
     *
     * @param value not null
     * @return the exact rational
     */
    public static Rational of(BigDecimal value) {
        Objects.requireNonNull(value, "value is null");
        int scale = value.scale();
        if (scale <= 0) {
            return of(value.unscaledValue().multiply(BigInteger.TEN.pow(-scale)));
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(scale));
    }

    /**
     * Parses {@code "p/q"}, an integer, or a decimal literal such as {@code "0.1"} or
     * {@code "-2.5e-30"}, exactly.
     *
     * <p>{@code Rational.parse("0.1")} is {@code Right(1/10)}; {@code Rational.parse("1/0")} is a
     * {@code Left} naming the text.
     *
     * @param text not null
     * @return the exact value, or a message naming the text and the problem
     */
    public static Either<String, Rational> parse(String text) {
        Objects.requireNonNull(text, "text is null");
        String t = text.strip();
        if (t.isEmpty()) {
            return Either.left("'" + text + "' is not a number: it is empty");
        }
        try {
            int slash = t.indexOf('/');
            if (slash >= 0) {
                BigInteger p = new BigInteger(t.substring(0, slash).strip());
                BigInteger q = new BigInteger(t.substring(slash + 1).strip());
                if (q.signum() == 0) {
                    return Either.left("'" + text + "' is not a number: the denominator is zero");
                }
                return Either.right(of(p, q));
            }
            if (t.length() > 10_000) {
                return Either.left("'" + t.substring(0, 20) + "...' is not a number: longer than 10000 characters");
            }
            BigDecimal d = new BigDecimal(t);
            if (Math.abs((long) d.scale()) > 100_000) {
                return Either.left("'" + text + "' is not a number we accept: its exponent is beyond 100000");
            }
            return Either.right(of(d));
        } catch (NumberFormatException e) {
            return Either.left("'" + text + "' is not a number (expected an integer, a decimal or p/q)");
        }
    }

    private static Rational ofSmall(long n, long d) {
        // n, d != Long.MIN_VALUE, d != 0
        if (n == 0) {
            return ZERO;
        }
        if (d < 0) {
            n = -n;
            d = -d;
        }
        long g = gcd(Math.abs(n), d);
        if (g != 1) {
            n /= g;
            d /= g;
        }
        return new Rational(n, d);
    }

    /** From a reduced fraction with positive denominator: chooses the small form when it fits. */
    private static Rational normalized(BigInteger n, BigInteger d) {
        if (n.signum() == 0) {
            return ZERO;
        }
        if (n.bitLength() <= 63 && d.bitLength() <= 63 && !n.equals(LONG_MIN)) {
            return new Rational(n.longValue(), d.longValue());
        }
        return new Rational(n, d);
    }

    /**
     * From coprime {@code n} and {@code d > 0} without computing their gcd again; for
     * the factored mode of {@link FractionSum}, which proves coprimality. Package-private: nothing outside this
     * package can break the lowest-terms invariant.
     */
    static Rational ofCoprime(BigInteger n, BigInteger d) {
        return normalized(n, d);
    }

    static long gcd(long a, long b) {
        // binary gcd of non-negative values
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        while (b != 0) {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        }
        return a << shift;
    }

    // ------------------------------------------------------------------ accessors

    /**
     * True when held as two longs (an implementation detail exposed for benchmarks and tests).
     *
     * @return true when numerator and denominator both fit in a long and are held as such
     */
    public boolean isSmall() {
        return bigNum == null;
    }

    /**
     * The numerator in lowest terms; {@code Rational.of(-6, 4).numerator()} is {@code -3}.
     *
     * @return the numerator, carrying the sign; zero for zero
     */
    public BigInteger numerator() {
        return bigNum == null ? BigInteger.valueOf(num) : bigNum;
    }

    /**
     * The positive denominator in lowest terms; {@code Rational.of(-6, 4).denominator()} is {@code 2}.
     *
     * @return the denominator, at least 1; 1 for zero and for integers
     */
    public BigInteger denominator() {
        return bigNum == null ? BigInteger.valueOf(den) : bigDen;
    }

    /**
     * The sign; {@code Rational.of(-1, 3).signum()} is {@code -1}.
     *
     * @return the sign of this value: -1, 0 or 1
     */
    public int signum() {
        return bigNum == null ? Long.signum(num) : bigNum.signum();
    }

    /**
     * True when the denominator is one; {@code Rational.of(4, 2).isInteger()} is {@code true}.
     *
     * @return true when this value is an integer (zero included)
     */
    public boolean isInteger() {
        return bigNum == null ? den == 1 : bigDen.equals(BigInteger.ONE);
    }

    /**
     * True for zero; {@code Rational.of(0, 5).isZero()} is {@code true}.
     *
     * @return true when this value is zero
     */
    public boolean isZero() {
        return signum() == 0;
    }

    // ------------------------------------------------------------------ arithmetic

    /**
     * The exact sum.
     *
     * <p>{@code Rational.of(1, 2).add(Rational.of(1, 3))} is {@code 5/6}.
     *
     * @param other not null
     * @return {@code this + other}
     */
    public Rational add(Rational other) {
        Objects.requireNonNull(other, "other is null");
        if (other.signum() == 0) {
            return this;
        }
        if (signum() == 0) {
            return other;
        }
        if (bigNum == null && other.bigNum == null) {
            try {
                if (den == other.den) {
                    return ofSmallChecked(Math.addExact(num, other.num), den);
                }
                long n = Math.addExact(Math.multiplyExact(num, other.den), Math.multiplyExact(other.num, den));
                long d = Math.multiplyExact(den, other.den);
                return ofSmallChecked(n, d);
            } catch (ArithmeticException overflow) {
                // fall through to BigInteger
            }
        }
        BigInteger d1 = denominator();
        BigInteger d2 = other.denominator();
        if (d1.equals(d2)) {
            return of(numerator().add(other.numerator()), d1);
        }
        return of(numerator().multiply(d2).add(other.numerator().multiply(d1)), d1.multiply(d2));
    }

    /**
     * The exact difference.
     *
     * <p>{@code Rational.of(1, 2).subtract(Rational.of(1, 3))} is {@code 1/6}.
     *
     * @param other not null
     * @return {@code this - other}
     */
    public Rational subtract(Rational other) {
        Objects.requireNonNull(other, "other is null");
        return add(other.negate());
    }

    /**
     * The exact product.
     *
     * <p>{@code Rational.of(2, 3).multiply(Rational.of(3, 4))} is {@code 1/2}.
     *
     * @param other not null
     * @return {@code this * other}
     */
    public Rational multiply(Rational other) {
        Objects.requireNonNull(other, "other is null");
        if (signum() == 0 || other.signum() == 0) {
            return ZERO;
        }
        if (bigNum == null && other.bigNum == null) {
            // cross-reduce first so the products stay small
            long g1 = gcd(Math.abs(num), other.den);
            long g2 = gcd(Math.abs(other.num), den);
            long n1 = num / g1;
            long d2 = other.den / g1;
            long n2 = other.num / g2;
            long d1 = den / g2;
            try {
                return ofSmallChecked(Math.multiplyExact(n1, n2), Math.multiplyExact(d1, d2));
            } catch (ArithmeticException overflow) {
                return normalized(BigInteger.valueOf(n1).multiply(BigInteger.valueOf(n2)),
                        BigInteger.valueOf(d1).multiply(BigInteger.valueOf(d2)));
            }
        }
        return of(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
    }

    /**
     * The product with an integer; {@code Rational.of(1, 6).multiply(3)} is {@code 1/2}.
     *
     * @param factor any long
     * @return {@code this * factor}, exact
     */
    public Rational multiply(long factor) {
        return multiply(of(factor));
    }

    /**
     * The exact quotient.
     *
     * <p>{@code Rational.of(1, 2).divide(Rational.of(3, 4))} is {@code 2/3}.
     *
     * @param other not null, not zero
     * @return {@code this / other}
     * @throws ArithmeticException if {@code other} is zero
     */
    public Rational divide(Rational other) {
        Objects.requireNonNull(other, "other is null");
        if (other.signum() == 0) {
            throw new ArithmeticException("division of " + this + " by zero");
        }
        return multiply(other.reciprocal());
    }

    /**
     * The negation; {@code Rational.of(1, 2).negate()} is {@code -1/2}.
     *
     * @return {@code -this}
     */
    public Rational negate() {
        if (bigNum == null) {
            return num == 0 ? this : new Rational(-num, den);
        }
        return normalized(bigNum.negate(), bigDen);
    }

    /**
     * The absolute value; {@code Rational.of(-1, 2).abs()} is {@code 1/2}.
     *
     * @return {@code |this|}, never negative
     */
    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    /**
     * The reciprocal.
     *
     * <p>{@code Rational.of(-2, 3).reciprocal()} is {@code -3/2}.
     *
     * @return {@code 1 / this}
     * @throws ArithmeticException if this is zero
     */
    public Rational reciprocal() {
        if (signum() == 0) {
            throw new ArithmeticException("reciprocal of zero");
        }
        if (bigNum == null) {
            return num < 0 ? new Rational(-den, -num) : new Rational(den, num);
        }
        return bigNum.signum() < 0
                ? normalized(bigDen.negate(), bigNum.negate())
                : normalized(bigDen, bigNum);
    }

    /**
     * {@code this^exponent} for any int exponent; {@code Rational.of(2, 3).pow(-2)} is {@code 9/4}.
     *
     * @param exponent any int; a negative one raises the reciprocal, zero gives 1 (also for zero)
     * @return {@code this^exponent}, exact
     * @throws ArithmeticException if this is zero and {@code exponent < 0}
     */
    public Rational pow(int exponent) {
        if (exponent < 0) {
            Rational r = reciprocal();
            // -Integer.MIN_VALUE overflows: split off one factor
            return exponent == Integer.MIN_VALUE ? r.pow(Integer.MAX_VALUE).multiply(r) : r.pow(-exponent);
        }
        return normalized(numerator().pow(exponent), denominator().pow(exponent)); // powers of coprimes are coprime
    }

    /**
     * The smaller of the two; {@code Rational.ONE.min(Rational.HALF)} is {@code 1/2}.
     *
     * @param other not null
     * @return {@code this} if it is at most {@code other}, else {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public Rational min(Rational other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * The larger of the two; {@code Rational.ONE.max(Rational.HALF)} is {@code 1}.
     *
     * @param other not null
     * @return {@code this} if it is at least {@code other}, else {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public Rational max(Rational other) {
        return compareTo(other) >= 0 ? this : other;
    }

    private static Rational ofSmallChecked(long n, long d) {
        if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
            throw new ArithmeticException("overflow");
        }
        return ofSmall(n, d);
    }

    // ------------------------------------------------------------------ comparison and conversion

    /**
     * Exact comparison: signs first, then cross products.
     *
     * <p>{@code Rational.of(1, 3).compareTo(Rational.of(1, 2))} is negative.
     */
    @Override
    public int compareTo(Rational other) {
        Objects.requireNonNull(other, "other is null");
        int s1 = signum();
        int s2 = other.signum();
        if (s1 != s2) {
            return Integer.compare(s1, s2);
        }
        if (s1 == 0) {
            return 0;
        }
        if (bigNum == null && other.bigNum == null) {
            if (den == other.den) {
                return Long.compare(num, other.num);
            }
            long hi1 = Math.multiplyHigh(num, other.den);
            long lo1 = num * other.den;
            long hi2 = Math.multiplyHigh(other.num, den);
            long lo2 = other.num * den;
            if (hi1 != hi2) {
                return Long.compare(hi1, hi2);
            }
            return Long.compareUnsigned(lo1, lo2);
        }
        return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
    }

    /**
     * The nearest double, ties to even (correctly rounded, subnormals included), for drawing and
     * for the filters of {@code predicates}; values beyond the double range give an infinity.
     *
     * <p>{@code Rational.of(1, 3).doubleValue()} is {@code 0.3333333333333333};
     * {@code Rational.of(d).doubleValue() == d} for every finite double {@code d}.
     *
     * @return the double nearest to this value
     */
    public double doubleValue() {
        if (bigNum == null) {
            if (num > -TWO_53 && num < TWO_53 && den < TWO_53) {
                return (double) num / (double) den; // both exact, one correctly rounded division
            }
            if ((den & (den - 1)) == 0) {
                return (double) num / (double) den; // one correct rounding, then an exact scaling
            }
        }
        return roundedToDouble(numerator(), denominator());
    }

    private static final long TWO_53 = 1L << 53;

    /** The double nearest to {@code p/q} ({@code q > 0}), ties to even, by exact integer division. */
    private static double roundedToDouble(BigInteger p, BigInteger q) {
        int sign = p.signum();
        if (sign == 0) {
            return 0.0;
        }
        BigInteger a = p.abs();
        // e = floor(log2(a/q))
        long e = (long) a.bitLength() - q.bitLength();
        if (e >= 0 ? a.compareTo(q.shiftLeft((int) Math.min(e, Integer.MAX_VALUE))) < 0
                : a.shiftLeft((int) Math.min(-e, Integer.MAX_VALUE)).compareTo(q) < 0) {
            e--;
        }
        if (e > Double.MAX_EXPONENT) {
            return sign * Double.POSITIVE_INFINITY;
        }
        // the result's ulp is 2^(max(e, -1022) - 52); N = round(a/q · 2^k) with k = 52 - max(e, -1022)
        long k = 52 - Math.max(e, Double.MIN_EXPONENT); // at most 1074
        BigInteger num = k >= 0 ? a.shiftLeft((int) k) : a;
        BigInteger den = k >= 0 ? q : q.shiftLeft((int) -k);
        BigInteger[] qr = num.divideAndRemainder(den);
        long n = qr[0].longValueExact();
        int half = qr[1].shiftLeft(1).compareTo(den);
        if (half > 0 || (half == 0 && (n & 1) == 1)) {
            n++;
        }
        return sign * Math.scalb((double) n, (int) -k); // n <= 2^53: exact, and so is the scaling
    }

    /**
     * True when {@link #doubleValue()} is exactly this value (a dyadic rational a double holds).
     *
     * <p>{@code Rational.of(0.1).isExactDouble()} is {@code true};
     * {@code Rational.parse("0.1").get().isExactDouble()} is {@code false}.
     *
     * @return whether a double represents this value exactly
     */
    public boolean isExactDouble() {
        if (bigNum == null) {
            if ((den & (den - 1)) != 0) {
                return false;
            }
            long odd = num >> Long.numberOfTrailingZeros(num | Long.MIN_VALUE);
            return odd > -TWO_53 && odd < TWO_53;
        }
        if (bigDen.bitCount() != 1) {
            return false;
        }
        double d = doubleValue();
        return !Double.isInfinite(d) && of(d).equals(this);
    }

    /**
     * The value rounded half-even to {@code digits} significant decimal digits, for display.
     *
     * <p>{@code Rational.of(2, 3).toDecimal(5)} is {@code 0.66667}.
     *
     * @param digits significant digits, at least 1
     * @return the rounded decimal
     * @throws IllegalArgumentException if {@code digits < 1}
     */
    public BigDecimal toDecimal(int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits is " + digits + ", expected at least 1");
        }
        return new BigDecimal(numerator()).divide(new BigDecimal(denominator()),
                new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Rational)) {
            return false;
        }
        Rational r = (Rational) o;
        if (bigNum == null && r.bigNum == null) {
            return num == r.num && den == r.den;
        }
        if (bigNum == null || r.bigNum == null) {
            return false; // representations are canonical
        }
        return bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen);
    }

    @Override
    public int hashCode() {
        if (bigNum == null) {
            return Long.hashCode(num) * 31 + Long.hashCode(den);
        }
        return bigNum.hashCode() * 31 + bigDen.hashCode();
    }

    /**
     * {@code p/q} in lowest terms, or {@code p} when the denominator is one.
     *
     * <p>{@code Rational.of(-6, 4).toString()} is {@code "-3/2"}.
     */
    @Override
    public String toString() {
        if (bigNum == null) {
            return den == 1 ? Long.toString(num) : num + "/" + den;
        }
        return bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
    }
}

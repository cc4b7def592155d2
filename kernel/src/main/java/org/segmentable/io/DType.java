package org.segmentable.io;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import org.segmentable.numbers.Rational;

/**
 * The element types a weight file may hold, with their exact decoding. Floats decode to the
 * dyadic rational their bits denote (a {@code bfloat16} is the rational it denotes, no rounding);
 * NaN and infinities are reported, never converted.
 *
 * <p>{@code DType.F16.exact(0x3c00L)} is {@code Right(1)}; {@code DType.BF16.exact(0x7fc0L)} is
 * {@code Left("NaN")}.
 */
public enum DType {
    /** IEEE 754 binary16 ({@code float16}, {@code torch.half}). */
    F16(2, true),
    /** bfloat16: the upper half of a binary32. */
    BF16(2, true),
    /** IEEE 754 binary32. */
    F32(4, true),
    /** IEEE 754 binary64. */
    F64(8, true),
    /** Signed 8-bit integer. */
    I8(1, false),
    /** Signed 16-bit integer. */
    I16(2, false),
    /** Signed 32-bit integer. */
    I32(4, false),
    /** Signed 64-bit integer. */
    I64(8, false),
    /** Unsigned 8-bit integer. */
    U8(1, false),
    /** Unsigned 16-bit integer. */
    U16(2, false),
    /** Unsigned 32-bit integer. */
    U32(4, false),
    /** Unsigned 64-bit integer. */
    U64(8, false);

    private final int size;
    private final boolean floating;

    DType(int size, boolean floating) {
        this.size = size;
        this.floating = floating;
    }

    /**
     * The size of one element in bytes; {@code DType.BF16.size()} is {@code 2}.
     *
     * @return the bytes per element
     */
    public int size() {
        return size;
    }

    /**
     * Whether this is a floating-point type; {@code DType.I32.isFloating()} is {@code false}.
     *
     * @return whether the elements are floating-point numbers
     */
    public boolean isFloating() {
        return floating;
    }

    /**
     * Every supported type's safetensors name, for messages: {@code "F16, BF16, F32, ..."}.
     *
     * @return the names, comma-separated
     */
    public static String supported() {
        return Vector.of(values()).map(DType::name).mkString(", ");
    }

    /**
     * The type of a safetensors dtype name.
     *
     * <p>{@code DType.ofSafetensors("BF16")} is {@code Some(BF16)}; {@code "F8_E4M3"} gives {@code None}.
     *
     * @param name the header's {@code "dtype"}, not null
     * @return the type, or none when unsupported
     */
    public static Option<DType> ofSafetensors(String name) {
        return Vector.of(values()).find(t -> t.name().equals(name));
    }

    /**
     * The exact value of one element's raw bits (the low {@link #size()} bytes of {@code bits},
     * already in host order).
     *
     * <p>{@code DType.F16.exact(0x0001L)} is {@code Right(2^-24)}; {@code DType.I8.exact(0xffL)} is
     * {@code Right(-1)}.
     *
     * @param bits the element's bits, right-aligned
     * @return the rational it denotes, or {@code "NaN"}, {@code "+Infinity"}, {@code "-Infinity"}
     */
    public Either<String, Rational> exact(long bits) {
        switch (this) {
            case F16:
                return binary((bits >>> 15) & 1, (int) ((bits >>> 10) & 0x1f), bits & 0x3ff, 5, 10);
            case BF16:
                return binary((bits >>> 15) & 1, (int) ((bits >>> 7) & 0xff), bits & 0x7f, 8, 7);
            case F32:
                return finite(Float.intBitsToFloat((int) bits));
            case F64:
                return finite(Double.longBitsToDouble(bits));
            case I8:
                return Either.right(Rational.of((long) (byte) bits));
            case I16:
                return Either.right(Rational.of((long) (short) bits));
            case I32:
                return Either.right(Rational.of((long) (int) bits));
            case I64:
                return Either.right(Rational.of(bits));
            case U8:
                return Either.right(Rational.of(bits & 0xffL));
            case U16:
                return Either.right(Rational.of(bits & 0xffffL));
            case U32:
                return Either.right(Rational.of(bits & 0xffffffffL));
            case U64:
                return Either.right(bits >= 0 ? Rational.of(bits)
                        : Rational.of(BigInteger.valueOf(bits).add(BigInteger.ONE.shiftLeft(64))));
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * The nearest double of one element, for drawing only (exact for every float type here and for
     * integers up to {@code 2^53}).
     *
     * <p>{@code DType.BF16.approximate(0x3f80L)} is {@code 1.0}.
     *
     * @param bits the element's bits, right-aligned
     * @return the value as a double; NaN and infinities as themselves
     */
    public double approximate(long bits) {
        switch (this) {
            case F16:
                return halfToDouble(bits);
            case BF16:
                return Float.intBitsToFloat((int) ((bits & 0xffff) << 16));
            case F32:
                return Float.intBitsToFloat((int) bits);
            case F64:
                return Double.longBitsToDouble(bits);
            case U64:
                return bits >= 0 ? bits : BigInteger.valueOf(bits).add(BigInteger.ONE.shiftLeft(64)).doubleValue();
            default:
                return exact(bits).get().doubleValue();
        }
    }

    private static Either<String, Rational> finite(double value) {
        if (Double.isNaN(value)) {
            return Either.left("NaN");
        }
        if (Double.isInfinite(value)) {
            return Either.left(value > 0 ? "+Infinity" : "-Infinity");
        }
        return Either.right(Rational.of(value)); // exact: every float and double is a dyadic rational
    }

    private static double halfToDouble(long bits) {
        int e = (int) ((bits >>> 10) & 0x1f);
        long m = bits & 0x3ff;
        double sign = ((bits >>> 15) & 1) == 0 ? 1.0 : -1.0;
        if (e == 0x1f) {
            return m == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        return e == 0 ? sign * Math.scalb((double) m, -24) : sign * Math.scalb((double) (m | 0x400), e - 25);
    }

    /**
     * An IEEE 754 binary value from its fields: {@code (-1)^sign × mantissa × 2^exponent} with the
     * implicit bit restored for normal numbers, subnormals at the minimum exponent.
     */
    private static Either<String, Rational> binary(long sign, int biasedExponent, long fraction, int exponentBits,
            int fractionBits) {
        int maxExponent = (1 << exponentBits) - 1;
        if (biasedExponent == maxExponent) {
            return Either.left(fraction != 0 ? "NaN" : sign == 0 ? "+Infinity" : "-Infinity");
        }
        int bias = (1 << (exponentBits - 1)) - 1;
        long mantissa = biasedExponent == 0 ? fraction : fraction | (1L << fractionBits);
        int exponent = (biasedExponent == 0 ? 1 : biasedExponent) - bias - fractionBits;
        return Either.right(Rational.ofBinary(sign == 0 ? mantissa : -mantissa, exponent));
    }
}

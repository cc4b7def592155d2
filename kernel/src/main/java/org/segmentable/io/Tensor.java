package org.segmentable.io;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A named array read from a weight file: its shape and its elements, either held as exact
 * rationals or kept as the file's raw bytes and converted, exactly, element by element when asked
 * ({@link #exact(int)}). Elements are addressed by their flat index in C (row-major) order whatever
 * the file's layout (NumPy's Fortran order is translated here). A tensor whose element type this
 * reader cannot decode (e.g. safetensors {@code F8_E4M3}) still has a name and a shape, and every
 * attempt to read its values reports the unsupported type.
 *
 * <p>Immutable: the raw bytes are never exposed nor modified.
 *
 * <p>{@code Tensor.of("b", Vector.of(2), Vector.of(Rational.ONE, Rational.HALF)).vector()} is
 * {@code Valid([1, 1/2])}.
 */
public final class Tensor {

    /** Non-finite values reported one by one before the rest are counted. */
    private static final int MAX_LISTED = 8;

    private final String name;
    private final Vector<Integer> shape;
    private final int size;
    private final String typeName;
    private final Option<DType> dtype;
    // Raw storage (dtype defined, rationals empty) or exact storage (rationals defined).
    private final byte[] data;
    private final int offset;
    private final boolean bigEndian;
    private final boolean fortran;
    private final Option<Vector<Rational>> rationals;

    private Tensor(String name, Vector<Integer> shape, String typeName, Option<DType> dtype, byte[] data, int offset,
            boolean bigEndian, boolean fortran, Option<Vector<Rational>> rationals) {
        this.name = name;
        this.shape = shape;
        this.size = shape.foldLeft(1, (a, b) -> a * b);
        this.typeName = typeName;
        this.dtype = dtype;
        this.data = data;
        this.offset = offset;
        this.bigEndian = bigEndian;
        this.fortran = fortran;
        this.rationals = rationals;
    }

    /**
     * A tensor of exact values in C order.
     *
     * <p>{@code Tensor.of("W", Vector.of(2, 2), values)} with four values is a 2 × 2 matrix.
     *
     * @param name its name, not null
     * @param shape its dimensions, each non-negative
     * @param values {@code product(shape)} values in C order, not null
     * @return the tensor
     * @throws IllegalArgumentException if the count of values does not match the shape
     */
    public static Tensor of(String name, Vector<Integer> shape, Vector<Rational> values) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(shape, "shape is null");
        Objects.requireNonNull(values, "values is null");
        long n = 1;
        for (int dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("shape " + shape.mkString("[", ", ", "]") + " has a negative dim");
            }
            n *= dim;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + shape.mkString("[", ", ", "]") + " is too large");
            }
        }
        if (n != values.size()) {
            throw new IllegalArgumentException("shape " + shape.mkString("[", ", ", "]") + " needs " + n
                    + " values, got " + values.size());
        }
        return new Tensor(name, shape, "exact", Option.none(), new byte[0], 0, false, false, Option.some(values));
    }

    /**
     * A view of raw bytes; the caller has checked that {@code data} holds {@code product(shape)}
     * elements from {@code offset} and will never modify {@code data}.
     */
    static Tensor raw(String name, Vector<Integer> shape, DType dtype, byte[] data, int offset, boolean bigEndian,
            boolean fortran) {
        return new Tensor(name, shape, dtype.name(), Option.some(dtype), data, offset, bigEndian, fortran,
                Option.none());
    }

    /**
     * A tensor of a type this reader does not decode; its values report {@code typeName} as
     * unsupported. The caller has checked that the shape has at most {@code 2^31 - 1} elements.
     */
    static Tensor unsupported(String name, Vector<Integer> shape, String typeName) {
        return new Tensor(name, shape, typeName, Option.none(), new byte[0], 0, false, false, Option.none());
    }

    /**
     * The tensor's name, e.g. {@code "decoder.weight"}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The dimensions, e.g. {@code [6, 2]} for a 6 × 2 matrix; {@code []} for a scalar.
     *
     * @return the shape
     */
    public Vector<Integer> shape() {
        return shape;
    }

    /**
     * The number of dimensions; a matrix has rank 2.
     *
     * @return the rank
     */
    public int rank() {
        return shape.size();
    }

    /**
     * The number of elements, the product of the shape ({@code 1} for a scalar).
     *
     * @return the element count
     */
    public int size() {
        return size;
    }

    /**
     * The element type as read from the file ({@code None} for exact tensors and unsupported types).
     *
     * @return the element type, if read from a file
     */
    public Option<DType> dtype() {
        return dtype;
    }

    /**
     * Whether {@link #exact(int)} can decode the elements (false for an unsupported type).
     *
     * @return whether the values can be read
     */
    public boolean isSupported() {
        return rationals.isDefined() || dtype.isDefined();
    }

    /**
     * Type and shape for messages: {@code "F32 [6, 2]"}.
     *
     * @return the type name and shape
     */
    public String describe() {
        return typeName + " " + shape.mkString("[", ", ", "]");
    }

    /**
     * Element {@code i} (flat, C order) as the exact rational it denotes.
     *
     * <p>For a BF16 tensor holding {@code 0x3e80}, {@code exact(0)} is {@code Right(1/4)}.
     *
     * @param i {@code 0 <= i < size()}
     * @return the value, or a message such as {@code "W_dec[3][1] is NaN"}
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public Either<String, Rational> exact(int i) {
        Objects.checkIndex(i, size);
        if (rationals.isDefined()) {
            return Either.right(rationals.get().get(i));
        }
        if (dtype.isEmpty()) {
            return Either.left(unsupportedMessage());
        }
        return dtype.get().exact(bits(i)).mapLeft(what -> position(i) + " is " + what);
    }

    /**
     * Element {@code i} (flat, C order) as a double, for drawing only.
     *
     * @param i {@code 0 <= i < size()}
     * @return the nearest double (NaN for an unsupported type)
     */
    public double approximate(int i) {
        Objects.checkIndex(i, size);
        if (rationals.isDefined()) {
            return rationals.get().get(i).doubleValue();
        }
        return dtype.isEmpty() ? Double.NaN : dtype.get().approximate(bits(i));
    }

    /**
     * The C-order position of flat index {@code i}, for messages.
     *
     * <p>For a tensor {@code W_dec} of shape {@code [6, 2]}, {@code position(7)} is {@code "W_dec[3][1]"}.
     *
     * @param i a flat index
     * @return the name followed by one {@code [k]} per dimension
     */
    public String position(int i) {
        StringBuilder sb = new StringBuilder(name);
        int[] index = unflatten(i);
        for (int k : index) {
            sb.append('[').append(k).append(']');
        }
        return sb.toString();
    }

    /**
     * Every element, exactly, in C order.
     *
     * @return the values, or one message per non-finite value (the first few by position, then a
     *         count), or the unsupported type
     */
    public Validation<Seq<String>, Vector<Rational>> values() {
        if (rationals.isDefined()) {
            return Validation.valid(rationals.get());
        }
        if (dtype.isEmpty()) {
            return Validation.invalid(Vector.of(unsupportedMessage()));
        }
        Vector<String> problems = Vector.empty();
        int bad = 0;
        Rational[] out = new Rational[size];
        for (int i = 0; i < size; i++) {
            Either<String, Rational> v = exact(i);
            if (v.isLeft()) {
                bad++;
                if (bad <= MAX_LISTED) {
                    problems = problems.append(v.getLeft());
                }
            } else {
                out[i] = v.get();
            }
        }
        if (bad > MAX_LISTED) {
            problems = problems.append(name + " has " + (bad - MAX_LISTED) + " more NaN or infinite values");
        }
        return problems.isEmpty() ? Validation.valid(Vector.of(out)) : Validation.invalid(problems);
    }

    /**
     * The elements of a 1-D tensor.
     *
     * @return the values, or why not (wrong rank, non-finite values, unsupported type)
     */
    public Validation<Seq<String>, Vector<Rational>> vector() {
        if (rank() != 1) {
            return Validation.invalid(Vector.of("tensor '" + name + "' has shape " + shape.mkString("[", ", ", "]")
                    + ", expected a vector (1-D)"));
        }
        return values();
    }

    /**
     * The rows of a 2-D tensor.
     *
     * <p>A {@code [2, 3]} tensor gives 2 rows of 3 values.
     *
     * @return the rows, or why not (wrong rank, non-finite values, unsupported type)
     */
    public Validation<Seq<String>, Vector<Vector<Rational>>> matrix() {
        if (rank() != 2) {
            return Validation.invalid(Vector.of("tensor '" + name + "' has shape " + shape.mkString("[", ", ", "]")
                    + ", expected a matrix (2-D)"));
        }
        int cols = shape.get(1);
        return values().map(v -> Vector.range(0, shape.get(0)).map(r -> v.slice(r * cols, r * cols + cols)));
    }

    private String unsupportedMessage() {
        return "tensor '" + name + "': unsupported dtype " + typeName + " (supported: " + DType.supported() + ")";
    }

    private int[] unflatten(int i) {
        int[] index = new int[shape.size()];
        int rest = i;
        for (int k = shape.size() - 1; k >= 0; k--) {
            int dim = shape.get(k);
            index[k] = dim == 0 ? 0 : rest % dim;
            rest = dim == 0 ? 0 : rest / dim;
        }
        return index;
    }

    /** The raw bits of flat (C-order) element {@code i}, right-aligned in host order. */
    private long bits(int i) {
        int element = i;
        if (fortran && shape.size() > 1) {
            int[] index = unflatten(i);
            element = 0;
            int stride = 1;
            for (int k = 0; k < index.length; k++) {
                element += index[k] * stride;
                stride *= shape.get(k);
            }
        }
        int width = dtype.get().size();
        int start = offset + element * width;
        long bits = 0;
        for (int k = 0; k < width; k++) {
            int b = data[bigEndian ? start + k : start + width - 1 - k] & 0xff;
            bits = (bits << 8) | b;
        }
        return bits;
    }

    @Override
    public String toString() {
        return "Tensor[" + name + " " + describe() + "]";
    }
}

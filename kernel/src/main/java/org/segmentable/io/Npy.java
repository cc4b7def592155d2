package org.segmentable.io;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NumPy {@code .npy} format, versions 1.0, 2.0 and 3.0: the magic {@code \x93NUMPY}, a version,
 * a little-endian header length (2 bytes in 1.0, 4 bytes after), a Python-literal header
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (6, 2), }} and the raw data. Dtypes
 * {@code f2 f4 f8 i1 i2 i4 i8 u1 u2 u4 u8} in either byte order; C or Fortran order; any rank.
 * Other dtypes (bool, complex, {@code V2} raw bytes, strings, pickled objects) give a tensor whose
 * values report the unsupported dtype.
 *
 * <p>{@code Npy.parse("W", bytes, 0, bytes.length)} is {@code Valid(tensor W)} for a file written
 * by {@code numpy.save}.
 */
final class Npy {

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("([<>|=]?)([a-zA-Z])(\\d{1,3})");

    private Npy() {
    }

    /** Whether {@code data} starts with the {@code .npy} magic at {@code start}. */
    static boolean hasMagic(byte[] data, int start, int end) {
        if (end - start < MAGIC.length) {
            return false;
        }
        for (int k = 0; k < MAGIC.length; k++) {
            if (data[start + k] != MAGIC[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one array from {@code data[start, end)}.
     *
     * @param name the tensor's name
     * @param data the bytes, never modified afterwards
     * @return the tensor, or the problems (without the file name: the caller adds it)
     */
    static Validation<Seq<String>, Tensor> parse(String name, byte[] data, int start, int end) {
        int length = end - start;
        if (!hasMagic(data, start, end)) {
            return invalid("not a .npy array: expected the magic \\x93NUMPY, found " + Bytes.hex(data, start,
                    Math.min(6, length)));
        }
        if (length < 10) {
            return invalid("truncated: " + length + " bytes, the .npy preamble alone has 10");
        }
        int major = data[start + 6] & 0xff;
        int minor = data[start + 7] & 0xff;
        if (major < 1 || major > 3 || minor != 0) {
            return invalid("unsupported .npy format version " + major + "." + minor + " (supported: 1.0, 2.0, 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        if (length < 8 + lengthBytes) {
            return invalid("truncated: the header length of format " + major + ".0 needs " + (8 + lengthBytes)
                    + " bytes, the file has " + length);
        }
        long headerLength = Bytes.le(data, start + 8, lengthBytes);
        int headerStart = start + 8 + lengthBytes;
        if (!Bytes.fits(headerStart - start, headerLength, length)) {
            return invalid("header length " + headerLength + " runs past the end of the data (" + length
                    + " bytes in all)");
        }
        int dataStart = headerStart + (int) headerLength;
        String header = new String(data, headerStart, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Either<String, Object> literal = PyLiteral.parse(header);
        if (literal.isLeft()) {
            return invalid("malformed header: " + literal.getLeft());
        }
        if (!(literal.get() instanceof Map)) {
            return invalid("malformed header: expected a dict with 'descr', 'fortran_order' and 'shape'");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> dict = (Map<String, Object>) literal.get();
        Vector<String> problems = Vector.empty();
        for (String key : dict.keySet()) {
            if (!key.equals("descr") && !key.equals("fortran_order") && !key.equals("shape")) {
                problems = problems.append("header has an unknown key " + PyLiteral.repr(key));
            }
        }
        Object fortranValue = dict.get("fortran_order").getOrElse((Object) null);
        if (!(fortranValue instanceof Boolean)) {
            problems = problems.append("header's 'fortran_order' must be True or False, found " + PyLiteral.repr(fortranValue));
        }
        Either<String, Vector<Integer>> shape = shape(dict.get("shape").getOrElse((Object) null));
        if (shape.isLeft()) {
            problems = problems.append(shape.getLeft());
        }
        Object descr = dict.get("descr").getOrElse((Object) null);
        if (!(descr instanceof String)) {
            problems = problems.append(descr instanceof Vector
                    ? "unsupported dtype: a structured array (record fields " + PyLiteral.repr(descr) + ")"
                    : "header's 'descr' must be a dtype string such as '<f4', found " + PyLiteral.repr(descr));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        boolean fortran = (Boolean) fortranValue;
        Matcher m = DESCR.matcher((String) descr);
        String typeName = "'" + descr + "'";
        if (!m.matches()) {
            return checkedUnsupported(name, shape.get(), typeName, -1, end - dataStart);
        }
        int width = Integer.parseInt(m.group(3));
        Either<String, DType> dtype = dtype(m.group(2).charAt(0), width);
        if (dtype.isLeft()) {
            boolean bytesWide = "fiubcVS".indexOf(m.group(2).charAt(0)) >= 0;
            return checkedUnsupported(name, shape.get(), typeName + " (" + dtype.getLeft() + ")",
                    bytesWide ? width : -1, end - dataStart);
        }
        String order = m.group(1);
        if (order.equals("|") && width > 1) {
            return invalid("dtype " + typeName + " has no byte order ('<' or '>') but " + width + " bytes");
        }
        Either<String, Long> size = dataSize(shape.get(), width, end - dataStart);
        if (size.isLeft()) {
            return invalid(size.getLeft());
        }
        return Validation.valid(Tensor.raw(name, shape.get(), dtype.get(), data, dataStart, order.equals(">"), fortran));
    }

    /** An unsupported dtype still needs a consistent size when its width is known. */
    private static Validation<Seq<String>, Tensor> checkedUnsupported(String name, Vector<Integer> shape,
            String typeName, int width, int available) {
        if (width > 0) {
            Either<String, Long> size = dataSize(shape, width, available);
            if (size.isLeft()) {
                return invalid(size.getLeft());
            }
        } else if (Bytes.elements(shape, Integer.MAX_VALUE) < 0) {
            return invalid("shape " + pyShape(shape) + " has more than 2^31 elements");
        }
        return Validation.valid(Tensor.unsupported(name, shape, typeName));
    }

    private static Either<String, Long> dataSize(Vector<Integer> shape, int width, int available) {
        long elements = Bytes.elements(shape, Long.MAX_VALUE / 16);
        String shown = pyShape(shape);
        if (elements < 0 || elements * width > available) {
            return Either.left("truncated data: shape " + shown + " of " + width + "-byte elements needs "
                    + (elements < 0 ? "more than " + available : String.valueOf(elements * width)) + " bytes, "
                    + available + " follow the header");
        }
        if (elements * width < available) {
            return Either.left((available - elements * width) + " unexpected bytes after the data of shape " + shown);
        }
        return Either.right(elements * width);
    }

    /** A shape as Python writes it: {@code (3,)}, {@code (6, 2)}. */
    static String pyShape(Seq<?> shape) {
        return shape.size() == 1 ? "(" + shape.head() + ",)" : shape.mkString("(", ", ", ")");
    }

    private static Either<String, DType> dtype(char kind, int width) {
        switch (kind) {
            case 'f':
                return width == 2 ? Either.right(DType.F16) : width == 4 ? Either.right(DType.F32)
                        : width == 8 ? Either.right(DType.F64) : Either.left("float" + 8 * width + " is not supported");
            case 'i':
                return width == 1 ? Either.right(DType.I8) : width == 2 ? Either.right(DType.I16)
                        : width == 4 ? Either.right(DType.I32) : width == 8 ? Either.right(DType.I64)
                        : Either.left("int" + 8 * width + " is not a NumPy type");
            case 'u':
                return width == 1 ? Either.right(DType.U8) : width == 2 ? Either.right(DType.U16)
                        : width == 4 ? Either.right(DType.U32) : width == 8 ? Either.right(DType.U64)
                        : Either.left("uint" + 8 * width + " is not a NumPy type");
            case 'b':
                return Either.left("bool");
            case 'c':
                return Either.left("complex");
            case 'V':
                return Either.left("raw bytes, e.g. an ml_dtypes bfloat16: save as float32 instead");
            case 'O':
                return Either.left("pickled Python objects");
            default:
                return Either.left("kind '" + kind + "'");
        }
    }

    private static Either<String, Vector<Integer>> shape(Object value) {
        if (!(value instanceof Vector)) {
            return Either.left("header's 'shape' must be a tuple of integers, found " + PyLiteral.repr(value));
        }
        Vector<?> items = (Vector<?>) value;
        Vector<Integer> dims = Vector.empty();
        for (Object item : items) {
            if (!(item instanceof BigInteger) || ((BigInteger) item).signum() < 0
                    || ((BigInteger) item).bitLength() > 31) {
                return Either.left("header's 'shape' " + PyLiteral.repr(items) + " must hold non-negative integers below 2^31");
            }
            dims = dims.append(((BigInteger) item).intValue());
        }
        return Either.right(dims);
    }

    private static Validation<Seq<String>, Tensor> invalid(String message) {
        return Validation.invalid(Vector.of(message));
    }
}

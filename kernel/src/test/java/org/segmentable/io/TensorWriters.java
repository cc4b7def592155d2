package org.segmentable.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test utilities that write NumPy {@code .npy}/{@code .npz} and {@code .safetensors} files in
 * every supported dtype and byte order (and Fortran order), so the readers are tested without
 * NumPy or PyTorch. The {@code .npy} header is byte-for-byte what {@code numpy.save} writes
 * (checked against files NumPy 2.4.6 wrote, in {@code NumpyFixturesTest}). Values are given as
 * doubles in C order; a value the dtype cannot hold exactly is a test bug and throws.
 */
public final class TensorWriters {

    private TensorWriters() {
    }

    /** A named array for the multi-tensor writers. */
    public record Array(String name, DType dtype, int[] shape, double[] values) {
    }

    /** The NumPy dtype string of a type and byte order: {@code descr(DType.F32, false)} is {@code "<f4"}. */
    public static String descr(DType dtype, boolean bigEndian) {
        char kind = dtype.isFloating() ? 'f' : dtype.name().startsWith("U") ? 'u' : 'i';
        if (dtype == DType.BF16) {
            throw new IllegalArgumentException("NumPy has no bfloat16");
        }
        char order = dtype.size() == 1 ? '|' : bigEndian ? '>' : '<';
        return "" + order + kind + dtype.size();
    }

    /**
     * A {@code .npy} file, format 1.0, C order, little-endian.
     *
     * @param dtype the element type
     * @param shape the dimensions
     * @param values the values in C order
     * @return the file's bytes
     */
    public static byte[] npy(DType dtype, int[] shape, double[] values) {
        return npy(dtype, false, false, 1, shape, values);
    }

    /**
     * A {@code .npy} file.
     *
     * @param dtype the element type (not BF16)
     * @param bigEndian the byte order
     * @param fortran whether the data is written in Fortran (column-major) order
     * @param version the format version, 1, 2 or 3
     * @param shape the dimensions
     * @param values the values in C order
     * @return the file's bytes
     */
    public static byte[] npy(DType dtype, boolean bigEndian, boolean fortran, int version, int[] shape,
            double[] values) {
        StringBuilder dims = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            dims.append(k == 0 ? "" : ", ").append(shape[k]);
        }
        dims.append(shape.length == 1 ? ",)" : ")");
        String dict = "{'descr': '" + descr(dtype, bigEndian) + "', 'fortran_order': " + (fortran ? "True" : "False")
                + ", 'shape': " + dims + ", }";
        int lengthBytes = version == 1 ? 2 : 4;
        int preamble = 8 + lengthBytes;
        int total = preamble + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        String header = dict + " ".repeat(padded - total) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Npy.MAGIC);
        out.write(version);
        out.write(0);
        writeLe(out, header.length(), lengthBytes);
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        double[] ordered = fortran ? toFortran(shape, values) : values;
        for (double v : ordered) {
            writeElement(out, dtype, bigEndian, v);
        }
        return out.toByteArray();
    }

    /**
     * A {@code .npz} archive of {@code .npy} entries.
     *
     * @param deflate deflated entries (as {@code numpy.savez_compressed}) or stored (as {@code numpy.savez})
     * @param arrays the arrays, written little-endian, C order
     * @return the archive's bytes
     */
    public static byte[] npz(boolean deflate, List<Array> arrays) {
        List<String> names = new ArrayList<>();
        List<byte[]> files = new ArrayList<>();
        for (Array a : arrays) {
            names.add(a.name() + ".npy");
            files.add(npy(a.dtype(), a.shape(), a.values()));
        }
        return zip(deflate, names, files);
    }

    /**
     * A zip archive of the given members.
     *
     * @param deflate deflated or stored entries
     * @param names the entry names
     * @param files the entries' contents
     * @return the archive's bytes
     */
    public static byte[] zip(boolean deflate, List<String> names, List<byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int k = 0; k < names.size(); k++) {
                byte[] data = files.get(k);
                ZipEntry entry = new ZipEntry(names.get(k));
                if (!deflate) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setCrc(crc.getValue());
                } else {
                    entry.setMethod(ZipEntry.DEFLATED);
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A {@code .safetensors} file: the tensors in order, contiguous, the header padded with
     * spaces to a multiple of 8 bytes as the reference writer does.
     *
     * @param arrays the tensors (any supported dtype; written little-endian)
     * @return the file's bytes
     */
    public static byte[] safetensors(List<Array> arrays) {
        StringBuilder header = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (Array a : arrays) {
            int begin = data.size();
            for (double v : a.values()) {
                writeElement(data, a.dtype(), false, v);
            }
            StringBuilder dims = new StringBuilder();
            for (int k = 0; k < a.shape().length; k++) {
                dims.append(k == 0 ? "" : ",").append(a.shape()[k]);
            }
            header.append(",\"").append(a.name()).append("\":{\"dtype\":\"").append(a.dtype().name())
                    .append("\",\"shape\":[").append(dims).append("],\"data_offsets\":[").append(begin).append(',')
                    .append(data.size()).append("]}");
        }
        header.append('}');
        return safetensors(header.toString(), data.toByteArray());
    }

    /** A {@code .safetensors} file from a raw JSON header and data buffer (for malformed files). */
    public static byte[] safetensors(String header, byte[] data) {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeLe(out, padded, 8);
        out.writeBytes(json);
        out.writeBytes(" ".repeat(padded - json.length).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** The values of a C-order array rearranged in Fortran (column-major) order. */
    static double[] toFortran(int[] shape, double[] values) {
        double[] out = new double[values.length];
        int[] index = new int[shape.length];
        for (int i = 0; i < values.length; i++) {
            int rest = i;
            for (int k = shape.length - 1; k >= 0; k--) {
                index[k] = rest % shape[k];
                rest /= shape[k];
            }
            int f = 0;
            int stride = 1;
            for (int k = 0; k < shape.length; k++) {
                f += index[k] * stride;
                stride *= shape[k];
            }
            out[f] = values[i];
        }
        return out;
    }

    private static void writeElement(ByteArrayOutputStream out, DType dtype, boolean bigEndian, double v) {
        long bits = encode(dtype, v);
        int width = dtype.size();
        for (int k = 0; k < width; k++) {
            int shift = bigEndian ? 8 * (width - 1 - k) : 8 * k;
            out.write((int) (bits >>> shift) & 0xff);
        }
    }

    private static void writeLe(ByteArrayOutputStream out, long value, int width) {
        for (int k = 0; k < width; k++) {
            out.write((int) (value >>> (8 * k)) & 0xff);
        }
    }

    /**
     * The bits of {@code v} in a dtype, right-aligned.
     *
     * @throws IllegalArgumentException if the dtype cannot hold {@code v} exactly
     */
    public static long encode(DType dtype, double v) {
        switch (dtype) {
            case F64:
                return Double.doubleToRawLongBits(v);
            case F32:
                requireExact(dtype, v, (float) v);
                return Float.floatToRawIntBits((float) v) & 0xffffffffL;
            case BF16: {
                requireExact(dtype, v, (float) v);
                int f = Float.floatToRawIntBits((float) v);
                if (Float.isNaN((float) v)) {
                    return 0x7fc0;
                }
                if ((f & 0xffff) != 0) {
                    throw new IllegalArgumentException(v + " is not exact in BF16");
                }
                return (f >>> 16) & 0xffff;
            }
            case F16:
                return half(v);
            default: {
                if (v != Math.rint(v)) {
                    throw new IllegalArgumentException(v + " is not an integer for " + dtype);
                }
                long x = (long) v;
                int bitsWide = 8 * dtype.size();
                boolean unsigned = dtype.name().startsWith("U");
                long min = unsigned ? 0 : -(1L << (bitsWide - 1));
                long max = bitsWide == 64 ? Long.MAX_VALUE : unsigned ? (1L << bitsWide) - 1 : (1L << (bitsWide - 1)) - 1;
                if (x < min || x > max) {
                    throw new IllegalArgumentException(v + " is out of range for " + dtype);
                }
                return bitsWide == 64 ? x : x & ((1L << bitsWide) - 1);
            }
        }
    }

    private static void requireExact(DType dtype, double v, float f) {
        if (!Double.isNaN(v) && (double) f != v) {
            throw new IllegalArgumentException(v + " is not exact in " + dtype);
        }
    }

    private static long half(double v) {
        if (Double.isNaN(v)) {
            return 0x7e00;
        }
        long sign = (Double.doubleToRawLongBits(v) >>> 63) << 15;
        double a = Math.abs(v);
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        if (a == 0) {
            return sign;
        }
        int e = Math.getExponent(a);
        if (e >= -14) {
            double m = Math.scalb(a, 10 - e); // in [1024, 2048)
            if (m != Math.rint(m) || e > 15) {
                throw new IllegalArgumentException(v + " is not exact in F16");
            }
            return sign | ((long) (e + 15) << 10) | ((long) m - 1024);
        }
        double m = Math.scalb(a, 24);
        if (m != Math.rint(m)) {
            throw new IllegalArgumentException(v + " is not exact in F16");
        }
        return sign | (long) m;
    }
}

package org.segmentable.io;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A minimal, defensive reader of ZIP archives as {@code numpy.savez} and {@code savez_compressed}
 * write them: the central directory (ZIP64 included), stored and deflated entries, CRC-checked.
 * Every size and offset is checked against the archive's length before use, and a deflated entry
 * is inflated into a buffer no larger than its declared size, which is itself bounded by the
 * deflate format's maximum ratio: any byte sequence is read or rejected without a large
 * allocation, an exception or a hang.
 *
 * <p>{@code Zip.entries(bytes)} is {@code Valid([Entry("W_enc.npy", ...), ...])} for an {@code .npz}.
 */
final class Zip {

    /** Deflate cannot expand more than about 1032 : 1. */
    private static final long MAX_RATIO = 1032;
    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;

    private Zip() {
    }

    /** One archive member: its name and its bytes {@code data[start, end)}. */
    record Entry(String name, byte[] data, int start, int end) {
    }

    /** Whether {@code data} starts like a ZIP archive ({@code PK\3\4}, or {@code PK\5\6} when empty). */
    static boolean hasMagic(byte[] data) {
        return data.length >= 4 && (Bytes.le(data, 0, 4) == LOCAL || Bytes.le(data, 0, 4) == EOCD);
    }

    /**
     * Every member of the archive.
     *
     * @param data the archive, never modified afterwards
     * @return the entries in directory order, or the problems (naming the entry)
     */
    static Validation<Seq<String>, Vector<Entry>> entries(byte[] data) {
        if (!hasMagic(data)) {
            return invalid("not a zip archive (.npz): expected the magic 50 4b 03 04, found " + Bytes.hex(data, 0, 4));
        }
        int eocd = -1;
        for (int at = data.length - 22; at >= 0 && at >= data.length - 22 - 65535; at--) {
            if (Bytes.le(data, at, 4) == EOCD) {
                eocd = at;
                break;
            }
        }
        if (eocd < 0) {
            return invalid("truncated zip archive: no end-of-central-directory record");
        }
        long count = Bytes.le(data, eocd + 10, 2);
        long dirSize = Bytes.le(data, eocd + 12, 4);
        long dirOffset = Bytes.le(data, eocd + 16, 4);
        if (count == 0xffff || dirSize == 0xffffffffL || dirOffset == 0xffffffffL) {
            int locator = eocd - 20;
            if (locator < 0 || Bytes.le(data, locator, 4) != ZIP64_LOCATOR) {
                return invalid("malformed zip archive: ZIP64 sizes without a ZIP64 locator");
            }
            long record = Bytes.le(data, locator + 8, 8);
            if (!Bytes.fits(record, 56, data.length) || Bytes.le(data, (int) record, 4) != ZIP64_EOCD) {
                return invalid("malformed zip archive: ZIP64 end record offset " + Long.toUnsignedString(record)
                        + " is out of range or has the wrong signature");
            }
            count = Bytes.le(data, (int) record + 32, 8);
            dirSize = Bytes.le(data, (int) record + 40, 8);
            dirOffset = Bytes.le(data, (int) record + 48, 8);
        }
        if (!Bytes.fits(dirOffset, dirSize, data.length)) {
            return invalid("malformed zip archive: central directory (offset " + Long.toUnsignedString(dirOffset)
                    + ", " + Long.toUnsignedString(dirSize) + " bytes) runs past the end of the file ("
                    + data.length + " bytes)");
        }
        if (count < 0 || count > dirSize / 46) {
            return invalid("malformed zip archive: " + Long.toUnsignedString(count) + " entries cannot fit in a "
                    + dirSize + "-byte central directory");
        }
        Vector<Entry> entries = Vector.empty();
        Vector<String> problems = Vector.empty();
        int at = (int) dirOffset;
        int dirEnd = (int) (dirOffset + dirSize);
        for (long k = 0; k < count; k++) {
            if (!Bytes.fits(at, 46, dirEnd) || Bytes.le(data, at, 4) != CENTRAL) {
                return Validation.invalid(problems.append("malformed zip archive: central directory entry " + k
                        + " is truncated or has the wrong signature"));
            }
            int flags = (int) Bytes.le(data, at + 8, 2);
            int method = (int) Bytes.le(data, at + 10, 2);
            long crc = Bytes.le(data, at + 16, 4);
            long compressed = Bytes.le(data, at + 20, 4);
            long size = Bytes.le(data, at + 24, 4);
            int nameLength = (int) Bytes.le(data, at + 28, 2);
            int extraLength = (int) Bytes.le(data, at + 30, 2);
            int commentLength = (int) Bytes.le(data, at + 32, 2);
            long local = Bytes.le(data, at + 42, 4);
            if (!Bytes.fits(at + 46L, (long) nameLength + extraLength + commentLength, dirEnd)) {
                return Validation.invalid(problems.append("malformed zip archive: central directory entry " + k
                        + " runs past the directory's end"));
            }
            String name = new String(data, at + 46, nameLength, StandardCharsets.UTF_8);
            // ZIP64 extra field: the sizes and offset marked 0xffffffff, in this order.
            int extra = at + 46 + nameLength;
            int extraEnd = extra + extraLength;
            while (extra + 4 <= extraEnd) {
                int id = (int) Bytes.le(data, extra, 2);
                int len = (int) Bytes.le(data, extra + 2, 2);
                int field = extra + 4;
                if (field + len > extraEnd) {
                    break;
                }
                if (id == 1) {
                    int p = field;
                    if (size == 0xffffffffL && p + 8 <= field + len) {
                        size = Bytes.le(data, p, 8);
                        p += 8;
                    }
                    if (compressed == 0xffffffffL && p + 8 <= field + len) {
                        compressed = Bytes.le(data, p, 8);
                        p += 8;
                    }
                    if (local == 0xffffffffL && p + 8 <= field + len) {
                        local = Bytes.le(data, p, 8);
                    }
                }
                extra = field + len;
            }
            at += 46 + nameLength + extraLength + commentLength;
            Validation<Seq<String>, Entry> entry = entry(data, name, flags, method, crc, compressed, size, local);
            if (entry.isInvalid()) {
                problems = problems.appendAll(entry.getError());
            } else {
                entries = entries.append(entry.get());
            }
        }
        return problems.isEmpty() ? Validation.valid(entries) : Validation.invalid(problems);
    }

    private static Validation<Seq<String>, Entry> entry(byte[] data, String name, int flags, int method, long crc,
            long compressed, long size, long local) {
        String where = "entry '" + name + "': ";
        if ((flags & 1) != 0) {
            return invalid(where + "encrypted entries are not supported");
        }
        if (!Bytes.fits(local, 30, data.length) || Bytes.le(data, (int) local, 4) != LOCAL) {
            return invalid(where + "local header offset " + Long.toUnsignedString(local)
                    + " is out of range or has the wrong signature");
        }
        long start = local + 30 + Bytes.le(data, (int) local + 26, 2) + Bytes.le(data, (int) local + 28, 2);
        if (!Bytes.fits(start, compressed, data.length)) {
            return invalid(where + Long.toUnsignedString(compressed) + " compressed bytes at offset " + start
                    + " run past the end of the file (" + data.length + " bytes)");
        }
        if (size < 0 || size > Integer.MAX_VALUE - 16) {
            return invalid(where + "declared size " + Long.toUnsignedString(size) + " is too large");
        }
        Entry entry;
        if (method == 0) {
            if (compressed != size) {
                return invalid(where + "stored entry has " + compressed + " bytes but declares " + size);
            }
            entry = new Entry(name, data, (int) start, (int) (start + size));
        } else if (method == 8) {
            if (size > MAX_RATIO * compressed + 64) {
                return invalid(where + "declared size " + size + " is impossible for " + compressed
                        + " deflated bytes");
            }
            Validation<String, byte[]> inflated = inflate(data, (int) start, (int) compressed, (int) size);
            if (inflated.isInvalid()) {
                return invalid(where + inflated.getError());
            }
            entry = new Entry(name, inflated.get(), 0, (int) size);
        } else {
            return invalid(where + "unsupported compression method " + method + " (supported: stored, deflated)");
        }
        CRC32 check = new CRC32();
        check.update(entry.data(), entry.start(), entry.end() - entry.start());
        if (check.getValue() != crc) {
            return invalid(where + "CRC mismatch: the data is corrupted");
        }
        return Validation.valid(entry);
    }

    private static Validation<String, byte[]> inflate(byte[] data, int start, int length, int size) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data, start, length);
            byte[] out = new byte[size];
            int filled = 0;
            while (filled < size && !inflater.finished()) {
                int n = inflater.inflate(out, filled, size - filled);
                filled += n;
                if (n == 0 && !inflater.finished()) {
                    if (inflater.needsDictionary()) {
                        return Validation.invalid("deflate stream asks for a preset dictionary");
                    }
                    if (inflater.needsInput()) {
                        return Validation.invalid("truncated deflate stream (" + filled + " of " + size + " bytes)");
                    }
                    return Validation.invalid("deflate stream makes no progress");
                }
            }
            if (filled != size) {
                return Validation.invalid("inflates to " + filled + " bytes, the directory declares " + size);
            }
            if (!inflater.finished() && inflater.inflate(new byte[1]) > 0) {
                return Validation.invalid("inflates to more than the declared " + size + " bytes");
            }
            return Validation.valid(out);
        } catch (DataFormatException e) {
            return Validation.invalid("corrupted deflate stream: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static <T> Validation<Seq<String>, T> invalid(String message) {
        return Validation.invalid(Vector.of(message));
    }
}

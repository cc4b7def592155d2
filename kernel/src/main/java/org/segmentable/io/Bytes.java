package org.segmentable.io;

/** Bounds-checked little-endian reads from a byte array: the shared arithmetic of the binary readers. */
final class Bytes {

    private Bytes() {
    }

    /** Whether {@code [start, start + length)} lies inside {@code [0, limit)}, without overflow. */
    static boolean fits(long start, long length, long limit) {
        return start >= 0 && length >= 0 && start <= limit && length <= limit - start;
    }

    /** The unsigned little-endian integer of {@code width <= 8} bytes at {@code at} (caller checked bounds). */
    static long le(byte[] data, int at, int width) {
        long v = 0;
        for (int k = width - 1; k >= 0; k--) {
            v = (v << 8) | (data[at + k] & 0xff);
        }
        return v;
    }

    /**
     * The number of elements of a shape, or {@code -1} when it exceeds {@code limit} (so a
     * product that would overflow is never formed).
     */
    static long elements(Iterable<Integer> shape, long limit) {
        long n = 1;
        boolean zero = false;
        for (int dim : shape) {
            if (dim == 0) {
                zero = true;
            }
        }
        if (zero) {
            return 0;
        }
        for (int dim : shape) {
            if (dim < 0 || n > limit / dim) {
                return -1;
            }
            n *= dim;
        }
        return n;
    }

    /**
     * Text for a message with every control character (and the replacement character of bad
     * UTF-8) written as a Java escape (backslash, u, four hex digits), so a garbled file cannot
     * garble the terminal.
     */
    static String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isISOControl(c) && c != 0xfffd) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /** A description of the first bytes, for "wrong magic" messages: {@code "89 50 4e 47"}. */
    static String hex(byte[] data, int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < Math.min(data.length, from + count); k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02x", data[k] & 0xff));
        }
        return sb.length() == 0 ? "(no bytes)" : sb.toString();
    }
}

package org.segmentable.complex;

import io.vavr.collection.Vector;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable set of dims out of {@code 0..size-1}: the dims active on a cell (its activation
 * pattern), or the dims whose boundary separates two neighbouring cells. Written as a string of
 * {@code size} characters where character {@code i} is {@code '1'} when dim {@code i} is in the set.
 *
 * <p>{@code ActivationPattern.parse("0110").get(1)} is {@code true};
 * {@code ActivationPattern.of(4, Vector.of(1, 2)).toString()} is {@code "0110"}.
 */
public final class ActivationPattern implements Comparable<ActivationPattern> {

    private final int size;
    private final long[] words;

    private ActivationPattern(int size, long[] words) {
        this.size = size;
        this.words = words;
    }

    /** Wraps the words (taken over, not copied) of a pattern of {@code size} dims. */
    static ActivationPattern wrap(int size, long[] words) {
        return new ActivationPattern(size, words);
    }

    /**
     * The set of the given dims among {@code size} dims.
     *
     * <p>{@code ActivationPattern.of(3, Vector.of(0)).toString()} is {@code "100"}.
     *
     * @param size the number of dims, at least 0
     * @param dims the members, each in {@code [0, size)}
     * @return the pattern
     * @throws IllegalArgumentException if a dim is out of range
     */
    public static ActivationPattern of(int size, Iterable<Integer> dims) {
        Objects.requireNonNull(dims, "dims is null");
        if (size < 0) {
            throw new IllegalArgumentException("size is negative: " + size);
        }
        long[] w = new long[(size + 63) >>> 6];
        for (int i : dims) {
            if (i < 0 || i >= size) {
                throw new IllegalArgumentException("dim " + i + " is outside 0.." + (size - 1));
            }
            w[i >>> 6] |= 1L << i;
        }
        return new ActivationPattern(size, w);
    }

    /**
     * Parses a string of {@code '0'} and {@code '1'}.
     *
     * <p>{@code ActivationPattern.parse("101").cardinality()} is {@code 2}.
     *
     * @param bits not null, only {@code '0'} and {@code '1'}
     * @return the pattern
     * @throws IllegalArgumentException naming the first other character
     */
    public static ActivationPattern parse(String bits) {
        Objects.requireNonNull(bits, "bits is null");
        long[] w = new long[(bits.length() + 63) >>> 6];
        for (int i = 0; i < bits.length(); i++) {
            char ch = bits.charAt(i);
            if (ch == '1') {
                w[i >>> 6] |= 1L << i;
            } else if (ch != '0') {
                throw new IllegalArgumentException("'" + bits + "' has '" + ch + "' at " + i + ": expected 0 or 1");
            }
        }
        return new ActivationPattern(bits.length(), w);
    }

    /**
     * The number of dims the pattern ranges over (members and non-members).
     *
     * @return the size, at least 0; {@code parse("0110").size()} is {@code 4}
     */
    public int size() {
        return size;
    }

    /**
     * Whether dim {@code i} is in the set (active); {@code parse("01").get(1)} is {@code true}.
     *
     * @param i the dim, in {@code [0, size())}
     * @return true when dim {@code i} is a member
     * @throws IndexOutOfBoundsException if i is out of range
     */
    public boolean get(int i) {
        Objects.checkIndex(i, size);
        return (words[i >>> 6] & (1L << i)) != 0;
    }

    /**
     * The number of members (active dims).
     *
     * @return the count, in {@code [0, size()]}; {@code parse("0110").cardinality()} is {@code 2}
     */
    public int cardinality() {
        int c = 0;
        for (long w : words) {
            c += Long.bitCount(w);
        }
        return c;
    }

    /**
     * Whether no dim is in the set (every dim inactive).
     *
     * @return true when {@link #cardinality()} is 0, so always for size 0
     */
    public boolean isEmpty() {
        for (long w : words) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The dims in exactly one of the two sets.
     *
     * <p>{@code parse("0110").xor(parse("0011"))} is {@code "0101"}.
     *
     * @param other a pattern of the same size
     * @return the symmetric difference
     * @throws IllegalArgumentException if the sizes differ
     */
    public ActivationPattern xor(ActivationPattern other) {
        Objects.requireNonNull(other, "other is null");
        if (other.size != size) {
            throw new IllegalArgumentException("sizes differ: " + size + " and " + other.size);
        }
        long[] w = new long[words.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = words[k] ^ other.words[k];
        }
        return new ActivationPattern(size, w);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActivationPattern p && p.size == size && Arrays.equals(p.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(words);
    }

    /** Ordered as their strings are. */
    @Override
    public int compareTo(ActivationPattern o) {
        return toString().compareTo(o.toString());
    }

    /** Character {@code i} is {@code '1'} when dim {@code i} is in the set: {@code "0110"}. */
    @Override
    public String toString() {
        char[] c = new char[size];
        for (int i = 0; i < size; i++) {
            c[i] = (words[i >>> 6] & (1L << i)) != 0 ? '1' : '0';
        }
        return new String(c);
    }
}

package org.segmentable.complex;

import java.util.Arrays;

/**
 * A growable list of ints for the engine's hot loops (internal, never exposed).
 *
 * <p>{@code new IntList(2)} then {@code add(5)} gives {@code get(0) == 5}.
 */
final class IntList {
    int[] data;
    int size;

    IntList(int capacity) {
        data = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, data.length * 3L / 2 + 4));
        }
        data[size++] = v;
    }

    int get(int i) {
        return data[i];
    }

    int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}

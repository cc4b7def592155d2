package org.segmentable.deep;

import java.util.Arrays;

/**
 * Open-addressing map from (edge, neuron) to the id of the vertex where that neuron's boundary
 * crosses that edge, so every crossing point is built once and adjacent cells share it. The edge
 * is the unordered pair of its end vertex ids; the neuron is a global neuron id. Internal.
 *
 * <p>After {@code put(3, 7, 12, 40)}, {@code get(7, 3, 12)} is {@code 40}.
 */
final class EdgeCache {

    private long[] edgeKeys = new long[1 << 12];
    private int[] neuronKeys = new int[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;

    EdgeCache() {
        Arrays.fill(values, -1);
    }

    private static long edge(int p, int q) {
        int lo = Math.min(p, q);
        int hi = Math.max(p, q);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }

    private static int hash(long e, int n) {
        long h = e * 0x9E3779B97F4A7C15L + n * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }

    /** The vertex id stored for edge {@code (p, q)} and {@code neuron}, or -1. */
    int get(int p, int q, int neuron) {
        long e = edge(p, q);
        int mask = values.length - 1;
        for (int i = hash(e, neuron) & mask;; i = (i + 1) & mask) {
            if (values[i] < 0) {
                return -1;
            }
            if (edgeKeys[i] == e && neuronKeys[i] == neuron) {
                return values[i];
            }
        }
    }

    /** Stores {@code vertex} for edge {@code (p, q)} and {@code neuron}. */
    void put(int p, int q, int neuron, int vertex) {
        if (2 * (size + 1) > values.length) {
            grow();
        }
        insert(edge(p, q), neuron, vertex);
    }

    private void insert(long e, int neuron, int vertex) {
        int mask = values.length - 1;
        for (int i = hash(e, neuron) & mask;; i = (i + 1) & mask) {
            if (values[i] < 0) {
                edgeKeys[i] = e;
                neuronKeys[i] = neuron;
                values[i] = vertex;
                size++;
                return;
            }
            if (edgeKeys[i] == e && neuronKeys[i] == neuron) {
                values[i] = vertex;
                return;
            }
        }
    }

    private void grow() {
        long[] ek = edgeKeys;
        int[] nk = neuronKeys;
        int[] vs = values;
        edgeKeys = new long[ek.length * 2];
        neuronKeys = new int[ek.length * 2];
        values = new int[ek.length * 2];
        Arrays.fill(values, -1);
        size = 0;
        for (int i = 0; i < vs.length; i++) {
            if (vs[i] >= 0) {
                insert(ek[i], nk[i], vs[i]);
            }
        }
    }
}

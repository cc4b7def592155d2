package org.segmentable.deep;

import java.math.BigInteger;

/**
 * A cell of the refinement after its first {@code depth} hidden layers, with the rows of layer
 * {@code depth} inside it: approximate ({@link ApproxRows}, always) and exact ({@link ExactRows},
 * built on demand). Internal; owned by one {@link Refiner} (one thread).
 *
 * <p>The root ({@code depth} 0) holds layer 0's rows, the same in the whole region; a child's rows
 * are those of the next layer under the child's pattern {@code bits} of its parent's layer. The
 * doubles of a child live in its job's buffer for its depth, which the next sibling overwrites:
 * they are valid while the cell is being refined.
 */
final class LayerCell {

    final int depth;
    final LayerCell parent;
    /** The pattern of layer {@code depth - 1} (the parent's layer) in this cell; empty at the root. */
    final long[] bits;
    private int[] active;
    /** The rows' doubles by coefficient: {@code approx[q][j]}, {@code q} = s, t, constant. */
    final double[][] approx;
    /**
     * Error bounds: {@code |exact - approx[q][j]| ≤ scale[j]·rho[q]} ({@link ScaledNetwork#scale} of
     * this layer).
     */
    final double[] rho;
    final double[] scale;
    /** Exact rows in digits ({@link ScaledNetwork#fast}, {@link DigitRows}), built on demand. */
    private long[][] digits;
    /** Exact rows as integers, built on demand. */
    private BigInteger[][] exact;
    /** Line ids of the rows plus one (0: not yet a line), built on demand. */
    private int[] lines;
    /** How many sibling updates led to these doubles since they were last summed afresh. */
    int chain;
    /** For {@link ApproxRows}: an upper bound per coefficient on every row's magnitude, or null. */
    double[] magnitude;
    /**
     * For this cell's children: per neuron of the next layer, the last exact row built in one of
     * them and that child's {@link #bits}, so a later child updates it by the neurons that differ.
     */
    long[][] childRow;
    long[][] childBits;

    LayerCell(int depth, LayerCell parent, long[] bits, double[][] approx, double[] rho, double[] scale) {
        this.depth = depth;
        this.parent = parent;
        this.bits = bits;
        this.approx = approx;
        this.rho = rho;
        this.scale = scale;
    }

    /** The exact rows in digits built so far (null entries: not yet), allocated on first use. */
    long[][] digits() {
        if (digits == null) {
            digits = new long[width()][];
        }
        return digits;
    }

    /** The exact rows as integers built so far (null entries: not yet), allocated on first use. */
    BigInteger[][] exact() {
        if (exact == null) {
            exact = new BigInteger[width()][];
        }
        return exact;
    }

    /** The number of rows (the width of layer {@code depth}). */
    int width() {
        return approx[0].length;
    }

    /** The number of active neurons of the parent's layer. */
    int activeCount() {
        int n = 0;
        for (long word : bits) {
            n += Long.bitCount(word);
        }
        return n;
    }

    /** The active neurons of the parent's layer, ascending. */
    int[] active() {
        if (active == null) {
            active = ApproxRows.indices(bits);
        }
        return active;
    }

    /** The error radius of coefficient {@code q} of row {@code j} (one rounding below the bound; see {@link ApproxRows}). */
    double radius(int q, int j) {
        return scale[j] * rho[q];
    }

    /** The line id of row {@code j}, or -1. */
    int line(int j) {
        return lines == null ? -1 : lines[j] - 1;
    }

    void setLine(int j, int id) {
        if (lines == null) {
            lines = new int[width()];
        }
        lines[j] = id + 1;
    }
}

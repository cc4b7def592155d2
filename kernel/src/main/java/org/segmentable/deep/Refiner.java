package org.segmentable.deep;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * One refinement job: depth-first, layer by layer, it splits each convex cell of the first
 * {@code k} layers by the boundary lines of layer {@code k + 1}'s neurons ({@link CellSplitter}) and
 * records the final cells. Internal; one thread; used once. {@link Refinement} runs one job for
 * the region's first layer and one per group of the resulting cells, and merges them.
 *
 * <p>Children of a cell are visited in Hilbert order of their centroids ({@link HilbertOrder}), each
 * child's rows updated from the previous sibling's ({@link ApproxRows}, {@link ExactRows}); only the
 * cells on the current path (and their previous siblings) are in memory.
 */
final class Refiner {

    /** Output sign codes of {@link #outputSigns}; 0 means not computed. */
    static final byte POSITIVE = 1;
    static final byte NEGATIVE = 2;
    static final byte ZERO = 3;
    static final byte CROSSING = 4;

    final ScaledNetwork net;
    final CellSplitter splitter;
    final int hidden;
    private final int levelOutput;
    private final boolean exactMaps;
    final int[] wordOffset;
    final int words;

    /** The final cells' vertex ids, in refinement order. */
    final List<int[]> cells = new ArrayList<>();
    /** The cells' patterns, {@link #words} longs per cell (layer {@code k} from {@code wordOffset[k]}). */
    long[] patterns = new long[1024];
    byte[] outputSigns = new byte[1024];
    final List<BigInteger[]> maps = new ArrayList<>();
    /** Level-set pieces: end vertex ids and {@code 1} for a cell's edge (reported once), {@code 0} for a chord. */
    final List<int[]> segments = new ArrayList<>();
    private final HashSet<Long> zeroEdges = new HashSet<>();
    final long[] depthCounts;
    /** Per depth {@code k ≥ 1}: the doubles of the current cell at that depth (see {@link LayerCell}). */
    private final double[][][] buffers;

    Refiner(ScaledNetwork net, VertexStore vertices, LineStore lines, int levelOutput, boolean exactMaps) {
        this.net = net;
        this.splitter = new CellSplitter(net, vertices, lines);
        this.hidden = net.layers - 1;
        this.levelOutput = levelOutput;
        this.exactMaps = exactMaps;
        this.wordOffset = new int[hidden + 1];
        for (int k = 0; k < hidden; k++) {
            wordOffset[k + 1] = wordOffset[k] + (net.width[k] + 63) / 64;
        }
        this.words = wordOffset[hidden];
        this.depthCounts = new long[hidden + 1];
        this.buffers = new double[hidden + 1][][];
        for (int k = 1; k <= hidden; k++) {
            buffers[k] = new double[3][net.width[k]];
        }
    }

    /** The region's cell: layer 0's rows, the same everywhere. */
    LayerCell root() {
        return ApproxRows.root(net);
    }

    /** Number of signs the filter could not decide (decided exactly). */
    long exactSigns() {
        return splitter.exactSigns;
    }

    /** Refines cell {@code c} with vertices {@code v} (ccw) and edge lines {@code e}, patterns so far {@code prefix}. */
    void refine(LayerCell c, int[] v, int[] e, long[] prefix) {
        depthCounts[c.depth]++;
        if (c.depth == hidden) {
            emit(c, v, e, prefix);
            return;
        }
        refineChildren(c, pieces(c, v, e), prefix);
    }

    /** The pieces of cell {@code c} under its layer, in Hilbert order. */
    List<Piece> pieces(LayerCell c, int[] v, int[] e) {
        return HilbertOrder.of(splitter.split(c, v, e), splitter.vertices);
    }

    /** Refines each piece of cell {@code c} (pieces of {@code c}'s layer, in order) as a child. */
    void refineChildren(LayerCell c, List<Piece> pieces, long[] prefix) {
        int off = wordOffset[c.depth];
        double[][] into = buffers[c.depth + 1];
        LayerCell previous = null;
        for (Piece p : pieces) {
            long[] next = prefix.clone();
            System.arraycopy(p.bits, 0, next, off, p.bits.length);
            LayerCell ch = ApproxRows.child(net, c, p.bits, previous, into);
            refine(ch, p.v, p.e, next);
            previous = ch;
        }
    }

    // ------------------------------------------------------------------ final cells

    private void emit(LayerCell c, int[] v, int[] e, long[] prefix) {
        int index = cells.size();
        cells.add(v);
        if ((index + 1) * words > patterns.length) {
            patterns = Arrays.copyOf(patterns, Math.max(patterns.length * 2, (index + 1) * words));
        }
        System.arraycopy(prefix, 0, patterns, index * words, words);
        if (index >= outputSigns.length) {
            outputSigns = Arrays.copyOf(outputSigns, outputSigns.length * 2);
        }
        if (levelOutput >= 0) {
            outputSigns[index] = levelSet(c, v, e);
        }
        if (exactMaps) {
            int outs = net.width[hidden];
            BigInteger[] map = new BigInteger[3 * outs];
            for (int o = 0; o < outs; o++) {
                BigInteger[] r = ExactRows.row(net, c, o);
                map[3 * o] = r[0];
                map[3 * o + 1] = r[1];
                map[3 * o + 2] = r[2];
            }
            maps.add(map);
        }
    }

    private byte levelSet(LayerCell c, int[] v, int[] e) {
        int k = levelOutput;
        splitter.newNeuron();
        int m = v.length;
        int[] sg = new int[m];
        boolean pos = false;
        boolean neg = false;
        for (int q = 0; q < m; q++) {
            sg[q] = splitter.sign(c, k, v[q]);
            pos |= sg[q] > 0;
            neg |= sg[q] < 0;
        }
        if (pos && neg) {
            int g = net.offset[hidden] + k;
            int line = splitter.lineOf(c, k);
            int[] ends = new int[3];
            int found = 0;
            for (int q = 0; q < m; q++) {
                int r = (q + 1) % m;
                if (sg[q] == 0) {
                    ends[found++] = v[q];
                }
                if (sg[q] * sg[r] < 0) {
                    ends[found++] = splitter.crossing(v[q], v[r], e[q], line, g);
                }
            }
            segments.add(ends);
            return CROSSING;
        }
        if (!pos && !neg) {
            return ZERO;
        }
        for (int q = 0; q < m; q++) {
            int r = (q + 1) % m;
            if (sg[q] == 0 && sg[r] == 0) {
                long key = ((long) Math.min(v[q], v[r]) << 32) | Math.max(v[q], v[r]);
                if (zeroEdges.add(key)) {
                    segments.add(new int[] {v[q], v[r], 1});
                }
            }
        }
        return pos ? POSITIVE : NEGATIVE;
    }
}

package org.segmentable.deep;

/**
 * Every exact row of a layer in one cell at once, with exact integer arithmetic in doubles so the
 * inner loop runs over whole arrays (which the JIT vectorizes). Internal; immutable after
 * construction.
 *
 * <p>The integers are cut into chunks of {@value #BITS} bits (lower chunks in {@code [0, 2^21)}, the
 * top one signed, as in {@link Digits}): each scaled weight {@code W'[j][l]} into {@code P} chunks,
 * each coefficient of the parent's row {@code N[l]} into {@code C} chunks. A product of two chunks
 * is at most {@code 2^42}, so a double holds it exactly, and a sum of at most {@code 2^11} such
 * products stays below {@code 2^53}, so every partial sum is exact too. The accumulator of chunk
 * position {@code t} (weight chunk {@code p} times row chunk {@code h}, {@code p + h = t}) takes
 * {@code min(P, C)} products per term; it is emptied into {@code long} digits every
 * {@code 2^11 / min(P, C)} terms and at the end. The result is the same integer as
 * {@link DigitRows#row}, in the same layout.
 *
 * <p>For a layer of 256 neurons this costs {@code 3·C·P} vector passes over 256 doubles per active
 * parent neuron instead of one scalar pass per row and term.
 */
final class DenseRows {

    /** Bits per chunk. */
    static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;

    private final DigitRows rows;
    /** Chunks of each layer's rows, from its digit bound. */
    private final int[] chunks;
    /** Chunks of each layer's largest weight. */
    private final int[] parts;
    /** {@code weights[k][p][l][j]}: chunk {@code p} of {@code W'_k[j][l]}, one array per parent neuron. */
    private final double[][][][] weights;

    DenseRows(ScaledNetwork net, DigitRows rows) {
        this.rows = rows;
        int layers = net.layers;
        chunks = new int[layers];
        parts = new int[layers];
        weights = new double[layers][][][];
        for (int k = 0; k < layers; k++) {
            chunks[k] = (rows.bits[k] + BITS - 1) / BITS;
        }
        for (int k = 1; k < layers; k++) {
            int in = net.inWidth[k];
            int out = net.width[k];
            int bits = 1;
            for (int j = 0; j < out; j++) {
                for (int i = 0; i < in; i++) {
                    bits = Math.max(bits, net.w[k][j][i].bitLength() + 1);
                }
            }
            parts[k] = (bits + BITS - 1) / BITS;
            weights[k] = new double[parts[k]][in][out];
            for (int j = 0; j < out; j++) {
                for (int i = 0; i < in; i++) {
                    java.math.BigInteger w = net.w[k][j][i];
                    boolean small = w.bitLength() < 63;
                    long v = w.longValue();
                    for (int p = 0; p < parts[k]; p++) {
                        long chunk = small ? v >> Math.min(63, BITS * p) : w.shiftRight(BITS * p).longValue();
                        weights[k][p][i][j] = p == parts[k] - 1 ? chunk : chunk & MASK;
                    }
                }
            }
        }
    }

    /**
     * Every row of layer {@code k ≥ 1} in a cell whose parent's active neurons are {@code active}.
     *
     * @param previous the parent's rows (layer {@code k - 1}), at least those of {@code active}
     * @return one stored row per neuron of layer {@code k}, as {@link DigitRows#row} gives them
     */
    long[][] all(int k, int[] active, long[][] previous) {
        double[][][] w = weights[k];
        int out = w[0][0].length;
        int cp = chunks[k - 1];
        int pp = parts[k];
        int positions = cp + pp - 1;
        int flush = (1 << 11) / Math.min(cp, pp);
        double[][][] acc = new double[3][positions][out];
        int d = rows.digits[k];
        // long digits of every row: chunk position t lands at bit 21·t, below bit 21·positions + 53
        int digits = (BITS * positions + 53 + Digits.BITS - 1) / Digits.BITS + 1;
        long[][] sums = new long[out][3 * digits];
        double[] x = new double[3 * cp];
        int terms = 0;
        for (int l : active) {
            rows.chunks(k - 1, previous[l], x, cp);
            double[][] wl = new double[pp][];
            for (int p = 0; p < pp; p++) {
                wl[p] = w[p][l];
            }
            for (int q = 0; q < 3; q++) {
                for (int h = 0; h < cp; h++) {
                    double xv = x[q * cp + h];
                    if (xv == 0) {
                        continue;
                    }
                    for (int p = 0; p < pp; p++) {
                        double[] a = acc[q][h + p];
                        double[] wp = wl[p];
                        for (int j = 0; j < out; j++) {
                            a[j] += wp[j] * xv;
                        }
                    }
                }
            }
            if (++terms == flush) {
                empty(acc, sums, digits);
                terms = 0;
            }
        }
        empty(acc, sums, digits);
        long[][] result = new long[out][];
        for (int j = 0; j < out; j++) {
            result[j] = rows.withBias(k, j, sums[j], digits);
        }
        return result;
    }

    /** Adds every accumulator into the long digits of its row ({@code 2^(21t)} placed at digit and shift) and clears it. */
    private static void empty(double[][][] acc, long[][] sums, int digits) {
        int positions = acc[0].length;
        int out = acc[0][0].length;
        for (int q = 0; q < 3; q++) {
            for (int t = 0; t < positions; t++) {
                double[] a = acc[q][t];
                int bit = BITS * t;
                int at = q * digits + bit / Digits.BITS;
                int shift = bit % Digits.BITS;
                for (int j = 0; j < out; j++) {
                    long v = (long) a[j];
                    if (v != 0) {
                        long[] s = sums[j];
                        s[at] += (v & ((1L << Digits.BITS) - 1)) << shift;
                        s[at + 1] += (v >> Digits.BITS) << shift;
                    }
                    a[j] = 0;
                }
            }
        }
    }
}

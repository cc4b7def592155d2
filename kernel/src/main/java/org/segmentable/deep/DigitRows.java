package org.segmentable.deep;

import java.math.BigInteger;

/**
 * The exact rows of a {@link ScaledNetwork} in {@link Digits}, with the integer weights split into
 * at most three digits: a row of layer {@code k} is {@code Σ_{i∈A} W'[j][i]·N[i] + (0, 0, B[j])}
 * over the rows {@code N} of layer {@code k - 1}. Internal; immutable after construction.
 *
 * <p><b>Sizes.</b> {@code |N_0| ≤ B_0}, and every partial sum of a row of layer {@code k} (each term
 * added or subtracted at most once) is at most {@code B_k = max_j Σ_i |W'[j][i]|·B_{k-1} + max_j |B[j]|},
 * so {@code d_k = Digits.count(B_k)} digits hold every row; {@code p_k} digits hold every weight.
 *
 * <p><b>Layout.</b> A row of layer {@code k} is stored as the input of layer {@code k + 1}: its three
 * coefficients in blocks of stride {@code s_k = max(d_{k+1}, d_k + p_{k+1} - 1)} (the accumulator
 * size of layer {@code k + 1}; digits beyond {@code d_k} are zero) after {@code p_{k+1} - 1} leading
 * zeros. Then {@code w·x} for a weight {@code w = Σ_p w_p·2^(26p)} is, digit by digit over the whole
 * row at once, {@code acc[r] += Σ_p w_p·x[r - p]}: a single loop without carries or branches (the
 * zeros between blocks keep the coefficients apart), which is why this layout. Rows of the last layer
 * have stride {@code d_k} and no leading zeros.
 *
 * <p>For the identity slice and {@code W_0 = [[1/2, 0]]}, {@code b_0 = [1]}: the row of layer 0 holds
 * the integers {@code (1, 0, 2)}.
 */
final class DigitRows {

    private final ScaledNetwork net;
    /** Digits per coefficient of each layer's rows. */
    final int[] digits;
    /** Bits (with the sign) of each layer's bound {@code B_k}: every row coefficient fits them. */
    final int[] bits;
    /** Digits of each layer's largest weight (layer 0: 1). */
    private final int[] parts;
    private final int[] stride;
    private final int[] lead;
    /** The weights' digits: {@code weights[k][p][j·in + i]} (zero beyond {@code parts[k]}). */
    private final long[][][] weights;
    private final long[][] biases;
    private final long[][] first;
    /** Every row of a cell at once ({@link #all}), built after the rest. */
    private DenseRows dense;

    private DigitRows(ScaledNetwork net, int[] digits, int[] bits, int[] parts) {
        this.net = net;
        this.digits = digits;
        this.bits = bits;
        this.parts = parts;
        int layers = net.layers;
        stride = new int[layers];
        lead = new int[layers];
        for (int k = 0; k < layers; k++) {
            boolean last = k == layers - 1;
            stride[k] = last ? digits[k] : accumulator(k + 1);
            lead[k] = last ? 0 : parts[k + 1] - 1;
        }
        weights = new long[layers][][];
        biases = new long[layers][];
        for (int k = 1; k < layers; k++) {
            int in = net.inWidth[k];
            weights[k] = new long[3][net.width[k] * in];
            biases[k] = new long[net.width[k] * digits[k]];
            for (int j = 0; j < net.width[k]; j++) {
                for (int i = 0; i < in; i++) {
                    long[] w = Digits.of(net.w[k][j][i], parts[k]);
                    for (int p = 0; p < parts[k]; p++) {
                        weights[k][p][j * in + i] = w[p];
                    }
                }
                Digits.write(net.bias[k][j], biases[k], j * digits[k], digits[k]);
            }
        }
        first = new long[net.width[0]][];
        for (int j = 0; j < net.width[0]; j++) {
            long[] row = new long[size(0)];
            for (int q = 0; q < 3; q++) {
                Digits.write(net.first[j][q], row, lead[0] + q * stride[0], digits[0]);
            }
            first[j] = row;
        }
    }

    /** The digit rows of {@code net}, or null when a scaled weight needs more than three digits. */
    static DigitRows of(ScaledNetwork net) {
        int layers = net.layers;
        int[] digits = new int[layers];
        int[] bits = new int[layers];
        int[] parts = new int[layers];
        BigInteger bound = BigInteger.ZERO;
        for (BigInteger[] row : net.first) {
            for (BigInteger x : row) {
                bound = bound.max(x.abs());
            }
        }
        digits[0] = Digits.count(bound);
        bits[0] = bound.bitLength() + 1;
        parts[0] = 1;
        for (int k = 1; k < layers; k++) {
            BigInteger rowSum = BigInteger.ZERO;
            BigInteger biasMax = BigInteger.ZERO;
            BigInteger wMax = BigInteger.ZERO;
            for (int j = 0; j < net.width[k]; j++) {
                BigInteger sum = BigInteger.ZERO;
                for (BigInteger x : net.w[k][j]) {
                    sum = sum.add(x.abs());
                    wMax = wMax.max(x.abs());
                }
                rowSum = rowSum.max(sum);
                biasMax = biasMax.max(net.bias[k][j].abs());
            }
            bound = rowSum.multiply(bound).add(biasMax);
            digits[k] = Digits.count(bound);
            bits[k] = bound.bitLength() + 1;
            parts[k] = Digits.count(wMax);
            if (parts[k] > 3) {
                return null;
            }
        }
        DigitRows rows = new DigitRows(net, digits, bits, parts);
        rows.dense = new DenseRows(net, rows);
        return rows;
    }

    /** The accumulator stride of layer {@code k ≥ 1}: room for every digit product and for the row. */
    private int accumulator(int k) {
        return Math.max(digits[k], digits[k - 1] + parts[k] - 1);
    }

    /** The number of digits of layer {@code k}'s largest weight. */
    int parts(int k) {
        return parts[k];
    }

    /** The length of a stored row of layer {@code k}. */
    private int size(int k) {
        return lead[k] + 3 * stride[k];
    }

    /** Row {@code j} of layer 0 (shared: not to be modified). */
    long[] first(int j) {
        return first[j];
    }

    /**
     * Row {@code j} of layer {@code k ≥ 1} from the rows of layer {@code k - 1} and its active neurons.
     *
     * @param previous the rows of layer {@code k - 1}, at least those of {@code active}
     */
    long[] row(int k, int j, int[] active, long[][] previous) {
        int a = accumulator(k);
        long[] acc = new long[3 * a];
        System.arraycopy(biases[k], j * digits[k], acc, 2 * a, digits[k]);
        int terms = 0;
        for (int i : active) {
            if (term(k, j, i, false, previous[i], acc, a) && ++terms == Digits.FLUSH) {
                normalize(acc, a);
                terms = 0;
            }
        }
        return store(k, acc, a);
    }

    /**
     * Every row of layer {@code k ≥ 1} from the rows of layer {@code k - 1} and its active neurons:
     * the same rows as {@link #row}, computed together ({@link DenseRows}).
     *
     * @param previous the rows of layer {@code k - 1}, at least those of {@code active}
     */
    long[][] all(int k, int[] active, long[][] previous) {
        return dense.all(k, active, previous);
    }

    /**
     * Row {@code j} of layer {@code k ≥ 1} in a cell with pattern {@code bits} of layer {@code k - 1}
     * from the same neuron's row {@code reference} in a cell with pattern {@code referenceBits}: the
     * reference plus the terms of the neurons only {@code bits} has, minus those only the reference has.
     *
     * @param previous the rows of layer {@code k - 1}, at least those of the neurons that differ
     */
    long[] update(int k, int j, long[] reference, long[] bits, long[] referenceBits, long[][] previous) {
        int a = accumulator(k);
        long[] acc = new long[3 * a];
        for (int q = 0; q < 3; q++) {
            System.arraycopy(reference, lead[k] + q * stride[k], acc, q * a, digits[k]);
        }
        int terms = 0;
        for (int w = 0; w < bits.length; w++) {
            long diff = bits[w] ^ referenceBits[w];
            for (long word = diff; word != 0; word &= word - 1) {
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                boolean subtract = (bits[w] & (word & -word)) == 0;
                if (term(k, j, i, subtract, previous[i], acc, a) && ++terms == Digits.FLUSH) {
                    normalize(acc, a);
                    terms = 0;
                }
            }
        }
        return store(k, acc, a);
    }

    /** {@code acc ±= W'[j][i]·x} digit by digit in one loop; false when the weight is zero (nothing added). */
    private boolean term(int k, int j, int i, boolean subtract, long[] x, long[] acc, int a) {
        int at = j * net.inWidth[k] + i;
        long[][] wk = weights[k];
        long w0 = wk[0][at];
        long w1 = wk[1][at];
        long w2 = wk[2][at];
        if (w0 == 0 && w1 == 0 && w2 == 0) {
            return false;
        }
        if (subtract) {
            w0 = -w0;
            w1 = -w1;
            w2 = -w2;
        }
        int n = 3 * a;
        int wp = parts[k];
        if (wp == 1) {
            for (int r = 0; r < n; r++) {
                acc[r] += w0 * x[r];
            }
        } else if (wp == 2) {
            acc[0] += w0 * x[1];
            for (int r = 1; r < n; r++) {
                acc[r] += w0 * x[r + 1] + w1 * x[r];
            }
        } else {
            acc[0] += w0 * x[2];
            acc[1] += w0 * x[3] + w1 * x[2];
            for (int r = 2; r < n; r++) {
                acc[r] += w0 * x[r + 2] + w1 * x[r + 1] + w2 * x[r];
            }
        }
        return true;
    }

    private static void normalize(long[] acc, int a) {
        for (int q = 0; q < 3; q++) {
            Digits.normalize(acc, q * a, a);
        }
    }

    /** The normalized accumulator of layer {@code k} in the stored layout of layer {@code k}. */
    private long[] store(int k, long[] acc, int a) {
        normalize(acc, a);
        long[] out = new long[size(k)];
        for (int q = 0; q < 3; q++) {
            Digits.narrow(acc, q * a, a, out, lead[k] + q * stride[k], digits[k]);
        }
        return out;
    }

    /**
     * The {@code c}-chunk form ({@link DenseRows}) of a stored row of layer {@code k}, as doubles:
     * chunk {@code h} of coefficient {@code q} at {@code out[q·c + h]}, bits {@code [21h, 21h + 21)} of
     * the two's complement integer, the top chunk signed. The row's digits are normalized, so the
     * bits of a chunk lie in at most two digits.
     */
    void chunks(int k, long[] row, double[] out, int c) {
        int d = digits[k];
        for (int q = 0; q < 3; q++) {
            int off = lead[k] + q * stride[k];
            for (int h = 0; h < c; h++) {
                int bit = DenseRows.BITS * h;
                int t = bit / Digits.BITS;
                int o = bit % Digits.BITS;
                long v;
                if (t >= d - 1) {
                    v = row[off + d - 1] >> Math.min(63, o + Digits.BITS * (t - d + 1));
                } else {
                    v = (row[off + t] >> o) | (row[off + t + 1] << (Digits.BITS - o));
                }
                out[q * c + h] = h == c - 1 ? v : v & ((1L << DenseRows.BITS) - 1);
            }
        }
    }

    /**
     * Row {@code j} of layer {@code k} from its three sums of {@code n} unnormalized digits each
     * (without the bias), in the stored layout: adds the bias, normalizes, narrows.
     */
    long[] withBias(int k, int j, long[] sums, int n) {
        int d = digits[k];
        for (int t = 0; t < d; t++) {
            sums[2 * n + t] += biases[k][j * d + t];
        }
        return store(k, sums, n);
    }

    /** A stored row of layer {@code k} as three integers. */
    BigInteger[] toBig(int k, long[] row) {
        int d = digits[k];
        return new BigInteger[] {Digits.toBig(row, lead[k], d), Digits.toBig(row, lead[k] + stride[k], d),
            Digits.toBig(row, lead[k] + 2 * stride[k], d)};
    }
}

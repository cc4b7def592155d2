package org.segmentable.deep;

import java.math.BigInteger;

/**
 * The exact integer rows of a cell, built on demand ({@link ScaledNetwork}). Internal.
 *
 * <p>Row {@code j} of layer {@code k} in cell {@code c} is {@code Σ_{i∈A(c)} W'_k[j][i]·N_{k-1}[i] +
 * (0, 0, B_k[j])} over the parent's rows {@code N_{k-1}}. In digits ({@link ScaledNetwork#fast}, {@link Digits}) the
 * parent remembers, per neuron {@code j}, the last row {@code j} built in one of its children and
 * that child's pattern; a later child with pattern {@code A'} gets its row as that row plus
 * {@code Σ_{i∈A'∖A} W'·N - Σ_{i∈A∖A'} W'·N}, when the two patterns differ in fewer neurons than
 * {@code A'} has (siblings are visited along a Hilbert curve, so they mostly differ in one or two).
 * Both are exact: the same integers either way. A row without such a reference is summed afresh:
 * alone, or, in a cell whose children split by another hidden layer (and so will want nearly every
 * row), together with all the cell's other rows ({@link DigitRows#all}). Without digits, rows are
 * {@code BigInteger}s summed afresh.
 */
final class ExactRows {

    private ExactRows() {
    }

    /**
     * Row {@code j} of cell {@code c} in digits (requires {@link ScaledNetwork#fast}).
     *
     * @param net the network
     * @param c the cell
     * @param j the neuron of layer {@code c.depth}
     * @return the row, three coefficients of {@code net.exactRows.digits[c.depth]} digits (shared: not to be modified)
     */
    static long[] digitRow(ScaledNetwork net, LayerCell c, int j) {
        long[] row = c.digits()[j];
        if (row != null) {
            return row;
        }
        if (c.depth == 0) {
            row = net.exactRows.first(j);
        } else {
            LayerCell p = c.parent;
            if (p.childRow == null) {
                p.childRow = new long[c.width()][];
                p.childBits = new long[c.width()][];
            }
            long[] ref = p.childRow[j];
            if (ref != null) {
                long[] refBits = p.childBits[j];
                int changed = 0;
                for (int w = 0; w < refBits.length; w++) {
                    changed += Long.bitCount(c.bits[w] ^ refBits[w]);
                }
                if (changed < c.activeCount()) {
                    for (int w = 0; w < refBits.length; w++) {
                        for (long word = c.bits[w] ^ refBits[w]; word != 0; word &= word - 1) {
                            digitRow(net, p, (w << 6) + Long.numberOfTrailingZeros(word));
                        }
                    }
                    row = net.exactRows.update(c.depth, j, ref, c.bits, refBits, p.digits());
                }
            }
            if (row == null && c.depth <= net.layers - 3) {
                // the cell's children split by a hidden layer and will want (nearly) every row
                for (int i : c.active()) {
                    digitRow(net, p, i);
                }
                long[][] all = net.exactRows.all(c.depth, c.active(), p.digits());
                for (int i = 0; i < all.length; i++) {
                    if (c.digits()[i] == null) {
                        c.digits()[i] = all[i];
                        p.childRow[i] = all[i];
                        p.childBits[i] = c.bits;
                    }
                }
                return c.digits()[j];
            }
            if (row == null) {
                for (int i : c.active()) {
                    digitRow(net, p, i);
                }
                row = net.exactRows.row(c.depth, j, c.active(), p.digits());
            }
            p.childRow[j] = row;
            p.childBits[j] = c.bits;
        }
        c.digits()[j] = row;
        return row;
    }

    /**
     * Row {@code j} of cell {@code c} as three integers {@code (a, b, c)}: the pre-activation is
     * {@code (a·s + b·t + c) / D_k} on the cell.
     *
     * @param net the network
     * @param c the cell
     * @param j the neuron of layer {@code c.depth}
     * @return the row (shared: not to be modified)
     */
    static BigInteger[] row(ScaledNetwork net, LayerCell c, int j) {
        BigInteger[] row = c.exact()[j];
        if (row != null) {
            return row;
        }
        if (c.depth == 0) {
            row = net.first[j];
        } else if (net.fast) {
            row = net.exactRows.toBig(c.depth, digitRow(net, c, j));
        } else {
            for (int i : c.active()) {
                row(net, c.parent, i);
            }
            row = net.row(c.depth, j, c.active(), c.parent.exact());
        }
        c.exact()[j] = row;
        return row;
    }
}

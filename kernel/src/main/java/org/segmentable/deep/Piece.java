package org.segmentable.deep;

/**
 * A convex piece of a cell being split by one layer: its vertex ids (counter-clockwise), the line
 * id of each edge ({@code e[q]} runs from {@code v[q]} to {@code v[q + 1]}) and its pattern of the
 * layer so far. Internal; the arrays are not modified once the layer's split is done.
 */
final class Piece {

    final int[] v;
    final int[] e;
    final long[] bits;
    /** The bounding box of {@link CellSplitter}, computed when first needed. */
    double[] box;

    Piece(int[] v, int[] e, long[] bits) {
        this.v = v;
        this.e = e;
        this.bits = bits;
    }
}

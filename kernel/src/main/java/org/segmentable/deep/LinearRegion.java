package org.segmentable.deep;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Ring;
import org.segmentable.geometry.internal.Trusted;
import org.segmentable.numbers.Rational;

/**
 * One linear region of a network over a slice: a convex cell of positive area on which every
 * hidden neuron's activation (pre-activation {@code > 0}) is constant, so the network is one
 * affine map there. A view into its {@link LinearRegions}; exact values are computed on request.
 *
 * <p>{@code regions.cell(0).patternKey()} is e.g. {@code "0110|10"}.
 */
public final class LinearRegion {

    private final LinearRegions owner;
    private final int index;

    LinearRegion(LinearRegions owner, int index) {
        this.owner = Objects.requireNonNull(owner, "owner is null");
        this.index = index;
    }

    /**
     * This cell's index in {@link LinearRegions#cells()}.
     *
     * @return the index, in {@code [0, cellCount())} of its regions
     */
    public int index() {
        return index;
    }

    /**
     * The pattern of hidden layer {@code k}: character {@code j} is {@code 1} when neuron
     * {@code j} is active (pre-activation {@code > 0}) on the cell.
     *
     * <p>{@code cell.pattern(0)} is e.g. {@code "0110"}.
     *
     * @param k a hidden layer, {@code 0 ≤ k < hidden layers}
     * @return the pattern string
     * @throws IndexOutOfBoundsException if {@code k} is not a hidden layer
     */
    public String pattern(int k) {
        Objects.checkIndex(k, owner.hiddenLayers());
        return owner.pattern(index, k);
    }

    /**
     * The patterns of every hidden layer, first to last (see {@link #pattern(int)}).
     *
     * @return one pattern string per hidden layer, e.g. {@code ["0110", "10"]}; empty for a network
     *     without hidden layers
     */
    public Vector<String> patterns() {
        return Vector.range(0, owner.hiddenLayers()).map(this::pattern);
    }

    /**
     * The concatenated patterns, layers separated by {@code |}; a key that identifies the cell's
     * activation pattern across the whole network.
     *
     * @return the key, e.g. {@code "0110|10"}; empty for a network without hidden layers
     */
    public String patternKey() {
        return patterns().mkString("|");
    }

    /**
     * Whether neuron {@code j} of hidden layer {@code k} is active (pre-activation {@code > 0}) on the cell.
     *
     * @param k a hidden layer, {@code 0 ≤ k < hidden layers}
     * @param j a neuron of that layer, {@code 0 ≤ j <} its width
     * @return true when the neuron is active on the cell's interior
     * @throws IndexOutOfBoundsException if {@code k} or {@code j} is out of range
     */
    public boolean isActive(int k, int j) {
        Objects.checkIndex(k, owner.hiddenLayers());
        Objects.checkIndex(j, owner.width(k));
        return owner.active(index, k, j);
    }

    /**
     * The exact vertices in slice coordinates {@code (s, t)}, counter-clockwise, without repeated or
     * collinear vertices.
     *
     * @return the vertices of the convex cell, at least 3
     */
    public Vector<Point2> vertices() {
        return owner.polygon(index);
    }

    /**
     * The exact convex polygon of the cell, in slice coordinates.
     *
     * @return the polygon with shell {@link #vertices()} and no holes
     */
    public Polygon polygon() {
        return Trusted.polygon(Ring.of(vertices()));
    }

    /**
     * The number of vertices, without building them exactly.
     *
     * @return the size of {@link #vertices()}, at least 3
     */
    public int vertexCount() {
        return owner.vertexCount(index);
    }

    /**
     * Vertex {@code k} as doubles (within {@code 2^-50} relative of the exact value), for drawing.
     *
     * @param k the vertex, {@code 0 ≤ k < vertexCount()}
     * @return a fresh {@code {s, t}} array
     * @throws IndexOutOfBoundsException if {@code k} is out of range
     */
    public double[] vertexApprox(int k) {
        Objects.checkIndex(k, vertexCount());
        return owner.approxVertex(index, k);
    }

    /**
     * The exact area of the cell, in squared slice units.
     *
     * @return the area, positive
     */
    public Rational area() {
        return owner.area(index);
    }

    /**
     * The exact affine map from slice coordinates {@code (s, t)} to the network's output on this cell.
     *
     * @return the map, of dimension {@code outputDim()} of the network
     */
    public AffineMap affineMap() {
        return owner.affineMap(index);
    }

    /**
     * The sign of the level-set output on this cell, when a level set was requested.
     *
     * @return the sign, or none when the regions were built without a level set
     */
    public Option<OutputSign> outputSign() {
        return owner.outputSign(index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearRegion && ((LinearRegion) o).owner == owner && ((LinearRegion) o).index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(owner) * 31 + index;
    }

    /** {@code "LinearRegion[3, 0110|10]"}. */
    @Override
    public String toString() {
        return "LinearRegion[" + index + ", " + patternKey() + "]";
    }
}

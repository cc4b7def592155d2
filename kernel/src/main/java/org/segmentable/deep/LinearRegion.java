package org.segmentable.deep;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Ring;
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

    /** This cell's index in {@link LinearRegions#cells()}. */
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

    /** The patterns of every hidden layer, first to last. */
    public Vector<String> patterns() {
        return Vector.range(0, owner.hiddenLayers()).map(this::pattern);
    }

    /** The concatenated patterns, layers separated by {@code |}: {@code "0110|10"}. */
    public String patternKey() {
        return patterns().mkString("|");
    }

    /** True when neuron {@code j} of hidden layer {@code k} is active on the cell. */
    public boolean isActive(int k, int j) {
        Objects.checkIndex(k, owner.hiddenLayers());
        Objects.checkIndex(j, owner.width(k));
        return owner.active(index, k, j);
    }

    /** The exact vertices, counter-clockwise, without repeated or collinear vertices. */
    public Vector<Point2> vertices() {
        return owner.polygon(index);
    }

    /** The exact convex polygon. */
    public Polygon polygon() {
        return Polygon.of(Ring.of(vertices()));
    }

    /** The number of vertices. */
    public int vertexCount() {
        return owner.vertexCount(index);
    }

    /**
     * Vertex {@code k} as doubles (within {@code 2^-50} relative of the exact value), for drawing.
     *
     * @param k the vertex, {@code 0 ≤ k < vertexCount()}
     * @return a fresh {@code {s, t}} array
     */
    public double[] vertexApprox(int k) {
        Objects.checkIndex(k, vertexCount());
        return owner.approxVertex(index, k);
    }

    /** The exact area, positive. */
    public Rational area() {
        return owner.area(index);
    }

    /** The exact affine map from slice coordinates {@code (s, t)} to the network's output on this cell. */
    public AffineMap affineMap() {
        return owner.affineMap(index);
    }

    /** The sign of the level-set output on this cell, when a level set was requested. */
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

package org.segmentable.deep;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * One affine layer {@code x ↦ W·x + b} of a network, with exact rational entries in PyTorch's
 * {@code nn.Linear} shapes: {@code W} is {@code out × in}, {@code b} has {@code out} entries.
 * A layer is a part of a network, and its shapes are a property of the network: {@link Mlp#of}
 * checks them (every row of {@code W} against the bias and the previous layer) and reports every
 * problem at once, naming the layer.
 *
 * <p>{@code DenseLayer.of(Vector.of(Vector.of(Rational.ONE, Rational.ZERO)), Vector.of(Rational.HALF)).outputs()}
 * is {@code 1}.
 */
public final class DenseLayer {

    private final Vector<Vector<Rational>> w;
    private final Vector<Rational> b;

    private DenseLayer(Vector<Vector<Rational>> w, Vector<Rational> b) {
        this.w = w;
        this.b = b;
    }

    /**
     * The layer of the given weights; {@link Mlp#of} checks the shapes.
     *
     * <p>{@code DenseLayer.of(Vector.of(Vector.of(Rational.ONE)), Vector.of(Rational.ZERO))} is the identity on R¹.
     *
     * @param w out × in, not null, no null row or entry
     * @param b out entries, not null, no null entry
     * @return the layer
     * @throws NullPointerException if w or b is null, or holds a null row or entry
     */
    public static DenseLayer of(Vector<Vector<Rational>> w, Vector<Rational> b) {
        Objects.requireNonNull(w, "w is null");
        Objects.requireNonNull(b, "b is null");
        w.forEach(row -> {
            Objects.requireNonNull(row, "w holds a null row");
            row.forEach(x -> Objects.requireNonNull(x, "w holds null"));
        });
        b.forEach(x -> Objects.requireNonNull(x, "b holds null"));
        return new DenseLayer(w, b);
    }

    /**
     * The weight rows.
     *
     * @return {@code out} rows of {@code in} entries
     */
    public Vector<Vector<Rational>> w() {
        return w;
    }

    /**
     * The bias.
     *
     * @return {@code out} entries
     */
    public Vector<Rational> b() {
        return b;
    }

    /**
     * The number of outputs, {@code out} (the number of bias entries).
     *
     * @return the output count, at least 0
     */
    public int outputs() {
        return b.size();
    }

    /**
     * The number of inputs, {@code in} (the length of the first row).
     *
     * @return the input count; 0 when the layer has no rows
     */
    public int inputs() {
        return w.isEmpty() ? 0 : w.get(0).size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseLayer && ((DenseLayer) o).w.equals(w) && ((DenseLayer) o).b.equals(b);
    }

    @Override
    public int hashCode() {
        return Objects.hash(w, b);
    }

    /** {@code "DenseLayer[w=Vector(Vector(1, 0)), b=Vector(1/2)]"}. */
    @Override
    public String toString() {
        return "DenseLayer[w=" + w + ", b=" + b + "]";
    }
}

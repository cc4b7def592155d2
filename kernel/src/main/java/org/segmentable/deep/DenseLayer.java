package org.segmentable.deep;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * One affine layer {@code x ↦ W·x + b} of a network, with exact rational entries in PyTorch's
 * {@code nn.Linear} shapes: {@code W} is {@code out × in}, {@code b} has {@code out} entries.
 * Shapes are checked by {@link Mlp#of}, which reports every problem at once.
 *
 * <p>{@code new DenseLayer(Vector.of(Vector.of(Rational.ONE, Rational.ZERO)), Vector.of(Rational.HALF)).outputs()}
 * is {@code 1}.
 *
 * @param w the weight rows, {@code out} rows of {@code in} entries, not null
 * @param b the bias, not null
 */
public record DenseLayer(Vector<Vector<Rational>> w, Vector<Rational> b) {

    /**
     * Checks for nulls; shapes are checked by {@link Mlp#of}.
     *
     * @param w the weight rows, {@code out} rows of {@code in} entries
     * @param b the bias, {@code out} entries
     * @throws NullPointerException if w or b is null, or holds a null row or entry
     */
    public DenseLayer {
        Objects.requireNonNull(w, "w is null");
        Objects.requireNonNull(b, "b is null");
        w.forEach(row -> {
            Objects.requireNonNull(row, "w holds a null row");
            row.forEach(x -> Objects.requireNonNull(x, "w holds null"));
        });
        b.forEach(x -> Objects.requireNonNull(x, "b holds null"));
    }

    /**
     * The layer of the given weights.
     *
     * <p>{@code DenseLayer.of(Vector.of(Vector.of(Rational.ONE)), Vector.of(Rational.ZERO))} is the identity on R¹.
     *
     * @param w out × in, not null
     * @param b out entries, not null
     * @return the layer
     */
    public static DenseLayer of(Vector<Vector<Rational>> w, Vector<Rational> b) {
        return new DenseLayer(w, b);
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
}

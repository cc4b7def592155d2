package org.segmentable.deep;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A multi-layer perceptron {@code x ↦ L_n(ReLU(… ReLU(L_1(x))))}: affine layers with a ReLU
 * between consecutive layers and none after the last. With {@code n} layers there are
 * {@code n - 1} ReLU (hidden) layers; their activation patterns define the linear regions.
 * Neuron {@code j} of hidden layer {@code k} is active where its pre-activation is {@code > 0}.
 *
 * <p>{@code Mlp.of(Vector.of(l1, l2))} with {@code l1} 2 → 3 and {@code l2} 3 → 1 is
 * {@code Valid(mlp)} with {@code mlp.hiddenWidths()} {@code [3]}.
 */
public final class Mlp {

    private final Vector<DenseLayer> layers;

    private Mlp(Vector<DenseLayer> layers) {
        this.layers = layers;
    }

    /**
     * A validated network: every shape problem is reported at once (no layer, ragged or empty
     * weight rows, a bias whose length differs from the number of rows, a layer whose input size
     * differs from the previous layer's output size).
     *
     * <p>{@code Mlp.of(Vector.empty())} is {@code Invalid(["a network needs at least one layer"])}.
     *
     * @param layers the layers, first to last, not null
     * @return the network, or every problem found
     */
    public static Validation<Seq<String>, Mlp> of(Seq<DenseLayer> layers) {
        Objects.requireNonNull(layers, "layers is null");
        Vector<String> problems = Vector.empty();
        if (layers.isEmpty()) {
            return Validation.invalid(Vector.of("a network needs at least one layer"));
        }
        int previousOut = -1;
        for (int k = 0; k < layers.size(); k++) {
            DenseLayer l = Objects.requireNonNull(layers.get(k), "layers holds null");
            String name = "layer " + k;
            if (l.w().isEmpty()) {
                problems = problems.append(name + ": W has no rows");
            }
            int in = l.inputs();
            if (in == 0 && !l.w().isEmpty()) {
                problems = problems.append(name + ": W has empty rows");
            }
            for (int r = 0; r < l.w().size(); r++) {
                if (l.w().get(r).size() != in) {
                    problems = problems.append(name + ": W row " + r + " has " + l.w().get(r).size()
                            + " entries, expected " + in);
                }
            }
            if (l.b().size() != l.w().size()) {
                problems = problems.append(name + ": b has " + l.b().size() + " entries, expected "
                        + l.w().size() + " (the rows of W)");
            }
            if (previousOut >= 0 && in != previousOut) {
                problems = problems.append(name + ": W has " + in + " columns, expected " + previousOut
                        + " (the outputs of layer " + (k - 1) + ")");
            }
            previousOut = l.w().size();
        }
        return problems.isEmpty() ? Validation.valid(new Mlp(Vector.ofAll(layers))) : Validation.invalid(problems);
    }

    /**
     * The affine layers, first to last.
     *
     * @return the layers, at least one; shapes chain (each layer's inputs are the previous one's outputs)
     */
    public Vector<DenseLayer> layers() {
        return layers;
    }

    /**
     * The input dimension (columns of the first W).
     *
     * @return the number of inputs, at least 1; {@code 2} for a 2-input network
     */
    public int inputDim() {
        return layers.get(0).inputs();
    }

    /**
     * The output dimension (rows of the last W).
     *
     * @return the number of outputs, at least 1
     */
    public int outputDim() {
        return layers.last().outputs();
    }

    /**
     * The widths of the hidden (ReLU) layers: the output counts of every layer but the last.
     *
     * @return one width per hidden layer, first to last, e.g. {@code [64, 64, 64]}; empty for a
     *     single-layer (affine) network
     */
    public Vector<Integer> hiddenWidths() {
        return layers.init().map(DenseLayer::outputs);
    }

    /**
     * The exact pre-activations of every layer at an input point: element {@code k} is
     * {@code W_k · a_{k-1} + b_k} with {@code a_0 = x} and {@code a_k = ReLU(pre_k)}; the last
     * element is the network's output.
     *
     * <p>For the identity network {@code [[1]], [0]} and {@code x = [2]}, it is {@code [[2]]}.
     *
     * @param x the input, {@link #inputDim()} entries, not null
     * @return the pre-activations per layer
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public Vector<Vector<Rational>> preActivations(Seq<Rational> x) {
        Objects.requireNonNull(x, "x is null");
        if (x.size() != inputDim()) {
            throw new IllegalArgumentException("x has " + x.size() + " entries, expected " + inputDim());
        }
        Vector<Vector<Rational>> out = Vector.empty();
        Vector<Rational> a = Vector.ofAll(x);
        for (int k = 0; k < layers.size(); k++) {
            DenseLayer l = layers.get(k);
            Vector<Rational> pre = Vector.empty();
            for (int j = 0; j < l.outputs(); j++) {
                Rational s = l.b().get(j);
                Vector<Rational> row = l.w().get(j);
                for (int i = 0; i < row.size(); i++) {
                    s = s.add(row.get(i).multiply(a.get(i)));
                }
                pre = pre.append(s);
            }
            out = out.append(pre);
            a = pre.map(v -> v.signum() > 0 ? v : Rational.ZERO);
        }
        return out;
    }

    /**
     * The exact output at an input point.
     *
     * @param x the input, not null
     * @return the last layer's pre-activation
     */
    public Vector<Rational> apply(Seq<Rational> x) {
        return preActivations(x).last();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mlp && ((Mlp) o).layers.equals(layers);
    }

    @Override
    public int hashCode() {
        return layers.hashCode();
    }

    /** {@code "Mlp[2 → 64 → 64 → 1]"}. */
    @Override
    public String toString() {
        return "Mlp[" + inputDim() + layers.map(l -> " → " + l.outputs()).mkString() + "]";
    }
}

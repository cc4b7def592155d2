package org.segmentable.deep;

import io.vavr.collection.Vector;
import java.util.SplittableRandom;
import org.segmentable.numbers.Rational;

/**
 * Seeded random networks with float32 weights, for benchmarks and tests: Kaiming-uniform
 * weights {@code U(-√(6/fan_in), √(6/fan_in))} (He initialisation for ReLU) and PyTorch's default
 * biases {@code U(-1/√fan_in, 1/√fan_in)}, each rounded to float32 and taken exactly.
 *
 * <p>{@code RandomMlp.kaimingUniform(1, 2, 64, 64, 64, 1)} is a 2 → 64 → 64 → 64 → 1 network,
 * the same for the same seed.
 */
public final class RandomMlp {

    private RandomMlp() {
    }

    /**
     * A random network with the given layer sizes.
     *
     * @param seed the random seed
     * @param sizes the input size, then each layer's output size (at least two numbers, all positive)
     * @return the network
     * @throws IllegalArgumentException if fewer than two sizes are given or one is not positive
     */
    public static Mlp kaimingUniform(long seed, int... sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("sizes needs the input size and at least one layer size");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Vector<DenseLayer> layers = Vector.empty();
        for (int k = 1; k < sizes.length; k++) {
            int in = sizes[k - 1];
            int out = sizes[k];
            if (in <= 0 || out <= 0) {
                throw new IllegalArgumentException("sizes must be positive: " + java.util.Arrays.toString(sizes));
            }
            double wb = Math.sqrt(6.0 / in);
            double bb = 1.0 / Math.sqrt(in);
            Vector<Vector<Rational>> w = Vector.empty();
            Vector<Rational> b = Vector.empty();
            for (int j = 0; j < out; j++) {
                Vector<Rational> row = Vector.empty();
                for (int i = 0; i < in; i++) {
                    row = row.append(Rational.of((float) random.nextDouble(-wb, wb)));
                }
                w = w.append(row);
                b = b.append(Rational.of((float) random.nextDouble(-bb, bb)));
            }
            layers = layers.append(DenseLayer.of(w, b));
        }
        io.vavr.control.Validation<io.vavr.collection.Seq<String>, Mlp> mlp = Mlp.of(layers);
        if (mlp.isInvalid()) {
            throw new IllegalStateException(mlp.getError().mkString("; "));
        }
        return mlp.get();
    }
}

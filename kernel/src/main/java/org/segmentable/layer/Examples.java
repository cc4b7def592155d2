package org.segmentable.layer;

import io.vavr.collection.Vector;
import org.segmentable.numbers.Rational;
import org.segmentable.numbers.Transcendentals;

/**
 * Ready-made layers: the seed's example and its family of regularly spaced features.
 *
 * <p>The seed builds {@code W_enc} from {@code n} unit vectors regularly spaced on the circle,
 * ties {@code W_dec = W_encᵀ} and "rigs" the bias to {@code b_i = -cos(2π/n)} for every dim, so
 * each ReLU boundary passes through the two neighbours of its feature. Here the cosines and sines
 * are exact rationals from {@link Transcendentals} (within {@code 10^-digits} of the true values,
 * exact where they are rational: for {@code n = 6} the bias is exactly {@code -1/2} and the
 * boundaries pass exactly through the neighbouring feature points).
 *
 * <p>{@code Examples.seedExample().d()} is {@code 6}.
 */
public final class Examples {

    /** Decimal places of the seed example's cosines and sines. */
    public static final int SEED_DIGITS = 30;

    private Examples() {
    }

    /**
     * The seed's example: 6 regularly spaced features, rigged bias {@code -cos(2π/6) = -1/2},
     * named {@code "example"} and titled {@code "Example plot"}, at {@link #SEED_DIGITS} places.
     *
     * <p>{@code Examples.seedExample().b().get(0)} is {@code -1/2}.
     *
     * @return the layer
     */
    public static ReluLayer seedExample() {
        return regularlySpaced(6, SEED_DIGITS, "example", "Example plot");
    }

    /**
     * The tied layer of {@code n} regularly spaced unit features with the seed's rigged bias,
     * named {@code "regular-n"} with an empty title.
     *
     * <p>{@code Examples.regularlySpaced(4, 10).featurePoint(1)} is {@code (0, 1)}.
     *
     * @param n the number of features (and dims), at least 1
     * @param digits decimal places of the cosines and sines, {@code 1..Transcendentals.MAX_DIGITS}
     * @return the layer: {@code W_enc[:, j] = (cos 2πj/n, sin 2πj/n)}, {@code W_dec = W_encᵀ},
     *     {@code b_i = -cos(2π/n)}
     * @throws IllegalArgumentException if {@code n < 1} or {@code digits} is out of range
     */
    public static ReluLayer regularlySpaced(int n, int digits) {
        return regularlySpaced(n, digits, "regular-" + n, "");
    }

    /**
     * As {@link #regularlySpaced(int, int)} with a chosen name and title.
     *
     * <p>{@code Examples.regularlySpaced(3, 5, "tri", "Three").name()} is {@code "tri"}.
     *
     * @param n the number of features (and dims), at least 1
     * @param digits decimal places of the cosines and sines
     * @param name the layer's name, not null
     * @param title the layer's title, not null
     * @return the layer
     * @throws IllegalArgumentException if {@code n < 1} or {@code digits} is out of range
     * @throws NullPointerException if {@code name} or {@code title} is null
     */
    public static ReluLayer regularlySpaced(int n, int digits, String name, String title) {
        if (n < 1) {
            throw new IllegalArgumentException("n is " + n + ", expected at least one feature");
        }
        Vector<Rational> cos = Vector.range(0, n).map(j -> Transcendentals.cosTwoPi(j, n, digits));
        Vector<Rational> sin = Vector.range(0, n).map(j -> Transcendentals.sinTwoPi(j, n, digits));
        Rational bias = Transcendentals.cosTwoPi(1, n, digits).negate();
        return ReluLayer.tied(name, title, Vector.of(cos, sin), Vector.fill(n, () -> bias))
                .fold(problems -> {
                    throw new IllegalStateException("regular layer is malformed: " + problems.mkString("; "));
                }, layer -> layer);
    }
}

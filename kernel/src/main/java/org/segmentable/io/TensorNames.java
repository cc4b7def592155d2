package org.segmentable.io;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Which tensors of a weight file make the layer: the encoder {@code W_enc} ({@code h × d}), the
 * decoder {@code W_dec} ({@code d × h}) and the bias {@code b} ({@code d}), or a tied {@code W}
 * ({@code h × d}) and a bias. A name left empty is found by {@link ModelFiles} among the defaults:
 * {@code W_enc}/{@code W_dec}/{@code b}, then PyTorch's {@code encoder.weight}/{@code decoder.weight}/
 * {@code decoder.bias}, then the toy model's tied {@code W} with {@code b_final} (or {@code b}).
 *
 * <p>{@code TensorNames.of(Option.some("enc.w"), Option.some("dec.w"), Option.some("dec.b"), Option.none())}
 * is {@code Valid(...)}; adding {@code --tied} to {@code --enc} gives
 * {@code Invalid(["--tied cannot be combined with --enc or --dec"])}.
 *
 * @param enc the encoder's tensor name, if chosen
 * @param dec the decoder's tensor name, if chosen
 * @param bias the bias's tensor name, if chosen
 * @param tied the tied weight's tensor name, if chosen
 */
public record TensorNames(Option<String> enc, Option<String> dec, Option<String> bias, Option<String> tied) {

    /**
     * Checks nulls and that {@code tied} is not combined with {@code enc} or {@code dec}.
     *
     * @param enc the encoder's tensor name, if chosen
     * @param dec the decoder's tensor name, if chosen
     * @param bias the bias's tensor name, if chosen
     * @param tied the tied weight's tensor name, if chosen
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code tied} is combined with {@code enc} or {@code dec}
     */
    public TensorNames {
        Objects.requireNonNull(enc, "enc is null");
        Objects.requireNonNull(dec, "dec is null");
        Objects.requireNonNull(bias, "bias is null");
        Objects.requireNonNull(tied, "tied is null");
        if (tied.isDefined() && (enc.isDefined() || dec.isDefined())) {
            throw new IllegalArgumentException("--tied cannot be combined with --enc or --dec");
        }
    }

    /**
     * No name chosen: every role is found among the defaults.
     *
     * @return the names with no role chosen
     */
    public static TensorNames defaults() {
        return new TensorNames(Option.none(), Option.none(), Option.none(), Option.none());
    }

    /**
     * Validated names.
     *
     * <p>{@code TensorNames.of(none, none, Option.some("b_final"), Option.some("W"))} is
     * {@code Valid(tied W with bias b_final)}.
     *
     * @param enc the encoder's tensor name ({@code --enc}), if chosen, not null
     * @param dec the decoder's tensor name ({@code --dec}), if chosen, not null
     * @param bias the bias's tensor name ({@code --bias}), if chosen, not null
     * @param tied the tied weight's tensor name ({@code --tied}), if chosen, not null
     * @return the names, or why they cannot go together
     */
    public static Validation<Seq<String>, TensorNames> of(Option<String> enc, Option<String> dec, Option<String> bias,
            Option<String> tied) {
        Objects.requireNonNull(enc, "enc is null");
        Objects.requireNonNull(dec, "dec is null");
        Objects.requireNonNull(bias, "bias is null");
        Objects.requireNonNull(tied, "tied is null");
        if (tied.isDefined() && (enc.isDefined() || dec.isDefined())) {
            return Validation.invalid(Vector.of("--tied cannot be combined with --enc or --dec"));
        }
        return Validation.valid(new TensorNames(enc, dec, bias, tied));
    }

    /**
     * Whether no name was chosen; {@code TensorNames.defaults().isDefault()} is {@code true}.
     *
     * @return whether every role uses the defaults
     */
    public boolean isDefault() {
        return enc.isEmpty() && dec.isEmpty() && bias.isEmpty() && tied.isEmpty();
    }
}

package org.segmentable.cli;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.segmentable.io.TensorNames;
import picocli.CommandLine;

/**
 * The model options shared by the commands that read a layer (a picocli mixin): {@code --enc NAME},
 * {@code --dec NAME}, {@code --bias NAME} and {@code --tied NAME} (also written {@code --enc=NAME})
 * choose the tensors of a {@code .npz}, {@code .safetensors} or {@code .npy} directory. Each is given
 * at most once.
 *
 * <p>After {@code --tied W --bias b}, {@link #names()} is {@code Right(TensorNames(tied W, bias b))};
 * after {@code --tied W --tied=V} it is {@code Left("--tied given twice ('W' and 'V')")}.
 */
final class ModelOptions {

    @CommandLine.Option(names = "--enc", paramLabel = "NAME", description = "tensor holding W_enc (h x d, an nn.Linear(d, h).weight)")
    java.util.List<String> enc = new java.util.ArrayList<>();

    @CommandLine.Option(names = "--dec", paramLabel = "NAME", description = "tensor holding W_dec (d x h, an nn.Linear(h, d).weight)")
    java.util.List<String> dec = new java.util.ArrayList<>();

    @CommandLine.Option(names = "--bias", paramLabel = "NAME", description = "tensor holding b (d entries)")
    java.util.List<String> bias = new java.util.ArrayList<>();

    @CommandLine.Option(names = "--tied", paramLabel = "NAME", description = {
        "tensor holding a tied W (h x d): W_enc = W, W_dec = W^T (default names: W_enc, "
                + "W_dec, b; encoder.weight, decoder.weight, decoder.bias; tied W with b_final or b)"})
    java.util.List<String> tied = new java.util.ArrayList<>();

    /**
     * The chosen tensor names.
     *
     * @return the names, or the first problem: an empty value, an option given twice, a forbidden combination
     */
    Either<String, TensorNames> names() {
        Either<String, Option<String>> e = once("--enc", enc);
        Either<String, Option<String>> d = once("--dec", dec);
        Either<String, Option<String>> b = once("--bias", bias);
        Either<String, Option<String>> t = once("--tied", tied);
        for (Either<String, Option<String>> x : List.of(e, d, b, t)) {
            if (x.isLeft()) {
                return Either.left(x.getLeft());
            }
        }
        return TensorNames.of(e.get(), d.get(), b.get(), t.get()).toEither().mapLeft(problems -> problems.mkString("; "));
    }

    /**
     * The value of an option that takes one value at most.
     *
     * @param name the option's name
     * @param values the values given, in order
     * @return the value if given, or a message: an empty value, or two values
     */
    static Either<String, Option<String>> once(String name, java.util.List<String> values) {
        List<String> given = List.ofAll(values);
        if (given.exists(String::isEmpty)) {
            return Either.left(name + " needs " + valueWords(name));
        }
        if (given.size() > 1) {
            return Either.left(name + " given twice ('" + given.get(0) + "' and '" + given.get(1) + "')");
        }
        return Either.right(given.headOption());
    }

    private static String valueWords(String name) {
        return switch (name) {
            case "--features" -> "two features I,J";
            case "--slice" -> "a FILE";
            default -> "a tensor NAME";
        };
    }
}

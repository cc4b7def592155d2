package org.segmentable.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.Objects;
import org.segmentable.io.ModelFiles;
import org.segmentable.io.TensorNames;
import org.segmentable.layer.ReluLayer;

/**
 * The model options shared by the commands that read a layer: {@code --enc NAME}, {@code --dec NAME},
 * {@code --bias NAME} and {@code --tied NAME} (also written {@code --enc=NAME}) choose the tensors of
 * a {@code .npz}, {@code .safetensors} or {@code .npy} directory; {@link #load} reads the model
 * through {@link ModelFiles}. A command takes these options out of its arguments first with
 * {@link #extract} and parses the rest as before.
 *
 * <p>{@code ModelArgs.extract(List.of("m.safetensors", "--tied", "W", "--box", "2"))} is
 * {@code Right(Parsed(names with tied = W, rest = [m.safetensors, --box, 2]))}.
 */
final class ModelArgs {

    /** Help lines for the options, to include in a command's usage text. */
    static final String HELP = """
              MODEL                weights: .json, .npz, .safetensors, or a directory of .npy files
                                   (W_enc.npy, W_dec.npy, b.npy, or W.npy and b.npy)
              --enc NAME           tensor holding W_enc (h x d, an nn.Linear(d, h).weight)
              --dec NAME           tensor holding W_dec (d x h, an nn.Linear(h, d).weight)
              --bias NAME          tensor holding b (d entries)
              --tied NAME          tensor holding a tied W (h x d): W_enc = W, W_dec = W^T
                                   (default names: W_enc, W_dec, b; encoder.weight, decoder.weight,
                                   decoder.bias; tied W with b_final or b)
            """;

    private static final List<String> FLAGS = List.of("--enc", "--dec", "--bias", "--tied");

    private ModelArgs() {
    }

    /**
     * The tensor names and the arguments left for the command.
     *
     * @param names the chosen tensor names
     * @param rest the other arguments, in their order
     */
    record Parsed(TensorNames names, List<String> rest) {
    }

    /**
     * Takes the model options out of a command's arguments (up to a {@code --}, which ends options).
     *
     * @param args the command's arguments, not null
     * @return the names and the remaining arguments, or a usage message
     */
    static Either<String, Parsed> extract(List<String> args) {
        Objects.requireNonNull(args, "args is null");
        java.util.Map<String, String> chosen = new java.util.HashMap<>();
        List<String> rest = List.empty();
        List<String> todo = args;
        while (!todo.isEmpty()) {
            String arg = todo.head();
            todo = todo.tail();
            if (arg.equals("--")) {
                rest = rest.append(arg).appendAll(todo);
                break;
            }
            String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!FLAGS.contains(flag)) {
                rest = rest.append(arg);
                continue;
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (todo.isEmpty() || todo.head().startsWith("--")) {
                return Either.left(flag + " needs a tensor NAME");
            } else {
                value = todo.head();
                todo = todo.tail();
            }
            if (value.isEmpty()) {
                return Either.left(flag + " needs a tensor NAME");
            }
            if (chosen.containsKey(flag)) {
                return Either.left(flag + " given twice ('" + chosen.get(flag) + "' and '" + value + "')");
            }
            chosen.put(flag, value);
        }
        List<String> left = rest;
        return TensorNames.of(Option.of(chosen.get("--enc")), Option.of(chosen.get("--dec")),
                Option.of(chosen.get("--bias")), Option.of(chosen.get("--tied")))
                .toEither().mapLeft(problems -> problems.mkString("; "))
                .map(names -> new Parsed(names, left));
    }

    /**
     * Reads the model.
     *
     * @param model the model file or directory, not null
     * @param names the chosen tensor names, not null
     * @return the layer, or every problem (each naming the file, the tensor and the problem)
     */
    static Validation<Seq<String>, ReluLayer> load(Path model, TensorNames names) {
        return ModelFiles.read(model, names);
    }

    /**
     * Reads the model, its problems joined into one message for stderr.
     *
     * @param model the model file or directory
     * @param names the chosen tensor names
     * @return the layer, or one message (problems on indented lines after the first)
     */
    static Either<String, ReluLayer> loadOrMessage(Path model, TensorNames names) {
        return load(model, names).toEither().mapLeft(problems -> problems.mkString("\n  "));
    }
}

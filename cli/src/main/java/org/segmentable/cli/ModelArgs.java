package org.segmentable.cli;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
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
        Either<String, ValuedOptions.Taken> taken = ValuedOptions.take(args,
                LinkedHashMap.ofEntries(FLAGS.map(f -> io.vavr.Tuple.of(f, "a tensor NAME"))));
        if (taken.isLeft()) {
            return Either.left(taken.getLeft());
        }
        io.vavr.collection.Map<String, String> chosen = taken.get().values();
        List<String> left = taken.get().rest();
        return TensorNames.of(chosen.get("--enc"), chosen.get("--dec"),
                chosen.get("--bias"), chosen.get("--tied"))
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

package org.segmentable.io;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.segmentable.deep.DeepModel;
import org.segmentable.deep.DenseLayer;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

/**
 * Reads a deep ReLU network from a safetensors or npz file whose tensors are named as PyTorch's
 * {@code nn.Sequential} saves them: {@code 0.weight}, {@code 0.bias}, {@code 2.weight},
 * {@code 2.bias}, ... (the ReLUs between the {@code nn.Linear} layers have no tensors), possibly
 * under one common prefix such as {@code net.} or {@code layers.}. The layers are taken in
 * numerical order of their index ({@code 10} after {@code 2}); {@code N.weight} is out × in. A
 * binary file holds no slice: a 2-input network gets the identity slice, any other is refused.
 *
 * <p>A file with tensors {@code 0.weight} ({@code [2, 2]}), {@code 0.bias}, {@code 2.weight}
 * ({@code [1, 2]}) and {@code 2.bias} reads as the 2 → 2 → 1 network equal to the JSON
 * {@code {"layers": [{"W": ..., "b": ...}, {"W": ..., "b": ...}]}} with the same numbers.
 */
public final class MlpTensors {

    private static final Pattern NAME = Pattern.compile("(.*?)([0-9]{1,9})\\.(weight|bias)");

    private MlpTensors() {
    }

    /**
     * Whether every tensor is named {@code <prefix>N.weight} or {@code <prefix>N.bias} with one
     * common prefix, and at least one is a weight.
     *
     * <p>{@code isMlp(names "net.0.weight", "net.0.bias")} is {@code true};
     * {@code isMlp(names "W_enc", "W_dec", "b")} is {@code false}.
     *
     * @param tensors the tensors by name, not null
     * @return whether {@link #of} should read them
     */
    public static boolean isMlp(Map<String, Tensor> tensors) {
        Objects.requireNonNull(tensors, "tensors is null");
        return prefix(tensors.keySet().toVector()).isDefined();
    }

    /**
     * Whether a file (not JSON) holds tensors named as an {@code nn.Sequential} MLP; false when it
     * cannot be read.
     *
     * @param file not null
     * @return whether to read it with {@link #read}
     */
    public static boolean isMlp(Path file) {
        Objects.requireNonNull(file, "file is null");
        if (!Files.isRegularFile(file) || file.getFileName().toString().toLowerCase().endsWith(".json")) {
            return false;
        }
        Validation<Seq<String>, Map<String, Tensor>> tensors = TensorFile.read(file);
        return tensors.isValid() && isMlp(tensors.get());
    }

    /**
     * Reads a safetensors or npz file as a deep model named after the file's stem.
     *
     * @param file not null
     * @return the model, or every problem found, each message naming the file
     */
    public static Validation<Seq<String>, DeepModel> read(Path file) {
        Objects.requireNonNull(file, "file is null");
        return ModelReading.named(file, TensorFile.read(file), (tensors, stem) -> of(stem, tensors));
    }

    /**
     * Builds the model from tensors named {@code <prefix>N.weight}/{@code <prefix>N.bias}.
     *
     * <p>{@code of("m", tensors without "0.bias")} is
     * {@code Invalid(["tensor '0.weight' has no bias: expected a tensor '0.bias'"])}.
     *
     * @param name the model's name, not null
     * @param tensors the tensors by name, not null
     * @return the model, or every problem: names that do not fit, a missing weight or bias, wrong
     *         ranks, shapes that do not chain, NaN or infinite values by position, a network that is
     *         not 2-input (no slice)
     */
    public static Validation<Seq<String>, DeepModel> of(String name, Map<String, Tensor> tensors) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(tensors, "tensors is null");
        Option<String> prefix = prefix(tensors.keySet().toVector());
        if (prefix.isEmpty()) {
            return Validation.invalid(Vector.of("expected tensors named N.weight and N.bias (as nn.Sequential"
                    + " saves them, e.g. 0.weight, 0.bias, 2.weight), found " + tensors.keySet().toVector().sorted()
                    .mkString(", ")));
        }
        String p = prefix.get();
        Vector<Integer> indices = tensors.keySet().toVector().map(MlpTensors::index).distinct().sorted();
        Vector<String> problems = Vector.empty();
        Vector<DenseLayer> layers = Vector.empty();
        // The previous weight's name and row count, to check that consecutive layers chain; unknown
        // after a missing weight, so that one problem is reported once.
        Option<Tuple2<String, Integer>> previous = Option.none();
        for (int i : indices) {
            String wName = p + i + ".weight";
            String bName = p + i + ".bias";
            Option<Tensor> w = tensors.get(wName);
            Option<Tensor> b = tensors.get(bName);
            if (w.isEmpty()) {
                problems = problems.append("tensor '" + bName + "' has no weight: expected a tensor '" + wName + "'");
                previous = Option.none();
                continue;
            }
            Vector<Integer> shape = w.get().shape();
            String shapeText = shape.mkString("[", ", ", "]");
            Validation<Seq<String>, Vector<Vector<Rational>>> wv = w.get().matrix();
            problems = problems.appendAll(ModelReading.errors(wv));
            if (shape.size() == 2) {
                if (shape.get(0) == 0 || shape.get(1) == 0) {
                    problems = problems.append("tensor '" + wName + "' has shape " + shapeText
                            + ", expected no empty dimension");
                }
                if (previous.isDefined() && previous.get()._2 != shape.get(1).intValue()) {
                    problems = problems.append("tensor '" + wName + "' has shape " + shapeText + ": its "
                            + shape.get(1) + " columns should match the " + previous.get()._2 + " outputs of '"
                            + previous.get()._1 + "'");
                }
                previous = Option.some(Tuple.of(wName, shape.get(0)));
            } else {
                previous = Option.none();
            }
            if (b.isEmpty()) {
                problems = problems.append("tensor '" + wName + "' has no bias: expected a tensor '" + bName + "'");
                continue;
            }
            Validation<Seq<String>, Vector<Rational>> bv = b.get().vector();
            problems = problems.appendAll(ModelReading.errors(bv));
            if (shape.size() == 2 && b.get().rank() == 1 && b.get().shape().get(0).intValue() != shape.get(0)) {
                problems = problems.append("tensor '" + bName + "' has shape " + b.get().shape().mkString("[", ", ", "]")
                        + ", expected [" + shape.get(0) + "] (the rows of '" + wName + "')");
            }
            if (wv.isValid() && bv.isValid()) {
                layers = layers.append(DenseLayer.of(wv.get(), bv.get()));
            }
        }
        return ModelReading.network(problems, layers).flatMap(mlp -> mlp.inputDim() == 2
                ? DeepModel.of(name, "", mlp, AffineSlice.identity())
                : Validation.invalid(Vector.of("the network takes " + mlp.inputDim() + " inputs and a tensor file"
                        + " holds no slice; write it as JSON with \"layers\" and \"slice\": {\"origin\", \"u\", \"v\"}")));
    }

    private static int index(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    /** The common prefix when every name fits {@code <prefix>N.weight|bias} and one is a weight. */
    private static Option<String> prefix(Vector<String> names) {
        if (names.isEmpty()) {
            return Option.none();
        }
        Vector<Tuple2<String, String>> parts = Vector.empty();
        for (String n : names) {
            Matcher m = NAME.matcher(n);
            if (!m.matches()) {
                return Option.none();
            }
            parts = parts.append(Tuple.of(m.group(1), m.group(3)));
        }
        String first = parts.head()._1;
        boolean common = parts.forAll(t -> t._1.equals(first));
        boolean prefixOk = first.isEmpty() || first.endsWith(".");
        boolean weight = parts.exists(t -> t._2.equals("weight"));
        return common && prefixOk && weight ? Option.some(first) : Option.none();
    }
}

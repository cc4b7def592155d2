package org.segmentable.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/**
 * Reads a {@link ReluLayer} from any supported weight file: JSON (via {@link JsonModels}), a
 * NumPy {@code .npz}, a directory of {@code .npy} files, or {@code .safetensors}. The tensors are
 * picked by {@link TensorNames}; shapes are checked with the tensors' own names in the messages
 * (with a hint when a matrix looks transposed); every value is converted exactly and every
 * NaN or infinity is reported by position. The layer is named after the file's stem.
 *
 * <p>{@code ModelFiles.read(Path.of("toy.safetensors"), TensorNames.defaults())} is
 * {@code Valid(layer)} when the file holds {@code encoder.weight}, {@code decoder.weight} and
 * {@code decoder.bias}; when it holds none of the default names the message lists the tensors present.
 */
public final class ModelFiles {

    private static final Vector<Vector<String>> UNTIED_DEFAULTS = Vector.of(
            Vector.of("W_enc", "W_dec", "b"),
            Vector.of("encoder.weight", "decoder.weight", "decoder.bias"));
    private static final Vector<Vector<String>> TIED_DEFAULTS = Vector.of(
            Vector.of("W", "b_final"),
            Vector.of("W", "b"));
    private static final int MAX_LISTED = 24;

    private ModelFiles() {
    }

    /**
     * Reads a layer with the default tensor names.
     *
     * @param file the model file or directory, not null
     * @return the layer, or every problem, each naming the file
     */
    public static Validation<Seq<String>, ReluLayer> read(Path file) {
        return read(file, TensorNames.defaults());
    }

    /**
     * Reads a layer, dispatching on the file: a directory of {@code .npy} files, a binary tensor
     * file recognised by its magic bytes or extension, or JSON ({@code .json}, or any other file
     * whose first non-blank character is an opening brace).
     *
     * @param file the model file or directory, not null
     * @param names the tensors to use, not null
     * @return the layer, or every problem, each naming the file, the tensor and the problem
     */
    public static Validation<Seq<String>, ReluLayer> read(Path file, TensorNames names) {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(names, "names is null");
        Path fileName = file.getFileName();
        String stem = TensorFile.stem(fileName == null ? file.toString() : fileName.toString());
        boolean directory = Files.isDirectory(file);
        if (directory) {
            String name = fileName != null ? fileName.toString() : stem;
            return TensorFile.read(file).flatMap(tensors -> layer(file.toString(), name, tensors, names));
        }
        return TensorFile.bytes(file).flatMap(data -> isJson(file, data)
                ? json(file, JsonValues.tree(new String(data, StandardCharsets.UTF_8)), stem, names)
                : binary(file, data, stem, names));
    }

    /**
     * Whether a file's content is read as JSON: a {@code .json} name, or no binary format recognised and
     * an opening brace first.
     */
    static boolean isJson(Path file, byte[] data) {
        return file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                || TensorFile.detect(file.toString(), data).isEmpty() && startsLikeJson(data);
    }

    /** A layer from a JSON model's parsed text; every problem names the file. */
    static Validation<Seq<String>, ReluLayer> json(Path file, Validation<Seq<String>, JsonNode> tree, String stem,
            TensorNames names) {
        if (!names.isDefault()) {
            return Validation.invalid(Vector.of(file + ": --enc, --dec, --bias and --tied choose tensors of "
                    + ".npy, .npz and .safetensors files; a JSON model has the keys W_enc, W_dec and b (or W "
                    + "and b)"));
        }
        return tree.flatMap(root -> JsonModels.layer(root, stem)).mapError(problems -> problems.map(p -> file + ": " + p));
    }

    /** A layer from a binary tensor file's bytes; every problem names the file. */
    static Validation<Seq<String>, ReluLayer> binary(Path file, byte[] data, String stem, TensorNames names) {
        return binary(file, TensorFile.parse(file.toString(), data), stem, names);
    }

    /** A layer from a binary tensor file's tensors (or their problems); every problem names the file. */
    static Validation<Seq<String>, ReluLayer> binary(Path file, Validation<Seq<String>, Map<String, Tensor>> tensors,
            String stem, TensorNames names) {
        Validation<Seq<String>, ReluLayer> layer = tensors.flatMap(t -> layer(file.toString(), stem, t, names));
        boolean singleNpy = file.toString().toLowerCase(Locale.ROOT).endsWith(".npy");
        return singleNpy ? layer.mapError(p -> p.append(file + ": a .npy file holds one array; put W_enc.npy, "
                + "W_dec.npy and b.npy (or W.npy and b.npy) in one directory and pass the directory")) : layer;
    }

    /** Whether the first non-blank byte is an opening brace. */
    private static boolean startsLikeJson(byte[] data) {
        for (byte b : data) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '{';
            }
        }
        return false;
    }

    /**
     * Assembles a layer from named tensors.
     *
     * <p>With {@code W_enc} {@code [2, 6]}, {@code W_dec} {@code [6, 2]} and {@code b} {@code [6]} it is
     * {@code Valid(layer)}; with {@code W_dec} {@code [2, 6]} one message says
     * {@code "tensor 'W_dec' (W_dec) has shape [2, 6], expected [d, h] = [6, 2] (it looks transposed...)"}.
     * The hidden width h is taken from the weight whose d side agrees with the bias, so a transposed
     * {@code W_enc} is named alone and never blames a {@code W_dec} of the right shape.
     *
     * @param label the file, prefixed to every message
     * @param name the layer's name
     * @param tensors the file's tensors
     * @param names the tensors to use
     * @return the layer, or every problem
     */
    public static Validation<Seq<String>, ReluLayer> layer(String label, String name, Map<String, Tensor> tensors,
            TensorNames names) {
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(tensors, "tensors is null");
        Objects.requireNonNull(names, "names is null");
        Either<String, Vector<String>> chosen = choose(tensors, names);
        if (chosen.isLeft()) {
            return Validation.invalid(Vector.of(label + ": " + Bytes.printable(chosen.getLeft())));
        }
        Vector<Tensor> picked = chosen.get().map(n -> tensors.get(n).get());
        Validation<Seq<String>, ReluLayer> layer = picked.size() == 2
                ? tied(name, picked.get(0), picked.get(1))
                : untied(name, picked.get(0), picked.get(1), picked.get(2));
        return layer.mapError(p -> p.map(m -> label + ": " + Bytes.printable(m)));
    }

    private static Validation<Seq<String>, ReluLayer> untied(String name, Tensor enc, Tensor dec, Tensor b) {
        Vector<String> problems = Vector.empty();
        problems = problems.appendAll(rank(enc, "W_enc", 2, "[h, d]")).appendAll(rank(dec, "W_dec", 2, "[d, h]"))
                .appendAll(rank(b, "b", 1, "[d]"));
        if (problems.isEmpty()) {
            int d = b.shape().get(0);
            boolean encFits = enc.shape().get(1) == d;
            boolean decFits = dec.shape().get(0) == d;
            int h = encFits || !decFits ? enc.shape().get(0) : dec.shape().get(1);
            String hFrom = encFits || !decFits ? enc.name() : dec.name();
            problems = problems.appendAll(shape(enc, "W_enc", h, d, "h × d, an nn.Linear(d, h).weight",
                    "d = " + d + " from the bias '" + b.name() + "'"
                            + (hFrom.equals(enc.name()) ? "" : ", h = " + h + " from '" + hFrom + "'")));
            problems = problems.appendAll(shape(dec, "W_dec", d, h, "d × h, an nn.Linear(h, d).weight",
                    "d from the bias, h = " + h + " from '" + hFrom + "'"));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        Validation<Seq<String>, Vector<Vector<Rational>>> wEnc = enc.matrix();
        Validation<Seq<String>, Vector<Vector<Rational>>> wDec = dec.matrix();
        Validation<Seq<String>, Vector<Rational>> bias = b.vector();
        problems = problems.appendAll(ModelReading.errors(wEnc)).appendAll(ModelReading.errors(wDec))
                .appendAll(ModelReading.errors(bias));
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return ReluLayer.of(name, "", wEnc.get(), wDec.get(), bias.get());
    }

    private static Validation<Seq<String>, ReluLayer> tied(String name, Tensor w, Tensor b) {
        Vector<String> problems = Vector.empty();
        problems = problems.appendAll(rank(w, "tied W", 2, "[h, d]")).appendAll(rank(b, "b", 1, "[d]"));
        if (problems.isEmpty()) {
            int d = b.shape().get(0);
            problems = problems.appendAll(shape(w, "tied W", w.shape().get(0), d,
                    "h × d; a toy model's (features, hidden) W needs transposing",
                    "d = " + d + " from the bias '" + b.name() + "'"));
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        Validation<Seq<String>, Vector<Vector<Rational>>> weights = w.matrix();
        Validation<Seq<String>, Vector<Rational>> bias = b.vector();
        problems = problems.appendAll(ModelReading.errors(weights)).appendAll(ModelReading.errors(bias));
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return ReluLayer.tied(name, "", weights.get(), bias.get());
    }

    private static Seq<String> rank(Tensor t, String role, int rank, String expected) {
        if (t.rank() == rank) {
            return Vector.empty();
        }
        return Vector.of("tensor '" + t.name() + "' (" + role + ") has shape " + t.shape().mkString("[", ", ", "]")
                + ", expected " + expected + " (" + rank + "-D)");
    }

    private static Seq<String> shape(Tensor t, String role, int rows, int cols, String convention, String why) {
        Vector<Integer> s = t.shape();
        if (s.get(0) == rows && s.get(1) == cols) {
            return Vector.empty();
        }
        boolean transposed = s.get(0) == cols && s.get(1) == rows;
        return Vector.of("tensor '" + t.name() + "' (" + role + ") has shape " + s.mkString("[", ", ", "]")
                + ", expected [" + rows + ", " + cols + "] (" + why + ")"
                + (transposed ? "; it looks transposed: " + role + " is " + convention : ""));
    }

    /** The chosen tensor names: {@code [enc, dec, bias]} or {@code [tied, bias]}. */
    private static Either<String, Vector<String>> choose(Map<String, Tensor> tensors, TensorNames names) {
        for (String given : names.enc().toVector().appendAll(names.dec()).appendAll(names.bias())
                .appendAll(names.tied())) {
            if (!tensors.containsKey(given)) {
                return Either.left("no tensor named '" + given + "'; " + present(tensors));
            }
        }
        if (names.tied().isDefined()) {
            return bias(tensors, names, Vector.of("b_final", "b")).map(b -> Vector.of(names.tied().get(), b));
        }
        if (names.enc().isDefined() || names.dec().isDefined()) {
            Option<String> enc = names.enc().orElse(first(tensors, Vector.of("W_enc", "encoder.weight")));
            Option<String> dec = names.dec().orElse(first(tensors, Vector.of("W_dec", "decoder.weight")));
            if (enc.isEmpty()) {
                return Either.left("no encoder: neither W_enc nor encoder.weight found; name it with --enc NAME; "
                        + present(tensors));
            }
            if (dec.isEmpty()) {
                return Either.left("no decoder: neither W_dec nor decoder.weight found; name it with --dec NAME; "
                        + present(tensors));
            }
            return bias(tensors, names, Vector.of("b", "decoder.bias")).map(b -> Vector.of(enc.get(), dec.get(), b));
        }
        if (tensors.containsKey("W") && (tensors.containsKey("W_enc") || tensors.containsKey("W_dec"))) {
            return Either.left("both W (tied) and W_enc/W_dec: keep one, or choose with --tied W or "
                    + "--enc W_enc --dec W_dec");
        }
        for (Vector<String> set : UNTIED_DEFAULTS.appendAll(TIED_DEFAULTS)) {
            Vector<String> withBias = set.init().append(names.bias().getOrElse(set.last()));
            if (withBias.forAll(tensors::containsKey)) {
                return Either.right(withBias);
            }
        }
        return Either.left("found none of the default tensor names (W_enc, W_dec, b; encoder.weight, "
                + "decoder.weight, decoder.bias; tied W with b_final or b); " + present(tensors)
                + "; choose them with --enc NAME --dec NAME --bias NAME, or --tied NAME --bias NAME");
    }

    private static Either<String, String> bias(Map<String, Tensor> tensors, TensorNames names,
            Vector<String> defaults) {
        Option<String> b = names.bias().orElse(first(tensors, defaults));
        return b.toEither(() -> "no bias: none of " + defaults.mkString(", ") + " found; name it with --bias NAME; "
                + present(tensors));
    }

    private static Option<String> first(Map<String, Tensor> tensors, Vector<String> candidates) {
        return candidates.find(tensors::containsKey);
    }

    private static String present(Map<String, Tensor> tensors) {
        if (tensors.isEmpty()) {
            return "the file holds no tensors";
        }
        Seq<String> listed = tensors.values().take(MAX_LISTED).map(t -> t.name() + " (" + t.describe() + ")").toVector();
        return "tensors present: " + listed.mkString(", ")
                + (tensors.size() > MAX_LISTED ? " and " + (tensors.size() - MAX_LISTED) + " more" : "");
    }
}

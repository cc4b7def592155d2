package org.segmentable.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.segmentable.deep.DeepModel;
import org.segmentable.layer.ReluLayer;
import org.segmentable.linalg.AffineSlice;

/**
 * A model file read once, whatever it holds: a single ReLU layer ({@link ModelFiles}: JSON, {@code .npz},
 * {@code .safetensors}, a directory of {@code .npy} files), with the inline {@code "slice"} of a JSON
 * model, or a deep MLP (JSON with {@code "layers"}, {@link MlpJson}; tensors named {@code 0.weight},
 * {@code 0.bias}, ... as {@code nn.Sequential} saves them, {@link MlpTensors}). The file's bytes are
 * read once and parsed once; the readers named above give the same models and the same messages.
 *
 * <p>{@code ModelFile.read(Path.of("examples/deep-mlp.json"), TensorNames.defaults())} is
 * {@code Valid(model)} with {@code model.deep().isDefined()}; for {@code examples/toy-h3.json} it
 * holds {@code layer()} with {@code h = 3}.
 */
public final class ModelFile {

    private final Path path;
    private final Either<DeepModel, ReluLayer> model;
    private final Option<Validation<Seq<String>, AffineSlice>> inlineSlice;

    private ModelFile(Path path, Either<DeepModel, ReluLayer> model,
            Option<Validation<Seq<String>, AffineSlice>> inlineSlice) {
        this.path = path;
        this.model = model;
        this.inlineSlice = inlineSlice;
    }

    /**
     * Reads a model file or directory. A deep model is recognised before the tensor names apply (they
     * choose the tensors of a single layer).
     *
     * @param file the model file or directory, not null
     * @param names the tensors of a single layer, not null
     * @return the model, or every problem, each naming the file
     * @throws NullPointerException if an argument is null
     */
    public static Validation<Seq<String>, ModelFile> read(Path file, TensorNames names) {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(names, "names is null");
        if (Files.isDirectory(file)) {
            return ModelFiles.read(file, names).map(layer -> new ModelFile(file, Either.right(layer), Option.none()));
        }
        return TensorFile.bytes(file).flatMap(data -> ModelFiles.isJson(file, data)
                ? json(file, data, names)
                : binary(file, data, names));
    }

    private static Validation<Seq<String>, ModelFile> json(Path file, byte[] data, TensorNames names) {
        Validation<Seq<String>, JsonNode> tree = JsonValues.tree(new String(data, StandardCharsets.UTF_8));
        Option<JsonNode> root = tree.toOption().filter(JsonNode::isObject);
        if (root.exists(r -> r.has("layers"))) {
            return MlpJson.model(root.get(), ModelReading.stem(file))
                    .mapError(problems -> problems.map(p -> file + ": " + p))
                    .map(deep -> new ModelFile(file, Either.left(deep), Option.none()));
        }
        // an inline slice counts in a file named .json only
        boolean jsonName = file.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        Option<Validation<Seq<String>, AffineSlice>> slice = root.filter(r -> jsonName && r.has("slice"))
                .map(r -> SliceJson.fromNode(r.get("slice")).mapError(ps -> ps.map(p -> file + ": " + p)));
        return ModelFiles.json(file, tree, TensorFile.stem(file.getFileName().toString()), names)
                .map(layer -> new ModelFile(file, Either.right(layer), slice));
    }

    private static Validation<Seq<String>, ModelFile> binary(Path file, byte[] data, TensorNames names) {
        Validation<Seq<String>, Map<String, Tensor>> tensors = TensorFile.parse(file.toString(), data);
        if (tensors.isValid() && MlpTensors.isMlp(tensors.get())) {
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return MlpTensors.of(stem, tensors.get())
                    .mapError(problems -> problems.map(p -> file + ": " + p))
                    .map(deep -> new ModelFile(file, Either.left(deep), Option.none()));
        }
        return ModelFiles.binary(file, tensors, TensorFile.stem(file.getFileName().toString()), names)
                .map(layer -> new ModelFile(file, Either.right(layer), Option.none()));
    }

    /**
     * The file or directory read.
     *
     * @return its path as given
     */
    public Path path() {
        return path;
    }

    /**
     * The single layer, when the file holds one.
     *
     * @return the layer, or none for a deep model
     */
    public Option<ReluLayer> layer() {
        return model.toOption();
    }

    /**
     * The deep model, when the file holds one.
     *
     * @return the model, or none for a single layer
     */
    public Option<DeepModel> deep() {
        return model.swap().toOption();
    }

    /**
     * The {@code "slice"} of a single-layer JSON model ({@code {"origin", "u", "v"}}), if it has one.
     *
     * @return none when the file is not JSON or has no {@code "slice"}; otherwise the slice or its
     *     problems, each naming the file
     */
    public Option<Validation<Seq<String>, AffineSlice>> inlineSlice() {
        return inlineSlice;
    }

    @Override
    public String toString() {
        return "ModelFile(" + path + ", " + model.fold(d -> "deep " + d.name(), l -> "layer " + l.name()) + ")";
    }
}

package org.segmentable.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.segmentable.deep.DeepModel;
import org.segmentable.deep.DenseLayer;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

/**
 * Reads a deep ReLU network from JSON:
 * {@code {"layers": [{"W": [[...]], "b": [...]}, ...], "slice": {"origin": [...], "u": [...], "v": [...]}}}
 * with PyTorch {@code nn.Linear} shapes ({@code W} is out × in), ReLU between layers and none
 * after the last, optional {@code "name"} and {@code "title"}. Without {@code "slice"} a 2-input
 * network gets the identity slice. Numbers are read as the doubles their text denotes and taken
 * exactly; a number written as a string ({@code "1/3"}) is read exactly as written.
 *
 * <p>{@code MlpJson.parse("{\"layers\": [{\"W\": [[1, 0]], \"b\": [0]}]}", "m")} is a valid 2 → 1 network
 * on the identity slice.
 */
public final class MlpJson {

    private MlpJson() {
    }

    /**
     * True when the file is a JSON object with a {@code "layers"} key (a deep model, as opposed
     * to a single-layer model); false when it cannot be read or parsed.
     *
     * @param file not null
     * @return whether to read it with {@link #read}
     */
    public static boolean isMlp(Path file) {
        Objects.requireNonNull(file, "file is null");
        try {
            JsonNode root = JsonValues.MAPPER.readTree(Files.readString(file));
            return root != null && root.isObject() && root.has("layers");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads a model file.
     *
     * @param file the JSON file, not null
     * @return the model, or every problem found, each message naming the file
     */
    public static Validation<Seq<String>, DeepModel> read(Path file) {
        Objects.requireNonNull(file, "file is null");
        return ModelReading.named(file, JsonValues.text(file), MlpJson::parse);
    }

    /**
     * Parses a model from JSON text.
     *
     * @param text the JSON, not null
     * @param defaultName the name when the JSON has no {@code "name"}, not null
     * @return the model, or every problem found
     */
    public static Validation<Seq<String>, DeepModel> parse(String text, String defaultName) {
        return JsonValues.parseNamed(text, defaultName, MlpJson::model);
    }

    static Validation<Seq<String>, DeepModel> model(JsonNode root, String defaultName) {
        if (!root.isObject()) {
            return Validation.invalid(Vector.of("expected a JSON object with \"layers\""));
        }
        String name = JsonValues.string(root, "name", defaultName);
        String title = JsonValues.string(root, "title", "");
        JsonNode layersNode = root.get("layers");
        if (layersNode == null) {
            return Validation.invalid(Vector.of("missing key \"layers\""));
        }
        if (!layersNode.isArray()) {
            return Validation.invalid(Vector.of("\"layers\" must be an array of {\"W\": ..., \"b\": ...} objects"));
        }
        Vector<String> problems = Vector.empty();
        Vector<DenseLayer> layers = Vector.empty();
        for (int k = 0; k < layersNode.size(); k++) {
            JsonNode l = layersNode.get(k);
            String where = "layers[" + k + "]";
            if (!l.isObject()) {
                problems = problems.append(where + " is not an object");
                continue;
            }
            Validation<Seq<String>, Vector<Vector<Rational>>> w = JsonValues.matrix(l, "W", where);
            Validation<Seq<String>, Vector<Rational>> b = JsonValues.vector(l, "b", where);
            problems = problems.appendAll(ModelReading.errors(w)).appendAll(ModelReading.errors(b));
            if (w.isValid() && b.isValid()) {
                layers = layers.append(DenseLayer.of(w.get(), b.get()));
            }
        }
        return ModelReading.network(problems, layers).flatMap(mlp -> slice(root.get("slice"), mlp.inputDim())
                .flatMap(slice -> DeepModel.of(name, title, mlp, slice)));
    }

    /** The slice of a network with {@code n} inputs; the identity when absent and {@code n == 2}. */
    private static Validation<Seq<String>, AffineSlice> slice(JsonNode sliceNode, int n) {
        if (sliceNode == null) {
            return n == 2 ? Validation.valid(AffineSlice.identity())
                    : Validation.invalid(Vector.of("missing key \"slice\": a network with " + n
                            + " inputs needs {\"origin\", \"u\", \"v\"}"));
        }
        if (!sliceNode.isObject()) {
            return Validation.invalid(Vector.of("\"slice\" must be an object with origin, u and v"));
        }
        Validation<Seq<String>, Vector<Rational>> o = JsonValues.vector(sliceNode, "origin", "slice");
        Validation<Seq<String>, Vector<Rational>> u = JsonValues.vector(sliceNode, "u", "slice");
        Validation<Seq<String>, Vector<Rational>> v = JsonValues.vector(sliceNode, "v", "slice");
        Seq<String> sp = ModelReading.errors(o).appendAll(ModelReading.errors(u))
                .appendAll(ModelReading.errors(v));
        if (!sp.isEmpty()) {
            return Validation.invalid(sp);
        }
        Validation<Seq<String>, AffineSlice> slice = AffineSlice.of(o.get(), u.get(), v.get())
                .mapError(ps -> ps.map(p -> "slice: " + p));
        if (slice.isValid() && slice.get().dimension() != n) {
            return Validation.invalid(Vector.of("slice: it lives in R^" + slice.get().dimension()
                    + " but the network takes " + n + " inputs"));
        }
        return slice;
    }
}

package org.segmentable.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.Objects;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/**
 * Reads a layer from JSON: {@code {"W_enc": [[...]], "W_dec": [[...]], "b": [...]}} or the tied
 * form {@code {"W": [[...]], "b": [...]}}, with optional {@code "name"} and {@code "title"}.
 * Every number is read as the double its text denotes (as NumPy and PyTorch wrote it) and
 * converted to that double's exact rational; a number written as a string ({@code "1/3"},
 * {@code "0.1"}) is read exactly as written. Other keys are ignored.
 *
 * <p>{@code JsonModels.parse("{\"W\": [[1, 0], [0, 1]], \"b\": [0, 0]}", "eye")} is a valid 2-dim
 * layer named {@code eye}.
 */
public final class JsonModels {

    private JsonModels() {
    }

    /**
     * Reads a layer file.
     *
     * @param file the JSON file, not null
     * @return the layer, or every problem found, each message naming the file
     */
    public static Validation<Seq<String>, ReluLayer> read(Path file) {
        Objects.requireNonNull(file, "file is null");
        return JsonValues.text(file).flatMap(text -> parse(text, JsonValues.stem(file))
                .mapError(problems -> problems.map(p -> file + ": " + p)));
    }

    /**
     * Parses a layer from JSON text.
     *
     * @param text the JSON, not null
     * @param defaultName the name when the JSON has no {@code "name"}, not null
     * @return the layer, or every problem found
     */
    public static Validation<Seq<String>, ReluLayer> parse(String text, String defaultName) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(defaultName, "defaultName is null");
        return JsonValues.tree(text).flatMap(root -> layer(root, defaultName));
    }

    static Validation<Seq<String>, ReluLayer> layer(JsonNode root, String defaultName) {
        if (!root.isObject()) {
            return Validation.invalid(Vector.of("expected a JSON object with W_enc, W_dec and b (or W and b)"));
        }
        String name = root.path("name").isTextual() ? root.get("name").asText() : defaultName;
        String title = root.path("title").isTextual() ? root.get("title").asText() : "";
        Vector<String> problems = Vector.empty();
        boolean tied = root.has("W") && !root.has("W_enc") && !root.has("W_dec");
        Validation<Seq<String>, Vector<Rational>> b = JsonValues.vector(root, "b", "");
        if (tied) {
            Validation<Seq<String>, Vector<Vector<Rational>>> w = JsonValues.matrix(root, "W", "");
            problems = problems.appendAll(JsonValues.errors(w)).appendAll(JsonValues.errors(b));
            if (!problems.isEmpty()) {
                return Validation.invalid(problems);
            }
            return ReluLayer.tied(name, title, w.get(), b.get());
        }
        Validation<Seq<String>, Vector<Vector<Rational>>> enc = JsonValues.matrix(root, "W_enc", "");
        Validation<Seq<String>, Vector<Vector<Rational>>> dec = JsonValues.matrix(root, "W_dec", "");
        problems = problems.appendAll(JsonValues.errors(enc)).appendAll(JsonValues.errors(dec)).appendAll(JsonValues.errors(b));
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return ReluLayer.of(name, title, enc.get(), dec.get(), b.get());
    }
}

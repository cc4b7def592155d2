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
        return ModelReading.named(file, JsonValues.text(file), JsonModels::parse);
    }

    /**
     * Parses a layer from JSON text.
     *
     * @param text the JSON, not null
     * @param defaultName the name when the JSON has no {@code "name"}, not null
     * @return the layer, or every problem found
     */
    public static Validation<Seq<String>, ReluLayer> parse(String text, String defaultName) {
        return JsonValues.parseNamed(text, defaultName, JsonModels::layer);
    }

    static Validation<Seq<String>, ReluLayer> layer(JsonNode root, String defaultName) {
        if (!root.isObject()) {
            return Validation.invalid(Vector.of("expected a JSON object with W_enc, W_dec and b (or W and b)"));
        }
        String name = JsonValues.string(root, "name", defaultName);
        String title = JsonValues.string(root, "title", "");
        Vector<String> problems = Vector.empty();
        if (root.has("W") && (root.has("W_enc") || root.has("W_dec"))) {
            return Validation.invalid(Vector.of("both W (tied) and W_enc/W_dec: keep one"));
        }
        boolean tied = root.has("W");
        Validation<Seq<String>, Vector<Rational>> b = JsonValues.vector(root, "b", "");
        if (tied) {
            Validation<Seq<String>, Vector<Vector<Rational>>> w = JsonValues.matrix(root, "W", "");
            problems = problems.appendAll(ModelReading.errors(w)).appendAll(ModelReading.errors(b));
            if (!problems.isEmpty()) {
                return Validation.invalid(problems);
            }
            return ReluLayer.tied(name, title, w.get(), b.get());
        }
        Validation<Seq<String>, Vector<Vector<Rational>>> enc = JsonValues.matrix(root, "W_enc", "");
        Validation<Seq<String>, Vector<Vector<Rational>>> dec = JsonValues.matrix(root, "W_dec", "");
        problems = problems.appendAll(ModelReading.errors(enc)).appendAll(ModelReading.errors(dec))
                .appendAll(ModelReading.errors(b));
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return ReluLayer.of(name, title, enc.get(), dec.get(), b.get());
    }
}

package org.segmentable.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // Python's json writes NaN and Infinity
            .build();

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
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Validation.invalid(Vector.of(file + ": no such file"));
        } catch (IOException e) {
            return Validation.invalid(Vector.of(file + ": cannot read: " + e.getMessage()));
        }
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return parse(text, stem).mapError(problems -> problems.map(p -> file + ": " + p));
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
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonParseException e) {
            return Validation.invalid(Vector.of("malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            return Validation.invalid(Vector.of("malformed JSON: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return Validation.invalid(Vector.of("expected a JSON object with W_enc, W_dec and b (or W and b)"));
        }
        String name = root.path("name").isTextual() ? root.get("name").asText() : defaultName;
        String title = root.path("title").isTextual() ? root.get("title").asText() : "";
        Vector<String> problems = Vector.empty();
        boolean tied = root.has("W") && !root.has("W_enc") && !root.has("W_dec");
        Validation<Seq<String>, Vector<Rational>> b = vector(root, "b");
        if (tied) {
            Validation<Seq<String>, Vector<Vector<Rational>>> w = matrix(root, "W");
            problems = problems.appendAll(errors(w)).appendAll(errors(b));
            if (!problems.isEmpty()) {
                return Validation.invalid(problems);
            }
            return ReluLayer.tied(name, title, w.get(), b.get());
        }
        Validation<Seq<String>, Vector<Vector<Rational>>> enc = matrix(root, "W_enc");
        Validation<Seq<String>, Vector<Vector<Rational>>> dec = matrix(root, "W_dec");
        problems = problems.appendAll(errors(enc)).appendAll(errors(dec)).appendAll(errors(b));
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return ReluLayer.of(name, title, enc.get(), dec.get(), b.get());
    }

    private static <T> Seq<String> errors(Validation<Seq<String>, T> v) {
        return v.isInvalid() ? v.getError() : Vector.empty();
    }

    private static Validation<Seq<String>, Vector<Vector<Rational>>> matrix(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null) {
            return Validation.invalid(Vector.of("missing key \"" + key + "\""));
        }
        if (!node.isArray()) {
            return Validation.invalid(Vector.of("\"" + key + "\" must be an array of rows"));
        }
        Vector<String> problems = Vector.empty();
        Vector<Vector<Rational>> rows = Vector.empty();
        for (int r = 0; r < node.size(); r++) {
            JsonNode row = node.get(r);
            if (!row.isArray()) {
                problems = problems.append("\"" + key + "\" row " + r + " is not an array");
                continue;
            }
            Vector<Rational> values = Vector.empty();
            for (int c = 0; c < row.size(); c++) {
                Validation<String, Rational> v = number(row.get(c), key + "[" + r + "][" + c + "]");
                if (v.isInvalid()) {
                    problems = problems.append(v.getError());
                } else {
                    values = values.append(v.get());
                }
            }
            rows = rows.append(values);
        }
        return problems.isEmpty() ? Validation.valid(rows) : Validation.invalid(problems);
    }

    static Validation<Seq<String>, Vector<Rational>> vector(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null) {
            return Validation.invalid(Vector.of("missing key \"" + key + "\""));
        }
        if (!node.isArray()) {
            return Validation.invalid(Vector.of("\"" + key + "\" must be an array of numbers"));
        }
        Vector<String> problems = Vector.empty();
        Vector<Rational> values = Vector.empty();
        for (int i = 0; i < node.size(); i++) {
            Validation<String, Rational> v = number(node.get(i), key + "[" + i + "]");
            if (v.isInvalid()) {
                problems = problems.append(v.getError());
            } else {
                values = values.append(v.get());
            }
        }
        return problems.isEmpty() ? Validation.valid(values) : Validation.invalid(problems);
    }

    private static Validation<String, Rational> number(JsonNode node, String where) {
        if (node.isIntegralNumber()) {
            return Validation.valid(Rational.of(node.bigIntegerValue()));
        }
        if (node.isNumber()) {
            return Rational.fromDouble(node.asDouble()).mapLeft(m -> where + ": " + m).toValidation();
        }
        if (node.isTextual()) {
            String t = node.asText().strip();
            if (t.equalsIgnoreCase("nan") || t.toLowerCase().contains("inf")) {
                return Validation.invalid(where + ": " + t + " is not a finite number");
            }
            return Rational.parse(t).mapLeft(m -> where + ": " + m).toValidation();
        }
        return Validation.invalid(where + ": expected a number, found " + node.getNodeType().toString().toLowerCase());
    }
}

package org.segmentable.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;
import org.segmentable.numbers.Rational;

/**
 * The JSON reading that the model readers share: the file's text, the tree (Python's
 * {@code NaN}/{@code Infinity} allowed, so they can be reported by position), and exact numbers,
 * vectors and matrices with every problem named by its path.
 *
 * <p>A JSON number is the double its text denotes, taken exactly; an integer is exact; a string
 * such as {@code "1/3"} or {@code "0.1"} is parsed exactly as written. With context
 * {@code "layers[0]"}, a bad entry of key {@code "W"} is reported as
 * {@code "layers[0].W[1][2]: NaN is not a finite number"}, a missing key as
 * {@code "layers[0]: missing key \"W\""}; with an empty context as {@code "W[1][2]: ..."} and
 * {@code "missing key \"W\""}.
 */
final class JsonValues {

    /** The shared mapper; Python's {@code json} writes NaN and Infinity. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonValues() {
    }

    /** The file's text, or a message naming the file. */
    static Validation<Seq<String>, String> text(Path file) {
        try {
            return Validation.valid(Files.readString(file));
        } catch (NoSuchFileException e) {
            return Validation.invalid(Vector.of(file + ": no such file"));
        } catch (IOException e) {
            return Validation.invalid(Vector.of(file + ": cannot read: " + e.getMessage()));
        }
    }

    /** The JSON tree of the text, or where it is malformed. */
    static Validation<Seq<String>, JsonNode> tree(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        return strictTree(data, 0, data.length)
                .mapLeft(m -> "malformed JSON" + (m.startsWith("line ") ? " at " : ": ") + m)
                .toValidation().mapError(Vector::of);
    }

    /**
     * The single JSON document in {@code data[offset, offset + length)}: duplicate keys and any
     * data after the document are refused. The message on the left starts with {@code ": "} or
     * {@code " at line L, column C: "} so a caller can put its own subject first, and it never
     * quotes the JSON library: {@code " at line 1, column 12: duplicate key "W""},
     * {@code ": unexpected data after the JSON object at byte 9"} (a byte index of {@code data}).
     */
    static Either<String, JsonNode> strictTree(byte[] data, int offset, int length) {
        try (JsonParser parser = MAPPER.createParser(data, offset, length)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                return Either.left("the text is empty");
            }
            long end = offset + parser.currentLocation().getByteOffset();
            for (long i = Math.max(end, offset); i < offset + length; i++) {
                byte b = data[(int) i];
                if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                    return Either.left("unexpected data after the JSON "
                            + (root.isObject() ? "object" : "value") + " at byte " + i);
                }
            }
            return Either.right(root);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return Either.left((at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ")
                    + plain(e.getOriginalMessage()));
        } catch (IOException e) {
            return Either.left(plain(e.getMessage()));
        }
    }

    /** A parser message in the reader's words: its first line, without Jackson's feature names. */
    private static String plain(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        if (line.startsWith("Duplicate field '")) {
            return "duplicate key \"" + line.substring(17, Math.max(17, line.lastIndexOf('\''))) + "\": keep one";
        }
        int cut = line.length();
        for (String internal : new String[] {"`", "Feature.", "[Source", " (start marker", "\n"}) {
            int at = line.indexOf(internal);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        String plain = line.substring(0, cut).replaceAll("[\\s:;,(]+$", "");
        return plain.isEmpty() ? "unreadable" : plain.length() <= 120 ? plain : plain.substring(0, 117) + "...";
    }

    /**
     * Parses JSON text and builds a named value from its root with a builder that takes the root
     * and the default name.
     */
    static <T> Validation<Seq<String>, T> parseNamed(String text, String defaultName,
            BiFunction<JsonNode, String, Validation<Seq<String>, T>> build) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(defaultName, "defaultName is null");
        return tree(text).flatMap(root -> build.apply(root, defaultName));
    }

    /** The string under {@code key} of {@code parent}, or {@code fallback} when it is absent or not a string. */
    static String string(JsonNode parent, String key, String fallback) {
        return parent.path(key).isTextual() ? parent.get(key).asText() : fallback;
    }

    /** The matrix under {@code key} of {@code parent}: an array of rows of numbers. */
    static Validation<Seq<String>, Vector<Vector<Rational>>> matrix(JsonNode parent, String key, String context) {
        String name = label(key, context);
        Validation<Seq<String>, JsonNode> array = array(parent, key, context, "rows");
        if (array.isInvalid()) {
            return Validation.invalid(array.getError());
        }
        JsonNode node = array.get();
        Vector<String> problems = Vector.empty();
        Vector<Vector<Rational>> rows = Vector.empty();
        for (int r = 0; r < node.size(); r++) {
            JsonNode row = node.get(r);
            if (!row.isArray()) {
                problems = problems.append("\"" + name + "\" row " + r + " is not an array");
                continue;
            }
            Validation<Seq<String>, Vector<Rational>> values = numbers(row, name + "[" + r + "]");
            problems = problems.appendAll(ModelReading.errors(values));
            rows = rows.append(values.getOrElse(Vector.empty()));
        }
        return problems.isEmpty() ? Validation.valid(rows) : Validation.invalid(problems);
    }

    /** The vector under {@code key} of {@code parent}: an array of numbers. */
    static Validation<Seq<String>, Vector<Rational>> vector(JsonNode parent, String key, String context) {
        return array(parent, key, context, "numbers").flatMap(node -> numbers(node, label(key, context)));
    }

    /** The array under {@code key} of {@code parent}, or that it is missing or not an array of {@code what}. */
    private static Validation<Seq<String>, JsonNode> array(JsonNode parent, String key, String context, String what) {
        JsonNode node = parent.get(key);
        if (node == null) {
            return Validation.invalid(Vector.of(missing(key, context)));
        }
        if (!node.isArray()) {
            return Validation.invalid(Vector.of("\"" + label(key, context) + "\" must be an array of " + what));
        }
        return Validation.valid(node);
    }

    private static Validation<Seq<String>, Vector<Rational>> numbers(JsonNode array, String name) {
        Vector<String> problems = Vector.empty();
        Vector<Rational> values = Vector.empty();
        for (int i = 0; i < array.size(); i++) {
            Validation<String, Rational> v = number(array.get(i), name + "[" + i + "]");
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
            String t = node.asText();
            if (!t.equals(t.strip())) {
                return Validation.invalid(where + ": the number string \"" + t
                        + "\" has spaces around it; write \"" + t.strip() + "\"");
            }
            if (t.equalsIgnoreCase("nan") || t.toLowerCase().contains("inf")) {
                return Validation.invalid(where + ": " + t + " is not a finite number");
            }
            return Rational.parse(t).mapLeft(m -> where + ": " + m).toValidation();
        }
        return Validation.invalid(where + ": expected a number, found " + node.getNodeType().toString().toLowerCase());
    }

    private static String label(String key, String context) {
        return context.isEmpty() ? key : context + "." + key;
    }

    private static String missing(String key, String context) {
        return (context.isEmpty() ? "" : context + ": ") + "missing key \"" + key + "\"";
    }
}

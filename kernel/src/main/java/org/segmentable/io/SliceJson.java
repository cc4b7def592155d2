package org.segmentable.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.Objects;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

/**
 * Reads a slice ({@link AffineSlice}) from JSON: {@code {"origin": [...], "u": [...], "v": [...]}},
 * either as a file of its own or under the key {@code "slice"} of a model file. Numbers are read as in
 * {@link JsonModels}: a JSON number is the double it denotes, a string such as {@code "1/3"} is
 * exact.
 *
 * <p>{@code SliceJson.parse("{\"origin\": [0,0,0], \"u\": [1,0,0], \"v\": [0,1,0]}")} is the slice
 * through the first two latent axes.
 */
public final class SliceJson {

    private SliceJson() {
    }

    /**
     * Reads a slice file: the object itself, or a model file's {@code "slice"} entry.
     *
     * @param file not null
     * @return the slice, or every problem, each naming the file
     */
    public static Validation<Seq<String>, AffineSlice> read(Path file) {
        Objects.requireNonNull(file, "file is null");
        return tree(file).flatMap(root -> root.has("slice") ? fromNode(root.get("slice")) : fromNode(root))
                .mapError(ps -> ps.map(p -> file + ": " + p));
    }

    /**
     * The inline {@code "slice"} of a JSON model file, if it has one. A file that is not JSON has
     * none.
     *
     * @param modelFile not null
     * @return none when the file is not JSON or has no {@code "slice"}; otherwise the slice or its
     *     problems, each naming the file
     */
    public static Option<Validation<Seq<String>, AffineSlice>> inline(Path modelFile) {
        Objects.requireNonNull(modelFile, "modelFile is null");
        if (!modelFile.getFileName().toString().toLowerCase().endsWith(".json")) {
            return Option.none();
        }
        Validation<Seq<String>, JsonNode> root = tree(modelFile);
        if (root.isInvalid() || !root.get().has("slice")) {
            return Option.none();
        }
        return Option.some(fromNode(root.get().get("slice")).mapError(ps -> ps.map(p -> modelFile + ": " + p)));
    }

    /**
     * Parses a slice object.
     *
     * @param text not null
     * @return the slice, or every problem
     */
    public static Validation<Seq<String>, AffineSlice> parse(String text) {
        Objects.requireNonNull(text, "text is null");
        return JsonValues.tree(text).flatMap(SliceJson::fromNode);
    }

    private static Validation<Seq<String>, JsonNode> tree(Path file) {
        return JsonValues.text(file).flatMap(JsonValues::tree)
                .mapError(ps -> ps.map(p -> p.startsWith(file + ": ") ? p.substring(file.toString().length() + 2) : p));
    }

    static Validation<Seq<String>, AffineSlice> fromNode(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Validation.invalid(Vector.of("a slice must be an object {\"origin\": [...], \"u\": [...], \"v\": [...]}"));
        }
        Validation<Seq<String>, Vector<Rational>> origin = JsonValues.vector(node, "origin", "");
        Validation<Seq<String>, Vector<Rational>> u = JsonValues.vector(node, "u", "");
        Validation<Seq<String>, Vector<Rational>> v = JsonValues.vector(node, "v", "");
        Vector<String> problems = Vector.empty();
        for (Validation<Seq<String>, Vector<Rational>> part : Vector.of(origin, u, v)) {
            if (part.isInvalid()) {
                problems = problems.appendAll(part.getError().map(p -> "slice: " + p));
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return AffineSlice.of(origin.get(), u.get(), v.get());
    }
}

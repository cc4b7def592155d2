package org.segmentable.io;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.segmentable.deep.DenseLayer;
import org.segmentable.deep.Mlp;

/**
 * The steps every model reader shares, whatever the file format: naming a model after its file,
 * prefixing every problem with the file, collecting problems, and chaining the layers read into a
 * network when reading them found no problem.
 *
 * <p>{@code stem(Path.of("a/m.json"))} is {@code "m"}; {@code network(Vector.empty(), layers)} is
 * {@code Mlp.of(layers)}; {@code network(Vector.of("W: bad"), layers)} is {@code Invalid(["W: bad"])}.
 */
final class ModelReading {

    private ModelReading() {
    }

    /** The file name without its extension: {@code stem(Path.of("a/m.json"))} is {@code "m"}. */
    static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    /**
     * Reads a model from a file's content with a reader that takes the content and the file's stem
     * as the model's default name; every problem is prefixed with the file.
     */
    static <C, T> Validation<Seq<String>, T> named(Path file, Validation<Seq<String>, C> content,
            BiFunction<C, String, Validation<Seq<String>, T>> reader) {
        String stem = stem(file);
        return content.flatMap(c -> reader.apply(c, stem).mapError(problems -> problems.map(p -> file + ": " + p)));
    }

    /** The problems of a validation, none when valid. */
    static <T> Seq<String> errors(Validation<Seq<String>, T> v) {
        return v.isInvalid() ? v.getError() : Vector.empty();
    }

    /**
     * The network of the layers read, when reading them found no problem.
     *
     * @param problems every problem found while reading the layers
     * @param layers the layers read without a problem, in order
     * @return the problems if there are any, else {@link Mlp#of}'s answer
     */
    static Validation<Seq<String>, Mlp> network(Seq<String> problems, Vector<DenseLayer> layers) {
        return problems.isEmpty() ? Mlp.of(layers) : Validation.invalid(problems);
    }
}

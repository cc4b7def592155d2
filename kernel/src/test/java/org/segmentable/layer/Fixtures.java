package org.segmentable.layer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.segmentable.numbers.Rational;

/**
 * Test access to the shared fixtures ({@code /fixtures/*.json} on the kernel's test class path):
 * their paths, their JSON, and numbers read the way {@code JsonModels} reads them (integers exactly,
 * other numbers as the double they denote, strings as exact fractions).
 */
public final class Fixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    /**
     * The fixture directory on disk. When the fixtures sit inside the kernel's test-jar (on another
     * module's test class path), they are copied once to a temporary directory.
     */
    public static synchronized Path directory() {
        if (directory == null) {
            directory = locate();
        }
        return directory;
    }

    private static Path directory;

    private static Path locate() {
        URL url = Fixtures.class.getResource("/fixtures/seed-example.json");
        if (url == null) {
            throw new IllegalStateException("the fixtures are not on the test class path");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI()).getParent();
            }
            Path target = Files.createTempDirectory("segmentable-fixtures");
            try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of());
                    Stream<Path> files = Files.list(jar.getPath("/fixtures"))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(f.getFileName().toString());
                    Files.copy(f, copy);
                    copy.toFile().deleteOnExit();
                }
            }
            target.toFile().deleteOnExit();
            return target;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixtures whose file name starts with {@code prefix}, sorted by name. */
    public static Stream<Path> named(String prefix) {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".json"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture {@code name.json}. */
    public static Path path(String name) {
        return directory().resolve(name + ".json");
    }

    /** The JSON of a fixture. */
    public static JsonNode json(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number read as JsonModels reads it. */
    public static Rational number(JsonNode node) {
        if (node.isTextual()) {
            return Rational.parse(node.asText()).getOrElseThrow(m -> new IllegalArgumentException(m));
        }
        if (node.isIntegralNumber()) {
            return Rational.of(node.bigIntegerValue());
        }
        return Rational.of(node.asDouble());
    }

    /** An array of numbers. */
    public static Vector<Rational> vector(JsonNode array) {
        return Vector.ofAll(array::elements).map(Fixtures::number);
    }

    /** An array of arrays of numbers. */
    public static Vector<Vector<Rational>> matrix(JsonNode array) {
        return Vector.ofAll(array::elements).map(Fixtures::vector);
    }
}

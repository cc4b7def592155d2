package org.segmentable.figure;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.segmentable.io.JsonModels;
import org.segmentable.layer.ReluLayer;

/**
 * The gallery: the default figure ({@code example.svg}) and, for every seed fixture
 * {@code seed-NAME.json}, its superposition ({@code seed-NAME-superposition.svg}) and its activation
 * complex ({@code seed-NAME-complex.svg}), all drawn with {@link #OPTIONS} on the outline region.
 *
 * <p>{@code Gallery.render(Path.of("kernel/src/test/resources/fixtures"))} is
 * {@code Right([("example.svg", svg), ("seed-easy-complex.svg", svg), ...])}, sorted by file name.
 */
public final class Gallery {

    /** The options of every gallery figure: the defaults (the same as {@code segmentable render}'s). */
    public static final FigureOptions OPTIONS = FigureOptions.defaults();

    /** The default figure's file name. */
    public static final String EXAMPLE = "example.svg";

    private Gallery() {
    }

    /**
     * Draws the whole gallery in memory.
     *
     * @param fixtures the directory holding {@code seed-*.json}, not null
     * @return the files (name, SVG text) sorted by name, or the first problem met
     */
    public static Either<String, Vector<Tuple2<String, String>>> render(Path fixtures) {
        Objects.requireNonNull(fixtures, "fixtures is null");
        Either<String, Vector<Path>> files = seedFixtures(fixtures);
        if (files.isLeft()) {
            return Either.left(files.getLeft());
        }
        Vector<Tuple2<String, String>> out = Vector.empty();
        Either<String, String> example = DefaultFigure.svg();
        if (example.isLeft()) {
            return Either.left(example.getLeft());
        }
        out = out.append(Tuple.of(EXAMPLE, example.get()));
        for (Path f : files.get()) {
            io.vavr.control.Validation<Seq<String>, ReluLayer> layer = JsonModels.read(f);
            if (layer.isInvalid()) {
                return Either.left(layer.getError().mkString("; "));
            }
            String stem = f.getFileName().toString().replaceFirst("\\.json$", "");
            for (Mode m : Mode.values()) {
                Either<String, String> svg = Figures.svg(layer.get(), m, RegionChoice.OUTLINE, OPTIONS);
                if (svg.isLeft()) {
                    return Either.left(svg.getLeft());
                }
                out = out.append(Tuple.of(stem + "-" + m.word() + ".svg", svg.get()));
            }
        }
        return Either.right(out.sortBy(Tuple2::_1));
    }

    /**
     * The seed fixtures of a directory, sorted by name.
     *
     * @param fixtures the directory, not null
     * @return the {@code seed-*.json} files, or why the directory cannot be listed or holds none
     */
    public static Either<String, Vector<Path>> seedFixtures(Path fixtures) {
        Objects.requireNonNull(fixtures, "fixtures is null");
        if (!Files.isDirectory(fixtures)) {
            return Either.left(fixtures + ": not a directory (the seed fixtures live in"
                    + " kernel/src/test/resources/fixtures)");
        }
        try (Stream<Path> s = Files.list(fixtures)) {
            Vector<Path> found = Vector.ofAll(s)
                    .filter(p -> p.getFileName().toString().matches("seed-.*\\.json"))
                    .sortBy(p -> p.getFileName().toString());
            return found.isEmpty() ? Either.left(fixtures + ": holds no seed-*.json fixture") : Either.right(found);
        } catch (IOException e) {
            return Either.left(fixtures + ": cannot list: " + e.getMessage());
        }
    }

    /**
     * Whether a file name is one the gallery writes: {@code example.svg} or
     * {@code seed-NAME-MODE.svg}.
     *
     * <p>{@code Gallery.isGalleryName("seed-easy-complex.svg")} is {@code true}.
     *
     * @param name a file name, not null
     * @return whether the gallery owns that name
     */
    public static boolean isGalleryName(String name) {
        Objects.requireNonNull(name, "name is null");
        return name.equals(EXAMPLE) || name.matches("seed-.*-(superposition|complex)\\.svg");
    }

    /**
     * The gallery as markdown: one image link per file, under {@code dir}, the seed cases side by side.
     *
     * <p>{@code Gallery.markdown(Vector.of("example.svg"), "images")} is
     * {@code "![example.svg](images/example.svg)\n"}.
     *
     * @param names the file names, not null
     * @param dir the directory prefix of the links, not null
     * @return the markdown
     */
    public static String markdown(Vector<String> names, String dir) {
        Objects.requireNonNull(names, "names is null");
        Objects.requireNonNull(dir, "dir is null");
        return names.map(n -> "![" + n + "](" + dir + "/" + n + ")\n").mkString();
    }
}

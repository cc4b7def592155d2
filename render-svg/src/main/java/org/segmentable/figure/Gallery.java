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
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.deep.DeepModel;
import org.segmentable.io.JsonModels;
import org.segmentable.io.MlpJson;
import org.segmentable.layer.ReluLayer;

/**
 * The gallery: the default figure ({@code example.svg}) and, for every seed fixture
 * {@code seed-NAME.json}, its superposition ({@code seed-NAME-superposition.svg}) and its activation
 * complex ({@code seed-NAME-complex.svg}), all drawn with {@link #OPTIONS} on the outline region;
 * and for each model of {@link #GRIDS} in the examples directory, its slice grid
 * ({@code NAME-slices.svg}, {@link SliceGridFigure}); and for each deep model of {@link #DEEP}, its
 * linear regions with the decision boundary ({@code NAME-complex.svg}, {@link DeepFigure}).
 *
 * <p>{@code Gallery.render(Path.of("kernel/src/test/resources/fixtures"))} is
 * {@code Right([("example.svg", svg), ("seed-easy-complex.svg", svg), ...])}, sorted by file name.
 */
public final class Gallery {

    /** The options of every gallery figure: the defaults (the same as {@code segmentable render}'s). */
    public static final FigureOptions OPTIONS = FigureOptions.defaults();

    /** The example models drawn as slice grids (file in {@code examples/}, number of features paired). */
    public static final Vector<Tuple2<String, Integer>> GRIDS = Vector.of(Tuple.of("toy-h3.json", 4));

    /** The options of the slice grids: the box {@code [-3/2, 3/2]²} of each slice, 880 pixels wide. */
    public static final FigureOptions GRID_OPTIONS = OPTIONS.withBox(org.segmentable.numbers.Rational.of(3, 2))
            .withSize(880);

    /**
     * The deep example models (files in {@code examples/}) drawn as {@code NAME-complex.svg}: the
     * linear regions coloured by the last hidden layer with the decision boundary of output 0,
     * as {@code segmentable render examples/NAME.json --mode complex} draws them.
     */
    public static final Vector<String> DEEP = Vector.of("deep-mlp.json");

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
        return render(fixtures, fixtures.resolve("../../../../../examples").normalize());
    }

    /**
     * Draws the whole gallery in memory, the slice grids from the given examples directory.
     *
     * <p>{@code Gallery.render(Path.of("kernel/src/test/resources/fixtures"), Path.of("examples"))} holds
     * {@code ("toy-h3-slices.svg", svg)}.
     *
     * @param fixtures the directory holding {@code seed-*.json}, not null
     * @param examples the directory holding the models of {@link #GRIDS}, not null
     * @return the files (name, SVG text) sorted by name, or the first problem met
     */
    public static Either<String, Vector<Tuple2<String, String>>> render(Path fixtures, Path examples) {
        Objects.requireNonNull(fixtures, "fixtures is null");
        Objects.requireNonNull(examples, "examples is null");
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
                Either<String, String> svg = Figures.svg(layer.get(), m, PlaneRegion.OUTLINE, OPTIONS);
                if (svg.isLeft()) {
                    return Either.left(svg.getLeft());
                }
                out = out.append(Tuple.of(stem + "-" + m.word() + ".svg", svg.get()));
            }
        }
        for (Tuple2<String, Integer> g : GRIDS) {
            Path model = examples.resolve(g._1);
            io.vavr.control.Validation<Seq<String>, ReluLayer> layer = JsonModels.read(model);
            if (layer.isInvalid()) {
                return Either.left(layer.getError().mkString("; "));
            }
            Either<String, String> svg = SliceFigures.gridSvg(layer.get(), g._2, PlaneRegion.BOX, GRID_OPTIONS);
            if (svg.isLeft()) {
                return Either.left(model + ": " + svg.getLeft());
            }
            out = out.append(Tuple.of(g._1.replaceFirst("\\.json$", "") + "-slices.svg", svg.get()));
        }
        for (String name : DEEP) {
            Path model = examples.resolve(name);
            io.vavr.control.Validation<Seq<String>, DeepModel> m = MlpJson.read(model);
            if (m.isInvalid()) {
                return Either.left(m.getError().mkString("; "));
            }
            int last = Math.max(0, m.get().mlp().hiddenWidths().size() - 1);
            Either<String, String> svg = DeepFigure.svg(m.get(), last, 0, OPTIONS);
            if (svg.isLeft()) {
                return Either.left(model + ": " + svg.getLeft());
            }
            out = out.append(Tuple.of(deepName(name), svg.get()));
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
     * Whether a file name is one the gallery writes: {@code example.svg},
     * {@code seed-NAME-MODE.svg}, {@code NAME-slices.svg} or a {@link #DEEP} model's {@code NAME-complex.svg}.
     *
     * <p>{@code Gallery.isGalleryName("seed-easy-complex.svg")} is {@code true}.
     *
     * @param name a file name, not null
     * @return whether the gallery owns that name
     */
    public static boolean isGalleryName(String name) {
        Objects.requireNonNull(name, "name is null");
        return name.equals(EXAMPLE) || name.matches("seed-.*-(superposition|complex)\\.svg")
                || name.matches(".*-slices\\.svg") || DEEP.map(Gallery::deepName).contains(name);
    }

    private static String deepName(String model) {
        return model.replaceFirst("\\.json$", "") + "-complex.svg";
    }
}

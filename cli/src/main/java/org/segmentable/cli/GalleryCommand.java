package org.segmentable.cli;

import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.segmentable.figure.Gallery;

/**
 * {@code segmentable gallery [DIR] [--fixtures DIR]}: regenerates the gallery (default {@code images})
 * from the seed fixtures (default {@code kernel/src/test/resources/fixtures}). Every figure is drawn in
 * memory first; nothing is written when one fails. Gallery files no longer produced are removed.
 */
final class GalleryCommand implements Command {

    static final String USAGE = """
            usage: segmentable gallery [DIR] [--fixtures FIXTURES]

            Regenerates the gallery: DIR (default images) receives example.svg (the default figure)
            and, for every seed fixture FIXTURES/seed-NAME.json (default
            kernel/src/test/resources/fixtures), seed-NAME-superposition.svg and
            seed-NAME-complex.svg, and toy-h3-slices.svg (the slice grid of examples/toy-h3.json,
            'render examples/toy-h3.json --grid 4 --box 3/2'), and deep-mlp-complex.svg (the linear
            regions and decision boundary of examples/deep-mlp.json, 'render examples/deep-mlp.json
            --mode complex'). Run it from the repository's root.
            Prints each path written.

              --fixtures FIXTURES  the directory of the seed-*.json fixtures
              -h, --help           this help
            """;

    @Override
    public String name() {
        return "gallery";
    }

    @Override
    public String summary() {
        return "regenerate the gallery of figures (images/) from the seed fixtures";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Either<String, Args> parsed = Args.parse(args, HashSet.of("--fixtures"), HashSet.of("-h", "--help"));
        if (parsed.isLeft()) {
            err.println("segmentable gallery: " + parsed.getLeft() + ". Run 'segmentable gallery --help' for usage.");
            return 2;
        }
        Args a = parsed.get();
        if (a.flag("-h", "--help")) {
            out.print(USAGE);
            return 0;
        }
        if (a.positionals().size() > 1) {
            err.println("segmentable gallery: one DIR expected, got " + a.positionals().mkString(" ")
                    + ". Run 'segmentable gallery --help' for usage.");
            return 2;
        }
        Path dir = Path.of(a.positionals().headOption().getOrElse("images"));
        Path fixtures = Path.of(a.option("--fixtures").getOrElse("kernel/src/test/resources/fixtures"));
        Either<String, Vector<Tuple2<String, String>>> files = Gallery.render(fixtures);
        if (files.isLeft()) {
            err.println("segmentable gallery: " + files.getLeft());
            return 1;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("segmentable gallery: " + dir + ": cannot create the directory: " + e.getMessage());
            return 1;
        }
        for (Tuple2<String, String> f : files.get()) {
            Either<String, Path> w = Output.write(dir.resolve(f._1), f._2.getBytes(StandardCharsets.UTF_8));
            if (w.isLeft()) {
                err.println("segmentable gallery: " + w.getLeft());
                return 1;
            }
            out.println(w.get());
        }
        return removeStale(dir, files.get().map(Tuple2::_1), err);
    }

    private static int removeStale(Path dir, Vector<String> keep, PrintStream err) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : Vector.ofAll(s)) {
                String n = p.getFileName().toString();
                if (Gallery.isGalleryName(n) && !keep.contains(n)) {
                    Files.delete(p);
                }
            }
            return 0;
        } catch (IOException e) {
            err.println("segmentable gallery: " + dir + ": cannot remove stale figures: " + e.getMessage());
            return 1;
        }
    }
}

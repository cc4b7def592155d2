package org.segmentable.cli;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.segmentable.figure.Gallery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code segmentable gallery [DIR] [--fixtures DIR]}: regenerates the gallery (default {@code images})
 * from the seed fixtures (default {@code kernel/src/test/resources/fixtures}). Every figure is drawn in
 * memory first; nothing is written when one fails. Gallery files no longer produced are removed.
 */
@Command(name = "gallery", mixinStandardHelpOptions = true, versionProvider = Version.class,
        synopsisHeading = "",
        customSynopsis = {"usage: segmentable gallery [DIR] [--fixtures FIXTURES]", ""},
        description = {"regenerate the gallery of figures (images/) from the seed fixtures", "",
            "DIR (default images) receives example.svg (the default figure) and, for every seed "
                    + "fixture FIXTURES/seed-NAME.json (default kernel/src/test/resources/fixtures), "
                    + "seed-NAME-superposition.svg and seed-NAME-complex.svg, and toy-h3-slices.svg (the "
                    + "slice grid of examples/toy-h3.json, 'render examples/toy-h3.json --grid 4 --box "
                    + "3/2'), and deep-mlp-complex.svg (the linear regions and decision boundary of "
                    + "examples/deep-mlp.json, 'render examples/deep-mlp.json --mode complex'). Run it from "
                    + "the repository's root. Prints each path written.", ""})
final class GalleryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "the gallery directory (default images)")
    java.util.List<String> positionals = new java.util.ArrayList<>();

    @CommandLine.Option(names = "--fixtures", paramLabel = "FIXTURES",
            description = "the directory of the seed-*.json fixtures")
    String fixturesDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (positionals.size() > 1) {
            throw new ParameterException(spec.commandLine(), "one DIR expected, got " + String.join(" ", positionals));
        }
        Path dir = Path.of(positionals.isEmpty() ? "images" : positionals.get(0));
        Path fixtures = Path.of(fixturesDir == null ? "kernel/src/test/resources/fixtures" : fixturesDir);
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
            Either<String, Path> w = Output.write(dir.resolve(f._1), f._2.getBytes(StandardCharsets.UTF_8),
                    Vector.of(fixtures));
            if (w.isLeft()) {
                err.println("segmentable gallery: " + w.getLeft());
                return 1;
            }
            out.println(w.get());
        }
        return removeStale(dir, files.get().map(Tuple2::_1), err);
    }

    private static int removeStale(Path dir, Vector<String> keep, PrintWriter err) {
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

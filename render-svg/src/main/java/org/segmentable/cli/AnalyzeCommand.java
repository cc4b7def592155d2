package org.segmentable.cli;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.ComplexSummary;
import org.segmentable.complex.Estimate;
import org.segmentable.geometry.Region;
import org.segmentable.io.TensorNames;
import org.segmentable.layer.LatentPlane;
import org.segmentable.layer.Outline;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.Superposition;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;

/**
 * {@code segmentable analyze MODEL [--region outline|box] [--box Z] [--summary | --no-complex]}: prints
 * one JSON object with the exact areas of the layer's latent plane, keys in a fixed order:
 * {@code {"name": "seed-example", "d": 6, "region": "outline", "region_area": "p/q",
 * "active_area": ["p/q", ...], "patterns": {...}, "cells": N, "zero_features": []}} ({@code --no-complex}
 * leaves out patterns and cells). Every area is an exact fraction in lowest
 * terms ({@code p/q}, or {@code p} when whole). The model options of {@link ModelArgs} choose the
 * tensors of {@code .npz}, {@code .safetensors} or {@code .npy} weights; those of {@link SliceArgs}
 * take a 2-D slice of a layer with {@code h > 2} (its region then defaults to the box).
 */
final class AnalyzeCommand implements Command {

    static final String USAGE = "usage: segmentable analyze MODEL [--region outline|box] [--box Z] [--summary | --no-complex]"
            + " [model and slice options]";

    /**
     * The parsed command line.
     *
     * @param model the weights file
     * @param names the tensor names ({@link ModelArgs})
     * @param slice the slice options ({@link SliceArgs})
     * @param region {@code "outline"} or {@code "box"} when given (or implied by {@code --box}); none lets a
     *     sliced layer default to the box and a planar one to the outline
     * @param box the box half-width
     * @param summary leave out the per-pattern map
     * @param complex whether to compute the activation complex ({@code patterns} and {@code cells}); without
     *     it ({@code --no-complex}) only the areas are printed, which a layer of many thousands of dims
     *     gets in seconds while its complex may not fit in memory
     */
    record Options(Path model, TensorNames names, SliceArgs.Parsed slice, Option<String> region, Rational box,
            boolean summary, boolean complex) {
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "print a layer's exact region and per-dim active areas as JSON";
    }

    static String help() {
        return USAGE + "\n\n"
                + "Prints one JSON object with the exact areas of MODEL's latent plane (h = 2): name, d, region,\n"
                + "region_area, active_area (the area where each dim i is active, z_i > 0), patterns (the area\n"
                + "of every activation pattern covering positive area; character i is 1 when dim i is active),\n"
                + "cells (the cells of the activation complex) and zero_features (features exactly at the\n"
                + "origin, left out of the outline). Every area is an exact fraction in lowest terms, written\n"
                + "\"p/q\" or \"p\".\n\n"
                + ModelArgs.HELP
                + SliceArgs.HELP
                + "  --region R           outline (default: the feature points' outline, non-zero winding rule)\n"
                + "                       or box (the square [-Z, Z]^2 of the latent plane)\n"
                + "  --box Z              the box half-width, exact and positive: 3, 2.5 or 7/2 (default 3);\n"
                + "                       implies --region box\n"
                + "  --summary            leave out the per-pattern map; print pattern_count, the smallest cell\n"
                + "                       (pattern and exact area) and area_by_active (area by number of\n"
                + "                       active dims) instead\n"
                + "  --no-complex         leave out the activation complex (patterns, cells): only the region and\n"
                + "                       active areas, for layers whose complex is too large (a single layer only)\n"
                + "  -h, --help           this help\n\n"
                + "A deep model (JSON with \"layers\", or safetensors/npz with tensors 0.weight, 0.bias, 2.weight, ...\n"
                + "as nn.Sequential saves them) is analyzed over the box [-Z, Z]^2 of its input slice: name,\n"
                + "widths, region, box, region_area, cells, cells_per_depth, patterns_per_layer and patterns (each\n"
                + "concatenated per-layer pattern, layers separated by '|', with its exact area).\n\n"
                + "Exit codes: 0 success, 1 bad input (unreadable model, h != 2), 2 bad usage.\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.takeWhile(a -> !a.equals("--")).exists(a -> a.equals("-h") || a.equals("--help"))) {
            out.print(help());
            return 0;
        }
        Either<String, Options> options = parse(args);
        if (options.isLeft()) {
            err.println("segmentable analyze: " + options.getLeft() + ". Run 'segmentable analyze --help' for usage.");
            return 2;
        }
        if (!options.get().complex() && DeepCli.isDeep(options.get().model())) {
            err.println("segmentable analyze: --no-complex is for a single layer; the analysis of a deep model is its"
                    + " linear regions. Run 'segmentable analyze --help' for usage.");
            return 2;
        }
        Either<String, String> json = analyze(options.get());
        if (json.isLeft()) {
            err.println("segmentable analyze: " + json.getLeft());
            return 1;
        }
        out.println(json.get());
        return 0;
    }

    /** Parses the arguments after {@code analyze}; a message names the offending word. */
    static Either<String, Options> parse(List<String> args) {
        Either<String, ModelArgs.Parsed> model = ModelArgs.extract(args);
        if (model.isLeft()) {
            return Either.left(model.getLeft());
        }
        Either<String, SliceArgs.Parsed> slice = SliceArgs.extract(model.get().rest());
        if (slice.isLeft()) {
            return Either.left(slice.getLeft());
        }
        Either<String, Args> parsed = Args.parse(slice.get().rest(), HashSet.of("--region", "--box"),
                HashSet.of("--summary", "--no-complex"));
        if (parsed.isLeft()) {
            return Either.left(parsed.getLeft());
        }
        Args a = parsed.get();
        if (a.flags().contains("--summary") && a.flags().contains("--no-complex")) {
            return Either.left("--summary summarizes the activation complex; it does not go with --no-complex");
        }
        if (a.positionals().isEmpty()) {
            return Either.left("missing MODEL (a weights file)");
        }
        if (a.positionals().size() > 1) {
            return Either.left("one MODEL expected, got " + a.positionals().size() + ": " + a.positionals().mkString(" "));
        }
        Option<String> region = a.option("--region");
        if (region.exists(r -> !r.equals("outline") && !r.equals("box"))) {
            return Either.left("--region must be outline or box, got '" + region.get() + "'");
        }
        Rational z = Rational.of(3);
        if (a.option("--box").isDefined()) {
            String text = a.option("--box").get();
            if (region.contains("outline")) {
                return Either.left("--box " + text + " is the box region's size; it does not go with --region outline");
            }
            region = Option.some("box");
            Either<String, Rational> parsedZ = Rational.parse(text);
            if (parsedZ.isLeft() || parsedZ.get().signum() <= 0) {
                return Either.left("--box must be a positive number (3, 2.5 or 7/2), got '" + text + "'");
            }
            z = parsedZ.get();
        }
        try {
            return Either.right(new Options(Path.of(a.positionals().head()), model.get().names(), slice.get(), region, z,
                    a.flags().contains("--summary"), !a.flags().contains("--no-complex")));
        } catch (InvalidPathException e) {
            return Either.left("'" + a.positionals().head() + "' is not a file path: " + e.getReason());
        }
    }

    /** Reads the model and computes the JSON object, or says what is wrong with the input. */
    static Either<String, String> analyze(Options options) {
        if (DeepCli.isDeep(options.model())) {
            return DeepCli.analyze(options.model(), options.box());
        }
        Either<String, ReluLayer> read = ModelArgs.loadOrMessage(options.model(), options.names());
        if (read.isLeft()) {
            return Either.left(read.getLeft());
        }
        Either<String, SliceArgs.Planar> planar = SliceArgs.apply(options.slice(), options.model(), read.get());
        if (planar.isLeft()) {
            return Either.left(options.model() + ": " + planar.getLeft());
        }
        ReluLayer layer = planar.get().planar();
        Validation<Seq<String>, LatentPlane> plane = LatentPlane.of(layer);
        if (plane.isInvalid()) {
            return Either.left(options.model() + ": " + plane.getError().mkString("; "));
        }
        String regionName = options.region().getOrElse(planar.get().sliced().isDefined() ? "box" : "outline");
        Outline outline = Outline.of(plane.get());
        Region region = regionName.equals("box") ? Regions.box(options.box()) : outline.region();
        Superposition superposition = Superposition.of(plane.get(), region);
        if (!options.complex()) {
            return Either.right(Json.object(entries(layer, regionName, region, superposition, outline)));
        }
        // the complex first: when it cannot fit, say so before computing any area
        Option<String> tooLarge = exceedsMemory(ActivationComplex.estimate(region, plane.get().boundaries()));
        if (tooLarge.isDefined()) {
            return Either.left(options.model() + ": " + tooLarge.get() + " (--no-complex prints the areas alone)");
        }
        ActivationComplex complex = ActivationComplex.of(region, plane.get().boundaries());
        Vector<Tuple2<String, String>> base = entries(layer, regionName, region, superposition, outline);
        Vector<Tuple2<String, String>> cx = complexEntries(complex, options.summary());
        // name, d, region, region_area, active_area, then the complex, then zero_features
        return Either.right(Json.object(base.take(5).appendAll(cx).appendAll(base.drop(5))));
    }

    /**
     * The command line's memory policy for the activation complex: refuse it when its estimated
     * working memory exceeds 85% of what this JVM has free, after one garbage collection (garbage
     * not yet collected, such as an earlier complex dropped, counts as used until then).
     *
     * @param estimate the complex's size ({@link ActivationComplex#estimate})
     * @return the message when the complex does not fit, else none
     */
    static Option<String> exceedsMemory(Estimate estimate) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long need = estimate.bytes();
        if (need > free * 85 / 100) {
            System.gc();
            free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        }
        if (need <= free * 85 / 100) {
            return Option.none();
        }
        return Option.some(String.format("the activation complex of %d dims needs about %d MB for about %d"
                + " cells (%d boundary crossings in the region's bounding box), but this JVM has %d MB free;"
                + " give it more memory (-Xmx) or use a smaller region or fewer dims",
                estimate.dimCount(), need >> 20, estimate.cells(), estimate.crossings(), free >> 20));
    }

    /**
     * The complex's entries: {@code patterns} (pattern to exact area) and {@code cells}, or with
     * {@code summary} the counts, the smallest cell and the area by number of active dims.
     */
    static Vector<Tuple2<String, String>> complexEntries(ActivationComplex complex, boolean summary) {
        if (!summary) {
            Vector<Tuple2<String, String>> patterns = Vector.ofAll(complex.areaByPattern())
                    .map(e -> Tuple.of(e._1.toString(), Json.string(e._2.toString())));
            return Vector.of(Tuple.of("patterns", Json.object(patterns)),
                    Tuple.of("cells", Integer.toString(complex.cellCount())));
        }
        ComplexSummary s = complex.summary();
        String smallest = s.smallest().map(c -> Json.object(Vector.of(
                Tuple.of("pattern", Json.string(c.pattern().toString())),
                Tuple.of("area", Json.string(c.area().toString()))))).getOrElse("null");
        Vector<Tuple2<String, String>> byActive = Vector.ofAll(s.areaByActiveCount())
                .map(e -> Tuple.of(Integer.toString(e._1), Json.string(e._2.toString())));
        return Vector.of(Tuple.of("cells", Integer.toString(s.cells())),
                Tuple.of("pattern_count", Integer.toString(s.patterns())),
                Tuple.of("smallest_cell", smallest),
                Tuple.of("area_by_active", Json.object(byActive)));
    }

    /** The keys and JSON values, in output order (later commands insert "patterns" and "cells" before "zero_features"). */
    static Vector<Tuple2<String, String>> entries(ReluLayer layer, String regionName, Region region,
            Superposition superposition, Outline outline) {
        return Vector.of(
                Tuple.of("name", Json.string(layer.name())),
                Tuple.of("d", Integer.toString(layer.d())),
                Tuple.of("region", Json.string(regionName)),
                Tuple.of("region_area", Json.string(region.area().toString())),
                Tuple.of("active_area", Json.array(superposition.activeAreas().map(a -> Json.string(a.toString())))),
                Tuple.of("zero_features", Json.array(outline.zeroFeatures().map(String::valueOf))));
    }
}

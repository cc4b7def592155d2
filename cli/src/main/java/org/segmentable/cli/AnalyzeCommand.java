package org.segmentable.cli;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.ComplexSummary;
import org.segmentable.geometry.Region;
import org.segmentable.io.TensorNames;
import org.segmentable.layer.LatentPlane;
import org.segmentable.layer.Outline;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.Superposition;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code segmentable analyze MODEL [--region outline|box] [--box Z] [--summary | --no-complex]}: prints
 * one JSON object with the exact areas of the layer's latent plane, keys in a fixed order:
 * {@code {"name": "seed-example", "d": 6, "region": "outline", "region_area": "p/q",
 * "active_area": ["p/q", ...], "patterns": {...}, "cells": N, "zero_features": []}} ({@code --no-complex}
 * leaves out patterns and cells). Every area is an exact fraction in lowest
 * terms ({@code p/q}, or {@code p} when whole). The options of {@link ModelOptions} choose the
 * tensors of {@code .npz}, {@code .safetensors} or {@code .npy} weights; those of {@link SliceOptions}
 * take a 2-D slice of a layer with {@code h > 2} (its region then defaults to the box).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        synopsisHeading = "",
        customSynopsis = {AnalyzeCommand.USAGE, "       [--summary | --no-complex] [model and slice options]", ""},
        description = {"print a layer's exact region and per-dim active areas as JSON", "",
            "Prints one JSON object with the exact areas of MODEL's latent plane (h = 2): name, "
                    + "d, region, region_area, active_area (the area where each dim i is active, z_i > 0), "
                    + "patterns (the area of every activation pattern covering positive area; character i "
                    + "is 1 when dim i is active), cells (the cells of the activation complex) and "
                    + "zero_features (features exactly at the origin, left out of the outline). Every area "
                    + "is an exact fraction in lowest terms, written \"p/q\" or \"p\".", ""},
        footer = {"",
            "A deep model (JSON with \"layers\", or safetensors/npz with tensors 0.weight, "
                    + "0.bias, 2.weight, ... as nn.Sequential saves them) is analyzed over the box [-Z, "
                    + "Z]^2 of its input slice: name, widths, region, box, region_area, cells, "
                    + "cells_per_depth, patterns_per_layer and patterns (each concatenated per-layer "
                    + "pattern, layers separated by '|', with its exact area).", "",
            "Exit codes: 0 success, 1 bad input (unreadable model, h != 2), 2 bad usage."})
final class AnalyzeCommand implements Callable<Integer> {

    /** The first line of the usage. */
    static final String USAGE = "usage: segmentable analyze MODEL [--region outline|box] [--box Z]";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", arity = "0..*", description = {
        "weights: .json, .npz, .safetensors, or a directory of .npy files (W_enc.npy, "
                + "W_dec.npy, b.npy, or W.npy and b.npy)"})
    java.util.List<String> positionals = new java.util.ArrayList<>();

    @Mixin
    ModelOptions model;

    @Mixin
    SliceOptions slice;

    @CommandLine.Option(names = "--region", paramLabel = "R", description = {
        "outline (default: the feature points' outline, non-zero winding rule) or box (the "
                + "square [-Z, Z]^2 of the latent plane)"})
    String region;

    @CommandLine.Option(names = "--box", paramLabel = "Z", description = {
        "the box half-width, exact and positive: 3, 2.5 or 7/2 (default 3); implies --region box"})
    String box;

    @CommandLine.Option(names = "--summary", description = {
        "leave out the per-pattern map; print pattern_count, the smallest cell (pattern and "
                + "exact area) and area_by_active (area by number of active dims) instead"})
    boolean summary;

    @CommandLine.Option(names = "--no-complex", description = {
        "leave out the activation complex (patterns, cells): only the region and active "
                + "areas, for layers whose complex is too large (a single layer only)"})
    boolean noComplex;

    /**
     * The checked command line.
     *
     * @param model the weights file
     * @param names the tensor names ({@link ModelOptions})
     * @param slice the slice options ({@link SliceOptions})
     * @param region {@code "outline"} or {@code "box"} when given (or implied by {@code --box}); none lets a
     *     sliced layer default to the box and a planar one to the outline
     * @param box the box half-width
     * @param summary leave out the per-pattern map
     * @param complex whether to compute the activation complex ({@code patterns} and {@code cells}); without
     *     it ({@code --no-complex}) only the areas are printed, which a layer of many thousands of dims
     *     gets in seconds while its complex may not fit in memory
     */
    record Options(Path model, TensorNames names, SliceOptions.Parsed slice, Option<String> region, Rational box,
            boolean summary, boolean complex) {
    }

    @Override
    public Integer call() {
        Either<String, Options> options = options();
        if (options.isLeft()) {
            throw new ParameterException(spec.commandLine(), options.getLeft());
        }
        if (!options.get().complex() && DeepCli.isDeep(options.get().model())) {
            throw new ParameterException(spec.commandLine(), "--no-complex is for a single layer; the analysis of a"
                    + " deep model is its linear regions");
        }
        Either<String, String> json = analyze(options.get());
        if (json.isLeft()) {
            spec.commandLine().getErr().println("segmentable analyze: " + json.getLeft());
            return 1;
        }
        spec.commandLine().getOut().println(json.get());
        return 0;
    }

    /** Checks the parsed options; a message names the offending word. */
    private Either<String, Options> options() {
        Either<String, TensorNames> names = model.names();
        if (names.isLeft()) {
            return Either.left(names.getLeft());
        }
        Either<String, SliceOptions.Parsed> sliced = slice.parsed();
        if (sliced.isLeft()) {
            return Either.left(sliced.getLeft());
        }
        if (summary && noComplex) {
            return Either.left("--summary summarizes the activation complex; it does not go with --no-complex");
        }
        if (positionals.isEmpty()) {
            return Either.left("missing MODEL (a weights file)");
        }
        if (positionals.size() > 1) {
            return Either.left("one MODEL expected, got " + positionals.size() + ": " + String.join(" ", positionals));
        }
        Option<String> r = Option.of(region);
        if (r.exists(x -> !x.equals("outline") && !x.equals("box"))) {
            return Either.left("--region must be outline or box, got '" + r.get() + "'");
        }
        Rational z = Rational.of(3);
        if (box != null) {
            if (r.contains("outline")) {
                return Either.left("--box " + box + " is the box region's size; it does not go with --region outline");
            }
            r = Option.some("box");
            Either<String, Rational> parsedZ = Rational.parse(box);
            if (parsedZ.isLeft() || parsedZ.get().signum() <= 0) {
                return Either.left("--box must be a positive number (3, 2.5 or 7/2), got '" + box + "'");
            }
            z = parsedZ.get();
        }
        try {
            return Either.right(new Options(Path.of(positionals.get(0)), names.get(), sliced.get(), r, z, summary,
                    !noComplex));
        } catch (InvalidPathException e) {
            return Either.left("'" + positionals.get(0) + "' is not a file path: " + e.getReason());
        }
    }

    /** Reads the model and computes the JSON object, or says what is wrong with the input. */
    static Either<String, String> analyze(Options options) {
        if (DeepCli.isDeep(options.model())) {
            return DeepCli.analyze(options.model(), options.box());
        }
        Either<String, ReluLayer> read = ModelOptions.load(options.model(), options.names());
        if (read.isLeft()) {
            return Either.left(read.getLeft());
        }
        Either<String, SliceOptions.Planar> planar = SliceOptions.apply(options.slice(), options.model(), read.get());
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
        Either<String, ActivationComplex> complex = ActivationComplex.build(region, plane.get().boundaries());
        if (complex.isLeft()) {
            return Either.left(options.model() + ": " + complex.getLeft() + " (--no-complex prints the areas alone)");
        }
        Vector<Tuple2<String, String>> base = entries(layer, regionName, region, superposition, outline);
        Vector<Tuple2<String, String>> cx = complexEntries(complex.get(), options.summary());
        // name, d, region, region_area, active_area, then the complex, then zero_features
        return Either.right(Json.object(base.take(5).appendAll(cx).appendAll(base.drop(5))));
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

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
import org.segmentable.analysis.AnalysisOptions;
import org.segmentable.analysis.LayerAnalysis;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.analysis.SliceChoice;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.ComplexSummary;
import org.segmentable.io.ModelFile;
import org.segmentable.io.TensorNames;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;
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
     * @param analysis the slice ({@link SliceOptions}), the region when given (or implied by {@code --box};
     *     else a sliced layer defaults to the box and a planar one to the outline) and the box
     * @param summary leave out the per-pattern map
     * @param complex whether to compute the activation complex ({@code patterns} and {@code cells}); without
     *     it ({@code --no-complex}) only the areas are printed, which a layer of many thousands of dims
     *     gets in seconds while its complex may not fit in memory
     */
    record Options(Path model, TensorNames names, AnalysisOptions analysis, boolean summary, boolean complex) {
    }

    @Override
    public Integer call() {
        Options options = orUsage(options());
        Validation<Seq<String>, ModelFile> read = ModelFile.read(options.model(), options.names());
        if (read.isInvalid()) {
            return fail(read.getError().mkString("\n  "));
        }
        Either<String, String> json;
        if (read.get().deep().isDefined()) {
            if (!options.complex()) {
                throw new ParameterException(spec.commandLine(), "--no-complex is for a single layer; the analysis of a"
                        + " deep model is its linear regions");
            }
            Option<String> refused = DeepCli.singleLayerOnly("analyze", options.summary(),
                    options.analysis().slice(), options.analysis().region());
            if (refused.isDefined()) {
                throw new ParameterException(spec.commandLine(), refused.get());
            }
            json = DeepCli.analyze(read.get().deep().get(), options.analysis().box());
        } else {
            json = analyze(read.get(), options);
        }
        if (json.isLeft()) {
            return fail(json.getLeft());
        }
        spec.commandLine().getOut().println(json.get());
        return 0;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("segmentable analyze: " + message);
        return 1;
    }

    private <T> T orUsage(Either<String, T> checked) {
        if (checked.isLeft()) {
            throw new ParameterException(spec.commandLine(), checked.getLeft());
        }
        return checked.get();
    }

    /** Checks the parsed options; a message names the offending word. */
    private Either<String, Options> options() {
        Either<String, TensorNames> names = model.names();
        if (names.isLeft()) {
            return Either.left(names.getLeft());
        }
        Either<String, SliceChoice> sliced = slice.parsed();
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
        Option<PlaneRegion> r = Option.none();
        if (region != null) {
            r = PlaneRegion.parse(region);
            if (r.isEmpty()) {
                return Either.left("--region must be outline or box, got '" + region + "'");
            }
        }
        AnalysisOptions analysis = AnalysisOptions.defaults().withSlice(sliced.get());
        if (box != null) {
            if (r.contains(PlaneRegion.OUTLINE)) {
                return Either.left("--box " + box + " is the box region's size; it does not go with --region outline");
            }
            r = Option.some(PlaneRegion.BOX);
            Either<String, Rational> z = Rational.parse(box);
            if (z.isLeft() || z.get().signum() <= 0) {
                return Either.left("--box must be a positive number (3, 2.5 or 7/2), got '" + box + "'");
            }
            analysis = analysis.withBox(z.get());
        }
        analysis = r.isDefined() ? analysis.withRegion(r.get()) : analysis;
        try {
            return Either.right(new Options(Path.of(positionals.get(0)), names.get(), analysis, summary, !noComplex));
        } catch (InvalidPathException e) {
            return Either.left("'" + positionals.get(0) + "' is not a file path: " + e.getReason());
        }
    }

    /**
     * The message for a layer with {@code h > 2} and no slice, naming the options that choose one.
     *
     * @param layer the layer
     * @return the message
     */
    static String noSlice(ReluLayer layer) {
        return "layer '" + layer.name() + "' has h = " + layer.h()
                + " latent dimensions: choose a 2-D slice with --features I,J or --slice FILE";
    }

    /** Analyses a single layer and writes the JSON object, or says what is wrong with the input. */
    static Either<String, String> analyze(ModelFile file, Options options) {
        Path model = options.model();
        if (LayerAnalysis.needsSlice(file, options.analysis().slice())) {
            return Either.left(model + ": " + noSlice(file.layer().get()));
        }
        Validation<Seq<String>, LayerAnalysis> analysed = LayerAnalysis.of(file, options.analysis());
        if (analysed.isInvalid()) {
            return Either.left(model + ": " + analysed.getError().mkString("\n  "));
        }
        LayerAnalysis a = analysed.get();
        if (!options.complex()) {
            return Either.right(Json.object(entries(a)));
        }
        // the complex first: when it cannot fit, say so before computing any area
        Option<String> tooLarge = MemoryPolicy.refusal(a.complexEstimate());
        if (tooLarge.isDefined()) {
            return Either.left(model + ": " + tooLarge.get() + " (--no-complex prints the areas alone)");
        }
        ActivationComplex complex = a.complex();
        Vector<Tuple2<String, String>> base = entries(a);
        Vector<Tuple2<String, String>> cx = complexEntries(complex, options.summary());
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

    /** The keys and JSON values, in output order (the complex's entries go before "zero_features"). */
    static Vector<Tuple2<String, String>> entries(LayerAnalysis a) {
        return Vector.of(
                Tuple.of("name", Json.string(a.name())),
                Tuple.of("d", Integer.toString(a.d())),
                Tuple.of("region", Json.string(a.regionChoice().word())),
                Tuple.of("region_area", Json.string(a.region().area().toString())),
                Tuple.of("active_area", Json.array(a.superposition().activeAreas().map(x -> Json.string(x.toString())))),
                Tuple.of("zero_features", Json.array(a.zeroFeatures().map(String::valueOf))));
    }
}

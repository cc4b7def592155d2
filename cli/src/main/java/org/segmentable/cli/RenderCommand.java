package org.segmentable.cli;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;
import org.segmentable.analysis.AnalysisOptions;
import org.segmentable.analysis.LayerAnalysis;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.analysis.SliceChoice;
import org.segmentable.figure.CellFill;
import org.segmentable.figure.DefaultFigure;
import org.segmentable.figure.FigureOptions;
import org.segmentable.figure.Figures;
import org.segmentable.figure.Gallery;
import org.segmentable.figure.Mode;
import org.segmentable.io.ModelFile;
import org.segmentable.io.TensorNames;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code segmentable render MODEL [-o OUT.svg] [--mode superposition|complex] [--region outline|box]
 * [--box Z] [--title TEXT] [--format svg|png] [--size PX] ...}: draws a figure of a layer and writes
 * it (through a temporary file and a move: never a partial file), then prints the path written.
 * {@code render --example} draws the default figure to {@code example.svg}.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        synopsisHeading = "",
        customSynopsis = {
            "usage: segmentable render MODEL [options]",
            "       segmentable render MODEL (--features I,J | --slice FILE | --grid [K]) [options]",
            "       segmentable render --example [-o FILE]",
            ""},
        description = {"draw a superposition or activation-complex figure (SVG or PNG)", "",
            "Draws a figure of a ReLU layer's latent plane and prints the path of the file "
                    + "written. MODEL holds the weights: .json, .npz, .safetensors, or a directory of .npy "
                    + "files (W_enc.npy, W_dec.npy, b.npy, or W.npy and b.npy); a deep model ({\"layers\": "
                    + "...}, or tensors 0.weight, 0.bias, 2.weight, ... as nn.Sequential saves them) is "
                    + "drawn as its linear regions.", ""},
        footer = {"", "Exit codes: 0 written, 1 bad input or unwritable output, 2 bad usage."})
final class RenderCommand implements Callable<Integer> {

    /** The number of features paired by a bare {@code --grid}. */
    static final int DEFAULT_K = 3;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", arity = "0..*", description = "the weights file (see above)")
    java.util.List<String> positionals = new java.util.ArrayList<>();

    @Mixin
    ModelOptions model;

    @Mixin
    SliceOptions slice;

    @CommandLine.Option(names = "--grid", arity = "0..1", paramLabel = "K", preprocessor = GridValue.class,
            description = {"a grid of slices: one superposition panel per pair i < j of the first K features "
                    + "(default 3), on the plane spanned by their latent images, the box region, shared "
                    + "colours per dim"})
    String grid;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE", description = {
        "output file (default: NAME.svg, or NAME.png with --format png, in the current "
                + "directory; example.svg with --example)"})
    String output;

    @CommandLine.Option(names = "--mode", paramLabel = "M", description = {
        "superposition (default: one translucent layer per dim) or complex (the cells of the activation complex)"})
    String mode;

    @CommandLine.Option(names = "--region", paramLabel = "R", description = {
        "outline (default: the feature points' outline; box for a slice) or box"})
    String region;

    @CommandLine.Option(names = "--box", paramLabel = "Z", description = {
        "viewport [-Z, Z]^2, also the box region (default 3; decimal or p/q)"})
    String box;

    @CommandLine.Option(names = "--title", paramLabel = "TEXT", description = "title (default: the model's title, else its name)")
    String title;

    @CommandLine.Option(names = "--format", paramLabel = "F", description = {
        "svg (default, or from the extension of -o) or png (via Batik)"})
    String format;

    @CommandLine.Option(names = "--size", paramLabel = "PX", description = "width in pixels (default 600)")
    String size;

    @CommandLine.Option(names = "--boundaries", description = "draw each dim's ReLU boundary line across the viewport")
    boolean boundaries;

    @CommandLine.Option(names = "--no-features", description = "leave out the feature points and their index labels")
    boolean noFeatures;

    @CommandLine.Option(names = "--no-legend", description = "leave out the legend")
    boolean noLegend;

    @CommandLine.Option(names = "--fill", paramLabel = "F", description = {
        "complex mode: fill cells by count of active dims (default) or by pattern"})
    String fill;

    @CommandLine.Option(names = "--example", description = "draw the embedded seed example (what 'segmentable' alone does)")
    boolean example;

    @CommandLine.Option(names = "--layer", paramLabel = "K", description = {
        "deep models: colour the linear regions by the pattern of hidden layer K (default the last)"})
    String layer;

    @CommandLine.Option(names = "--level-set", paramLabel = "K", description = {
        "deep models: draw the zero set of output K on top (default 0)"})
    String levelSet;

    /**
     * Gives a bare {@code --grid} its default: a following word is its value only when it is a number
     * ({@code --grid 4}, {@code --grid=x}); otherwise ({@code --grid m.json}) the word is left alone.
     */
    static final class GridValue implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
            if (" ".equals(info.get("separator")) && (args.isEmpty() || !args.peek().matches("[0-9]+"))) {
                args.push(Integer.toString(DEFAULT_K));
            }
            return false;
        }
    }

    /** A checked render request. */
    private record Request(boolean example, Path model, Option<Path> output, Mode mode, Option<PlaneRegion> region,
            boolean png, FigureOptions options) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TensorNames names = orUsage(model.names());
        SliceChoice choice = orUsage(slice.parsed());
        Option<Integer> k = orUsage(gridK());
        Request r = orUsage(request());
        if (k.isDefined()) {
            if (!choice.isModel()) {
                throw usage("--grid chooses its own slices (pairs of features); it does not go with "
                        + (choice.features().isDefined() ? "--features" : "--slice"));
            }
            if (mode != null && !mode.equalsIgnoreCase("superposition")) {
                throw usage("--grid draws superposition panels; it does not go with --mode " + mode);
            }
        }
        Seq<Path> inputs = inputs(r, choice);
        Option<String> refused = r.output.filter(o -> !Output.isStdout(o)).flatMap(o -> Output.refusal(o, inputs))
                .orElse(() -> Drawable.box(r.options.box()));
        if (refused.isDefined()) {
            err.println("segmentable render: " + refused.get());
            return 1;
        }
        Either<String, String> svg;
        String stem;
        if (r.example) {
            svg = DefaultFigure.layer().flatMap(l -> draw(l, Option.none(), choice, k, r));
            stem = "example";
        } else {
            Validation<Seq<String>, ModelFile> read = ModelFile.read(r.model, names);
            if (read.isInvalid()) {
                err.println("segmentable render: " + read.getError().mkString("\n  "));
                return 1;
            }
            if (read.get().deep().isDefined()) {
                if (k.isDefined()) {
                    throw usage("--grid pairs the features of one ReLU layer; it does not go with a deep model");
                }
                Option<String> singleLayer = DeepCli.singleLayerOnly("render", false, choice, r.region);
                if (singleLayer.isDefined()) {
                    throw usage(singleLayer.get());
                }
                return DeepCli.render(read.get().deep().get(), r.output, r.png, r.options, Option.of(layer),
                        Option.of(levelSet), inputs, out, err);
            }
            svg = draw(read.get().layer().get(), Option.some(read.get()), choice, k, r);
            stem = r.model.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        }
        stem = k.isDefined() ? stem + "-slices" : stem;
        if (svg.isLeft()) {
            err.println("segmentable render: " + svg.getLeft());
            return 1;
        }
        Path target = r.output.getOrElse(Path.of(stem + (r.png ? ".png" : ".svg")));
        return Output.figure(svg.get(), r.png, r.options.size(), target, inputs, out, err);
    }

    /** The files a render reads: the model (a file or an {@code .npy} directory) and the slice file. */
    private static Seq<Path> inputs(Request r, SliceChoice choice) {
        return choice.file().toVector().prependAll(r.example ? Vector.empty() : Vector.of(r.model));
    }

    /**
     * The figure of a single layer: its grid of slices, or the layer on its plane drawn from its
     * {@link LayerAnalysis} (the region, superposition and complex {@code analyze} prints).
     *
     * @param layer the layer read
     * @param file the model file it was read from, none for the embedded example
     * @param choice the slice chosen
     * @param k the grid's number of features, if a grid
     * @param r the request
     * @return the SVG text, or one message saying what is wrong with the input
     */
    private static Either<String, String> draw(ReluLayer layer, Option<ModelFile> file, SliceChoice choice,
            Option<Integer> k, Request r) {
        if (k.isDefined()) {
            return SliceRender.grid(layer, k.get(), r.region, r.options);
        }
        AnalysisOptions options = SliceRender.analysisOptions(choice, r.region, r.options);
        if (file.exists(f -> LayerAnalysis.needsSlice(f, choice)) || file.isEmpty() && layer.h() != 2 && choice.isModel()) {
            return Either.left(AnalyzeCommand.noSlice(layer));
        }
        Validation<Seq<String>, LayerAnalysis> analysis = file.isDefined() ? LayerAnalysis.of(file.get(), options)
                : LayerAnalysis.of(layer, options);
        return analysis.toEither().mapLeft(problems -> problems.mkString("\n  "))
                .flatMap(a -> affordable(a, r.mode))
                .flatMap(a -> Drawable.figure(r.options.box(), a.region(),
                        r.options.features() ? a.planar().featurePoints() : io.vavr.collection.Vector.empty()).toLeft(() -> a))
                .flatMap(a -> Figures.svg(a, r.mode, r.options));
    }

    /** The analysis, unless its figure needs an activation complex this JVM cannot hold. */
    private static Either<String, LayerAnalysis> affordable(LayerAnalysis a, Mode mode) {
        return mode == Mode.COMPLEX ? MemoryPolicy.refusal(a.complexEstimate()).toLeft(() -> a) : Either.right(a);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private <T> T orUsage(Either<String, T> checked) {
        if (checked.isLeft()) {
            throw usage(checked.getLeft());
        }
        return checked.get();
    }

    private Either<String, Option<Integer>> gridK() {
        if (grid == null) {
            return Either.right(Option.none());
        }
        if (!grid.matches("[0-9]{1,4}") || Integer.parseInt(grid) < 2) {
            return Either.left("--grid K needs a whole number of features K >= 2, got '" + grid + "'");
        }
        return Either.right(Option.some(Integer.parseInt(grid)));
    }

    private Either<String, Request> request() {
        if (example && !positionals.isEmpty()) {
            return Either.left("--example takes no MODEL, got '" + positionals.get(0) + "'");
        }
        if (!example && positionals.isEmpty()) {
            return Either.left("missing MODEL (a weights file)");
        }
        if (positionals.size() > 1) {
            return Either.left("one MODEL expected, got " + positionals.size() + ": " + String.join(" ", positionals));
        }
        Option<Path> out = Option.none();
        if (output != null) {
            try {
                out = Option.some(Path.of(output));
            } catch (InvalidPathException e) {
                return Either.left("-o: not a path: " + output);
            }
        }
        Option<Mode> m = Option.of(mode).map(Mode::parse).getOrElse(Option.some(Mode.SUPERPOSITION));
        if (m.isEmpty()) {
            return Either.left("--mode must be superposition or complex, got '" + mode + "'");
        }
        Option<Option<PlaneRegion>> reg = Option.of(region).map(w -> PlaneRegion.parse(w.toLowerCase(Locale.ROOT)));
        if (reg.isDefined() && reg.get().isEmpty()) {
            return Either.left("--region must be outline or box, got '" + region + "'");
        }
        Option<CellFill> f = Option.of(fill).map(CellFill::parse).getOrElse(Option.some(CellFill.COUNT));
        if (f.isEmpty()) {
            return Either.left("--fill must be count or pattern, got '" + fill + "'");
        }
        Either<String, FigureOptions> o = figureOptions(f.get());
        if (o.isLeft()) {
            return Either.left(o.getLeft());
        }
        if (format != null && !format.equals("svg") && !format.equals("png")) {
            return Either.left("--format must be svg or png, got '" + format + "'");
        }
        String ext = out.map(p -> p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase())
                .map(n -> n.endsWith(".png") ? "png" : n.endsWith(".svg") ? "svg" : "").getOrElse("");
        if (format != null && !ext.isEmpty() && !ext.equals(format)) {
            return Either.left("--format " + format + " does not match the output file's extension ." + ext);
        }
        boolean png = format != null ? format.equals("png") : ext.equals("png");
        Path path;
        try {
            path = example ? Path.of("example") : Path.of(positionals.get(0));
        } catch (InvalidPathException e) {
            return Either.left("'" + positionals.get(0) + "' is not a file path: " + e.getReason());
        }
        return Either.right(new Request(example, path, out, m.get(), reg.flatMap(x -> x), png, o.get()));
    }

    private Either<String, FigureOptions> figureOptions(CellFill f) {
        FigureOptions o = Gallery.OPTIONS.withFill(f).withBoundaries(boundaries).withFeatures(!noFeatures)
                .withLegend(!noLegend);
        if (title != null) {
            o = o.withTitle(title);
        }
        if (box != null) {
            Either<String, Rational> z = Rational.parse(box);
            if (z.isLeft() || z.get().signum() <= 0) {
                return Either.left("--box must be a positive number, got '" + box + "'");
            }
            o = o.withBox(z.get());
        }
        if (size != null) {
            if (!size.matches("[0-9]{1,5}") || Integer.parseInt(size) < 50 || Integer.parseInt(size) > 20000) {
                return Either.left("--size must be a whole number of pixels in [50, 20000], got '" + size + "'");
            }
            o = o.withSize(Integer.parseInt(size));
        }
        return Either.right(o);
    }
}

package org.segmentable.cli;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.segmentable.figure.CellFill;
import org.segmentable.figure.DefaultFigure;
import org.segmentable.figure.FigureOptions;
import org.segmentable.figure.Gallery;
import org.segmentable.figure.Mode;
import org.segmentable.figure.RegionChoice;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/**
 * {@code segmentable render MODEL [-o OUT.svg] [--mode superposition|complex] [--region outline|box]
 * [--box Z] [--title TEXT] [--format svg|png] [--size PX] ...}: draws a figure of a layer and writes
 * it (through a temporary file and a move: never a partial file), then prints the path written.
 * {@code render --example} draws the default figure to {@code example.svg}.
 */
final class RenderCommand implements Command {

    static final String USAGE = """
            usage: segmentable render MODEL [options]
                   segmentable render --example [-o FILE]

            Draws a figure of a ReLU layer's latent plane and prints the path of the file written.

            """ + ModelArgs.HELP + SliceArgs.HELP + GridArgs.HELP + """
              -o, --output FILE    output file (default: NAME.svg, or NAME.png with --format png,
                                   in the current directory; example.svg with --example)
              --mode M             superposition (default: one translucent layer per dim) or
                                   complex (the cells of the activation complex)
              --region R           outline (default: the feature points' outline; box for a slice)
                                   or box
              --box Z              viewport [-Z, Z]^2, also the box region (default 3; decimal or p/q)
              --title TEXT         title (default: the model's title, else its name)
              --format F           svg (default, or from the extension of -o) or png (via Batik)
              --size PX            width in pixels (default 600)
              --boundaries         draw each dim's ReLU boundary line across the viewport
              --no-features        leave out the feature points and their index labels
              --no-legend          leave out the legend
              --fill F             complex mode: fill cells by count of active dims (default)
                                   or by pattern
              --example            draw the embedded seed example (what 'segmentable' alone does)
              --layer K            deep models ({"layers": ...}): colour the linear regions by the
                                   pattern of hidden layer K (default the last)
              --level-set K        deep models: draw the zero set of output K on top (default 0)
              -h, --help           this help

            Exit codes: 0 written, 1 bad input or unwritable output, 2 bad usage.
            """;

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "draw a superposition or activation-complex figure (SVG or PNG)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Either<String, ModelArgs.Parsed> model = ModelArgs.extract(args);
        if (model.isLeft()) {
            return usage(err, model.getLeft());
        }
        Either<String, SliceArgs.Parsed> slice = SliceArgs.extract(model.get().rest());
        if (slice.isLeft()) {
            return usage(err, slice.getLeft());
        }
        Either<String, GridArgs.Parsed> grid = GridArgs.extract(slice.get().rest());
        if (grid.isLeft()) {
            return usage(err, grid.getLeft());
        }
        Either<String, Args> parsed = Args.parse(grid.get().rest(),
                HashSet.of("-o", "--output", "--mode", "--region", "--box", "--title", "--format", "--size", "--fill",
                        "--layer", "--level-set"),
                HashSet.of("--boundaries", "--no-features", "--no-legend", "--example", "-h", "--help"));
        if (parsed.isLeft()) {
            return usage(err, parsed.getLeft());
        }
        Args a = parsed.get();
        if (a.flag("-h", "--help")) {
            out.print(USAGE);
            return 0;
        }
        Either<String, Request> request = request(a);
        if (request.isLeft()) {
            return usage(err, request.getLeft());
        }
        Request r = request.get();
        Option<String> conflict = GridArgs.conflict(grid.get(), slice.get(), a.option("--mode"));
        if (conflict.isDefined()) {
            return usage(err, conflict.get());
        }
        if (grid.get().k().isDefined() && !r.example && DeepCli.isDeep(r.model)) {
            return usage(err, "--grid pairs the features of one ReLU layer; it does not go with a deep model");
        }
        if (!r.example && DeepCli.isDeep(r.model)) {
            return DeepCli.render(r.model, r.output, r.png, r.options, a.option("--layer"), a.option("--level-set"),
                    out, err);
        }
        Either<String, ReluLayer> layer;
        String stem;
        if (r.example) {
            layer = DefaultFigure.layer();
            stem = "example";
        } else {
            Either<String, ReluLayer> read = ModelArgs.loadOrMessage(r.model, model.get().names());
            if (read.isLeft()) {
                err.println("segmentable render: " + read.getLeft());
                return 1;
            }
            layer = read;
            stem = r.model.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        }
        stem = grid.get().k().isDefined() ? stem + "-slices" : stem;
        Either<String, String> svg = layer.flatMap(l -> SliceRender.svg(l, r.model, slice.get(), grid.get().k(),
                r.mode, r.region, r.options));
        if (svg.isLeft()) {
            err.println("segmentable render: " + svg.getLeft());
            return 1;
        }
        Path target = r.output.getOrElse(Path.of(stem + (r.png ? ".png" : ".svg")));
        return Output.figure(svg.get(), r.png, r.options.size(), target, out, err);
    }

    private static int usage(PrintStream err, String message) {
        err.println("segmentable render: " + message + ". Run 'segmentable render --help' for usage.");
        return 2;
    }

    /** A checked render request. */
    private record Request(boolean example, Path model, Option<Path> output, Mode mode, Option<RegionChoice> region,
            boolean png, FigureOptions options) {
    }

    private static Either<String, Request> request(Args a) {
        boolean example = a.flag("--example");
        if (example && !a.positionals().isEmpty()) {
            return Either.left("--example takes no MODEL, got '" + a.positionals().head() + "'");
        }
        if (!example && a.positionals().isEmpty()) {
            return Either.left("missing MODEL (a weights file)");
        }
        if (a.positionals().size() > 1) {
            return Either.left("one MODEL expected, got " + a.positionals().size() + ": "
                    + a.positionals().mkString(" "));
        }
        Option<String> outText = a.option("-o", "--output");
        Option<Path> output = Option.none();
        if (outText.isDefined()) {
            try {
                output = Option.some(Path.of(outText.get()));
            } catch (InvalidPathException e) {
                return Either.left("-o: not a path: " + outText.get());
            }
        }
        Option<Mode> mode = a.option("--mode").map(Mode::parse).getOrElse(Option.some(Mode.SUPERPOSITION));
        if (mode.isEmpty()) {
            return Either.left("--mode must be superposition or complex, got '" + a.option("--mode").get() + "'");
        }
        Option<Option<RegionChoice>> region = a.option("--region").map(RegionChoice::parse);
        if (region.isDefined() && region.get().isEmpty()) {
            return Either.left("--region must be outline or box, got '" + a.option("--region").get() + "'");
        }
        Option<CellFill> fill = a.option("--fill").map(CellFill::parse).getOrElse(Option.some(CellFill.COUNT));
        if (fill.isEmpty()) {
            return Either.left("--fill must be count or pattern, got '" + a.option("--fill").get() + "'");
        }
        FigureOptions o = Gallery.OPTIONS.withFill(fill.get()).withBoundaries(a.flag("--boundaries"))
                .withFeatures(!a.flag("--no-features")).withLegend(!a.flag("--no-legend"));
        if (a.option("--title").isDefined()) {
            o = o.withTitle(a.option("--title").get());
        }
        if (a.option("--box").isDefined()) {
            Either<String, Rational> z = Rational.parse(a.option("--box").get());
            if (z.isLeft() || z.get().signum() <= 0) {
                return Either.left("--box must be a positive number, got '" + a.option("--box").get() + "'");
            }
            o = o.withBox(z.get());
        }
        if (a.option("--size").isDefined()) {
            String s = a.option("--size").get();
            if (!s.matches("[0-9]{1,5}") || Integer.parseInt(s) < 50 || Integer.parseInt(s) > 20000) {
                return Either.left("--size must be a whole number of pixels in [50, 20000], got '" + s + "'");
            }
            o = o.withSize(Integer.parseInt(s));
        }
        Option<String> format = a.option("--format");
        if (format.isDefined() && !format.get().equals("svg") && !format.get().equals("png")) {
            return Either.left("--format must be svg or png, got '" + format.get() + "'");
        }
        String ext = output.map(p -> p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase())
                .map(n -> n.endsWith(".png") ? "png" : n.endsWith(".svg") ? "svg" : "").getOrElse("");
        if (format.isDefined() && !ext.isEmpty() && !ext.equals(format.get())) {
            return Either.left("--format " + format.get() + " does not match the output file's extension ." + ext);
        }
        boolean png = format.map(f -> f.equals("png")).getOrElse(ext.equals("png"));
        Path model = example ? Path.of("example") : Path.of(a.positionals().head());
        return Either.right(new Request(example, model, output, mode.get(), region.flatMap(x -> x), png, o));
    }
}

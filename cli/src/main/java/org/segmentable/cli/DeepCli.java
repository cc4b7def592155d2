package org.segmentable.cli;

import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.analysis.SliceChoice;
import org.segmentable.deep.DeepModel;
import org.segmentable.deep.LinearRegions;
import org.segmentable.deep.RegionSummary;
import org.segmentable.figure.DeepFigure;
import org.segmentable.figure.FigureOptions;
import org.segmentable.numbers.Rational;

/**
 * The {@code analyze} and {@code render} paths for deep models (JSON with {@code "layers"}, or
 * safetensors/npz with {@code 0.weight}, {@code 0.bias}, {@code 2.weight}, ...):
 * linear regions of the whole network over the box {@code [-Z, Z]²} of its input slice.
 *
 * <p>{@code DeepCli.analyze(model, Rational.of(3))} is the JSON report or a message.
 */
final class DeepCli {

    private DeepCli() {
    }

    /**
     * The first option given that only a single layer uses, as a usage message: a deep model is
     * analysed and drawn as the linear regions of its own input plane over the box, so a feature
     * slice, the outline region and the complex summary do not apply to it.
     *
     * <p>{@code DeepCli.singleLayerOnly("analyze", true, SliceChoice.model(), Option.none())} is
     * {@code Some("--summary is for single layers; a deep model is analysed as its linear regions")}.
     *
     * @param command the command's name, for the message
     * @param summary whether {@code --summary} was given
     * @param choice the slice options given
     * @param region the region given, if any
     * @return the message, or none when every option given applies to a deep model
     */
    static Option<String> singleLayerOnly(String command, boolean summary, SliceChoice choice,
            Option<PlaneRegion> region) {
        String how = "; a deep model is " + ("render".equals(command) ? "drawn" : "analysed")
                + " as its linear regions over the box of its input plane";
        if (summary) {
            return Option.some("--summary is for single layers" + how);
        }
        if (choice.features().isDefined()) {
            return Option.some("--features is for single layers" + how);
        }
        if (choice.file().isDefined()) {
            return Option.some("--slice is for single layers" + how);
        }
        if (region.contains(PlaneRegion.OUTLINE)) {
            return Option.some("--region outline is for single layers" + how);
        }
        return Option.none();
    }

    /**
     * The JSON report: name, widths, region, box, region_area, cells, cells_per_depth,
     * patterns_per_layer and patterns with exact areas.
     *
     * @param m the model, read by {@code ModelFile}
     * @param z the box half-width
     * @return the JSON text, or a message naming the model and the problem
     */
    static Either<String, String> analyze(DeepModel m, Rational z) {
        return regions(m, z, Option.none()).map(r -> {
            RegionSummary s = r.summary();
            return Json.object(Vector.of(
                    Tuple.of("name", Json.string(m.name())),
                    Tuple.of("widths", Json.array(m.mlp().layers().map(l -> Integer.toString(l.outputs()))
                            .prepend(Integer.toString(m.mlp().inputDim())))),
                    Tuple.of("region", Json.string("box")),
                    Tuple.of("box", Json.string(z.toString())),
                    Tuple.of("region_area", Json.string(s.regionArea().toString())),
                    Tuple.of("cells", Integer.toString(s.cells())),
                    Tuple.of("cells_per_depth", Json.array(s.cellsPerDepth().map(String::valueOf))),
                    Tuple.of("patterns_per_layer", Json.array(s.patternsPerLayer().map(String::valueOf))),
                    Tuple.of("patterns", Json.object(Vector.ofAll(s.patterns())
                            .map(e -> Tuple.of(e._1, Json.string(e._2.toString())))))));
        });
    }

    private static Either<String, LinearRegions> regions(DeepModel m, Rational z, Option<Integer> levelSet) {
        // every core: the result does not depend on the number of threads
        LinearRegions.Options all = LinearRegions.Options.DEFAULT.withThreads(Runtime.getRuntime().availableProcessors());
        LinearRegions.Options o = levelSet.map(all::withLevelSet).getOrElse(all);
        Validation<Seq<String>, LinearRegions> r = LinearRegions.box(m.mlp(), m.slice(), z, o);
        return r.isValid() ? Either.right(r.get()) : Either.left(m.name() + ": " + r.getError().mkString("; "));
    }

    /**
     * Renders the linear regions, writes the figure and prints its path.
     *
     * @return the exit code
     */
    static int render(DeepModel m, Option<Path> output, boolean png, FigureOptions options, Option<String> layerText,
            Option<String> levelText, Seq<Path> inputs, PrintWriter out, PrintWriter err) {
        int hidden = m.mlp().hiddenWidths().size();
        Option<Integer> layer = layerText.isEmpty() ? Option.some(Math.max(0, hidden - 1)) : index(layerText.get());
        if (layer.isEmpty() || (hidden > 0 && layer.get() >= hidden)) {
            err.println("segmentable render: --layer must be a hidden layer 0.." + (hidden - 1) + ", got '"
                    + layerText.getOrElse("") + "'. Run 'segmentable render --help' for usage.");
            return 2;
        }
        Option<Integer> level = levelText.isEmpty() ? Option.some(0) : index(levelText.get());
        if (level.isEmpty() || level.get() >= m.mlp().outputDim()) {
            err.println("segmentable render: --level-set must be an output 0.." + (m.mlp().outputDim() - 1)
                    + ", got '" + levelText.getOrElse("") + "'. Run 'segmentable render --help' for usage.");
            return 2;
        }
        Either<String, String> drawn = DeepFigure.svg(m, layer.get(), level.get(), options);
        if (drawn.isLeft()) {
            err.println("segmentable render: " + drawn.getLeft());
            return 1;
        }
        Path target = output.getOrElse(Path.of(m.name() + (png ? ".png" : ".svg")));
        return Output.figure(drawn.get(), png, options.size(), target, inputs, out, err);
    }

    private static Option<Integer> index(String text) {
        return text.matches("[0-9]{1,6}") ? Option.some(Integer.parseInt(text)) : Option.none();
    }
}

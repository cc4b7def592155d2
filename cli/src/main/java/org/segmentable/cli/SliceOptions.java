package org.segmentable.cli;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.Objects;
import org.segmentable.io.SliceJson;
import org.segmentable.layer.LatentSlice;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.SlicedLayer;
import picocli.CommandLine;

/**
 * The slice options shared by the commands that read a layer (a picocli mixin): {@code --features i,j}
 * (the plane through the latent origin spanned by the latent images of features {@code i} and
 * {@code j}) or {@code --slice FILE} ({@code {"origin", "u", "v"}}); without either, a JSON model's
 * inline {@code "slice"} is used. A layer with {@code h = 2} and no slice is its own latent plane; a
 * layer with {@code h > 2} needs a slice.
 *
 * <p>After {@code --features 0,2}, {@link #parsed()} is {@code Right(Parsed(features (0, 2), no file))}.
 */
final class SliceOptions {

    @CommandLine.Option(names = "--features", paramLabel = "I,J", description = {
        "for h > 2: the slice through the latent origin spanned by the latent images of "
                + "features I and J (other features are projected)"})
    java.util.List<String> features = new java.util.ArrayList<>();

    @CommandLine.Option(names = "--slice", paramLabel = "FILE", description = {
        "for h > 2: the slice {\"origin\": [...], \"u\": [...], \"v\": [...]} (default: the "
                + "model JSON's inline \"slice\"); a sliced layer's region defaults to the box"})
    java.util.List<String> slice = new java.util.ArrayList<>();

    /**
     * The slice options given.
     *
     * @param features the two features of {@code --features}, if given
     * @param sliceFile the file of {@code --slice}, if given
     */
    record Parsed(Option<Vector<Integer>> features, Option<Path> sliceFile) {
    }

    /**
     * Checks the options.
     *
     * @return the options, or the first problem
     */
    Either<String, Parsed> parsed() {
        Either<String, Option<String>> sliceText = ModelOptions.once("--slice", slice);
        if (sliceText.isLeft()) {
            return Either.left(sliceText.getLeft());
        }
        Either<String, Option<String>> featureText = ModelOptions.once("--features", features);
        if (featureText.isLeft()) {
            return Either.left(featureText.getLeft());
        }
        Option<Vector<Integer>> pair = Option.none();
        if (featureText.get().isDefined()) {
            String value = featureText.get().get();
            String[] parts = value.split(",", -1);
            if (parts.length != 2) {
                return Either.left("--features needs two features I,J, got '" + value + "'");
            }
            try {
                pair = Option.some(Vector.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())));
            } catch (NumberFormatException e) {
                return Either.left("--features needs two feature indices I,J, got '" + value + "'");
            }
        }
        if (pair.isDefined() && sliceText.get().isDefined()) {
            return Either.left("give either --features or --slice, not both");
        }
        return Either.right(new Parsed(pair, sliceText.get().map(Path::of)));
    }

    /**
     * A layer on its plane: the layer itself ({@code h = 2}, no slice) or its slice.
     *
     * @param planar the {@code h = 2} layer that the figure and the analysis use
     * @param sliced the slice, when one was taken
     */
    record Planar(ReluLayer planar, Option<SlicedLayer> sliced) {
    }

    /**
     * The layer on the chosen plane.
     *
     * @param parsed the slice options, not null
     * @param model the model file (for an inline slice), not null
     * @param layer the layer read from it, not null
     * @return the planar layer, or one message
     */
    static Either<String, Planar> apply(Parsed parsed, Path model, ReluLayer layer) {
        Objects.requireNonNull(parsed, "parsed is null");
        Objects.requireNonNull(model, "model is null");
        Objects.requireNonNull(layer, "layer is null");
        Option<Validation<Seq<String>, LatentSlice>> chosen = parsed.features()
                .map(f -> LatentSlice.features(layer, f.get(0), f.get(1)))
                .orElse(() -> parsed.sliceFile().map(SliceJson::read))
                .orElse(() -> SliceJson.inline(model));
        if (chosen.isEmpty()) {
            if (layer.h() == 2) {
                return Either.right(new Planar(layer, Option.none()));
            }
            return Either.left("layer '" + layer.name() + "' has h = " + layer.h()
                    + " latent dimensions: choose a 2-D slice with --features I,J or --slice FILE");
        }
        return chosen.get()
                .flatMap(slice -> SlicedLayer.of(layer, slice))
                .toEither()
                .mapLeft(problems -> problems.mkString("\n  "))
                .map(sliced -> new Planar(sliced.planar(), Option.some(sliced)));
    }
}

package org.segmentable.cli;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.segmentable.analysis.SliceChoice;
import picocli.CommandLine;

/**
 * The slice options shared by the commands that read a layer (a picocli mixin): {@code --features i,j}
 * (the plane through the latent origin spanned by the latent images of features {@code i} and
 * {@code j}) or {@code --slice FILE} ({@code {"origin", "u", "v"}}); without either, a JSON model's
 * inline {@code "slice"} is used. A layer with {@code h = 2} and no slice is its own latent plane; a
 * layer with {@code h > 2} needs a slice.
 *
 * <p>After {@code --features 0,2}, {@link #parsed()} is {@code Right(SliceChoice.features(0, 2))}.
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
     * Checks the options.
     *
     * @return the slice chosen (the model's own when neither option is given), or the first problem
     */
    Either<String, SliceChoice> parsed() {
        Either<String, Option<String>> sliceText = ModelOptions.once("--slice", slice);
        if (sliceText.isLeft()) {
            return Either.left(sliceText.getLeft());
        }
        Either<String, Option<String>> featureText = ModelOptions.once("--features", features);
        if (featureText.isLeft()) {
            return Either.left(featureText.getLeft());
        }
        Option<SliceChoice> pair = Option.none();
        if (featureText.get().isDefined()) {
            String value = featureText.get().get();
            String[] parts = value.split(",", -1);
            if (parts.length != 2) {
                return Either.left("--features needs two features I,J, got '" + value + "'");
            }
            try {
                pair = Option.some(SliceChoice.features(Integer.parseInt(parts[0].strip()),
                        Integer.parseInt(parts[1].strip())));
            } catch (NumberFormatException e) {
                return Either.left("--features needs two feature indices I,J, got '" + value + "'");
            }
        }
        if (pair.isDefined() && sliceText.get().isDefined()) {
            return Either.left("give either --features or --slice, not both");
        }
        try {
            return Either.right(pair.orElse(() -> sliceText.get().map(f -> SliceChoice.file(Path.of(f))))
                    .getOrElse(SliceChoice.model()));
        } catch (InvalidPathException e) {
            return Either.left("--slice: not a path: " + sliceText.get().get());
        }
    }
}

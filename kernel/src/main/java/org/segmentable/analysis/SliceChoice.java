package org.segmentable.analysis;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Which 2-D slice of the latent space an analysis uses: the plane through the latent origin spanned by
 * the latent images of two features, a slice file ({@code {"origin", "u", "v"}}), or the model's own
 * (the inline {@code "slice"} of a JSON model; none for a layer with {@code h = 2}).
 *
 * <p>{@code SliceChoice.features(0, 2).features()} is {@code Some((0, 2))}; {@code SliceChoice.model().file()}
 * is {@code None}.
 */
public final class SliceChoice {

    private static final SliceChoice MODEL = new SliceChoice(Option.none(), Option.none());

    private final Option<Tuple2<Integer, Integer>> features;
    private final Option<Path> file;

    private SliceChoice(Option<Tuple2<Integer, Integer>> features, Option<Path> file) {
        this.features = features;
        this.file = file;
    }

    /**
     * The model's own slice: its inline {@code "slice"}, else the latent plane itself ({@code h = 2}).
     *
     * @return the choice
     */
    public static SliceChoice model() {
        return MODEL;
    }

    /**
     * The slice through the latent origin spanned by the latent images of features {@code i} and
     * {@code j}; whether they exist and differ is checked against the layer.
     *
     * @param i a feature index
     * @param j another feature index
     * @return the choice
     */
    public static SliceChoice features(int i, int j) {
        return new SliceChoice(Option.some(Tuple.of(i, j)), Option.none());
    }

    /**
     * The slice read from a file: {@code {"origin", "u", "v"}}, or a model file's {@code "slice"}.
     *
     * @param file the slice file, not null
     * @return the choice
     * @throws NullPointerException if {@code file} is null
     */
    public static SliceChoice file(Path file) {
        Objects.requireNonNull(file, "file is null");
        return new SliceChoice(Option.none(), Option.some(file));
    }

    /**
     * The two features, when chosen.
     *
     * @return the pair, or none
     */
    public Option<Tuple2<Integer, Integer>> features() {
        return features;
    }

    /**
     * The slice file, when chosen.
     *
     * @return the file, or none
     */
    public Option<Path> file() {
        return file;
    }

    /**
     * Whether this is the model's own slice ({@link #model()}).
     *
     * @return true when neither features nor a file were chosen
     */
    public boolean isModel() {
        return features.isEmpty() && file.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SliceChoice c && c.features.equals(features) && c.file.equals(file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(features, file);
    }

    @Override
    public String toString() {
        return features.map(f -> "features " + f._1 + ", " + f._2)
                .orElse(() -> file.map(p -> "slice file " + p)).getOrElse("model slice");
    }
}

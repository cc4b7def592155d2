package org.segmentable.analysis;

import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * How to analyse a layer: which slice ({@link SliceChoice}), which region (when none is given, the box
 * for a layer on a slice and the outline otherwise) and the box half-width {@code Z} of
 * {@code [-Z, Z]²} (positive).
 *
 * <p>{@code AnalysisOptions.defaults().withRegion(PlaneRegion.BOX).withBox(Rational.of(7, 2))} analyses
 * the square {@code [-7/2, 7/2]²} of the model's own plane.
 */
public final class AnalysisOptions {

    private static final Rational DEFAULT_BOX = Rational.of(3);

    private final SliceChoice slice;
    private final Option<PlaneRegion> region;
    private final Rational box;

    private AnalysisOptions(SliceChoice slice, Option<PlaneRegion> region, Rational box) {
        this.slice = slice;
        this.region = region;
        this.box = box;
    }

    /**
     * The model's own slice, the default region, the box {@code [-3, 3]²}.
     *
     * @return the options
     */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(SliceChoice.model(), Option.none(), DEFAULT_BOX);
    }

    /**
     * These options with another slice.
     *
     * @param choice the slice, not null
     * @return the options
     * @throws NullPointerException if {@code choice} is null
     */
    public AnalysisOptions withSlice(SliceChoice choice) {
        Objects.requireNonNull(choice, "choice is null");
        return new AnalysisOptions(choice, region, box);
    }

    /**
     * These options with a region chosen.
     *
     * @param choice the region, not null
     * @return the options
     * @throws NullPointerException if {@code choice} is null
     */
    public AnalysisOptions withRegion(PlaneRegion choice) {
        Objects.requireNonNull(choice, "choice is null");
        return new AnalysisOptions(slice, Option.some(choice), box);
    }

    /**
     * These options with another box half-width.
     *
     * @param z the half-width, positive, not null
     * @return the options
     * @throws NullPointerException if {@code z} is null
     * @throws IllegalArgumentException if {@code z} is not positive
     */
    public AnalysisOptions withBox(Rational z) {
        Objects.requireNonNull(z, "z is null");
        if (z.signum() <= 0) {
            throw new IllegalArgumentException("z is not positive: " + z);
        }
        return new AnalysisOptions(slice, region, z);
    }

    /**
     * The slice.
     *
     * @return the slice choice
     */
    public SliceChoice slice() {
        return slice;
    }

    /**
     * The region, when chosen.
     *
     * @return the region, or none for the default
     */
    public Option<PlaneRegion> region() {
        return region;
    }

    /**
     * The box half-width.
     *
     * @return {@code Z}, positive
     */
    public Rational box() {
        return box;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisOptions a && a.slice.equals(slice) && a.region.equals(region) && a.box.equals(box);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slice, region, box);
    }

    @Override
    public String toString() {
        return "AnalysisOptions(" + slice + ", " + region.map(PlaneRegion::word).getOrElse("default region")
                + ", box " + box + ")";
    }
}

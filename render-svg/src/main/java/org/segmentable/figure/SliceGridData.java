package org.segmentable.figure;

import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * What the slice-grid figure draws: one {@link SlicePanel} per pair {@code i < j} of the first
 * {@code k} features, in row-major order ({@code (0, 1), (0, 2), ..., (1, 2), ...}).
 *
 * <p>For {@code k = 3} the panels are the pairs {@code (0, 1), (0, 2), (1, 2)}.
 *
 * @param title the figure's title, possibly empty
 * @param d the number of dims (shared colours: dim {@code i} has the same colour in every panel)
 * @param k the number of features paired, at least 2
 * @param panels the {@code k (k - 1) / 2} panels, row-major
 */
public record SliceGridData(String title, int d, int k, Vector<SlicePanel> panels) {

    /**
     * Checks nulls and the panel count.
     *
     * @param title the figure's title, possibly empty
     * @param d the number of dims (shared colours: dim {@code i} has the same colour in every panel)
     * @param k the number of features paired, at least 2
     * @param panels the {@code k (k - 1) / 2} panels, row-major
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code k < 2} or there are not {@code k (k - 1) / 2} panels
     */
    public SliceGridData {
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(panels, "panels is null");
        if (k < 2 || panels.size() != k * (k - 1) / 2) {
            throw new IllegalArgumentException("k = " + k + " needs " + (k * (k - 1) / 2) + " panels, got "
                    + panels.size());
        }
    }
}

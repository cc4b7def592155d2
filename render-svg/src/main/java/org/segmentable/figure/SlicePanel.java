package org.segmentable.figure;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * One panel of the slice grid: the superposition on the slice spanned by the latent images of
 * features {@code i} and {@code j}, or why there is no such slice (the images are parallel or zero).
 *
 * <p>{@code new SlicePanel(0, 1, Either.right(data), Vector.of(true, true, false))} is the panel
 * "features 0, 1" whose third feature point is a projection.
 *
 * @param i the first feature (the slice's {@code u}, horizontal axis)
 * @param j the second feature (the slice's {@code v}, vertical axis), {@code j > i}
 * @param data the superposition in slice coordinates, or the kernel's reason why the pair spans no plane
 * @param onSlice per feature point, whether it lies on the slice (empty when there is no slice)
 */
public record SlicePanel(int i, int j, Either<String, SuperpositionData> data, Vector<Boolean> onSlice) {

    /**
     * Checks nulls and the pair.
     *
     * @param i the first feature (the slice's {@code u}, horizontal axis)
     * @param j the second feature (the slice's {@code v}, vertical axis), {@code j > i}
     * @param data the superposition in slice coordinates, or the kernel's reason why the pair spans no plane
     * @param onSlice per feature point, whether it lies on the slice (empty when there is no slice)
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException unless {@code 0 <= i < j}
     */
    public SlicePanel {
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(onSlice, "onSlice is null");
        if (i < 0 || j <= i) {
            throw new IllegalArgumentException("need 0 <= i < j, got i = " + i + ", j = " + j);
        }
    }
}

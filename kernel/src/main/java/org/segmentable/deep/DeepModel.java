package org.segmentable.deep;

import java.util.Objects;
import org.segmentable.linalg.AffineSlice;

/**
 * A network with the input slice to study it on, as read from a model file.
 *
 * <p>{@code new DeepModel("xor", "", mlp, AffineSlice.identity()).name()} is {@code "xor"}.
 *
 * @param name a short name (the file stem or the model's {@code "name"}), not null
 * @param title a figure title, possibly empty, not null
 * @param mlp the network, not null
 * @param slice the 2-D input slice, not null
 */
public record DeepModel(String name, String title, Mlp mlp, AffineSlice slice) {

    /**
     * Checks nulls and that the slice lives in the network's input space.
     *
     * @param name a short name (the file stem or the model's {@code "name"})
     * @param title a figure title, possibly empty
     * @param mlp the network
     * @param slice the 2-D input slice, into {@code R^mlp.inputDim()}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the slice's dimension is not the network's input dimension
     */
    public DeepModel {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(mlp, "mlp is null");
        Objects.requireNonNull(slice, "slice is null");
        if (slice.dimension() != mlp.inputDim()) {
            throw new IllegalArgumentException("slice lives in R^" + slice.dimension() + ", the network takes "
                    + mlp.inputDim() + " inputs");
        }
    }
}

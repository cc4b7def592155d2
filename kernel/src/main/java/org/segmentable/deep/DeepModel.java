package org.segmentable.deep;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.linalg.AffineSlice;

/**
 * A network with the input slice to study it on, as read from a model file. A model that exists has
 * a slice in the network's input space.
 *
 * <p>{@code DeepModel.of("xor", "", mlp, AffineSlice.identity()).get().name()} is {@code "xor"}; with a
 * slice of {@code R^3} and a network of 2 inputs it is
 * {@code Invalid(["the slice lives in R^3, the network takes 2 inputs"])}.
 */
public final class DeepModel {

    private final String name;
    private final String title;
    private final Mlp mlp;
    private final AffineSlice slice;

    private DeepModel(String name, String title, Mlp mlp, AffineSlice slice) {
        this.name = name;
        this.title = title;
        this.mlp = mlp;
        this.slice = slice;
    }

    /**
     * A model, when the slice lives in the network's input space.
     *
     * @param name a short name (the file stem or the model's {@code "name"}), not null
     * @param title a figure title, possibly empty, not null
     * @param mlp the network, not null
     * @param slice the 2-D input slice, into {@code R^mlp.inputDim()}, not null
     * @return the model, or the problem when the slice's dimension is not the network's input dimension
     * @throws NullPointerException if an argument is null
     */
    public static Validation<Seq<String>, DeepModel> of(String name, String title, Mlp mlp, AffineSlice slice) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(mlp, "mlp is null");
        Objects.requireNonNull(slice, "slice is null");
        return slice.dimension() == mlp.inputDim()
                ? Validation.valid(new DeepModel(name, title, mlp, slice))
                : Validation.invalid(Vector.of("the slice lives in R^" + slice.dimension() + ", the network takes "
                        + mlp.inputDim() + " inputs"));
    }

    /**
     * The short name.
     *
     * @return the file stem or the model's {@code "name"}, not null
     */
    public String name() {
        return name;
    }

    /**
     * The figure title.
     *
     * @return the title, possibly empty, not null
     */
    public String title() {
        return title;
    }

    /**
     * The network.
     *
     * @return the network, not null
     */
    public Mlp mlp() {
        return mlp;
    }

    /**
     * The 2-D input slice.
     *
     * @return the slice, into {@code R^mlp().inputDim()}
     */
    public AffineSlice slice() {
        return slice;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DeepModel)) {
            return false;
        }
        DeepModel other = (DeepModel) o;
        return other.name.equals(name) && other.title.equals(title) && other.mlp.equals(mlp)
                && other.slice.equals(slice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, title, mlp, slice);
    }

    /** {@code "DeepModel[name=xor, title=, mlp=…, slice=…]"}. */
    @Override
    public String toString() {
        return "DeepModel[name=" + name + ", title=" + title + ", mlp=" + mlp + ", slice=" + slice + "]";
    }
}

package org.segmentable.deep;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * An exact affine map from slice coordinates {@code (s, t)} to {@code R^m}:
 * {@code y_k = ds_k·s + dt_k·t + offset_k}.
 *
 * <p>{@code new AffineMap(Vector.of(ONE), Vector.of(TWO), Vector.of(ZERO)).apply(Point2.of(1, 1))} is {@code [3]}.
 *
 * @param ds the coefficients of {@code s}, not null
 * @param dt the coefficients of {@code t}, same length
 * @param offset the constant terms, same length
 */
public record AffineMap(Vector<Rational> ds, Vector<Rational> dt, Vector<Rational> offset) {

    /**
     * Checks nulls and lengths.
     *
     * @param ds the coefficients of {@code s}, one per output
     * @param dt the coefficients of {@code t}, one per output
     * @param offset the constant terms, one per output
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the three vectors differ in length
     */
    public AffineMap {
        Objects.requireNonNull(ds, "ds is null");
        Objects.requireNonNull(dt, "dt is null");
        Objects.requireNonNull(offset, "offset is null");
        if (ds.size() != dt.size() || ds.size() != offset.size()) {
            throw new IllegalArgumentException("ds, dt and offset differ in length: " + ds.size() + ", "
                    + dt.size() + ", " + offset.size());
        }
    }

    /**
     * The output dimension {@code m}.
     *
     * @return the number of outputs, at least 0 (the common length of {@code ds}, {@code dt}, {@code offset})
     */
    public int dimension() {
        return ds.size();
    }

    /**
     * The exact image of a point.
     *
     * @param p slice coordinates, not null
     * @return the {@code m} outputs
     */
    public Vector<Rational> apply(Point2 p) {
        Objects.requireNonNull(p, "p is null");
        return Vector.range(0, ds.size())
                .map(k -> ds.get(k).multiply(p.x()).add(dt.get(k).multiply(p.y())).add(offset.get(k)));
    }

    /** {@code "[1·s + 2·t + 0]"}. */
    @Override
    public String toString() {
        return Vector.range(0, ds.size()).map(k -> ds.get(k) + "·s + " + dt.get(k) + "·t + " + offset.get(k))
                .mkString("[", ", ", "]");
    }
}

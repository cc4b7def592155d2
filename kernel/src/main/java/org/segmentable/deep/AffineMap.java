package org.segmentable.deep;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * An exact affine map from slice coordinates {@code (s, t)} to {@code R^m}:
 * {@code y_k = ds_k·s + dt_k·t + offset_k}.
 *
 * <p>Maps are built by the engine, one per cell ({@link LinearRegion#affineMap()}): for a cell where
 * {@code y = s + 2·t}, {@code map.apply(Point2.of(1, 1))} is {@code [3]} and {@code map.toString()} is
 * {@code "[1·s + 2·t + 0]"}.
 */
public final class AffineMap {

    private final Vector<Rational> ds;
    private final Vector<Rational> dt;
    private final Vector<Rational> offset;

    /** A map whose three vectors have the same length (the network's output count). */
    AffineMap(Vector<Rational> ds, Vector<Rational> dt, Vector<Rational> offset) {
        this.ds = ds;
        this.dt = dt;
        this.offset = offset;
    }

    /**
     * The coefficients of {@code s}.
     *
     * @return one coefficient per output
     */
    public Vector<Rational> ds() {
        return ds;
    }

    /**
     * The coefficients of {@code t}.
     *
     * @return one coefficient per output
     */
    public Vector<Rational> dt() {
        return dt;
    }

    /**
     * The constant terms.
     *
     * @return one constant per output
     */
    public Vector<Rational> offset() {
        return offset;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof AffineMap && ((AffineMap) o).ds.equals(ds) && ((AffineMap) o).dt.equals(dt)
                && ((AffineMap) o).offset.equals(offset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ds, dt, offset);
    }

    /** {@code "[1·s + 2·t + 0]"}. */
    @Override
    public String toString() {
        return Vector.range(0, ds.size()).map(k -> ds.get(k) + "·s + " + dt.get(k) + "·t + " + offset.get(k))
                .mkString("[", ", ", "]");
    }
}

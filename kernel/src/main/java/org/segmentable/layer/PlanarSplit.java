package org.segmentable.layer;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A polygon of {@code R^d} split by the coordinate hyperplane {@code x_dim = 0}: the pieces where
 * {@code x_dim > 0}, the pieces where {@code x_dim < 0}, and the parts of the closed polygon lying
 * on the hyperplane (maximal segments of the cut line; a single point as a zero-length segment).
 * When the whole polygon lies inside the hyperplane, both piece lists and the segment list are
 * empty and {@link #insideHyperplane()} holds the polygon.
 *
 * <p>The diamond {@code (-1,0,0), (0,0,1), (1,0,0), (0,0,-1)} split by {@code x_2 = 0} has one
 * positive and one negative triangle and the on-hyperplane segment from {@code (-1,0,0)} to
 * {@code (1,0,0)}.
 *
 * <p>Splits are built only by {@link PlanarPolygon#split(int)}.
 */
public final class PlanarSplit {

    private final int dim;
    private final Vector<PlanarPolygon> positive;
    private final Vector<PlanarPolygon> negative;
    private final Vector<PlanarSegment> onHyperplane;
    private final Option<PlanarPolygon> insideHyperplane;

    /** The parts of a split computed by {@link HyperplaneSplitter}. */
    PlanarSplit(int dim, Vector<PlanarPolygon> positive, Vector<PlanarPolygon> negative,
            Vector<PlanarSegment> onHyperplane, Option<PlanarPolygon> insideHyperplane) {
        this.dim = dim;
        this.positive = positive;
        this.negative = negative;
        this.onHyperplane = onHyperplane;
        this.insideHyperplane = insideHyperplane;
    }

    /**
     * The coordinate of the hyperplane.
     *
     * @return the {@code i} of the hyperplane {@code x_i = 0}
     */
    public int dim() {
        return dim;
    }

    /**
     * The pieces where {@code x_dim > 0}.
     *
     * @return the positive pieces, empty when there are none
     */
    public Vector<PlanarPolygon> positive() {
        return positive;
    }

    /**
     * The pieces where {@code x_dim < 0}.
     *
     * @return the negative pieces, empty when there are none
     */
    public Vector<PlanarPolygon> negative() {
        return negative;
    }

    /**
     * The closed polygon's intersection with the hyperplane, as maximal segments (a single point as a
     * zero-length segment).
     *
     * @return the segments, empty when the polygon misses the hyperplane or lies inside it
     */
    public Vector<PlanarSegment> onHyperplane() {
        return onHyperplane;
    }

    /**
     * The polygon itself when it lies inside the hyperplane.
     *
     * @return the polygon, or none when it crosses or misses the hyperplane
     */
    public Option<PlanarPolygon> insideHyperplane() {
        return insideHyperplane;
    }

    /**
     * True when the polygon lies inside the hyperplane {@code x_dim = 0}.
     *
     * @return whether {@link #insideHyperplane()} is defined
     */
    public boolean liesInHyperplane() {
        return insideHyperplane.isDefined();
    }

    /**
     * The total area of the positive pieces in the coordinates {@code (x_a, x_b)}.
     *
     * @param a a coordinate
     * @param b another coordinate
     * @return the non-negative area
     * @throws IndexOutOfBoundsException if a coordinate is out of range
     * @see PlanarPolygon#shadowArea(int, int)
     */
    public Rational positiveArea(int a, int b) {
        return positive.map(p -> p.shadowArea(a, b)).fold(Rational.ZERO, Rational::add);
    }

    /**
     * The total area of the negative pieces in the coordinates {@code (x_a, x_b)}.
     *
     * @param a a coordinate
     * @param b another coordinate
     * @return the non-negative area
     * @throws IndexOutOfBoundsException if a coordinate is out of range
     * @see PlanarPolygon#shadowArea(int, int)
     */
    public Rational negativeArea(int a, int b) {
        return negative.map(p -> p.shadowArea(a, b)).fold(Rational.ZERO, Rational::add);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PlanarSplit)) {
            return false;
        }
        PlanarSplit other = (PlanarSplit) o;
        return other.dim == dim && other.positive.equals(positive) && other.negative.equals(negative)
                && other.onHyperplane.equals(onHyperplane) && other.insideHyperplane.equals(insideHyperplane);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dim, positive, negative, onHyperplane, insideHyperplane);
    }

    /** {@code "PlanarSplit[dim=2, positive=…, negative=…, onHyperplane=…, insideHyperplane=None]"}. */
    @Override
    public String toString() {
        return "PlanarSplit[dim=" + dim + ", positive=" + positive + ", negative=" + negative + ", onHyperplane="
                + onHyperplane + ", insideHyperplane=" + insideHyperplane + "]";
    }
}

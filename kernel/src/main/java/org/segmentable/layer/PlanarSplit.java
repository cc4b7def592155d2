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
 * @param dim the coordinate {@code i} of the hyperplane {@code x_i = 0}
 * @param positive the pieces where {@code x_dim > 0}
 * @param negative the pieces where {@code x_dim < 0}
 * @param onHyperplane the closed polygon's intersection with the hyperplane, as maximal segments
 * @param insideHyperplane the polygon itself when it lies inside the hyperplane
 */
public record PlanarSplit(int dim, Vector<PlanarPolygon> positive, Vector<PlanarPolygon> negative,
        Vector<PlanarSegment> onHyperplane, Option<PlanarPolygon> insideHyperplane) {

    /**
     * Checks the parts.
     *
     * @param dim the coordinate {@code i} of the hyperplane {@code x_i = 0}
     * @param positive the pieces where {@code x_dim > 0}, not null
     * @param negative the pieces where {@code x_dim < 0}, not null
     * @param onHyperplane the closed polygon's intersection with the hyperplane, not null
     * @param insideHyperplane the polygon itself when it lies inside the hyperplane, not null
     */
    public PlanarSplit {
        Objects.requireNonNull(positive, "positive is null");
        Objects.requireNonNull(negative, "negative is null");
        Objects.requireNonNull(onHyperplane, "onHyperplane is null");
        Objects.requireNonNull(insideHyperplane, "insideHyperplane is null");
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
}

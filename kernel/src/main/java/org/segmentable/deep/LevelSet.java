package org.segmentable.deep;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.geometry.Segment2;

/**
 * The zero set of one output coordinate over the region (a decision boundary), as exact
 * segments: within each cell the output is affine, so its zero set there is a chord of the cell
 * (or an edge of the cell, reported once).
 *
 * <p>For {@code y = s} over the box {@code [-1, 1]²}, {@code segments()} is {@code [(0, -1)–(0, 1)]}.
 *
 * @param output the output coordinate
 * @param segments the exact segments, not null
 */
public record LevelSet(int output, Vector<Segment2> segments) {

    /**
     * Checks nulls.
     *
     * @param output the output coordinate, an index into the network's outputs
     * @param segments the exact segments of the zero set in slice coordinates; empty when the output
     *     has no zero in the region
     * @throws NullPointerException if segments is null
     */
    public LevelSet {
        Objects.requireNonNull(segments, "segments is null");
    }
}

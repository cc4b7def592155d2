package org.segmentable.deep;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.geometry.Segment2;

/**
 * The zero set of one output coordinate over the region (a decision boundary), as exact
 * segments: within each cell the output is affine, so its zero set there is a chord of the cell
 * (or an edge of the cell, reported once). Level sets are built by {@link LinearRegions}.
 *
 * <p>For {@code y = s} over the box {@code [-1, 1]²}, {@code segments()} is {@code [(0, -1)–(0, 1)]}.
 */
public final class LevelSet {

    private final int output;
    private final Vector<Segment2> segments;

    /** The level set of output {@code output}, from the cells' chords. */
    LevelSet(int output, Vector<Segment2> segments) {
        this.output = output;
        this.segments = segments;
    }

    /**
     * The output coordinate.
     *
     * @return an index into the network's outputs
     */
    public int output() {
        return output;
    }

    /**
     * The exact segments of the zero set in slice coordinates.
     *
     * @return the segments; empty when the output has no zero in the region
     */
    public Vector<Segment2> segments() {
        return segments;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelSet && ((LevelSet) o).output == output && ((LevelSet) o).segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(output, segments);
    }

    /** {@code "LevelSet[output=0, segments=Vector((0, -1)–(0, 1))]"}. */
    @Override
    public String toString() {
        return "LevelSet[output=" + output + ", segments=" + segments + "]";
    }
}

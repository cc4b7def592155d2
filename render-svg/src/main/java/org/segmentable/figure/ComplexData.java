package org.segmentable.figure;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;

/**
 * What the complex figure draws, as exact kernel values: the region and its cells.
 *
 * @param title the figure's title, possibly empty
 * @param region the region (drawn as a thin outline)
 * @param dims the number of dims {@code d}
 * @param cells the cells, each with a pattern of {@code d} characters
 * @param features the feature points, by feature index (drawn when asked)
 * @param boundaries per dim, the half-plane where it is active (its line drawn when asked)
 */
public record ComplexData(String title, Region region, int dims, Vector<CellData> cells, Vector<Point2> features,
        Vector<HalfPlane> boundaries) {

    /**
     * Checks nulls and pattern lengths.
     *
     * @param title the figure's title, possibly empty
     * @param region the region (drawn as a thin outline)
     * @param dims the number of dims {@code d}
     * @param cells the cells, each with a pattern of {@code d} characters
     * @param features the feature points, by feature index (drawn when asked)
     * @param boundaries per dim, the half-plane where it is active (its line drawn when asked)
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code dims < 1} or a cell's pattern does not have {@code dims} characters
     */
    public ComplexData {
        Overlays.requireScene(title, region, features, boundaries);
        Objects.requireNonNull(cells, "cells is null");
        if (dims < 1) {
            throw new IllegalArgumentException("dims must be positive, got " + dims);
        }
        for (CellData c : cells) {
            if (c.pattern().length() != dims) {
                throw new IllegalArgumentException("cell pattern " + c.pattern() + " has " + c.pattern().length()
                        + " characters, expected dims = " + dims);
            }
        }
    }
}

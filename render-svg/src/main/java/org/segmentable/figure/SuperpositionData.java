package org.segmentable.figure;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;

/**
 * What the superposition figure draws, as exact kernel values: the region, and for each dim the
 * part of the region where it is active.
 *
 * <p>{@code new SuperpositionData("t", square, Vector.of(left, right), features, boundaries)} draws two
 * layers, {@code dim-0} and {@code dim-1}.
 *
 * @param title the figure's title, possibly empty
 * @param region the region (drawn as a thin outline)
 * @param active per dim {@code i}, the part of the region where dim {@code i} is active
 * @param features the feature points, by feature index (drawn when asked)
 * @param boundaries per dim, the half-plane where it is active (its line drawn when asked)
 */
public record SuperpositionData(String title, Region region, Vector<Region> active, Vector<Point2> features,
        Vector<HalfPlane> boundaries) {

    /**
     * Checks nulls.
     *
     * @param title the figure's title, possibly empty
     * @param region the region (drawn as a thin outline)
     * @param active per dim {@code i}, the part of the region where dim {@code i} is active
     * @param features the feature points, by feature index (drawn when asked)
     * @param boundaries per dim, the half-plane where it is active (its line drawn when asked)
     * @throws NullPointerException if a component is null
     */
    public SuperpositionData {
        Overlays.requireScene(title, region, features, boundaries);
        Objects.requireNonNull(active, "active is null");
    }
}

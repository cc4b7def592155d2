package org.segmentable.properties.gen;

import io.vavr.collection.Vector;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Region;

/**
 * A valid region of the latent plane and the dims that cut it.
 *
 * @param origin how it was made (for the report of a failing try)
 * @param region the region
 * @param dims the dims' functions, dim {@code i} active where {@code dims[i] > 0}
 */
public record PlaneCase(String origin, Region region, Vector<HalfPlane> dims) {
}

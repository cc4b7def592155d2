package org.segmentable.properties.gen;

import org.segmentable.geometry.Ring;

/**
 * A generated ring with the name of the recipe that made it (for the report of a failing try).
 *
 * @param kind the recipe, e.g. {@code "convex"}, {@code "figure-eight"}
 * @param ring the ring
 */
public record Shape(String kind, Ring ring) {

    @Override
    public String toString() {
        return kind + " " + ring;
    }
}

package org.segmentable.complex;

import java.util.Objects;

/**
 * A cell next to another across an edge of positive length, and the dims whose boundary separates
 * them (coincident boundaries of several dims separate by all of them).
 *
 * <p>{@code new Neighbour(3, ActivationPattern.parse("010")).separating().cardinality()} is {@code 1}.
 *
 * @param cell the neighbouring cell's index
 * @param separating the separating dims
 */
public record Neighbour(int cell, ActivationPattern separating) {

    /**
     * Checks the arguments for nulls.
     *
     * @param cell the neighbouring cell's index in its complex
     * @param separating the dims whose boundary separates the two cells, a pattern over all dims of the complex
     * @throws NullPointerException if separating is null
     */
    public Neighbour {
        Objects.requireNonNull(separating, "separating is null");
    }
}

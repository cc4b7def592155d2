package org.segmentable.deep;

import io.vavr.collection.SortedMap;
import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * Aggregates of a deep network's linear regions over a region.
 *
 * <p>For a one-neuron network {@code y = s} over {@code [-1, 1]²}: {@code cells} 2,
 * {@code regionArea} 4, {@code patterns} {@code {"0": 2, "1": 2}}, {@code cellsPerDepth} {@code [1, 2]}.
 *
 * @param cells the number of linear regions (cells of positive area)
 * @param regionArea the exact area of the region
 * @param patterns each concatenated pattern ({@code "0110|10"}, layers separated by {@code |})
 *     with the exact total area of its cells
 * @param cellsPerDepth element {@code k}: the number of cells after refining by the first
 *     {@code k} hidden layers (element 0 is 1, the region itself)
 * @param patternsPerLayer element {@code k}: the number of distinct patterns of hidden layer {@code k}
 */
public record RegionSummary(int cells, Rational regionArea, SortedMap<String, Rational> patterns,
        Vector<Long> cellsPerDepth, Vector<Integer> patternsPerLayer) {

    /**
     * Checks nulls.
     *
     * @param cells the number of linear regions (cells of positive area), at least 1
     * @param regionArea the exact area of the region, in squared slice units
     * @param patterns each concatenated pattern ({@code "0110|10"}, layers separated by {@code |})
     *     with the exact total area of its cells; the areas sum to {@code regionArea}
     * @param cellsPerDepth element {@code k}: the number of cells after refining by the first
     *     {@code k} hidden layers (element 0 is 1, the last is {@code cells})
     * @param patternsPerLayer element {@code k}: the number of distinct patterns of hidden layer {@code k}
     * @throws NullPointerException if regionArea, patterns, cellsPerDepth or patternsPerLayer is null
     */
    public RegionSummary {
        Objects.requireNonNull(regionArea, "regionArea is null");
        Objects.requireNonNull(patterns, "patterns is null");
        Objects.requireNonNull(cellsPerDepth, "cellsPerDepth is null");
        Objects.requireNonNull(patternsPerLayer, "patternsPerLayer is null");
    }
}

package org.segmentable.complex;

import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * The aggregates of an activation complex, every area exact.
 *
 * <p>For one dim {@code x - 1 > 0} on the square {@code [0, 2]²}: 2 cells, 2 patterns, total area
 * {@code 4}, area by active count {@code {0 -> 2, 1 -> 2}}, smallest cell of area {@code 2}.
 *
 * @param dims the number of dims
 * @param cells the number of cells
 * @param patterns the number of distinct patterns
 * @param totalArea the sum of the cells' areas (the region's area)
 * @param areaByActiveCount for each number of active dims, the total area of the cells with that many
 * @param smallest the cell of least area (the first one in index order on ties), none without cells
 */
public record ComplexSummary(int dims, int cells, int patterns, Rational totalArea,
        SortedMap<Integer, Rational> areaByActiveCount, Option<Smallest> smallest) {

    /**
     * Checks the arguments for nulls.
     *
     * @param dims the number of dims, at least 0
     * @param cells the number of cells, at least 0
     * @param patterns the number of distinct patterns, at most {@code cells}
     * @param totalArea the sum of the cells' areas in squared plane units (the region's area), not null
     * @param areaByActiveCount for each number of active dims, the total area of the cells with that many;
     *     empty without cells; not null
     * @param smallest the cell of least area (the first one in index order on ties), none without cells;
     *     not null
     * @throws NullPointerException if totalArea, areaByActiveCount or smallest is null
     */
    public ComplexSummary {
        Objects.requireNonNull(totalArea, "totalArea is null");
        Objects.requireNonNull(areaByActiveCount, "areaByActiveCount is null");
        Objects.requireNonNull(smallest, "smallest is null");
    }

    /**
     * The smallest cell.
     *
     * @param cell its index
     * @param area its exact area
     * @param pattern its pattern
     */
    public record Smallest(int cell, Rational area, ActivationPattern pattern) {
    }
}

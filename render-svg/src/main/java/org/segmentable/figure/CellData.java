package org.segmentable.figure;

import java.util.Objects;
import org.segmentable.geometry.Polygon;

/**
 * One cell of the activation complex as drawn: its pattern and its polygon.
 *
 * <p>{@code new CellData("0110", square).activeCount()} is {@code 2}.
 *
 * @param pattern the activation pattern, character {@code i} is {@code 1} when dim {@code i} is active
 * @param polygon the cell, exact
 */
public record CellData(String pattern, Polygon polygon) {

    /**
     * Checks the pattern's characters.
     *
     * @param pattern the activation pattern, character {@code i} is {@code 1} when dim {@code i} is active
     * @param polygon the cell, exact
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the pattern has a character other than 0 and 1
     */
    public CellData {
        Objects.requireNonNull(pattern, "pattern is null");
        Objects.requireNonNull(polygon, "polygon is null");
        if (!pattern.matches("[01]*")) {
            throw new IllegalArgumentException("pattern must be 0s and 1s, got " + pattern);
        }
    }

    /**
     * The number of active dims.
     *
     * @return the count of 1s in the pattern
     */
    public int activeCount() {
        return (int) pattern.chars().filter(c -> c == '1').count();
    }
}

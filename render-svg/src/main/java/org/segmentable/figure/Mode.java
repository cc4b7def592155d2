package org.segmentable.figure;

import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * Which figure to draw.
 *
 * <p>{@code Mode.parse("complex")} is {@code Some(COMPLEX)}.
 */
public enum Mode {
    /** One translucent layer per dim: {@link SuperpositionFigure}. */
    SUPERPOSITION,
    /** The cells of the activation complex: {@link ComplexFigure}. */
    COMPLEX;

    /**
     * The mode named by a command-line word, {@code superposition} or {@code complex}.
     *
     * @param word the word, not null
     * @return the mode, or none
     */
    public static Option<Mode> parse(String word) {
        return Vector.of(values()).find(f -> f.name().equalsIgnoreCase(word));
    }

    /**
     * The command-line word, e.g. {@code "complex"}.
     *
     * @return the lower-case name
     */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

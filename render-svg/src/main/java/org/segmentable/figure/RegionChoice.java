package org.segmentable.figure;

import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * Which region of the latent plane a figure shows.
 *
 * <p>{@code RegionChoice.parse("box")} is {@code Some(BOX)}.
 */
public enum RegionChoice {
    /** The outline of the feature points (the seed's region), resolved by the non-zero winding rule. */
    OUTLINE,
    /** The square {@code [-Z, Z]²} (the whole-plane view). */
    BOX;

    /**
     * The choice named by a command-line word, {@code outline} or {@code box}.
     *
     * @param word the word, not null
     * @return the choice, or none
     */
    public static Option<RegionChoice> parse(String word) {
        return Vector.of(values()).find(f -> f.name().equalsIgnoreCase(word));
    }

    /**
     * The command-line word, e.g. {@code "outline"}.
     *
     * @return the lower-case name
     */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

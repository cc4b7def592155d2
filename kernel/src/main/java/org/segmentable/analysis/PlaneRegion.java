package org.segmentable.analysis;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * Which region of the latent plane an analysis covers and a figure draws.
 *
 * <p>{@code PlaneRegion.parse("box")} is {@code Some(BOX)}; {@code BOX.word()} is {@code "box"}.
 */
public enum PlaneRegion {
    /** The outline of the feature points, resolved by the non-zero winding rule. */
    OUTLINE,
    /** The square {@code [-Z, Z]²}. */
    BOX;

    /**
     * The region named by a word, {@code outline} or {@code box} (exactly, lower case).
     *
     * @param word the word, not null
     * @return the region, or none
     * @throws NullPointerException if {@code word} is null
     */
    public static Option<PlaneRegion> parse(String word) {
        Objects.requireNonNull(word, "word is null");
        return Vector.of(values()).find(r -> r.word().equals(word));
    }

    /**
     * The region's word.
     *
     * @return {@code "outline"} or {@code "box"}
     */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.segmentable.figure;

/**
 * How the complex figure fills its cells.
 *
 * <p>{@code CellFill.parse("count")} is {@code Optional[COUNT]}.
 */
public enum CellFill {
    /** A sequential map over the number of active dims, 0 (light) to d (dark). */
    COUNT,
    /** A categorical colour per distinct pattern, in the patterns' sorted order. */
    PATTERN;

    /**
     * The fill named by a command-line word, {@code count} or {@code pattern}.
     *
     * @param word the word, not null
     * @return the fill, or empty when the word names none
     */
    public static io.vavr.control.Option<CellFill> parse(String word) {
        return io.vavr.collection.Vector.of(values()).find(f -> f.name().equalsIgnoreCase(word));
    }
}

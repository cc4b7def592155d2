package org.segmentable.deep;

/**
 * The sign of one output coordinate on a cell: the output is affine on a cell, so it is either
 * positive, negative or zero everywhere inside, or its zero set crosses the cell.
 *
 * <p>{@code OutputSign.CROSSING.name()} is {@code "CROSSING"}.
 */
public enum OutputSign {
    /** Positive on the cell's interior. */
    POSITIVE,
    /** Negative on the cell's interior. */
    NEGATIVE,
    /** Zero on the whole cell. */
    ZERO,
    /** The zero set (a segment) crosses the cell's interior. */
    CROSSING
}

/**
 * The activation complex: the partition of a region of the latent plane by every ReLU boundary
 * line into cells on which the activation pattern is constant, with each cell's exact polygon,
 * exact area, pattern and neighbours, and the aggregates over the cells (area per pattern, area
 * by number of active dims, the smallest cell).
 *
 * <p>The engine ({@code LineArrangement}) builds the arrangement of all lines inside the region's
 * bounding box in primitive arrays (a half-edge structure), deciding every sign with filtered
 * exact predicates ({@code LineTable}): a double evaluation with a proven error bound, and exact
 * {@link java.math.BigInteger} arithmetic on the lines' integer coefficients when the bound
 * cannot decide. Exact areas ({@code FaceArea}) come from each face's lines alone, in {@code long}
 * limbs when the coefficients are small and in {@code BigInteger} otherwise; the pass over every
 * cell ({@code AreaScan}) runs in fixed chunks on the common fork-join pool, with results that do
 * not depend on the threads.
 */
package org.segmentable.complex;

/**
 * The activation complex: the partition of a region of the latent plane by every ReLU boundary
 * line into cells on which the activation pattern is constant, with each cell's exact polygon,
 * exact area, pattern and neighbours, and the aggregates over the cells (area per pattern, area
 * by number of active dims, the smallest cell).
 *
 * <p>Public: {@link org.segmentable.complex.ActivationComplex} (the factories {@code of} and
 * {@code ofWinding}, and {@code estimate}, the size of a complex before it is built, as an
 * {@link org.segmentable.complex.Estimate}), its cells ({@link org.segmentable.complex.Cell}),
 * patterns ({@link org.segmentable.complex.ActivationPattern}), neighbours and summary. Building
 * reads no global state: the kernel never probes the heap, and a caller with a memory budget
 * compares the estimate with it first.
 *
 * <p>The engine, package-private, runs in phases. {@code LineCatalog} turns dims and region edges
 * into lines with integer coefficients; {@code LineArrangement} builds their arrangement inside the
 * region's bounding box as a half-edge structure in primitive arrays (crossings, order along
 * each line, vertices, edges, links around each vertex, faces), deciding every sign with the
 * filtered exact predicates of {@code LineTable} (a double evaluation with a proven error bound,
 * exact {@link java.math.BigInteger} arithmetic when the bound cannot decide), the exact angular
 * order of {@link org.segmentable.predicates.Angular} and the union-find of
 * {@link org.segmentable.util.IntUnionFind}; {@code Analysis} labels the faces (root pattern, walk
 * over the faces with active counts and winding numbers, union into cells). Exact areas
 * ({@code FaceArea}) come from each face's lines alone, in {@code long} limbs when the
 * coefficients are small and in {@code BigInteger} otherwise; the pass over every cell
 * ({@code AreaScan}) runs in fixed chunks on the common fork-join pool, with results that do not
 * depend on the threads.
 */
package org.segmentable.complex;

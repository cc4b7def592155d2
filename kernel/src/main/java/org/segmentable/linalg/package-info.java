/**
 * Small exact linear algebra over the rationals, for the planes the kernel works in.
 * {@link org.segmentable.linalg.AffineSlice} is the one 2-D affine slice of {@code R^n} with
 * coordinates (origin and two directions of rank exactly 2): the input slice of a deep network,
 * the latent slice of a wide layer, the projection of a plane polygon of {@code R^d}.
 * {@link org.segmentable.linalg.AffineRank} computes ranks and affine dimensions by exact Gaussian
 * elimination, {@link org.segmentable.linalg.Matrix2} solves and inverts 2 × 2 systems (Gram
 * matrices, projection minors) by Cramer's rule, and {@link org.segmentable.linalg.Vectors} does
 * vector arithmetic.
 *
 * <p>Everything is exact: a rank is decided by exact zero tests, never by a tolerance. Inputs that
 * can be wrong (a slice whose directions have rank below 2) come back as a {@code Validation}
 * listing every problem; mismatched lengths passed to the arithmetic helpers are programmer
 * errors and throw.
 */
package org.segmentable.linalg;

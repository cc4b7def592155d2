/**
 * The layer model: ReLU layers with exact weights ({@link org.segmentable.layer.ReluLayer}), their
 * latent plane with feature points and ReLU boundaries ({@link org.segmentable.layer.LatentPlane}),
 * the outline region ({@link org.segmentable.layer.Outline}), the per-dim superposition
 * ({@link org.segmentable.layer.Superposition}), layers with {@code h > 2} on a 2-D slice
 * ({@link org.segmentable.layer.SlicedLayer}), and the seed's plane polygons of {@code R^d}
 * ({@link org.segmentable.layer.PlanarPolygon}, split by coordinate hyperplanes).
 *
 * <p>What this package decides itself, exactly: the outline's angular order of the feature points
 * (half-turns and the filtered exact orientation signs of {@code predicates}, no angles) and which
 * features are exactly zero; whether a polygon of {@code R^d} spans a plane (affine rank exactly 2,
 * by {@link org.segmentable.linalg.AffineRank}) and has a simple boundary; how it splits by
 * {@code x_i = 0} (signs of the exact coordinates, crossing points by exact interpolation, the
 * order of chain ends along the cut line); and which feature images lie on a slice (exact equality
 * with their orthogonal projection). Cutting regions of the latent plane by half-planes (the
 * superposition's parts and areas) is delegated to {@code ops}, and slices themselves are
 * {@link org.segmentable.linalg.AffineSlice} values.
 *
 * <p>Input problems (bad weights, {@code h != 2} where a plane is needed, a slice of the wrong
 * dimension, a polygon that is not planar or not simple) come back as {@code Validation}s that list
 * every problem.
 */
package org.segmentable.layer;

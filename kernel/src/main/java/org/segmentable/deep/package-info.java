/**
 * Deep ReLU networks (multi-layer perceptrons) restricted to a 2-D slice of their input space:
 * the model ({@link org.segmentable.deep.Mlp}, {@link org.segmentable.deep.DenseLayer},
 * {@link org.segmentable.linalg.AffineSlice}), and every linear region of the whole network over a
 * convex region of the slice, exactly ({@link org.segmentable.deep.LinearRegions}): per cell its
 * activation pattern per layer, its exact convex polygon and area, the exact affine map from slice
 * coordinates to the output, the zero set of a chosen output coordinate and the aggregates.
 *
 * <p>The refinement is layer by layer: within a cell of the first {@code k} layers every neuron of
 * layer {@code k + 1} is affine, so its boundary is a line clipped to that convex cell. Signs are
 * decided by a double filter with a proven error bound and fall back to exact integer arithmetic;
 * vertices are always constructed exactly.
 */
package org.segmentable.deep;

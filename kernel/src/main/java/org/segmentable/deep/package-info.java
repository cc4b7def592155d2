/**
 * Deep ReLU networks (multi-layer perceptrons) restricted to a 2-D slice of their input space:
 * the model ({@link org.segmentable.deep.Mlp}, {@link org.segmentable.deep.DenseLayer},
 * {@link org.segmentable.linalg.AffineSlice}), and every linear region of the whole network over a
 * convex region of the slice, exactly ({@link org.segmentable.deep.LinearRegions}): per cell its
 * activation pattern per layer, its exact convex polygon and area, the exact affine map from slice
 * coordinates to the output, the zero set of a chosen output coordinate and the aggregates.
 *
 * <p>The refinement is layer by layer: within a cell of the first {@code k} layers every neuron of
 * layer {@code k + 1} is affine, so its boundary is a line clipped to that convex cell. The
 * network composed with the slice is scaled to integers ({@code ScaledNetwork}); the first layer's
 * pieces are cut into groups ({@code Refinement}), each refined depth first by its own
 * {@code Refiner}, on as many threads as the options ask for, and the groups' results are merged
 * in group order, so the result does not depend on the threads. A cell of the refinement
 * ({@code LayerCell}) holds the next layer's rows in doubles with error bounds ({@code ApproxRows})
 * and builds exact rows on demand ({@code ExactRows}, {@code DigitRows}, {@code DenseRows});
 * {@code CellSplitter} cuts it by each neuron's line. Signs are decided by the double filter and
 * fall back to exact integer arithmetic; every vertex is constructed exactly, once per (edge,
 * neuron) within a group.
 */
package org.segmentable.deep;

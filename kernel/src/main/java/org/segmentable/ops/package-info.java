/**
 * Exact operations on regions: winding-rule resolution of closed polylines into valid regions
 * ({@link org.segmentable.ops.Regions}), splitting a region by a half-plane
 * ({@link org.segmentable.ops.Split}, {@link org.segmentable.ops.Splitter}, whose
 * {@code positiveArea} gives the exact area of a part without building it) and clipping a region
 * to convex polygons ({@link org.segmentable.ops.Clip}).
 *
 * <p>Every decision is exact. Orientations and sides of points come from {@code predicates}
 * ({@code Orientation}, {@code Side}); the sides of a prepared ring's vertices come from
 * {@code ScaledRing}'s double filter, whose bound is derived in its Javadoc, with an exact integer
 * fallback; everything else (comparing coordinates along a sweep or a line, the sign of an exact
 * signed area, the winding of a face) is exact {@code Rational} arithmetic. Every new point is an
 * exact construction.
 *
 * <p>Inputs are valid {@code Region} values (checked once by their factories); results are valid
 * by construction and are built through the trusted path
 * ({@code org.segmentable.geometry.internal.Trusted}) without a second check.
 */
package org.segmentable.ops;

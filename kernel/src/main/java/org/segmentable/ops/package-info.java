/**
 * Exact operations on regions: winding-rule resolution of closed polylines into valid regions
 * ({@link org.segmentable.ops.Regions}), splitting a region by a half-plane
 * ({@link org.segmentable.ops.Split}, {@link org.segmentable.ops.Splitter}, whose
 * {@code positiveArea} gives the exact area of a part without building it) and clipping a region
 * to convex polygons ({@link org.segmentable.ops.Clip}). Every decision is an exact predicate from
 * {@code predicates}; every new point an exact construction.
 */
package org.segmentable.ops;

/**
 * Immutable exact values of the plane: points, half-planes (affine functions read as
 * {@code z > 0}), rings, polygons with holes and regions. Values only: the signs that decide
 * geometry live in {@code predicates}, the exact intersections in {@code constructions}, the
 * operations (split, winding resolution) in {@code ops}.
 */
package org.segmentable.geometry;

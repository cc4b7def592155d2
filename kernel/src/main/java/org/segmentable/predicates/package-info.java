/**
 * Exact predicates: functions that return the sign of a polynomial in exact inputs
 * (orientation, side of a line, order along a line). They construct nothing; the
 * constructions live in {@code constructions}.
 */
package org.segmentable.predicates;

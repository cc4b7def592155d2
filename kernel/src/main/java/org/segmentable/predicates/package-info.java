/**
 * Exact predicates: functions that return the sign of a polynomial in exact inputs
 * ({@link org.segmentable.predicates.Orientation orientation}, {@link org.segmentable.predicates.Side
 * side of a line}, {@link org.segmentable.predicates.Order order along a line}). They construct
 * nothing; the constructions live in {@code constructions}.
 *
 * <p>Every predicate has a {@code double} entry point for hot loops (exact for any finite doubles:
 * a floating-point filter with a proven error bound, then exact expansion arithmetic on
 * {@code fma}/TwoSum, then {@code BigDecimal}) and a {@code Point2}/{@code HalfPlane} entry point
 * for exact rationals (the same filter on the nearest doubles, with a bound that covers their
 * conversion error, then exact arithmetic), plus a pure exact reference ({@code indexExact},
 * {@code ofExact}, {@code compareExact}) for tests.
 */
package org.segmentable.predicates;

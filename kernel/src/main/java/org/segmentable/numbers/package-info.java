/**
 * Exact numbers: {@link org.segmentable.numbers.Rational} (exact rationals with a long fast path,
 * exact conversion from double, float and decimal text) and the apfloat bridge that turns
 * transcendental values into exact rationals at a chosen precision.
 *
 * <p>Nothing in this package rounds silently: every value that enters is the exact rational it
 * denotes, and doubles leave only through explicitly named conversions for drawing.
 */
package org.segmentable.numbers;

/**
 * Exact numbers: {@link org.segmentable.numbers.Rational} (exact rationals with a long fast path,
 * exact conversion from double, float and decimal text) and the apfloat bridge that turns
 * transcendental values into exact rationals at a chosen precision. Fractions of {@code BigInteger}s
 * are reduced with Lehmer's gcd (package-private {@code Gcd}, 4 to 20 times faster than
 * {@code BigInteger.gcd} on operands of 800 to 40,000 bits).
 *
 * <p>Nothing in this package rounds silently: every value that enters is the exact rational it
 * denotes, and doubles leave only through explicitly named conversions for drawing.
 */
package org.segmentable.numbers;

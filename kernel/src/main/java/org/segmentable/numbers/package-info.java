/**
 * Exact numbers: {@link org.segmentable.numbers.Rational} (exact rationals in lowest terms, held as
 * two longs when they fit; exact conversion from double, float and decimal text),
 * {@link org.segmentable.numbers.FractionSum} (the exact sum of many fractions, added as a balanced
 * tree and reduced once, with a factored mode for denominators known as products of small factors)
 * and {@link org.segmentable.numbers.Transcendentals}, the apfloat bridge that turns transcendental
 * values into exact rationals at a chosen precision (the only class of the kernel that uses
 * apfloat). Fractions of {@code BigInteger}s are reduced with Lehmer's gcd (package-private
 * {@code Gcd}), which is faster than {@code BigInteger.gcd} on operands of similar length (see
 * {@code docs/numbers.md} for measurements).
 *
 * <p>Nothing in this package rounds silently: every value that enters is the exact rational it
 * denotes, {@code Transcendentals} states its error bound, and doubles leave only through
 * explicitly named conversions ({@code Rational.doubleValue()}, for drawing and filters).
 */
package org.segmentable.numbers;

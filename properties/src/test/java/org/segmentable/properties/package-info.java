/**
 * The property suite: one JUnit 5 {@code @Test} per invariant, each a QuickTheories theory over
 * the generators of {@code gen}, with a {@link org.segmentable.properties.gen.Tally} of the
 * degenerate cases it met. The {@code numbers} and {@code io} subpackages hold the number,
 * predicate and reader properties.
 */
package org.segmentable.properties;

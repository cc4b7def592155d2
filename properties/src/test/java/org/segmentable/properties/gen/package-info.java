/**
 * Reusable QuickTheories generators that go looking for trouble: exact rationals near degeneracy
 * and across magnitudes 1e-30 to 1e30, float32 layers like trained ones, rings (convex,
 * star-shaped, self-touching, self-crossing), lines forced through vertices and along edges, and
 * the {@link org.segmentable.properties.gen.Tally} that counts how often each degenerate case was
 * hit. Every generator draws only from QuickTheories' primitive generators, so every value shrinks.
 */
package org.segmentable.properties.gen;

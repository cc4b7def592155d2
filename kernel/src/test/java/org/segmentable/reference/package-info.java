/**
 * Naive exact reference geometry for tests: convex clipping, convex decompositions by brute-force
 * line arrangements, winding numbers and triangle fans, all in plain {@code Rational} arithmetic
 * and independent of the kernel's {@code predicates}, {@code ops} and {@code complex} packages.
 * Slow on purpose (quadratic or worse) and small enough to check by reading; the property suite
 * compares the kernel against it. Lives in the kernel's test sources so the kernel's test-jar
 * shares it with {@code properties} and {@code render-svg}.
 */
package org.segmentable.reference;

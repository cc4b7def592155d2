/**
 * Small working structures on primitive arrays that several engines share and that belong to no
 * geometric or numeric concern: {@link org.segmentable.util.IntUnionFind}, the disjoint sets of
 * the integers {@code 0..n-1}. They are mutable and meant to live inside one method of one thread
 * while an engine builds its result; no result of the kernel exposes them.
 */
package org.segmentable.util;

/**
 * Interop with JTS: kernel regions to JTS geometries (doubles, for drawing and as an independent
 * oracle) and JTS geometries to kernel regions (exact: each double coordinate becomes the rational
 * it denotes).
 */
package org.segmentable.jts;

/**
 * Interop with JTS: kernel regions to JTS geometries (each coordinate rounded to the nearest
 * double: for drawing and as an independent oracle in tests) and JTS geometries to kernel regions
 * (exact: each double coordinate becomes the rational it denotes, and the result is checked like
 * any other region, problems returned as a message).
 *
 * <p>This is the only package of the kernel that uses JTS, and jts-core is an <em>optional</em>
 * dependency of the kernel's artifact: a user who calls {@link org.segmentable.jts.JtsConverter}
 * declares {@code org.locationtech.jts:jts-core} in their own build; nothing else in the kernel
 * loads a JTS class.
 */
package org.segmentable.jts;

/**
 * Not API; the module does not export this package. {@link org.segmentable.geometry.internal.Trusted}
 * builds {@code Polygon} and {@code Region} values without checking them, for the kernel operations
 * that produce valid results by construction and must not pay for a second check in their hot paths.
 */
package org.segmentable.geometry.internal;

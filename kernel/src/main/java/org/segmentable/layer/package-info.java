/**
 * The layer model: ReLU layers with exact weights, their feature points and ReLU boundaries on
 * the latent plane, the outline region, planes in {@code R^d} and 2-D slices of wider latent
 * spaces. This package turns weights into kernel geometry; it decides nothing itself.
 */
package org.segmentable.layer;

/**
 * Figures of kernel results: the superposition figure (one translucent layer per dim, the seed's
 * look) and the activation-complex figure (cells filled by number of active dims or by pattern),
 * with optional overlays (feature points, ReLU boundary lines, legend). A figure is built from a
 * plain data value ({@link org.segmentable.figure.SuperpositionData},
 * {@link org.segmentable.figure.ComplexData}) holding exact kernel regions: this package draws
 * them and decides no geometry. {@link org.segmentable.figure.Figures} fills those values from a
 * layer with the kernel's computations; {@link org.segmentable.figure.Gallery} lists the gallery.
 */
package org.segmentable.figure;

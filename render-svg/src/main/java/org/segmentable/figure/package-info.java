/**
 * Figures of kernel results: the superposition figure (one translucent layer per dim, the seed's
 * look) and the activation-complex figure (cells filled by number of active dims or by pattern),
 * with optional overlays (feature points, ReLU boundary lines, legend). A figure is built from a
 * plain data value ({@link org.segmentable.figure.SuperpositionData},
 * {@link org.segmentable.figure.ComplexData}) holding exact kernel regions: this package draws
 * them and decides no geometry. {@link org.segmentable.figure.Figures} fills those values from a
 * layer with the kernel's computations; {@link org.segmentable.figure.Gallery} lists the gallery.
 * Layers with {@code h > 2} are drawn on 2-D slices: {@link org.segmentable.figure.SliceFigures}
 * draws one slice (projected feature points hollow) or the grid of slices through pairs of
 * features ({@link org.segmentable.figure.SliceGridFigure}).
 */
package org.segmentable.figure;

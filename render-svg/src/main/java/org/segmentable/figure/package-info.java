/**
 * Figures of kernel results, as deterministic SVG 1.1 text.
 *
 * <p>Four figures, each drawn from a plain data value that holds exact kernel results:
 * <ul>
 *   <li>{@link org.segmentable.figure.SuperpositionFigure} from
 *       {@link org.segmentable.figure.SuperpositionData}: per dim, the part of the region where it is
 *       active, one translucent layer per dim (the seed's look);</li>
 *   <li>{@link org.segmentable.figure.ComplexFigure} from {@link org.segmentable.figure.ComplexData}:
 *       the cells of the activation complex, filled by number of active dims or by pattern
 *       ({@link org.segmentable.figure.CellFill});</li>
 *   <li>{@link org.segmentable.figure.SliceGridFigure} from
 *       {@link org.segmentable.figure.SliceGridData}: for a layer with {@code h > 2}, one small
 *       superposition panel per pair of features, on the latent plane their images span;</li>
 *   <li>{@link org.segmentable.figure.DeepFigure}: the linear regions of a deep network over a box
 *       of its input slice, with the zero set of one output.</li>
 * </ul>
 *
 * <p>{@link org.segmentable.figure.FigureOptions} sets the viewport, size, title and overlays
 * (feature points, ReLU boundary lines, legend). {@link org.segmentable.figure.Canvas} is the page
 * every single figure shares (margins, plot area, axes, legend column); the package-private
 * {@code Overlays} draws the parts the figures share (region outline, boundary lines, feature
 * points, legends, the superposition's dim layers).
 *
 * <p>This package draws and decides no geometry: every region, cell and pattern comes from the
 * kernel, and doubles are used only to place ink (pixel coordinates, the clipping of a boundary
 * line to the viewport). {@link org.segmentable.figure.Figures} and
 * {@link org.segmentable.figure.SliceFigures} fill the data values from a layer with the kernel's
 * computations ({@link org.segmentable.figure.Mode} and {@link org.segmentable.analysis.PlaneRegion}
 * choose the figure and the region); {@link org.segmentable.figure.Gallery} renders the gallery
 * kept in {@code images/}.
 *
 * <p>{@code Figures.svg(layer, Mode.SUPERPOSITION, PlaneRegion.OUTLINE, FigureOptions.defaults())}
 * is {@code Right(svg)}, the same bytes for the same layer and options.
 */
package org.segmentable.figure;

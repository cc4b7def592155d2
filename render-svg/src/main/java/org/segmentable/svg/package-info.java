/**
 * SVG writing, independent of any geometry decision: an immutable element tree
 * ({@link org.segmentable.svg.Element}) written deterministically (attributes in insertion order,
 * text escaped), numbers with a fixed number of decimals ({@link org.segmentable.svg.Decimals}),
 * colours and colour maps ({@link org.segmentable.svg.Rgb}, {@link org.segmentable.svg.Palette}),
 * the world-to-pixel frame of a square plot area ({@link org.segmentable.svg.Frame}) with its axes,
 * ticks and title ({@link org.segmentable.svg.Axes}). PNG export lives in the command
 * line's module, so this library carries no Batik.
 *
 * <p>{@code Element.of("rect").attr("width", "10").write()} is {@code "<rect width=\"10\"/>\n"}.
 */
package org.segmentable.svg;

/**
 * SVG writing, independent of any geometry decision: an immutable element tree
 * ({@link org.segmentable.svg.Element}) written deterministically, number formatting with a fixed
 * number of decimals ({@link org.segmentable.svg.Decimals}), colour maps
 * ({@link org.segmentable.svg.Palette}), the world-to-pixel frame with axes and ticks
 * ({@link org.segmentable.svg.Frame}), and raster export through Apache Batik
 * ({@link org.segmentable.svg.Raster}).
 */
package org.segmentable.svg;

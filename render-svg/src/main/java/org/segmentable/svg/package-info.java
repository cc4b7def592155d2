/**
 * SVG writing, independent of any geometry decision: an immutable element tree
 * ({@link org.segmentable.svg.Element}) written deterministically, number formatting with a fixed
 * number of decimals ({@link org.segmentable.svg.Decimals}), colour maps
 * ({@link org.segmentable.svg.Palette}), and the world-to-pixel frame with axes and ticks
 * ({@link org.segmentable.svg.Frame}).
 */
package org.segmentable.svg;

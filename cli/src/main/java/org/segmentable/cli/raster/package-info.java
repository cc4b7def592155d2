/**
 * Raster export of the figures' SVG through Apache Batik: {@link org.segmentable.cli.raster.Raster#png}
 * renders an SVG document to PNG bytes at a chosen pixel width. It lives with the command line so that
 * the figure library ({@code render-svg}) carries no Batik.
 */
package org.segmentable.cli.raster;

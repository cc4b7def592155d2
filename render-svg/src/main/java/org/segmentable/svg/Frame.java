package org.segmentable.svg;

import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Ring;

/**
 * The plot area of a figure: the world window {@code [xmin, xmax] × [ymin, ymax]} of the latent
 * plane drawn in the pixel rectangle at {@code (left, top)} of size {@code width × height}
 * (y grows upwards in the world, downwards in SVG). Pixel coordinates are written with
 * {@code decimals} decimals. Doubles are used here only to place ink.
 *
 * <p>{@code Frame.square(3, 60, 50, 520, 2).px(0)} is {@code 320.0}.
 *
 * @param xmin the world's left edge
 * @param xmax the world's right edge, greater than {@code xmin}
 * @param ymin the world's bottom edge
 * @param ymax the world's top edge, greater than {@code ymin}
 * @param left the plot area's left pixel
 * @param top the plot area's top pixel
 * @param width the plot area's pixel width, positive
 * @param height the plot area's pixel height, positive
 * @param decimals decimals of written pixel coordinates
 */
public record Frame(double xmin, double xmax, double ymin, double ymax, double left, double top, double width,
        double height, int decimals) {

    /**
     * Checks the window; use {@link #square}.
     *
     * @param xmin the world's left edge
     * @param xmax the world's right edge, greater than {@code xmin}
     * @param ymin the world's bottom edge
     * @param ymax the world's top edge, greater than {@code ymin}
     * @param left the plot area's left pixel
     * @param top the plot area's top pixel
     * @param width the plot area's pixel width, positive
     * @param height the plot area's pixel height, positive
     * @param decimals decimals of written pixel coordinates
     * @throws IllegalArgumentException if the window or the plot area is empty
     */
    public Frame {
        if (!(xmax > xmin) || !(ymax > ymin) || !(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("empty frame: x [" + xmin + ", " + xmax + "], y [" + ymin + ", "
                    + ymax + "], " + width + " × " + height + " px");
        }
    }

    /**
     * The equal-aspect window {@code [-z, z]²} in a square plot area.
     *
     * @param z the half-width of the window, positive
     * @param left the plot area's left pixel
     * @param top the plot area's top pixel
     * @param side the plot area's side in pixels, positive
     * @param decimals decimals of written pixel coordinates
     * @return the frame
     */
    public static Frame square(double z, double left, double top, double side, int decimals) {
        return new Frame(-z, z, -z, z, left, top, side, side, decimals);
    }

    /**
     * The pixel x of world x.
     *
     * @param x a world x
     * @return its pixel x
     */
    public double px(double x) {
        return left + (x - xmin) / (xmax - xmin) * width;
    }

    /**
     * The pixel y of world y.
     *
     * @param y a world y
     * @return its pixel y
     */
    public double py(double y) {
        return top + (ymax - y) / (ymax - ymin) * height;
    }

    /**
     * A pixel coordinate as written: {@code fmt(320.0)} is {@code "320"}.
     *
     * @param pixel a pixel coordinate
     * @return it written with this frame's decimals
     */
    public String fmt(double pixel) {
        return Decimals.format(pixel, decimals);
    }

    /**
     * The plot area as a {@code <rect>} with its position and size written: a frame at
     * {@code (64, 46)} of side 518 gives {@code <rect x="64" y="46" width="518" height="518"/>}.
     *
     * @return the rectangle, without fill or id
     */
    public Element area() {
        return Element.of("rect").attr("x", fmt(left)).attr("y", fmt(top)).attr("width", fmt(width))
                .attr("height", fmt(height));
    }

    /**
     * SVG path data of a polygon: its shell, then each hole, each ring a closed subpath
     * ({@code M x y L ... Z}). Drawn with {@code fill-rule="evenodd"}, holes are holes whatever
     * their orientation. Consecutive vertices that land on the same written pixel coordinate
     * are written once.
     *
     * <p>The unit square in {@code Frame.square(1, 0, 0, 100, 2)} is {@code "M50 50L100 50L100 0L50 0Z"}.
     *
     * @param polygon the polygon, not null
     * @return the path data
     */
    public String pathData(Polygon polygon) {
        Objects.requireNonNull(polygon, "polygon is null");
        StringBuilder sb = new StringBuilder();
        ring(sb, polygon.shell());
        for (Ring h : polygon.holes()) {
            ring(sb, h);
        }
        return sb.toString();
    }

    private void ring(StringBuilder sb, Ring ring) {
        String last = null;
        boolean first = true;
        for (Point2 p : ring.vertices()) {
            String xy = fmt(px(p.x().doubleValue())) + " " + fmt(py(p.y().doubleValue()));
            if (xy.equals(last)) {
                continue;
            }
            sb.append(first ? 'M' : 'L').append(xy);
            last = xy;
            first = false;
        }
        if (!first) {
            sb.append('Z');
        }
    }

    /**
     * Tick positions for a range: multiples of a step of 1, 2 or 5 times a power of ten, chosen so
     * that about {@code target} ticks fall in {@code [lo, hi]}.
     *
     * <p>{@code Frame.ticks(-3, 3, 7)} is {@code [-3, -2, -1, 0, 1, 2, 3]}.
     *
     * @param lo the range's low end
     * @param hi the range's high end, greater than {@code lo}
     * @param target the wanted number of ticks, at least 2
     * @return the ticks, exact decimals, increasing
     */
    public static Vector<BigDecimal> ticks(double lo, double hi, int target) {
        if (!(hi > lo) || target < 2) {
            throw new IllegalArgumentException("need lo < hi and target >= 2, got " + lo + ", " + hi + ", " + target);
        }
        double raw = (hi - lo) / (target - 1);
        int exp = (int) Math.floor(Math.log10(raw));
        BigDecimal step = null;
        for (int e = exp; step == null; e++) {
            for (int m : new int[] {1, 2, 5}) {
                BigDecimal s = BigDecimal.valueOf(m).scaleByPowerOfTen(e);
                if (s.doubleValue() >= raw * (1 - 1.0 / 1024)) {
                    step = s;
                    break;
                }
            }
        }
        BigDecimal s = step;
        long k0 = (long) Math.ceil(lo / s.doubleValue() - 1.0 / 1024);
        long k1 = (long) Math.floor(hi / s.doubleValue() + 1.0 / 1024);
        return Vector.rangeClosed(k0, k1).map(k -> s.multiply(BigDecimal.valueOf(k)).stripTrailingZeros());
    }

    /**
     * A tick label: the plain decimal with a typographic minus.
     *
     * <p>{@code Frame.tickLabel(new BigDecimal("-2.5"))} is {@code "−2.5"}.
     *
     * @param v the tick value, not null
     * @return the label
     */
    public static String tickLabel(BigDecimal v) {
        String s = v.signum() == 0 ? "0" : v.toPlainString();
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}

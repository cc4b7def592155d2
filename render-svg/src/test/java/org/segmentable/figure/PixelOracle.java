package org.segmentable.figure;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;

/**
 * The test's own account of what a pixel must show, independent of the drawn paths and of the SVG
 * text: the exact kernel regions are mapped to image pixels (in doubles: their error is far below
 * a pixel), and a pixel centre is "clean" when it is more than {@link #MARGIN} pixels from every
 * edge of every region deciding its colour. Then no edge, stroke or anti-aliasing reaches it and
 * its colour is determined by which regions contain it.
 */
final class PixelOracle {

    /** Pixels kept clear of every edge. */
    static final double MARGIN = 2.5;

    private final Vector<double[]> rings;

    private PixelOracle(Vector<double[]> rings) {
        this.rings = rings;
    }

    /** A region's rings in image pixel coordinates. */
    static PixelOracle of(Region region, Canvas canvas, double scale) {
        Vector<double[]> rings = Vector.empty();
        for (Polygon p : region.pieces()) {
            for (Ring r : Vector.of(p.shell()).appendAll(p.holes())) {
                double[] xy = new double[2 * r.size()];
                for (int k = 0; k < r.size(); k++) {
                    Point2 v = r.vertex(k);
                    xy[2 * k] = canvas.frame().px(v.x().doubleValue()) * scale;
                    xy[2 * k + 1] = canvas.frame().py(v.y().doubleValue()) * scale;
                }
                rings = rings.append(xy);
            }
        }
        return new PixelOracle(rings);
    }

    /** Whether the region holds the point (even-odd over its rings), or none within the margin of an edge. */
    Option<Boolean> contains(double x, double y) {
        boolean odd = false;
        for (double[] r : rings) {
            int n = r.length / 2;
            for (int k = 0; k < n; k++) {
                double ax = r[2 * k];
                double ay = r[2 * k + 1];
                double bx = r[(2 * k + 2) % r.length];
                double by = r[(2 * k + 3) % r.length];
                if (distance(x, y, ax, ay, bx, by) <= MARGIN) {
                    return Option.none();
                }
                if ((ay > y) != (by > y) && x < ax + (y - ay) / (by - ay) * (bx - ax)) {
                    odd = !odd;
                }
            }
        }
        return Option.some(odd);
    }

    private static double distance(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
        return Math.hypot(x - ax - t * dx, y - ay - t * dy);
    }

    /**
     * The superposition's label of a pixel centre: {@code "outside"} outside the region, else one
     * character per dim, {@code 1} when the dim's active region holds it; none near any edge.
     */
    static Option<String> superpositionLabel(double x, double y, PixelOracle region, Vector<PixelOracle> active) {
        Option<Boolean> in = region.contains(x, y);
        if (in.isEmpty()) {
            return Option.none();
        }
        if (!in.get()) {
            return Option.some("outside");
        }
        StringBuilder sb = new StringBuilder();
        for (PixelOracle r : active) {
            Option<Boolean> a = r.contains(x, y);
            if (a.isEmpty()) {
                return Option.none();
            }
            sb.append(a.get() ? '1' : '0');
        }
        return Option.some(sb.toString());
    }

    /**
     * The complex's label of a pixel centre: the pattern of the cell holding it, {@code "outside"}
     * when no cell does, none near any cell's edge.
     */
    static Option<String> complexLabel(double x, double y, Vector<PixelOracle> cells, Vector<String> patterns) {
        Option<String> found = Option.some("outside");
        for (int k = 0; k < cells.size(); k++) {
            Option<Boolean> in = cells.get(k).contains(x, y);
            if (in.isEmpty()) {
                return Option.none();
            }
            if (in.get()) {
                found = Option.some(patterns.get(k));
            }
        }
        return found;
    }
}

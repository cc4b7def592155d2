package org.segmentable.figure;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * The test's own exact account of what a pixel must show, independent of the drawn paths: a
 * pixel is "clean" when every corner of the 3 × 3-pixel square around it lies strictly inside
 * each exact region that decides its colour (region and dims' active regions, or cells), all
 * with the same label. Then no edge or stroke of the figure reaches the
 * centre pixel and its colour is determined by that pattern alone.
 */
final class PixelOracle {

    private PixelOracle() {
    }

    /**
     * The pattern at a pixel (character {@code i} is {@code 1} when dim {@code i} is active), or
     * {@code "outside"} when the pixel is outside the region, or none when it is not clean.
     */
    static Option<String> patternAt(Canvas canvas, double scale, int px, int py,
            java.util.function.Function<Point2, Option<String>> exact) {
        Option<String> seen = Option.none();
        for (int dx = -1; dx <= 2; dx += 3) {
            for (int dy = -1; dy <= 2; dy += 3) {
                Point2 p = world(canvas, scale, px + dx, py + dy);
                Option<String> here = exact.apply(p);
                if (here.isEmpty() || (seen.isDefined() && !seen.get().equals(here.get()))) {
                    return Option.none();
                }
                seen = here;
            }
        }
        return seen;
    }

    /** The exact world point of an image pixel corner. */
    static Point2 world(Canvas canvas, double scale, double ix, double iy) {
        var f = canvas.frame();
        double x = f.xmin() + (ix / scale - f.left()) / f.width() * (f.xmax() - f.xmin());
        double y = f.ymax() - (iy / scale - f.top()) / f.height() * (f.ymax() - f.ymin());
        return Point2.of(x, y);
    }

    /**
     * The superposition's exact label of a point: {@code "outside"} outside the region, else one
     * character per dim, {@code 1} when the point is strictly inside the dim's active region; none
     * on any boundary.
     */
    static Option<String> superpositionLabel(Point2 p, Region region, Vector<Region> active) {
        Option<Boolean> in = inside(p, region);
        if (in.isEmpty()) {
            return Option.none();
        }
        if (!in.get()) {
            return Option.some("outside");
        }
        StringBuilder sb = new StringBuilder();
        for (Region r : active) {
            Option<Boolean> a = inside(p, r);
            if (a.isEmpty()) {
                return Option.none();
            }
            sb.append(a.get() ? '1' : '0');
        }
        return Option.some(sb.toString());
    }

    /**
     * The complex's exact label of a point: the pattern of the cell strictly containing it,
     * {@code "outside"} when no cell contains it, none on any cell's boundary.
     */
    static Option<String> complexLabel(Point2 p, Vector<CellData> cells) {
        for (CellData c : cells) {
            Option<Boolean> in = inside(p, Region.of(c.polygon()));
            if (in.isEmpty()) {
                return Option.none();
            }
            if (in.get()) {
                return Option.some(c.pattern());
            }
        }
        return Option.some("outside");
    }

    /** Strictly inside (true), strictly outside (false), or on an edge (none), by ray crossing. */
    static Option<Boolean> inside(Point2 p, Region region) {
        boolean in = false;
        for (Polygon poly : region.pieces()) {
            for (Ring r : Vector.of(poly.shell()).appendAll(poly.holes())) {
                Option<Boolean> c = crossesOdd(p, r);
                if (c.isEmpty()) {
                    return Option.none();
                }
                in ^= c.get();
            }
        }
        return Option.some(in);
    }

    private static Option<Boolean> crossesOdd(Point2 p, Ring ring) {
        boolean odd = false;
        int n = ring.size();
        for (int k = 0; k < n; k++) {
            Point2 a = ring.vertex(k);
            Point2 b = ring.vertex(k + 1);
            Rational cross = b.subtract(a).cross(p.subtract(a));
            boolean withinX = a.x().min(b.x()).compareTo(p.x()) <= 0 && p.x().compareTo(a.x().max(b.x())) <= 0;
            boolean withinY = a.y().min(b.y()).compareTo(p.y()) <= 0 && p.y().compareTo(a.y().max(b.y())) <= 0;
            if (cross.isZero() && withinX && withinY) {
                return Option.none(); // on the edge
            }
            boolean aAbove = a.y().compareTo(p.y()) > 0;
            boolean bAbove = b.y().compareTo(p.y()) > 0;
            if (aAbove != bAbove) {
                // the edge crosses the horizontal line through p; is the crossing right of p?
                int s = cross.signum() * (bAbove ? 1 : -1);
                if (s > 0) {
                    odd = !odd;
                }
            }
        }
        return Option.some(odd);
    }
}

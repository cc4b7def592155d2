package org.segmentable.bench.complex;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The floating-point baseline: the same lines clipped to the box in doubles, noded by JTS
 * ({@code MCIndexNoder} with a robust intersector) and polygonized. Not exact; for timing only.
 *
 * <p>{@code JtsPolygonize.faces(RandomLines.floats(1000, 11))} is about the number of faces.
 */
public final class JtsPolygonize {

    private JtsPolygonize() {
    }

    /**
     * The number of polygons JTS finds.
     *
     * @param lines the coefficients, {@code a0, a1, c} per line (as {@link RandomLines#floats})
     * @return the polygon count
     */
    public static int faces(float[] lines) {
        GeometryFactory gf = new GeometryFactory();
        double z = RandomLines.Z;
        List<Geometry> parts = new ArrayList<>();
        parts.add(gf.createLinearRing(new Coordinate[] {new Coordinate(-z, -z), new Coordinate(z, -z),
            new Coordinate(z, z), new Coordinate(-z, z), new Coordinate(-z, -z)}));
        for (int i = 0; i < lines.length / 3; i++) {
            LineString s = clip(gf, lines[3 * i], lines[3 * i + 1], lines[3 * i + 2], z);
            if (s != null) {
                parts.add(s);
            }
        }
        List<SegmentString> strings = new ArrayList<>();
        for (Geometry g : parts) {
            strings.add(new NodedSegmentString(g.getCoordinates(), null));
        }
        MCIndexNoder noder = new MCIndexNoder(new IntersectionAdder(new RobustLineIntersector()));
        noder.computeNodes(strings);
        Polygonizer p = new Polygonizer();
        for (Object o : noder.getNodedSubstrings()) {
            p.add(gf.createLineString(((SegmentString) o).getCoordinates()));
        }
        return p.getPolygons().size();
    }

    private static LineString clip(GeometryFactory gf, double a, double b, double c, double z) {
        List<Coordinate> pts = new ArrayList<>();
        // intersections with x = ±z and y = ±z inside the box
        if (b != 0) {
            for (double x : new double[] {-z, z}) {
                double y = -(a * x + c) / b;
                if (y >= -z && y <= z) {
                    pts.add(new Coordinate(x, y));
                }
            }
        }
        if (a != 0) {
            for (double y : new double[] {-z, z}) {
                double x = -(b * y + c) / a;
                if (x > -z && x < z) {
                    pts.add(new Coordinate(x, y));
                }
            }
        }
        if (pts.size() < 2) {
            return null;
        }
        return gf.createLineString(new Coordinate[] {pts.get(0), pts.get(1)});
    }
}

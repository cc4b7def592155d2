package org.segmentable.properties.support;

import java.util.ArrayList;
import java.util.List;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;
import org.segmentable.properties.gen.Facts;
import org.segmentable.reference.NaiveArrangement;

/**
 * An exact validity check of a region, independent of JTS and of the kernel: every ring simple,
 * shells counter-clockwise and holes clockwise, holes inside their shell with disjoint interiors
 * (the piece's reference area equals shell minus holes), pieces with disjoint interiors (the
 * reference area of the union equals the sum of the piece areas).
 *
 * <p>{@code Validity.problems(Regions.box(Rational.ONE))} is empty.
 */
public final class Validity {

    private Validity() {
    }

    /** Every problem found, empty when the region is valid. */
    public static List<String> problems(Region region) {
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < region.pieces().size(); k++) {
            Polygon p = region.pieces().get(k);
            ring("piece " + k + " shell", p.shell(), 1, problems);
            for (int i = 0; i < p.holes().size(); i++) {
                ring("piece " + k + " hole " + i, p.holes().get(i), -1, problems);
            }
            if (problems.isEmpty() && !p.holes().isEmpty()) {
                var reference = NaiveArrangement.area(NaiveArrangement.cells(Region.of(p)));
                if (!reference.equals(p.area())) {
                    problems.add("piece " + k + ": holes overlap or leave the shell (area " + p.area()
                            + ", covered " + reference + ")");
                }
            }
        }
        if (problems.isEmpty() && region.pieces().size() > 1) {
            var union = NaiveArrangement.area(NaiveArrangement.cells(region));
            if (!union.equals(region.area())) {
                problems.add("pieces overlap: union area " + union + ", sum of areas " + region.area());
            }
        }
        return problems;
    }

    private static void ring(String name, Ring r, int orientation, List<String> problems) {
        if (r.size() < 3) {
            problems.add(name + " has " + r.size() + " vertices");
            return;
        }
        if (!Facts.isSimple(r)) {
            problems.add(name + " is not simple: " + Facts.ofRing(r));
        }
        if (r.signedArea().signum() != orientation) {
            problems.add(name + " has signed area " + r.signedArea() + ", expected sign " + orientation);
        }
    }

    /**
     * A point strictly inside a valid polygon, by a scanline: the horizontal line halfway between
     * the two lowest distinct vertex heights meets no vertex; it crosses the boundary at sorted
     * abscissae {@code x1 < x2 < …}, and for a valid polygon the open interval {@code (x1, x2)}
     * lies inside, so its midpoint does.
     *
     * @param p a valid polygon of positive area
     * @return a point of its interior
     */
    public static Point2 interiorPoint(Polygon p) {
        var rings = p.holes().prepend(p.shell());
        var ys = rings.flatMap(Ring::vertices).map(Point2::y).distinct().sorted();
        if (ys.size() < 2) {
            throw new IllegalArgumentException("polygon of no area: " + p);
        }
        Rational y = ys.get(0).add(ys.get(1)).multiply(Rational.HALF);
        List<Rational> xs = new ArrayList<>();
        for (Ring r : rings) {
            for (int i = 0; i < r.size(); i++) {
                Point2 a = r.vertex(i);
                Point2 b = r.vertex(i + 1);
                if ((a.y().compareTo(y) < 0) != (b.y().compareTo(y) < 0)) {
                    Rational t = y.subtract(a.y()).divide(b.y().subtract(a.y()));
                    xs.add(a.x().add(b.x().subtract(a.x()).multiply(t)));
                }
            }
        }
        xs.sort(null);
        if (xs.size() < 2) {
            throw new IllegalArgumentException("scanline " + y + " misses " + p);
        }
        return Point2.of(xs.get(0).add(xs.get(1)).multiply(Rational.HALF), y);
    }
}

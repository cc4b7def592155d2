package org.segmentable.reference;

import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * Brute-force convex decompositions: the bounding box of some rings is cut by the line of every
 * ring edge, one line after the other, into convex cells; on each cell the winding numbers (so
 * membership in the region) are constant, decided at the cell's vertex average. Quadratic in the
 * number of edges (and worse in time); meant for inputs of a few dozen edges.
 *
 * <p>{@code NaiveArrangement.area(NaiveArrangement.cells(Vector.of(pentagram),
 * NaiveArrangement.nonZeroWinding(pentagram)))} is the pentagram's area including its centre
 * (winding number 2).
 */
public final class NaiveArrangement {

    private NaiveArrangement() {
    }

    /**
     * Convex cells of positive area, with disjoint interiors, whose union is the closure of the
     * points the predicate accepts (up to a set of zero area).
     *
     * @param rings the rings whose edges bound the region
     * @param inside membership, asked only at points off every edge
     * @return the cells inside
     */
    public static List<List<Point2>> cells(Vector<Ring> rings, Predicate<Point2> inside) {
        Objects.requireNonNull(rings, "rings is null");
        Objects.requireNonNull(inside, "inside is null");
        List<Point2> box = boundingBox(rings);
        if (box.isEmpty()) {
            return new ArrayList<>();
        }
        List<HalfPlane> lines = new ArrayList<>();
        for (Ring r : rings) {
            for (int i = 0; i < r.size(); i++) {
                Point2 a = r.vertex(i);
                Point2 b = r.vertex(i + 1);
                if (!a.equals(b)) {
                    lines.add(lineThrough(a, b));
                }
            }
        }
        List<List<Point2>> cells = refine(List.of(box), lines);
        List<List<Point2>> in = new ArrayList<>();
        for (List<Point2> c : cells) {
            if (inside.test(ConvexClip.interiorPoint(c))) {
                in.add(c);
            }
        }
        return in;
    }

    /** The convex cells of the region of a {@link Region} (see {@link #cells}). */
    public static List<List<Point2>> cells(Region region) {
        Vector<Ring> rings = region.pieces().flatMap(p -> p.holes().prepend(p.shell()));
        return cells(rings, inRegion(region));
    }

    /** The convex cells of a ring's region under the non-zero winding rule. */
    public static List<List<Point2>> cells(Ring ring) {
        return cells(Vector.of(ring), nonZeroWinding(ring));
    }

    /**
     * Cuts every cell by every line (non-constant functions only), keeping pieces of positive area.
     *
     * @param cells convex cells
     * @param lines the cutting lines
     * @return the refined cells
     */
    public static List<List<Point2>> refine(List<List<Point2>> cells, List<HalfPlane> lines) {
        List<List<Point2>> current = new ArrayList<>(cells);
        Set<List<Rational>> seen = new HashSet<>();
        for (HalfPlane line : lines) {
            if (line.isConstant() || !seen.add(normalized(line))) {
                continue;
            }
            List<List<Point2>> next = new ArrayList<>(current.size() * 2);
            for (List<Point2> c : current) {
                int pos = 0;
                int neg = 0;
                for (Point2 p : c) {
                    int s = line.evaluate(p).signum();
                    if (s > 0) {
                        pos++;
                    } else if (s < 0) {
                        neg++;
                    }
                }
                if (pos == 0 || neg == 0) {
                    next.add(c);
                    continue;
                }
                List<Point2> a = ConvexClip.clip(c, line, 1);
                List<Point2> b = ConvexClip.clip(c, line, -1);
                if (ConvexClip.signedArea(a).signum() != 0) {
                    next.add(a);
                }
                if (ConvexClip.signedArea(b).signum() != 0) {
                    next.add(b);
                }
            }
            current = next;
        }
        return current;
    }

    /** The total area of cells with disjoint interiors. */
    public static Rational area(List<List<Point2>> cells) {
        Rational sum = Rational.ZERO;
        for (List<Point2> c : cells) {
            sum = sum.add(ConvexClip.area(c));
        }
        return sum;
    }

    /**
     * The area of the cells' part where {@code h > 0}; a constant {@code h} keeps everything
     * when its constant is positive and nothing otherwise.
     */
    public static Rational activeArea(List<List<Point2>> cells, HalfPlane h) {
        if (h.isConstant()) {
            return h.c().signum() > 0 ? area(cells) : Rational.ZERO;
        }
        Rational sum = Rational.ZERO;
        for (List<Point2> c : cells) {
            sum = sum.add(ConvexClip.area(ConvexClip.clip(c, h, 1)));
        }
        return sum;
    }

    /**
     * The area of every activation pattern of positive area: character {@code i} of a pattern is
     * {@code 1} when {@code hs[i] > 0} there.
     *
     * @param cells the region's convex cells
     * @param hs the dims' functions
     * @return pattern to total area, patterns of zero area left out
     */
    public static TreeMap<String, Rational> patternAreas(List<List<Point2>> cells, Vector<HalfPlane> hs) {
        List<List<Point2>> fine = refine(cells, hs.toJavaList());
        TreeMap<String, Rational> result = TreeMap.empty();
        for (List<Point2> c : fine) {
            Point2 p = ConvexClip.interiorPoint(c);
            StringBuilder pattern = new StringBuilder(hs.size());
            for (HalfPlane h : hs) {
                pattern.append(h.evaluate(p).signum() > 0 ? '1' : '0');
            }
            Rational a = ConvexClip.area(c);
            result = result.put(pattern.toString(), a, Rational::add);
        }
        return result;
    }

    /**
     * The winding number of a ring around a point not on it (Sunday's crossing rule, exact).
     *
     * @param ring any closed polyline
     * @param p a point off the ring
     * @return the winding number
     */
    public static int winding(Ring ring, Point2 p) {
        int w = 0;
        int n = ring.size();
        for (int i = 0; i < n; i++) {
            Point2 a = ring.vertex(i);
            Point2 b = ring.vertex(i + 1);
            if (a.y().compareTo(p.y()) <= 0) {
                if (b.y().compareTo(p.y()) > 0 && orient(a, b, p) > 0) {
                    w++;
                }
            } else if (b.y().compareTo(p.y()) <= 0 && orient(a, b, p) < 0) {
                w--;
            }
        }
        return w;
    }

    /** Membership under the non-zero winding rule of one ring. */
    public static Predicate<Point2> nonZeroWinding(Ring ring) {
        return p -> winding(ring, p) != 0;
    }

    /** Membership in a region: inside some piece's shell and outside all of that piece's holes. */
    public static Predicate<Point2> inRegion(Region region) {
        return p -> {
            for (Polygon piece : region.pieces()) {
                if (winding(piece.shell(), p) != 0 && piece.holes().forAll(h -> winding(h, p) == 0)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The function whose zero line passes through {@code a} and {@code b} (positive on the left). */
    public static HalfPlane lineThrough(Point2 a, Point2 b) {
        Rational dx = b.x().subtract(a.x());
        Rational dy = b.y().subtract(a.y());
        // z(p) = (b - a) × (p - a) = dx·(y - ay) - dy·(x - ax)
        return HalfPlane.of(dy.negate(), dx, dy.multiply(a.x()).subtract(dx.multiply(a.y())));
    }

    private static int orient(Point2 a, Point2 b, Point2 c) {
        Rational abx = b.x().subtract(a.x());
        Rational aby = b.y().subtract(a.y());
        Rational acx = c.x().subtract(a.x());
        Rational acy = c.y().subtract(a.y());
        return abx.multiply(acy).subtract(aby.multiply(acx)).signum();
    }

    private static List<Rational> normalized(HalfPlane h) {
        Rational s = h.a().isZero() ? h.b() : h.a();
        Rational inv = s.abs().reciprocal();
        // the same line with the same positive side gives the same key; the opposite side too
        Rational sign = s.signum() < 0 ? Rational.MINUS_ONE : Rational.ONE;
        return List.of(h.a().multiply(inv).multiply(sign), h.b().multiply(inv).multiply(sign),
                h.c().multiply(inv).multiply(sign));
    }

    private static List<Point2> boundingBox(Vector<Ring> rings) {
        Vector<Point2> all = rings.flatMap(Ring::vertices);
        if (all.isEmpty()) {
            return List.of();
        }
        Rational x0 = all.map(Point2::x).min().get();
        Rational x1 = all.map(Point2::x).max().get();
        Rational y0 = all.map(Point2::y).min().get();
        Rational y1 = all.map(Point2::y).max().get();
        if (x0.equals(x1) || y0.equals(y1)) {
            return List.of();
        }
        return List.of(Point2.of(x0, y0), Point2.of(x1, y0), Point2.of(x1, y1), Point2.of(x0, y1));
    }
}

package org.segmentable.layer;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.linalg.Vectors;
import org.segmentable.numbers.Rational;

/**
 * Splits a simple polygon of {@code R^d} by {@code x_i = 0}, on the {@code R^d} coordinates.
 *
 * <p>The boundary, made counter-clockwise in the shadow, gets a vertex wherever an edge crosses the
 * hyperplane (exactly, by interpolation in {@code R^d}). For a side {@code S}, each maximal run of
 * boundary vertices strictly on side {@code S} between two vertices on the hyperplane is a
 * <em>chain</em>, entering at its first point and exiting at its last. Walking the cut line in the
 * direction {@code w} that has side {@code S} on its left, the polygon's interior just off the line
 * on side {@code S} begins at an exit and ends at the next entry, so sorting the chain ends along
 * {@code w} (ties at one point by where each chain's edge lies just off the line) gives
 * exit, entry, exit, entry...; joining each exit to the entry after it closes the pieces.
 */
final class HyperplaneSplitter {

    private HyperplaneSplitter() {
    }

    private record Chain(Vector<Vector<Rational>> points, Vector<Rational> entryInner, Vector<Rational> exitInner) {
        Vector<Rational> entry() {
            return points.head();
        }

        Vector<Rational> exit() {
            return points.last();
        }
    }

    private record End(int chain, boolean exit, Vector<Rational> point, Rational key, Rational slope) {
    }

    /** One side's chains and, for each chain, the chain whose entry its exit joins along the line. */
    private record Cut(Vector<Chain> chains, int[] next) {
    }

    private record Interval(Rational from, Rational to, Vector<Rational> start, Vector<Rational> end) {
    }

    static PlanarSplit split(PlanarPolygon polygon, int i) {
        Vector<Vector<Rational>> vertices = polygon.vertices();
        if (vertices.forAll(x -> x.get(i).isZero())) {
            return new PlanarSplit(i, Vector.empty(), Vector.empty(), Vector.empty(), Option.some(polygon));
        }
        boolean ccw = Ring.of(polygon.shadowPoints()).signedArea().signum() > 0;
        Vector<Vector<Rational>> ring = ccw ? vertices : vertices.take(1).appendAll(vertices.drop(1).reverse());
        Vector<Vector<Rational>> points = withCrossings(ring, i);
        if (points.forAll(x -> x.get(i).signum() != 0)) { // nothing on the hyperplane: one side only
            Vector<PlanarPolygon> whole = Vector.of(polygon);
            boolean up = points.head().get(i).signum() > 0;
            return new PlanarSplit(i, up ? whole : Vector.empty(), up ? Vector.empty() : whole, Vector.empty(),
                    Option.none());
        }
        Point2 along = lineDirection(polygon, i);
        Cut positive = cut(polygon, points, i, 1, along);
        Cut negative = cut(polygon, points, i, -1, along);
        return new PlanarSplit(i, pieces(polygon, positive), pieces(polygon, negative),
                onHyperplane(polygon, points, i, along, positive, negative), Option.none());
    }

    /** The ring with a vertex added wherever an edge crosses {@code x_i = 0} strictly. */
    private static Vector<Vector<Rational>> withCrossings(Vector<Vector<Rational>> ring, int i) {
        Vector<Vector<Rational>> out = Vector.empty();
        int n = ring.size();
        for (int k = 0; k < n; k++) {
            Vector<Rational> a = ring.get(k);
            Vector<Rational> b = ring.get((k + 1) % n);
            out = out.append(a);
            Rational xa = a.get(i);
            Rational xb = b.get(i);
            if (xa.signum() * xb.signum() < 0) {
                out = out.append(Vectors.lerp(a, b, xa.divide(xa.subtract(xb))));
            }
        }
        return out;
    }

    /**
     * The shadow direction {@code w+} of the cut line with the side {@code x_i > 0} on its left:
     * {@code (β, -α)} for the shadow gradient {@code (α, β)} of {@code x_i} on the plane.
     */
    private static Point2 lineDirection(PlanarPolygon polygon, int i) {
        AffineSlice slice = polygon.slice();
        Vector<Rational> u = slice.u();
        Vector<Rational> v = slice.v();
        int p = polygon.shadowP();
        int q = polygon.shadowQ();
        Rational minor = u.get(p).multiply(v.get(q)).subtract(u.get(q).multiply(v.get(p)));
        Rational alpha = u.get(i).multiply(v.get(q)).subtract(v.get(i).multiply(u.get(q))).divide(minor);
        Rational beta = u.get(p).multiply(v.get(i)).subtract(u.get(i).multiply(v.get(p))).divide(minor);
        return Point2.of(beta, alpha.negate());
    }

    private static Vector<Chain> chains(Vector<Vector<Rational>> points, int i, int side) {
        int m = points.size();
        Vector<Chain> chains = Vector.empty();
        for (int k = 0; k < m; k++) {
            if (points.get(k).get(i).signum() != 0 || points.get((k + 1) % m).get(i).signum() != side) {
                continue;
            }
            Vector<Vector<Rational>> chain = Vector.of(points.get(k));
            int j = (k + 1) % m;
            while (points.get(j).get(i).signum() == side) {
                chain = chain.append(points.get(j));
                j = (j + 1) % m;
            }
            chain = chain.append(points.get(j));
            chains = chains.append(new Chain(chain, chain.get(1), chain.get(chain.size() - 2)));
        }
        return chains;
    }

    private static Cut cut(PlanarPolygon polygon, Vector<Vector<Rational>> points, int i, int side,
            Point2 alongPositive) {
        Vector<Chain> chains = chains(points, i, side);
        return new Cut(chains, chains.isEmpty() ? new int[0] : pairing(polygon, chains, i, side, alongPositive));
    }

    /** The pieces on one side: each closes by following chains and joining exits to entries. */
    private static Vector<PlanarPolygon> pieces(PlanarPolygon polygon, Cut cut) {
        Vector<Chain> chains = cut.chains();
        int[] next = cut.next();
        boolean[] used = new boolean[chains.size()];
        Vector<PlanarPolygon> out = Vector.empty();
        for (int c = 0; c < chains.size(); c++) {
            if (used[c]) {
                continue;
            }
            List<Vector<Rational>> piece = new ArrayList<>();
            int cur = c;
            do {
                used[cur] = true;
                for (Vector<Rational> x : chains.get(cur).points()) {
                    if (piece.isEmpty() || !piece.get(piece.size() - 1).equals(x)) {
                        piece.add(x);
                    }
                }
                cur = next[cur];
            } while (cur != c);
            if (piece.get(0).equals(piece.get(piece.size() - 1))) {
                piece.remove(piece.size() - 1);
            }
            out = out.append(new PlanarPolygon(Vector.ofAll(piece), polygon.slice()));
        }
        return out;
    }

    /** For each chain, the chain whose entry its exit joins along the cut line. */
    private static int[] pairing(PlanarPolygon polygon, Vector<Chain> chains, int i, int side, Point2 alongPositive) {
        Point2 w = side > 0 ? alongPositive : alongPositive.scale(Rational.MINUS_ONE);
        List<End> ends = new ArrayList<>();
        for (int c = 0; c < chains.size(); c++) {
            Chain chain = chains.get(c);
            ends.add(end(polygon, c, false, chain.entry(), chain.entryInner(), i, side, w));
            ends.add(end(polygon, c, true, chain.exit(), chain.exitInner(), i, side, w));
        }
        ends.sort(Comparator.comparing(End::key).thenComparing(End::slope));
        int[] next = new int[chains.size()];
        for (int k = 0; k < ends.size(); k += 2) {
            End exit = ends.get(k);
            End entry = ends.get(k + 1);
            if (!exit.exit() || entry.exit()) {
                throw new IllegalStateException("chain ends along the cut line x_" + i + " = 0 do not alternate"
                        + " (the polygon is not simple?): " + polygon);
            }
            next[exit.chain()] = entry.chain();
        }
        return next;
    }

    /**
     * A chain end at {@code point} on the line; {@code inner} is its neighbour on side {@code side}.
     * The slope {@code (e·w) / |x_i(e)|} of the edge {@code e = inner - point} says where the chain
     * crosses a parallel just off the line, which orders ends at one point.
     */
    private static End end(PlanarPolygon polygon, int chain, boolean exit, Vector<Rational> point,
            Vector<Rational> inner, int i, int side, Point2 w) {
        Point2 at = polygon.shadow(point);
        Point2 e = polygon.shadow(inner).subtract(at);
        Rational height = inner.get(i).abs();
        return new End(chain, exit, point, at.dot(w), e.dot(w).divide(height));
    }

    /** The closed polygon's intersection with the hyperplane, as maximal segments. */
    private static Vector<PlanarSegment> onHyperplane(PlanarPolygon polygon, Vector<Vector<Rational>> points, int i,
            Point2 w, Cut... sides) {
        List<Interval> intervals = new ArrayList<>();
        for (Vector<Rational> x : points) {
            if (x.get(i).isZero()) {
                Rational key = polygon.shadow(x).dot(w);
                intervals.add(new Interval(key, key, x, x));
            }
        }
        for (Cut cut : sides) {
            Vector<Chain> chains = cut.chains();
            int[] next = cut.next();
            for (int c = 0; c < chains.size(); c++) {
                Vector<Rational> a = chains.get(c).exit();
                Vector<Rational> b = chains.get(next[c]).entry();
                Rational ka = polygon.shadow(a).dot(w);
                Rational kb = polygon.shadow(b).dot(w);
                intervals.add(ka.compareTo(kb) <= 0 ? new Interval(ka, kb, a, b) : new Interval(kb, ka, b, a));
            }
        }
        intervals.sort(Comparator.comparing(Interval::from));
        Vector<PlanarSegment> out = Vector.empty();
        Interval cur = intervals.get(0);
        for (Interval next : intervals.subList(1, intervals.size())) {
            if (next.from().compareTo(cur.to()) <= 0) {
                if (next.to().compareTo(cur.to()) > 0) {
                    cur = new Interval(cur.from(), next.to(), cur.start(), next.end());
                }
            } else {
                out = out.append(new PlanarSegment(cur.start(), cur.end()));
                cur = next;
            }
        }
        return out.append(new PlanarSegment(cur.start(), cur.end()));
    }
}

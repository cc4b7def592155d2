package org.segmentable.complex;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;
import org.segmentable.reference.ConvexClip;

/**
 * A naive exact reference for tests: a convex polygon split by each dim's half-plane in turn,
 * with plain Rational arithmetic; each piece remembers the pattern of the splits that made it.
 * Valid for a convex region, where pieces with distinct patterns are exactly the cells.
 */
final class NaiveComplex {

    private NaiveComplex() {
    }

    record Piece(List<Point2> pts, String pattern) {
        Rational area() {
            return Ring.of(Vector.ofAll(pts)).signedArea();
        }
    }

    static List<Piece> split(List<Point2> convex, Vector<HalfPlane> dims) {
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(convex, ""));
        for (HalfPlane h : dims) {
            List<Piece> next = new ArrayList<>();
            if (h.isConstant()) {
                String bit = h.c().signum() > 0 ? "1" : "0";
                for (Piece p : pieces) {
                    next.add(new Piece(p.pts(), p.pattern() + bit));
                }
                pieces = next;
                continue;
            }
            for (Piece p : pieces) {
                List<Point2> pos = clip(p.pts(), h);
                List<Point2> neg = clip(p.pts(), h.negate());
                if (Ring.of(Vector.ofAll(pos)).signedArea().signum() > 0) {
                    next.add(new Piece(pos, p.pattern() + "1"));
                }
                if (Ring.of(Vector.ofAll(neg)).signedArea().signum() > 0) {
                    next.add(new Piece(neg, p.pattern() + "0"));
                }
            }
            pieces = next;
        }
        return pieces;
    }

    /** The part of a convex polygon where {@code h >= 0} (Sutherland–Hodgman, exact). */
    static List<Point2> clip(List<Point2> poly, HalfPlane h) {
        return ConvexClip.clip(poly, h, 1);
    }

    static TreeMap<String, Rational> areaByPattern(List<Piece> pieces) {
        TreeMap<String, Rational> m = new TreeMap<>();
        for (Piece p : pieces) {
            m.merge(p.pattern(), p.area(), Rational::add);
        }
        return m;
    }
}

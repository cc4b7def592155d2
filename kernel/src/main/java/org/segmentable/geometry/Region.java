package org.segmentable.geometry;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * A region of the plane: polygons with disjoint interiors (they may share boundary points).
 * The empty region has no pieces.
 *
 * <p>{@code Region.of(Vector.empty()).area()} is {@code 0}.
 *
 * @param pieces the polygons
 */
public record Region(Vector<Polygon> pieces) {

    /** The empty region. */
    public static final Region EMPTY = new Region(Vector.empty());

    /** Checks the pieces; use the factories. */
    public Region {
        Objects.requireNonNull(pieces, "pieces is null");
    }

    /** A region of the given pieces. */
    public static Region of(Vector<Polygon> pieces) {
        return new Region(pieces);
    }

    /** A region of one polygon. */
    public static Region of(Polygon piece) {
        return new Region(Vector.of(piece));
    }

    /** The exact total area. */
    public Rational area() {
        Rational a = Rational.ZERO;
        for (Polygon p : pieces) {
            a = a.add(p.area());
        }
        return a;
    }

    /** True when there is no piece. */
    public boolean isEmpty() {
        return pieces.isEmpty();
    }
}

package org.segmentable.geometry;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.segmentable.geometry.internal.Trusted;
import org.segmentable.numbers.Rational;

/**
 * A region of the plane: valid polygons with disjoint interiors whose boundaries meet at most at
 * isolated points (a valid JTS multipolygon: pieces that share an edge are one polygon, not two).
 * The empty region has no pieces. A {@code Region} that exists satisfies all of this.
 *
 * <p>{@code Region.of(Vector.empty()).get().area()} is {@code 0}; two overlapping squares are
 * refused with a message naming a point inside both.
 */
public final class Region {

    /** The empty region. */
    public static final Region EMPTY = new Region(Vector.empty());

    static {
        Trusted.register(new Trusted.Access() {
            @Override
            public Polygon polygon(Ring shell, Vector<Ring> holes) {
                return Polygon.trusted(shell, holes);
            }

            @Override
            public Region region(Vector<Polygon> pieces) {
                return new Region(pieces);
            }
        });
    }

    private final Vector<Polygon> pieces;

    private Region(Vector<Polygon> pieces) {
        this.pieces = pieces;
    }

    /**
     * Checks that the pieces have disjoint interiors and meet at most at isolated points, and
     * builds the region. Problems listed, all at once: two pieces' boundaries crossing, two pieces
     * sharing an edge, a piece reaching into another's interior (containment included).
     *
     * <p>Cost: {@code O(n²)} exact orientation tests over the edges of pieces whose bounding boxes
     * meet (see the package notes).
     *
     * @param pieces the polygons, not null, without null elements
     * @return the region, or every problem found
     * @throws NullPointerException if {@code pieces} is or holds null
     */
    public static Validation<Seq<String>, Region> of(Seq<Polygon> pieces) {
        Objects.requireNonNull(pieces, "pieces is null");
        pieces.forEach(p -> Objects.requireNonNull(p, "pieces holds null"));
        Set<String> problems = new LinkedHashSet<>();
        for (int i = 0; i < pieces.size(); i++) {
            for (int j = i + 1; j < pieces.size(); j++) {
                Invariants.checkPieces(i, pieces.get(i), j, pieces.get(j), problems);
            }
        }
        return problems.isEmpty() ? Validation.valid(new Region(Vector.ofAll(pieces)))
                : Validation.invalid(Vector.ofAll(problems));
    }

    /**
     * A region of one polygon; nothing can be wrong with it.
     *
     * @param piece the polygon, not null
     * @return the one-piece region
     * @throws NullPointerException if {@code piece} is null
     */
    public static Region of(Polygon piece) {
        return new Region(Vector.of(Objects.requireNonNull(piece, "piece is null")));
    }

    /**
     * The polygons.
     *
     * @return the pieces, with disjoint interiors
     */
    public Vector<Polygon> pieces() {
        return pieces;
    }

    /**
     * The exact total area.
     *
     * @return the sum of the pieces' areas
     */
    public Rational area() {
        Rational a = Rational.ZERO;
        for (Polygon p : pieces) {
            a = a.add(p.area());
        }
        return a;
    }

    /**
     * True when there is no piece.
     *
     * @return whether the region is empty
     */
    public boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** The same pieces in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && pieces.equals(r.pieces);
    }

    @Override
    public int hashCode() {
        return pieces.hashCode();
    }

    @Override
    public String toString() {
        return "Region[pieces=" + pieces + "]";
    }
}

package org.segmentable.linalg;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.numbers.Rational;

/**
 * Exact ranks by Gaussian elimination over the rationals: the linear rank of vectors and the
 * dimension of the affine subspace that points span.
 *
 * <p>{@code AffineRank.dimension(Vector.of(p0, p1, p2))} for three non-collinear points of
 * {@code R^5} is {@code 2}; for three points on one line it is {@code 1}.
 */
public final class AffineRank {

    private AffineRank() {
    }

    /**
     * The rank of the vectors (rows), exactly.
     *
     * <p>{@code AffineRank.rank(Vector.of(Vector.of(1, 2), Vector.of(2, 4)))} (as rationals) is {@code 1}.
     *
     * @param vectors rows of equal length, not null
     * @return the dimension of their linear span, {@code 0} for no vector or only zero vectors
     * @throws IllegalArgumentException if the rows differ in length
     */
    public static int rank(Vector<Vector<Rational>> vectors) {
        Objects.requireNonNull(vectors, "vectors is null");
        if (vectors.isEmpty()) {
            return 0;
        }
        int cols = vectors.get(0).size();
        Rational[][] m = new Rational[vectors.size()][];
        for (int r = 0; r < m.length; r++) {
            Vector<Rational> row = vectors.get(r);
            if (row.size() != cols) {
                throw new IllegalArgumentException("vectors: row " + r + " has " + row.size()
                        + " entries, row 0 has " + cols);
            }
            m[r] = row.toJavaArray(Rational[]::new);
        }
        int rank = 0;
        for (int c = 0; c < cols && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (!m[r][c].isZero()) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            Rational[] t = m[pivot];
            m[pivot] = m[rank];
            m[rank] = t;
            for (int r = rank + 1; r < m.length; r++) {
                if (m[r][c].isZero()) {
                    continue;
                }
                Rational f = m[r][c].divide(m[rank][c]);
                for (int k = c; k < cols; k++) {
                    m[r][k] = m[r][k].subtract(f.multiply(m[rank][k]));
                }
            }
            rank++;
        }
        return rank;
    }

    /**
     * The dimension of the affine subspace the points span: the rank of their differences from the
     * first point ({@code 0} for a single point, {@code -1} for no point).
     *
     * <p>The four unit points {@code e0, e1, e2, e3} of {@code R^5} span dimension {@code 3}.
     *
     * @param points points of equal dimension, not null
     * @return the affine dimension
     * @throws IllegalArgumentException if the points differ in dimension
     */
    public static int dimension(Vector<Vector<Rational>> points) {
        Objects.requireNonNull(points, "points is null");
        if (points.isEmpty()) {
            return -1;
        }
        Vector<Rational> o = points.get(0);
        return rank(points.tail().map(p -> Vectors.subtract(p, o)));
    }

    /**
     * Words for a dimension in messages: {@code "dimension 0 (a single point)"},
     * {@code "dimension 1 (a line)"}, otherwise {@code "dimension k"}.
     *
     * @param dimension a dimension
     * @return its description
     */
    public static String describe(int dimension) {
        switch (dimension) {
            case 0:
                return "dimension 0 (a single point)";
            case 1:
                return "dimension 1 (a line)";
            default:
                return "dimension " + dimension;
        }
    }
}

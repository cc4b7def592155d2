package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * A ReLU layer {@code y = ReLU(W_dec · (W_enc · x) + b)} with exact rational weights, in the math /
 * PyTorch convention: {@code W_enc} is {@code h × d}, {@code W_dec} is {@code d × h}, {@code b} has
 * {@code d} entries. Dim {@code i} is active at a latent point {@code p} when
 * {@code W_dec[i]·p + b[i] > 0}; feature {@code j} sits at the latent point {@code W_enc[:, j]}.
 *
 * <p>{@code ReluLayer.tied("toy", "", w, b)} builds {@code W_enc = w}, {@code W_dec = wᵀ}.
 *
 * <p>A layer that exists is valid: {@link #of}, {@link #tied} and {@link #fromDoubles} report every
 * shape problem as a value.
 */
public final class ReluLayer {

    private final String name;
    private final String title;
    private final Vector<Vector<Rational>> wEnc;
    private final Vector<Vector<Rational>> wDec;
    private final Vector<Rational> b;

    /** A layer whose shapes are known to fit. */
    private ReluLayer(String name, String title, Vector<Vector<Rational>> wEnc, Vector<Vector<Rational>> wDec,
            Vector<Rational> b) {
        this.name = name;
        this.title = title;
        this.wEnc = wEnc;
        this.wDec = wDec;
        this.b = b;
    }

    /**
     * A validated layer: every shape problem is reported at once.
     *
     * <p>{@code ReluLayer.of("l", "", wEnc, wDec, b)} with a 2 × 3 {@code wEnc}, a 3 × 2 {@code wDec}
     * and 3 biases is {@code Valid(layer)}; with 2 biases it is
     * {@code Invalid(["W_enc row 0 has 3 entries, expected d = 2 (the length of b)", "W_enc row 1 has 3
     * entries, expected d = 2 (the length of b)", "W_dec has 3 rows, expected d = 2 (the length of b)"])}.
     *
     * @param name a short name, not null
     * @param title a figure title, possibly empty, not null
     * @param wEnc {@code h × d}, not null
     * @param wDec {@code d × h}, not null
     * @param b {@code d} entries, not null
     * @return the layer, or the list of problems
     */
    public static Validation<Seq<String>, ReluLayer> of(String name, String title, Vector<Vector<Rational>> wEnc,
            Vector<Vector<Rational>> wDec, Vector<Rational> b) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(wEnc, "wEnc is null");
        Objects.requireNonNull(wDec, "wDec is null");
        Objects.requireNonNull(b, "b is null");
        Seq<String> problems = shapeProblems(wEnc, wDec, b);
        return problems.isEmpty()
                ? Validation.valid(new ReluLayer(name, title, wEnc, wDec, b))
                : Validation.invalid(problems);
    }

    /**
     * A layer whose shapes fit by construction (a kernel operation's result); not checked.
     *
     * @param name a short name
     * @param title a figure title
     * @param wEnc {@code h × d}
     * @param wDec {@code d × h}
     * @param b {@code d} entries
     * @return the layer
     */
    static ReluLayer fitting(String name, String title, Vector<Vector<Rational>> wEnc, Vector<Vector<Rational>> wDec,
            Vector<Rational> b) {
        return new ReluLayer(name, title, wEnc, wDec, b);
    }

    /**
     * The tied layer {@code y = ReLU(Wᵀ W x + b)}: {@code W_enc = w}, {@code W_dec = wᵀ}.
     *
     * @param name a short name, not null
     * @param title a figure title, possibly empty, not null
     * @param w {@code h × d}
     * @param b {@code d} entries
     * @return the layer, or the list of problems
     */
    public static Validation<Seq<String>, ReluLayer> tied(String name, String title, Vector<Vector<Rational>> w,
            Vector<Rational> b) {
        Objects.requireNonNull(w, "w is null");
        Seq<String> rag = raggedness("W", w);
        if (!rag.isEmpty()) {
            return Validation.invalid(rag);
        }
        return of(name, title, w, transpose(w), b);
    }

    /**
     * A validated layer from double arrays (as NumPy or PyTorch hold them): every entry becomes the
     * exact rational it denotes, and every problem (NaN or infinite entries, each named, and every
     * shape problem) is reported at once.
     *
     * <p>{@code ReluLayer.fromDoubles("l", "", new double[][] {{1, 0}, {0, Double.NaN}},
     * new double[][] {{1, 0}, {0, 1}}, new double[] {0, 0})} is
     * {@code Invalid(["W_enc[1][1] is NaN, not a finite number"])}.
     *
     * @param name not null
     * @param title not null
     * @param wEnc {@code h × d}, not null (rows not null)
     * @param wDec {@code d × h}, not null (rows not null)
     * @param b {@code d} entries, not null
     * @return the layer, or every problem found
     */
    public static Validation<Seq<String>, ReluLayer> fromDoubles(String name, String title, double[][] wEnc,
            double[][] wDec, double[] b) {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(wEnc, "wEnc is null");
        Objects.requireNonNull(wDec, "wDec is null");
        Objects.requireNonNull(b, "b is null");
        Vector<String> problems = Vector.empty();
        Vector<Vector<Rational>> enc = exactRows(wEnc, "wEnc");
        Vector<Vector<Rational>> dec = exactRows(wDec, "wDec");
        problems = problems.appendAll(rowsProblems(wEnc, "W_enc")).appendAll(rowsProblems(wDec, "W_dec"));
        Vector<Rational> bias = Vector.empty();
        for (int i = 0; i < b.length; i++) {
            problems = problems.appendAll(finiteProblem("b[" + i + "]", b[i]));
            bias = bias.append(exact(b[i]));
        }
        problems = problems.appendAll(shapeProblems(enc, dec, bias));
        return problems.isEmpty()
                ? Validation.valid(new ReluLayer(name, title, enc, dec, bias))
                : Validation.invalid(problems);
    }

    /** Every entry as the exact rational it denotes (non-finite entries become 0; {@link #rowsProblems} names them). */
    private static Vector<Vector<Rational>> exactRows(double[][] m, String name) {
        Vector<Vector<Rational>> rows = Vector.empty();
        for (double[] r : m) {
            Objects.requireNonNull(r, name + " row is null");
            Vector<Rational> row = Vector.empty();
            for (double x : r) {
                row = row.append(exact(x));
            }
            rows = rows.append(row);
        }
        return rows;
    }

    /** A problem for every NaN or infinite entry, by position: {@code "W_enc[0][1] is NaN"}. */
    private static Seq<String> rowsProblems(double[][] m, String label) {
        Vector<String> problems = Vector.empty();
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) {
                problems = problems.appendAll(finiteProblem(label + "[" + r + "][" + c + "]", m[r][c]));
            }
        }
        return problems;
    }

    private static Seq<String> finiteProblem(String where, double value) {
        if (Double.isNaN(value)) {
            return Vector.of(where + " is NaN, not a finite number");
        }
        if (Double.isInfinite(value)) {
            return Vector.of(where + " is " + value + ", not a finite number");
        }
        return Vector.empty();
    }

    private static Rational exact(double value) {
        return Rational.fromDouble(value).getOrElse(Rational.ZERO); // non-finite entries are reported separately
    }

    private static Seq<String> shapeProblems(Vector<Vector<Rational>> wEnc, Vector<Vector<Rational>> wDec,
            Vector<Rational> b) {
        Vector<String> problems = Vector.empty();
        int h = wEnc.size();
        int d = b.size();
        if (d == 0) {
            problems = problems.append("b is empty: the layer has no output dim");
        }
        if (h < 2) {
            problems = problems.append("W_enc has " + h + " row(s): the latent dimension h must be at least 2");
        }
        for (int r = 0; r < wEnc.size(); r++) {
            if (wEnc.get(r).size() != d) {
                problems = problems.append("W_enc row " + r + " has " + wEnc.get(r).size()
                        + " entries, expected d = " + d + " (the length of b)");
            }
        }
        if (wDec.size() != d) {
            problems = problems.append("W_dec has " + wDec.size() + " rows, expected d = " + d + " (the length of b)");
        }
        for (int r = 0; r < wDec.size(); r++) {
            if (wDec.get(r).size() != h) {
                problems = problems.append("W_dec row " + r + " has " + wDec.get(r).size()
                        + " entries, expected h = " + h + " (the rows of W_enc)");
            }
        }
        return problems;
    }

    private static Seq<String> raggedness(String name, Vector<Vector<Rational>> m) {
        if (m.isEmpty()) {
            return Vector.of(name + " is empty");
        }
        int w = m.get(0).size();
        for (int r = 1; r < m.size(); r++) {
            if (m.get(r).size() != w) {
                return Vector.of(name + " is ragged: row 0 has " + w + " entries, row " + r + " has "
                        + m.get(r).size());
            }
        }
        return Vector.empty();
    }

    /**
     * The transpose of a rectangular matrix; {@code transpose([[1, 2, 3], [4, 5, 6]])} is {@code [[1, 4], [2, 5], [3, 6]]}.
     *
     * @param m a rectangular matrix as rows, not null
     * @return the {@code cols × rows} transpose
     */
    public static Vector<Vector<Rational>> transpose(Vector<Vector<Rational>> m) {
        if (m.isEmpty()) {
            return Vector.empty();
        }
        int cols = m.get(0).size();
        return Vector.range(0, cols).map(c -> m.map(row -> row.get(c)));
    }

    /**
     * The short name (file stem or the model's {@code "name"}).
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * The figure title.
     *
     * @return the title, possibly empty, not null
     */
    public String title() {
        return title;
    }

    /**
     * The encoder {@code W_enc}.
     *
     * @return {@code h} rows of {@code d} entries
     */
    public Vector<Vector<Rational>> wEnc() {
        return wEnc;
    }

    /**
     * The decoder {@code W_dec}.
     *
     * @return {@code d} rows of {@code h} entries
     */
    public Vector<Vector<Rational>> wDec() {
        return wDec;
    }

    /**
     * The bias.
     *
     * @return {@code d} entries
     */
    public Vector<Rational> b() {
        return b;
    }

    /**
     * True when dim {@code i} is constant: its row of {@code W_dec} is zero, so {@code z_i = b[i]}
     * everywhere (active everywhere when {@code b[i] > 0}, nowhere otherwise).
     *
     * <p>For {@code W_dec = [[1, 0], [0, 0]]}, {@code isConstant(1)} is {@code true}.
     *
     * @param i a dim, {@code 0 <= i < d}
     * @return whether {@code W_dec[i]} is zero
     * @throws IndexOutOfBoundsException if {@code i} is not a dim
     */
    public boolean isConstant(int i) {
        return wDec.get(i).forAll(Rational::isZero);
    }

    /**
     * The latent dimension {@code h} (rows of {@code W_enc}).
     *
     * @return {@code h}
     */
    public int h() {
        return wEnc.size();
    }

    /**
     * The number of dims {@code d} (features and outputs).
     *
     * @return {@code d}
     */
    public int d() {
        return b.size();
    }

    /**
     * Dim {@code i}'s pre-activation on the latent plane, for {@code h = 2}:
     * {@code z_i(p) = W_dec[i][0]·x + W_dec[i][1]·y + b[i]}.
     *
     * @param i a dim, {@code 0 <= i < d}
     * @return the half-plane where dim {@code i} is active
     * @throws IllegalStateException if {@code h != 2} (take a slice first)
     * @throws IndexOutOfBoundsException if {@code i} is not a dim
     */
    public HalfPlane boundary(int i) {
        requirePlane();
        Vector<Rational> row = wDec.get(i);
        return HalfPlane.of(row.get(0), row.get(1), b.get(i));
    }

    /**
     * All the dims' half-planes, in dim order: {@code boundaries().get(i)} is {@code boundary(i)}.
     *
     * @return one half-plane per dim
     */
    public Vector<HalfPlane> boundaries() {
        return Vector.range(0, d()).map(this::boundary);
    }

    /**
     * Feature {@code j}'s latent point {@code W_enc[:, j]}, for {@code h = 2}.
     *
     * @param j a feature, {@code 0 <= j < d}
     * @return the point
     * @throws IllegalStateException if {@code h != 2}
     */
    public Point2 featurePoint(int j) {
        requirePlane();
        return Point2.of(wEnc.get(0).get(j), wEnc.get(1).get(j));
    }

    /**
     * All feature points, in feature order: {@code featurePoints().get(j)} is {@code featurePoint(j)}.
     *
     * @return one point per feature
     */
    public Vector<Point2> featurePoints() {
        return Vector.range(0, d()).map(this::featurePoint);
    }

    private void requirePlane() {
        if (h() != 2) {
            throw new IllegalStateException("layer '" + name + "' has h = " + h()
                    + "; the latent plane needs h = 2 (take a 2-D slice)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReluLayer && ((ReluLayer) o).name.equals(name) && ((ReluLayer) o).title.equals(title)
                && ((ReluLayer) o).wEnc.equals(wEnc) && ((ReluLayer) o).wDec.equals(wDec) && ((ReluLayer) o).b.equals(b);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, title, wEnc, wDec, b);
    }

    /** {@code "ReluLayer[name=toy, title=, wEnc=…, wDec=…, b=…]"}. */
    @Override
    public String toString() {
        return "ReluLayer[name=" + name + ", title=" + title + ", wEnc=" + wEnc + ", wDec=" + wDec + ", b=" + b + "]";
    }
}

package org.segmentable.deep;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Ring;
import org.segmentable.geometry.Segment2;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

/**
 * Every linear region of a ReLU network over a convex region of a 2-D input slice, exactly.
 *
 * <p>The region is refined layer by layer: inside a cell of the first {@code k} hidden layers,
 * every neuron of layer {@code k + 1} is affine in the slice coordinates {@code (s, t)}, so its
 * boundary is a line; each cell is clipped by each such line in turn (exact convex clipping; a
 * line through a vertex, along an edge or touching a corner splits nothing; a neuron that is
 * identically zero on a cell is inactive there). Only cells of positive area are produced. Each
 * cell ({@link LinearRegion}) has its pattern per hidden layer, its exact convex polygon and area
 * and the exact affine map from {@code (s, t)} to the output. Optionally the zero set of one
 * output coordinate is traced ({@link Options#levelSet}).
 *
 * <p>Signs are decided by a double filter with a proven error bound ({@code Approximations}) and exactly
 * when it cannot decide; every vertex is constructed exactly (homogeneous integer coordinates).
 *
 * <p>{@code LinearRegions.box(mlp, AffineSlice.identity(), Rational.of(3)).get().size()} is the
 * number of linear regions of {@code mlp} over {@code [-3, 3]²}.
 */
public final class LinearRegions {

    /**
     * What to compute besides the cells.
     *
     * <p>{@code Options.DEFAULT.withLevelSet(0)} also traces the zero set of output 0.
     *
     * @param levelSet the output coordinate whose zero set and per-cell sign to compute, if any
     * @param eagerMaps compute every cell's exact affine map during the refinement (faster in
     *     bulk than on demand, slower when only a few maps are wanted)
     * @param threads the number of threads refining the region (at least 1); the result does not
     *     depend on it
     */
    public record Options(Option<Integer> levelSet, boolean eagerMaps, int threads) {

        /** No level set, affine maps on demand, one thread. */
        public static final Options DEFAULT = new Options(Option.none(), false, 1);

        /**
         * Checks nulls and the thread count.
         *
         * @param levelSet the output coordinate whose zero set and per-cell sign to compute, if any
         *     (checked against the network by {@link LinearRegions#of(Mlp, AffineSlice, Ring, Options)})
         * @param eagerMaps whether to compute every cell's exact affine map during the refinement
         * @param threads the number of refining threads, at least 1
         * @throws NullPointerException if levelSet is null
         * @throws IllegalArgumentException if {@code threads < 1}
         */
        public Options {
            Objects.requireNonNull(levelSet, "levelSet is null");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
        }

        /**
         * These options tracing the zero set of output {@code k} and each cell's sign of it.
         *
         * @param k the output coordinate, {@code 0 ≤ k <} the network's output dimension (checked
         *     when the regions are built, reported as a problem there)
         * @return the options with {@code levelSet} {@code Some(k)}, the rest unchanged
         */
        public Options withLevelSet(int k) {
            return new Options(Option.some(k), eagerMaps, threads);
        }

        /**
         * These options computing every cell's affine map eagerly, during the refinement.
         *
         * @return the options with {@code eagerMaps} true, the rest unchanged
         */
        public Options withEagerMaps() {
            return new Options(levelSet, true, threads);
        }

        /**
         * These options refining on {@code n} threads. The result is the same for every {@code n}
         * (cells, their order, vertices, counters); only the time differs.
         *
         * <p>{@code Options.DEFAULT.withThreads(Runtime.getRuntime().availableProcessors())} uses every core.
         *
         * @param n the number of threads, at least 1
         * @return the options
         * @throws IllegalArgumentException if {@code n < 1}
         */
        public Options withThreads(int n) {
            return new Options(levelSet, eagerMaps, n);
        }
    }

    private final Mlp mlp;
    private final AffineSlice slice;
    private final Ring region;
    private final ScaledNetwork net;
    private final VertexStore vertices;
    private final int[][] cells;
    private final long[] patterns;
    private final int words;
    private final int[] wordOffset;
    private final byte[] signs;
    private final BigInteger[][] maps;
    private final Option<LevelSet> levelSet;
    private final long[] depthCounts;
    private final long exactSigns;

    private LinearRegions(Mlp mlp, AffineSlice slice, Ring region, Options options) {
        this.mlp = mlp;
        this.slice = slice;
        this.region = region;
        this.net = new ScaledNetwork(mlp, slice);
        Refinement r = Refinement.run(net, region, options.levelSet().getOrElse(-1), options.eagerMaps(),
                options.threads());
        this.vertices = r.vertices;
        this.cells = r.cells;
        this.words = r.words;
        this.wordOffset = r.wordOffset;
        this.patterns = r.patterns;
        this.signs = options.levelSet().isDefined() ? r.outputSigns : null;
        this.maps = options.eagerMaps() ? r.maps : null;
        this.levelSet = options.levelSet().map(k -> new LevelSet(k, Vector.ofAll(r.segments)
                .map(s -> Segment2.of(vertices.point(s[0]), vertices.point(s[1])))));
        this.depthCounts = r.depthCounts;
        this.exactSigns = r.exactSigns;
    }

    /**
     * The linear regions over a convex polygon of the slice, with the given options.
     *
     * <p>Problems reported together: the slice's dimension differs from the network's input
     * dimension; the region has fewer than three distinct vertices, zero area, or is not convex;
     * the level-set output is out of range.
     *
     * @param mlp the network, not null
     * @param slice the input slice, not null
     * @param region a convex polygon in slice coordinates (either orientation, collinear vertices allowed), not null
     * @param options what else to compute, not null
     * @return the regions, or every problem found
     */
    public static Validation<Seq<String>, LinearRegions> of(Mlp mlp, AffineSlice slice, Ring region, Options options) {
        Objects.requireNonNull(mlp, "mlp is null");
        Objects.requireNonNull(slice, "slice is null");
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(options, "options is null");
        Vector<String> problems = Vector.empty();
        if (slice.dimension() != mlp.inputDim()) {
            problems = problems.append("the slice lives in R^" + slice.dimension() + " but the network takes "
                    + mlp.inputDim() + " inputs");
        }
        for (int k : options.levelSet()) {
            if (k < 0 || k >= mlp.outputDim()) {
                problems = problems.append("level-set output " + k + " is out of range: the network has "
                        + mlp.outputDim() + " outputs");
            }
        }
        Option<Ring> convex = convexCcw(region);
        if (convex.isEmpty()) {
            problems = problems.append("the region must be a convex polygon of positive area, got " + region);
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        return Validation.valid(new LinearRegions(mlp, slice, convex.get(), options));
    }

    /**
     * {@link #of(Mlp, AffineSlice, Ring, Options)} with {@link Options#DEFAULT}: no level set, affine
     * maps on demand, one thread.
     *
     * @param mlp the network, not null
     * @param slice the input slice, not null
     * @param region a convex polygon in slice coordinates (either orientation, collinear vertices allowed), not null
     * @return the regions, or every problem found
     */
    public static Validation<Seq<String>, LinearRegions> of(Mlp mlp, AffineSlice slice, Ring region) {
        return of(mlp, slice, region, Options.DEFAULT);
    }

    /**
     * The linear regions over the box {@code [-z, z]²} of the slice.
     *
     * <p>{@code LinearRegions.box(mlp, AffineSlice.identity(), Rational.ONE)} covers {@code [-1, 1]²}.
     *
     * @param mlp the network
     * @param slice the slice
     * @param z the half side, positive
     * @param options what else to compute
     * @return the regions, or every problem found (including a non-positive {@code z})
     */
    public static Validation<Seq<String>, LinearRegions> box(Mlp mlp, AffineSlice slice, Rational z, Options options) {
        Objects.requireNonNull(z, "z is null");
        if (z.signum() <= 0) {
            return Validation.invalid(Vector.of("the box half side must be positive, got " + z));
        }
        return of(mlp, slice, square(z), options);
    }

    /**
     * {@link #box(Mlp, AffineSlice, Rational, Options)} with {@link Options#DEFAULT}: the linear
     * regions over {@code [-z, z]²} of the slice.
     *
     * @param mlp the network, not null
     * @param slice the input slice, not null
     * @param z the half side, positive, not null
     * @return the regions, or every problem found (including a non-positive {@code z})
     */
    public static Validation<Seq<String>, LinearRegions> box(Mlp mlp, AffineSlice slice, Rational z) {
        return box(mlp, slice, z, Options.DEFAULT);
    }

    /**
     * The counter-clockwise square {@code [-z, z]²}.
     *
     * <p>{@code LinearRegions.square(Rational.ONE).signedArea()} is {@code 4}.
     *
     * @param z the half side, not null
     * @return the ring {@code (-z,-z), (z,-z), (z,z), (-z,z)}
     */
    public static Ring square(Rational z) {
        Objects.requireNonNull(z, "z is null");
        Rational m = z.negate();
        return Ring.of(Point2.of(m, m), Point2.of(z, m), Point2.of(z, z), Point2.of(m, z));
    }

    /** The ring, counter-clockwise, without repeated or collinear vertices, when it is convex with positive area. */
    static Option<Ring> convexCcw(Ring ring) {
        Vector<Point2> pts = ring.vertices();
        Vector<Point2> dedup = Vector.empty();
        for (Point2 p : pts) {
            if (dedup.isEmpty() || !dedup.last().equals(p)) {
                dedup = dedup.append(p);
            }
        }
        while (dedup.size() > 1 && dedup.head().equals(dedup.last())) {
            dedup = dedup.init();
        }
        Ring r = Ring.of(dedup);
        if (r.size() < 3 || r.signedArea().signum() == 0) {
            return Option.none();
        }
        if (r.signedArea().signum() < 0) {
            r = r.reverse();
        }
        Vector<Point2> kept = Vector.empty();
        for (int i = 0; i < r.size(); i++) {
            Rational turn = r.vertex(i).subtract(r.vertex(i - 1)).cross(r.vertex(i + 1).subtract(r.vertex(i)));
            if (turn.signum() < 0) {
                return Option.none();
            }
            if (turn.signum() > 0) {
                kept = kept.append(r.vertex(i));
            }
        }
        Ring c = Ring.of(kept);
        for (int i = 0; i < c.size(); i++) {
            Point2 a = c.vertex(i);
            Point2 b = c.vertex(i + 1);
            for (Point2 p : kept) {
                if (b.subtract(a).cross(p.subtract(a)).signum() < 0) {
                    return Option.none();
                }
            }
        }
        return c.size() >= 3 ? Option.some(c) : Option.none();
    }

    // ------------------------------------------------------------------ results

    /**
     * The network whose regions these are.
     *
     * @return the network
     */
    public Mlp mlp() {
        return mlp;
    }

    /**
     * The 2-D input slice the network is studied on.
     *
     * @return the slice, of the network's input dimension
     */
    public AffineSlice slice() {
        return slice;
    }

    /**
     * The region as refined, in slice coordinates: the given convex polygon, counter-clockwise,
     * without repeated or collinear vertices.
     *
     * @return the region's ring, at least 3 vertices
     */
    public Ring region() {
        return region;
    }

    /**
     * The exact area of the region, in squared slice units; the cells' areas sum to it.
     *
     * @return the area, positive
     */
    public Rational regionArea() {
        return region.signedArea();
    }

    /**
     * The number of linear regions (cells).
     *
     * @return the cell count, at least 1 (the region itself when no neuron cuts it)
     */
    public int size() {
        return cells.length;
    }

    /**
     * Every cell, in refinement order (views; for very many cells prefer {@link #cell(int)}).
     *
     * @return the {@link #size()} cells, cell {@code i} at index {@code i}
     */
    public Vector<LinearRegion> cells() {
        return Vector.range(0, cells.length).map(i -> new LinearRegion(this, i));
    }

    /**
     * Cell {@code i}, a view computed on demand.
     *
     * @param i the cell, {@code 0 ≤ i < size()}
     * @return the cell of index {@code i}
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public LinearRegion cell(int i) {
        Objects.checkIndex(i, cells.length);
        return new LinearRegion(this, i);
    }

    /**
     * The traced zero set of the level-set output, when {@link Options#levelSet} was given.
     *
     * @return the level set, or none when the regions were built without one
     */
    public Option<LevelSet> levelSet() {
        return levelSet;
    }

    /**
     * The number of cells after each depth of the refinement.
     *
     * @return one count per depth {@code k = 0 .. hidden layers}: element {@code k} is the number
     *     of cells after the first {@code k} hidden layers, so element 0 is 1 and the last is
     *     {@link #size()}; non-decreasing
     */
    public Vector<Long> cellsPerDepth() {
        return Vector.ofAll(depthCounts);
    }

    /**
     * How many vertex signs the double filter left to exact arithmetic (a diagnostic of the
     * filter's efficiency; the result does not depend on it).
     *
     * @return the number of exact sign evaluations, at least 0
     */
    public long exactSignCount() {
        return exactSigns;
    }

    /**
     * The number of distinct vertices built during the refinement, over all depths (a diagnostic
     * of its memory use).
     *
     * @return the vertex count, positive
     */
    public int vertexCount() {
        return vertices.size();
    }

    /**
     * The aggregates: cells, region area, per-pattern exact areas, per-depth and per-layer counts.
     * Computes every cell's exact area.
     *
     * @return the summary
     */
    public RegionSummary summary() {
        java.util.TreeMap<String, Rational> byPattern = new java.util.TreeMap<>();
        int hidden = net.layers - 1;
        java.util.List<Set<String>> perLayer = new java.util.ArrayList<>();
        for (int k = 0; k < hidden; k++) {
            perLayer.add(new HashSet<>());
        }
        for (int i = 0; i < cells.length; i++) {
            LinearRegion c = new LinearRegion(this, i);
            byPattern.merge(c.patternKey(), c.area(), Rational::add);
            for (int k = 0; k < hidden; k++) {
                perLayer.get(k).add(pattern(i, k));
            }
        }
        SortedMap<String, Rational> patterns = TreeMap.ofAll(byPattern);
        return new RegionSummary(cells.length, regionArea(), patterns, cellsPerDepth(),
                Vector.ofAll(perLayer).map(Set::size));
    }

    // ------------------------------------------------------------------ cell data (package-private)

    int hiddenLayers() {
        return net.layers - 1;
    }

    int width(int layer) {
        return net.width[layer];
    }

    boolean active(int cell, int layer, int neuron) {
        return (patterns[cell * words + wordOffset[layer] + (neuron >>> 6)] & (1L << neuron)) != 0;
    }

    String pattern(int cell, int layer) {
        int n = net.width[layer];
        char[] chars = new char[n];
        for (int j = 0; j < n; j++) {
            chars[j] = active(cell, layer, j) ? '1' : '0';
        }
        return new String(chars);
    }

    Vector<Point2> polygon(int cell) {
        return Vector.ofAll(java.util.Arrays.stream(cells[cell]).boxed()).map(vertices::point);
    }

    int vertexCount(int cell) {
        return cells[cell].length;
    }

    double[] approxVertex(int cell, int k) {
        int id = cells[cell][k];
        return new double[] {vertices.approx[4 * id], vertices.approx[4 * id + 1]};
    }

    /** The exact area from homogeneous coordinates over one common denominator. */
    Rational area(int cell) {
        int[] v = cells[cell];
        int m = v.length;
        BigInteger[] x = new BigInteger[m];
        BigInteger[] y = new BigInteger[m];
        BigInteger[] w = new BigInteger[m];
        for (int i = 0; i < m; i++) {
            x[i] = vertices.x(v[i]);
            y[i] = vertices.y(v[i]);
            w[i] = vertices.w(v[i]);
        }
        // 2A = Σ_i (x_i y_{i+1} - x_{i+1} y_i) / (w_i w_{i+1}); common denominator Π w_i.
        BigInteger[] prefix = new BigInteger[m + 1];
        prefix[0] = BigInteger.ONE;
        for (int i = 0; i < m; i++) {
            prefix[i + 1] = prefix[i].multiply(w[i]);
        }
        BigInteger[] suffix = new BigInteger[m + 1];
        suffix[m] = BigInteger.ONE;
        for (int i = m - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1].multiply(w[i]);
        }
        BigInteger num = BigInteger.ZERO;
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            BigInteger cross = x[i].multiply(y[j]).subtract(x[j].multiply(y[i]));
            BigInteger others;
            if (j == 0) {
                others = prefix[m - 1].divide(prefix[1]);
            } else {
                others = prefix[i].multiply(suffix[j + 1]);
            }
            num = num.add(cross.multiply(others));
        }
        return Rational.of(num, prefix[m].shiftLeft(1));
    }

    Option<OutputSign> outputSign(int cell) {
        if (signs == null) {
            return Option.none();
        }
        switch (signs[cell]) {
            case Refiner.POSITIVE:
                return Option.some(OutputSign.POSITIVE);
            case Refiner.NEGATIVE:
                return Option.some(OutputSign.NEGATIVE);
            case Refiner.ZERO:
                return Option.some(OutputSign.ZERO);
            default:
                return Option.some(OutputSign.CROSSING);
        }
    }

    AffineMap affineMap(int cell) {
        int last = net.layers - 1;
        BigInteger[] flat;
        if (maps != null) {
            flat = maps[cell];
        } else {
            BigInteger[][] rows = net.first;
            for (int k = 1; k <= last; k++) {
                int prev = k - 1;
                int count = 0;
                for (int i = 0; i < net.width[prev]; i++) {
                    count += active(cell, prev, i) ? 1 : 0;
                }
                int[] act = new int[count];
                int q = 0;
                for (int i = 0; i < net.width[prev]; i++) {
                    if (active(cell, prev, i)) {
                        act[q++] = i;
                    }
                }
                BigInteger[][] next = new BigInteger[net.width[k]][];
                for (int j = 0; j < net.width[k]; j++) {
                    next[j] = net.row(k, j, act, rows);
                }
                rows = next;
            }
            flat = new BigInteger[3 * net.width[last]];
            for (int o = 0; o < net.width[last]; o++) {
                System.arraycopy(rows[o], 0, flat, 3 * o, 3);
            }
        }
        BigInteger d = net.denom[last];
        int outs = net.width[last];
        Vector<Rational> ds = Vector.range(0, outs).map(o -> Rational.of(flat[3 * o], d));
        Vector<Rational> dt = Vector.range(0, outs).map(o -> Rational.of(flat[3 * o + 1], d));
        Vector<Rational> c = Vector.range(0, outs).map(o -> Rational.of(flat[3 * o + 2], d));
        return new AffineMap(ds, dt, c);
    }

    /** {@code "LinearRegions[Mlp[2 → 3 → 1], 7 cells]"}. */
    @Override
    public String toString() {
        return "LinearRegions[" + mlp + ", " + cells.length + " cells]";
    }
}

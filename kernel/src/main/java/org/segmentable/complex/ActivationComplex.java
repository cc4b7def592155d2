package org.segmentable.complex;

import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.FractionSum;
import org.segmentable.numbers.Rational;

/**
 * The activation complex of dims (affine functions {@code z_i}, active where {@code z_i > 0}) on a
 * region of the plane: the cells of positive area, each a connected piece of the region on which
 * the activation pattern is constant, with exact polygons, areas, patterns and neighbours.
 *
 * <p>Built once in primitive arrays (see {@code LineArrangement}); cells are views computed on demand,
 * so a complex with millions of cells fits in memory. Exact throughout: every sign comes from a
 * filtered exact predicate, areas are exact rationals. Degenerate inputs are handled: many
 * boundaries through one point, coincident boundaries of several dims (either orientation),
 * parallel boundaries, boundaries through region vertices or along region edges, constant dims.
 *
 * <p>{@code ActivationComplex.of(square(0, 0, 2, 2), Vector.of(HalfPlane.of(1, 0, -1))).cellCount()}
 * is {@code 2}; the cells' patterns are {@code "0"} and {@code "1"}, each of area {@code 2}.
 */
public final class ActivationComplex {

    final int dimCount;
    final LineCatalog catalog;
    final LineArrangement arr;
    final Vector<Ring> rings;
    /** The region's area when known without summing the cells (a region's normalized rings), else null. */
    final Rational knownArea;
    final int rootFace;
    final long[] rootBits;
    final int[] parentHalf;
    final int[] activeCount;
    /** Null in identity mode: every inner face is a cell. */
    final int[] cellOfFace;
    final int[] cellFaceStart;
    final int[] cellFaces;
    final int cellCount;
    final int patternCount;

    private ActivationComplex(int dimCount, LineCatalog catalog, LineArrangement arr, Vector<Ring> rings,
            Rational knownArea, int rootFace,
            long[] rootBits, int[] parentHalf, int[] activeCount, int[] cellOfFace, int[] cellFaceStart,
            int[] cellFaces, int cellCount, int patternCount) {
        this.dimCount = dimCount;
        this.catalog = catalog;
        this.arr = arr;
        this.rings = rings;
        this.knownArea = knownArea;
        this.rootFace = rootFace;
        this.rootBits = rootBits;
        this.parentHalf = parentHalf;
        this.activeCount = activeCount;
        this.cellOfFace = cellOfFace;
        this.cellFaceStart = cellFaceStart;
        this.cellFaces = cellFaces;
        this.cellCount = cellCount;
        this.patternCount = patternCount;
    }

    // ------------------------------------------------------------------ factories

    /**
     * The complex of the dims on a region. It holds about {@link #estimate estimate(region,
     * dims)}{@code .cells()} cells and needs about {@code bytes()} of working memory to build; a
     * caller with a memory budget checks that estimate first.
     *
     * <p>{@code ActivationComplex.of(region, dims).cells()} lists the cells.
     *
     * @param region a valid region (pieces with disjoint interiors); may be empty
     * @param dims the affine functions, dim {@code i} active where {@code dims.get(i) > 0}
     * @return the complex
     * @throws NullPointerException if an argument is null or dims holds null
     */
    public static ActivationComplex of(Region region, Vector<HalfPlane> dims) {
        Objects.requireNonNull(region, "region is null");
        Vector<Ring> rings = RingPrep.ofRegion(region);
        return fromRings(rings, dims, rings.map(Ring::signedArea).fold(Rational.ZERO, Rational::add));
    }

    /**
     * The complex of a layer's dims ({@link ReluLayer#boundary}) on a region.
     *
     * <p>{@code ActivationComplex.of(layer, region).patternCount()} counts its patterns.
     *
     * @param layer a layer with h = 2
     * @param region the region
     * @return the complex
     * @throws IllegalStateException if the layer's h is not 2
     */
    public static ActivationComplex of(ReluLayer layer, Region region) {
        Objects.requireNonNull(layer, "layer is null");
        return of(region, layer.boundaries());
    }

    /**
     * The complex on the region a closed polyline bounds by the non-zero winding rule (the
     * layer's outline may touch or cross itself); no polygon resolution is needed first.
     *
     * <p>{@code ActivationComplex.ofWinding(Ring.of(a, b, c), dims)} is the complex on triangle abc.
     *
     * @param outline the closed polyline
     * @param dims the dims
     * @return the complex
     * @throws NullPointerException if an argument is null or dims holds null
     */
    public static ActivationComplex ofWinding(Ring outline, Vector<HalfPlane> dims) {
        Objects.requireNonNull(outline, "outline is null");
        return fromRings(RingPrep.clean(Vector.of(outline)), dims, null);
    }

    /**
     * The size of the complex of the dims on a region, before building it: the boundary crossings
     * inside the region's bounding box (lines crossing it counted exactly, their crossings
     * sampled), the cells and the working memory that implies. A pure function of its arguments.
     *
     * <p>{@code ActivationComplex.estimate(box, dims).cells()} of 1,000 random lines across the box
     * is about 350,000.
     *
     * @param region the region
     * @param dims the dims
     * @return the estimate (zero cells for an empty region)
     * @throws NullPointerException if an argument is null or dims holds null
     */
    public static Estimate estimate(Region region, Vector<HalfPlane> dims) {
        Objects.requireNonNull(region, "region is null");
        checkDims(dims);
        Vector<Ring> rings = RingPrep.ofRegion(region);
        if (rings.isEmpty()) {
            return Estimate.empty(dims.size());
        }
        return Estimate.of(LineCatalog.of(RingPrep.box(rings), rings, dims));
    }

    private static void checkDims(Vector<HalfPlane> dims) {
        Objects.requireNonNull(dims, "dims is null");
        dims.forEach(h -> Objects.requireNonNull(h, "dims holds null"));
    }

    private static ActivationComplex fromRings(Vector<Ring> rings, Vector<HalfPlane> dims, Rational knownArea) {
        checkDims(dims);
        if (rings.isEmpty()) {
            return empty(dims);
        }
        LineCatalog cat = LineCatalog.of(RingPrep.box(rings), rings, dims);
        LineArrangement arr = LineArrangement.build(cat.table, 4);
        return Analysis.complete(cat, arr, rings, knownArea);
    }

    private static ActivationComplex empty(Vector<HalfPlane> dims) {
        return new ActivationComplex(dims.size(), null, null, Vector.empty(), Rational.ZERO, -1, new long[0], new int[0],
                new int[0], new int[0], new int[] {0}, new int[0], 0, 0);
    }

    static ActivationComplex assemble(LineCatalog catalog, LineArrangement arr, Vector<Ring> rings, Rational knownArea,
            int rootFace,
            long[] rootBits, int[] parentHalf, int[] activeCount, int[] cellOfFace, int[] cellFaceStart,
            int[] cellFaces, int cellCount, int patternCount) {
        return new ActivationComplex(catalog.dimCount, catalog, arr, rings, knownArea, rootFace, rootBits, parentHalf, activeCount, cellOfFace,
                cellFaceStart, cellFaces, cellCount, patternCount);
    }

    // ------------------------------------------------------------------ queries

    /**
     * The number of dims (neurons) whose patterns this complex records.
     *
     * @return the dim count, at least 0; {@code of(region, Vector.of(h1, h2)).dimCount()} is {@code 2}
     */
    public int dimCount() {
        return dimCount;
    }

    /**
     * The number of cells: pieces of positive area with one pattern, connected through their interiors.
     *
     * @return the cell count: 0 for an empty region, 1 when no dim cuts a connected region
     */
    public int cellCount() {
        return cellCount;
    }

    /**
     * The number of distinct patterns covering positive area of the region.
     *
     * @return the pattern count, at most {@link #cellCount()}; 0 for an empty region
     */
    public int patternCount() {
        return patternCount;
    }

    /**
     * Cell {@code i}, a view computed on demand.
     *
     * @param i in {@code [0, cellCount())}
     * @return the cell
     * @throws IndexOutOfBoundsException if i is out of range
     */
    public Cell cell(int i) {
        Objects.checkIndex(i, cellCount);
        return new Cell(this, i);
    }

    /**
     * All cells, in index order (views; for millions of cells prefer {@link #cell(int)}).
     *
     * @return the {@link #cellCount()} cells, cell {@code i} at index {@code i}
     */
    public Vector<Cell> cells() {
        return Vector.range(0, cellCount).map(this::cell);
    }

    int[] facesOf(int cell) {
        if (cellOfFace == null) {
            return new int[] {cell < arr.outerFace ? cell : cell + 1};
        }
        return Arrays.copyOfRange(cellFaces, cellFaceStart[cell], cellFaceStart[cell + 1]);
    }

    int cellOf(int face) {
        if (face == arr.outerFace) {
            return -1;
        }
        if (cellOfFace == null) {
            return face < arr.outerFace ? face : face - 1;
        }
        return cellOfFace[face];
    }

    /** The pattern of a face: the root's, corrected by the last crossing of each line on its path. */
    long[] patternWords(int face) {
        long[] bits = rootBits.clone();
        java.util.BitSet seen = new java.util.BitSet();
        int f = face;
        while (f != rootFace) {
            int h = parentHalf[f];
            int line = arr.edgeLine[h >> 1];
            if (!seen.get(line)) {
                seen.set(line);
                int sigma = (h & 1) == 0 ? 1 : -1;
                int[] ds = catalog.lineDims[line];
                int[] os = catalog.lineDimSigns[line];
                for (int q = 0; q < ds.length; q++) {
                    int dim = ds[q];
                    if (os[q] == sigma) {
                        bits[dim >>> 6] |= 1L << dim;
                    } else {
                        bits[dim >>> 6] &= ~(1L << dim);
                    }
                }
            }
            f = arr.face[h];
        }
        return bits;
    }

    /**
     * The exact twice-area of a face as an unreduced fraction {@code {num, den}}, {@code den > 0}
     * (see {@link FaceArea}).
     */
    BigInteger[] faceTwiceArea(int f) {
        return new FaceArea(arr).of(f);
    }

    /** The exact point of vertex v. */
    Point2 vertexPoint(int v) {
        BigInteger[] h = arr.homogeneous(v);
        return Point2.of(Rational.of(h[0], h[2]), Rational.of(h[1], h[2]));
    }

    /**
     * The exact total area of each pattern covering positive area, ordered by pattern string.
     *
     * <p>For one dim {@code x - 1 > 0} on the square {@code [0, 2]²} it is
     * {@code {"0" -> 2, "1" -> 2}}.
     *
     * @return pattern to area
     */
    public SortedMap<ActivationPattern, Rational> areaByPattern() {
        HashMap<ActivationPattern, FractionSum> sums = new HashMap<>();
        FaceArea fa = cellCount == 0 ? null : new FaceArea(arr);
        for (int c = 0; c < cellCount; c++) {
            Cell cell = cell(c);
            FractionSum s = sums.computeIfAbsent(cell.pattern(), p -> FractionSum.create());
            for (int f : facesOf(c)) {
                fa.compute(f);
                s.add(fa.numerator(), fa.denominator().shiftLeft(1));
            }
        }
        TreeMap<ActivationPattern, Rational> out = TreeMap.empty();
        for (var e : sums.entrySet()) {
            out = out.put(e.getKey(), e.getValue().sum());
        }
        return out;
    }

    /**
     * The aggregates over every cell with exact areas: counts, area by number of active dims,
     * the smallest cell and the total area. Computes every cell's exact area once.
     *
     * <p>{@code of(square, dims).summary().totalArea()} equals the square's area.
     *
     * @return the summary
     */
    public ComplexSummary summary() {
        return AreaScan.summarize(this, true);
    }

    /**
     * The cell of least exact area (the first in index order on ties), from every cell's exact
     * area; none when there is no cell. Cheaper than {@link #summary()}: no sums over cells.
     *
     * <p>A sliver of area {@code 10^-40} is the smallest cell when there is one.
     *
     * @return the smallest cell, its area and pattern
     */
    public io.vavr.control.Option<ComplexSummary.Smallest> smallestCell() {
        return AreaScan.summarize(this, false).smallest();
    }

    @Override
    public String toString() {
        return "ActivationComplex[dims=" + dimCount() + ", cells=" + cellCount + ", patterns=" + patternCount + "]";
    }
}

package org.segmentable.complex;

import java.util.SplittableRandom;

/**
 * The size of an activation complex before it is built ({@link ActivationComplex#estimate}): the
 * number of boundary crossings inside the region's bounding box (the vertices of the arrangement
 * the complex is built on), the number of cells that implies, and the working memory the build
 * needs. A caller that must refuse a complex too large for its memory compares {@link #bytes()}
 * with what it has before calling {@link ActivationComplex#of(org.segmentable.geometry.Region,
 * io.vavr.collection.Vector)}; the kernel itself neither reads the heap nor refuses.
 *
 * <p>The lines crossing the box are counted exactly; their crossings inside it are counted in
 * doubles over all pairs, or over a fixed random sample of a million pairs when there are more
 * (scaled up by 5%), so the estimate is deterministic. It decides no geometry. The cell count is
 * an upper bound when every pair is counted: the cells of {@code c} chords meeting {@code I}
 * times inside the box number at most {@code 1 + c + I}.
 *
 * <p>{@code ActivationComplex.estimate(box, dims).cells()} of 1,000 random lines across the box is
 * about 350,000, and {@code bytes()} about 60 MB.
 */
public final class Estimate {

    /** Bytes of working memory per vertex of the arrangement, a safe upper bound for {@link #bytes()}. */
    static final long BYTES_PER_VERTEX = 176;

    private static final long SAMPLE = 1_000_000;

    private final int dimCount;
    private final long crossings;
    private final long cells;

    private Estimate(int dimCount, long crossings, long cells) {
        this.dimCount = dimCount;
        this.crossings = crossings;
        this.cells = cells;
    }

    /** The estimate for a non-empty region's line catalog. */
    static Estimate of(LineCatalog cat) {
        long vertices = vertices(cat);
        return new Estimate(cat.dimCount, vertices, vertices + cat.dimCount + 1);
    }

    /** The estimate for an empty region: nothing to build. */
    static Estimate empty(int dimCount) {
        return new Estimate(dimCount, 0, 0);
    }

    /**
     * The number of dims of the complex.
     *
     * @return the dims counted
     */
    public int dimCount() {
        return dimCount;
    }

    /**
     * The estimated number of vertices of the arrangement: the box's corners, where the crossing
     * lines enter and leave the box, and their crossings inside it.
     *
     * @return the vertex estimate, 0 for an empty region
     */
    public long crossings() {
        return crossings;
    }

    /**
     * The estimated number of cells (an upper bound up to sampling error).
     *
     * @return about the number of cells, 0 for an empty region
     */
    public long cells() {
        return cells;
    }

    /**
     * The working memory the build needs, in bytes ({@code 176} per vertex, a safe upper bound).
     *
     * @return the bytes needed
     */
    public long bytes() {
        return crossings * BYTES_PER_VERTEX;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Estimate e && e.dimCount == dimCount && e.crossings == crossings && e.cells == cells;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(crossings) * 31 + Long.hashCode(cells) * 17 + dimCount;
    }

    @Override
    public String toString() {
        return "Estimate[dims=" + dimCount + ", crossings=" + crossings + ", cells=" + cells + ", bytes=" + bytes() + "]";
    }

    private static long vertices(LineCatalog cat) {
        LineTable t = cat.table;
        int[][] ch = LineArrangement.chords(t, 4);
        int n = t.size();
        int[] chords = new int[n];
        int c = 0;
        for (int i = 4; i < n; i++) {
            if (ch[0][i] >= 0) {
                chords[c++] = i;
            }
        }
        long pairs = (long) c * (c - 1) / 2;
        long base = 4 + 2L * c;
        if (pairs == 0) {
            return base;
        }
        if (pairs <= SAMPLE) {
            long in = 0;
            for (int x = 0; x < c; x++) {
                for (int y = x + 1; y < c; y++) {
                    in += inside(t, chords[x], chords[y]);
                }
            }
            return base + in;
        }
        SplittableRandom r = new SplittableRandom(42);
        long in = 0;
        for (long s = 0; s < SAMPLE; s++) {
            int x = r.nextInt(c);
            int y = r.nextInt(c - 1);
            if (y >= x) {
                y++;
            }
            in += inside(t, chords[x], chords[y]);
        }
        return base + (long) ((double) in / SAMPLE * pairs * 1.05);
    }

    private static int inside(LineTable t, int i, int j) {
        double w = t.fa[i] * t.fb[j] - t.fa[j] * t.fb[i];
        if (w == 0.0) {
            return 0;
        }
        double x = (t.fb[i] * t.fc[j] - t.fb[j] * t.fc[i]) / w;
        double y = (t.fc[i] * t.fa[j] - t.fa[i] * t.fc[j]) / w;
        for (int k = 0; k < 4; k++) {
            if (t.fa[k] * x + t.fb[k] * y + t.fc[k] < 0) {
                return 0;
            }
        }
        return 1;
    }
}

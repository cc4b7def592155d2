package org.segmentable.complex;

import java.util.SplittableRandom;

/**
 * The size of an arrangement before building it: the exact number of lines crossing the box, and
 * the number of their crossings inside it, counted in doubles over all pairs (or over a fixed
 * random sample of a million pairs when there are more). An estimate for the memory check only;
 * it decides no geometry. Package-private.
 *
 * <p>{@code Estimate.vertices(catalog)} of 1,000 random lines across the box is about 350,000.
 */
final class Estimate {

    private static final long SAMPLE = 1_000_000;

    private Estimate() {
    }

    static long vertices(LineCatalog cat) {
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

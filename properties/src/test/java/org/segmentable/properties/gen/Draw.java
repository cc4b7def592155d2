package org.segmentable.properties.gen;

import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Small helpers to draw primitive values from a QuickTheories randomness source inside a
 * composite generator. Every draw goes through QuickTheories' own primitive generators, so a
 * composite value shrinks draw by draw towards the given shrink points.
 */
public final class Draw {

    private Draw() {
    }

    /** An int in {@code [lo, hi]} that shrinks towards {@code shrinkTo}. */
    public static int range(RandomnessSource in, int lo, int hi, int shrinkTo) {
        return Generate.range(lo, hi, shrinkTo).generate(in);
    }

    /** An int in {@code [lo, hi]} that shrinks towards {@code lo}. */
    public static int range(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi, lo).generate(in);
    }

    /** A long in {@code [lo, hi]} that shrinks towards {@code shrinkTo}. */
    public static long longRange(RandomnessSource in, long lo, long hi, long shrinkTo) {
        return Generate.longRange(lo, hi, shrinkTo).generate(in);
    }

    /**
     * True with probability {@code percent / 100}; shrinks towards false, so shrinking drops a
     * degenerate choice whenever the failure does not need it.
     */
    public static boolean chance(RandomnessSource in, int percent) {
        return Generate.range(0, 99, 99).generate(in) < percent;
    }

    /** Draws from a generator. */
    public static <T> T from(RandomnessSource in, Gen<T> gen) {
        return gen.generate(in);
    }

    /**
     * A bell-shaped integer, the sum of four uniform draws in {@code [-spread, spread]}
     * (Irwin–Hall; standard deviation {@code spread · 2/√3 ≈ 1.15 · spread}), shrinking to 0.
     */
    public static long bell(RandomnessSource in, int spread) {
        long s = 0;
        for (int k = 0; k < 4; k++) {
            s += Generate.range(-spread, spread, 0).generate(in);
        }
        return s;
    }
}

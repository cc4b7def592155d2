package org.segmentable.bench.complex;

import io.vavr.collection.Vector;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.ComplexSummary;
import org.segmentable.geometry.HalfPlane;

/**
 * A quick wall-clock check outside JMH: {@code java -cp benchmarks.jar
 * org.segmentable.bench.complex.Timing 1000 build} prints cells and seconds.
 */
public final class Timing {

    private Timing() {
    }

    /** Args: D [build|full|jts] [repeats]. */
    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]);
        String what = args.length > 1 ? args[1] : "build";
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Vector<HalfPlane> dims = RandomLines.of(d, 11);
        float[] fl = RandomLines.floats(d, 11);
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            String out;
            if (what.equals("jts")) {
                out = "faces=" + JtsPolygonize.faces(fl);
            } else {
                ActivationComplex cx = ActivationComplex.of(RandomLines.box(), dims);
                out = "cells=" + cx.cellCount();
                if (what.equals("smallest")) {
                    long t1 = System.nanoTime();
                    var sm = cx.smallestCell().get();
                    out += String.format(" build=%.3fs areas=%.3fs smallest=%s", (t1 - t0) / 1e9,
                            (System.nanoTime() - t1) / 1e9, sm.area().doubleValue());
                }
                if (what.equals("full")) {
                    long t1 = System.nanoTime();
                    ComplexSummary s = cx.summary();
                    out += String.format(" build=%.3fs summary=%.3fs smallest=%s total=%s", (t1 - t0) / 1e9,
                            (System.nanoTime() - t1) / 1e9, s.smallest().get().area().doubleValue(), s.totalArea());
                }
            }
            System.out.printf("d=%d %s %s seconds=%.3f%n", d, what, out, (System.nanoTime() - t0) / 1e9);
        }
    }
}

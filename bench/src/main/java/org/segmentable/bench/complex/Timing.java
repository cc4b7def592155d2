package org.segmentable.bench.complex;

import io.vavr.collection.Vector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.ComplexSummary;
import org.segmentable.geometry.HalfPlane;

/**
 * A quick wall-clock check outside JMH: {@code java -cp benchmarks.jar
 * org.segmentable.bench.complex.Timing 1000 build} prints cells and seconds. For {@code smallest}
 * and {@code full} it also prints the CPU time of the build (main thread) and of the area phase
 * (main thread plus the common fork-join pool's workers, which the area scan uses; run with
 * {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0} for one thread).
 */
public final class Timing {

    private Timing() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds of the current thread and the common pool's workers alive now. */
    private static long cpu() {
        long sum = THREADS.getCurrentThreadCpuTime();
        for (ThreadInfo ti : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (ti != null && ti.getThreadName().startsWith("ForkJoinPool.commonPool-worker")) {
                sum += Math.max(0, THREADS.getThreadCpuTime(ti.getThreadId()));
            }
        }
        return sum;
    }

    /**
     * Args: D [build|smallest|full|jts] [repeats].
     *
     * @param args {@code D [build|smallest|full|jts] [repeats]}
     */
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
                long c0 = THREADS.getCurrentThreadCpuTime();
                ActivationComplex cx = ActivationComplex.of(RandomLines.box(), dims);
                out = "cells=" + cx.cellCount();
                if (what.equals("smallest")) {
                    long t1 = System.nanoTime();
                    long c1 = THREADS.getCurrentThreadCpuTime();
                    long p1 = cpu();
                    var sm = cx.smallestCell().get();
                    long t2 = System.nanoTime();
                    out += String.format(" build=%.3fs areas=%.3fs smallest=%s buildCpu=%.3fs areasCpu=%.3fs",
                            (t1 - t0) / 1e9, (t2 - t1) / 1e9, sm.area().doubleValue(), (c1 - c0) / 1e9,
                            (cpu() - p1) / 1e9);
                }
                if (what.equals("full")) {
                    long t1 = System.nanoTime();
                    long c1 = THREADS.getCurrentThreadCpuTime();
                    long p1 = cpu();
                    ComplexSummary s = cx.summary();
                    long t2 = System.nanoTime();
                    out += String.format(" build=%.3fs summary=%.3fs smallest=%s total=%s buildCpu=%.3fs summaryCpu=%.3fs",
                            (t1 - t0) / 1e9, (t2 - t1) / 1e9, s.smallest().get().area().doubleValue(), s.totalArea(),
                            (c1 - c0) / 1e9, (cpu() - p1) / 1e9);
                }
            }
            System.out.printf("d=%d %s %s seconds=%.3f%n", d, what, out, (System.nanoTime() - t0) / 1e9);
        }
    }
}

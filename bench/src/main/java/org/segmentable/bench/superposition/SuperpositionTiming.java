package org.segmentable.bench.superposition;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.layer.LatentPlane;
import org.segmentable.layer.Outline;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.Superposition;
import org.segmentable.numbers.Rational;

/**
 * Wall-clock timing of what {@code analyze} needs for the superposition, outside JMH: for each
 * variant and size, the outline and its region, every dim's exact active area (on a fresh
 * {@link Superposition}), and separately every dim's active polygons; prints one line per stage
 * with wall seconds, process CPU seconds (all threads, JIT and GC included), the main thread's CPU
 * seconds and the size of the
 * result. Each configuration runs {@code reps} times in one JVM (the first run includes JIT warm-up).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.segmentable.bench.superposition.SuperpositionTiming
 * --variants unit,regular --d 100,1000,10000 --reps 3 --parts}
 *
 * <p>Options: {@code --variants v,..} (default {@code gaussian,unit,regular}), {@code --d n,..}
 * (default {@code 100,1000,10000}), {@code --reps r} (default 3), {@code --parts} (also every
 * active part's polygons), {@code --digits} (also write every area as decimal {@code p/q} text, as
 * {@code analyze} prints it), {@code --seed s} (default 1), {@code --dims k} (only the first k dims),
 * {@code --serial} (areas and parts one dim after another in the main thread, whose CPU time is then
 * the {@code thread} column: the single-threaded cost).
 */
public final class SuperpositionTiming {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SuperpositionTiming() {
    }

    /**
     * Runs the timings.
     *
     * @param args the options above
     */
    public static void main(String[] args) {
        String[] variants = RandomLayers.VARIANTS;
        int[] ds = {100, 1000, 10000};
        int reps = 3;
        boolean parts = false;
        boolean digits = false;
        long seed = 1;
        int dims = Integer.MAX_VALUE;
        boolean serial = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--variants" -> variants = args[++i].split(",");
                case "--d" -> ds = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--parts" -> parts = true;
                case "--digits" -> digits = true;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--dims" -> dims = Integer.parseInt(args[++i]);
                case "--serial" -> serial = true;
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        System.out.printf("# cores=%d load=%.2f%n", Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());
        for (String variant : variants) {
            for (int d : ds) {
                ReluLayer full = RandomLayers.of(variant, d, seed);
                LatentPlane plane = LatentPlane.of(full).get();
                int k = Math.min(d, dims);
                for (int r = 0; r < reps; r++) {
                    String tag = String.format("%-8s d=%-6d rep=%d", variant, d, r);
                    Outline outline = time(tag, "outline", () -> Outline.of(plane), o -> "vertices=" + o.size());
                    Region region = time(tag, "region", outline::region, g -> "pieces=" + g.pieces().size()
                            + " vertices=" + vertices(g));
                    Superposition s = superposition(region, plane, k);
                    List<Rational> areas = serial
                            ? time(tag, "areas-1t", () -> serialAreas(s), a -> "bits=" + bits(a))
                            : time(tag, "areas", () -> new ArrayList<>(s.activeAreas().asJava()), a -> "bits=" + bits(a));
                    if (digits) {
                        time(tag, "digits", () -> chars(areas), c -> "chars=" + c);
                    }
                    if (parts) {
                        Superposition fresh = superposition(region, plane, k);
                        boolean oneThread = serial;
                        time(tag, serial ? "parts-1t" : "parts", () -> oneThread ? serialParts(fresh) : fresh.active().asJava(),
                                p -> "vertices=" + p.stream().mapToLong(SuperpositionTiming::vertices).sum());
                    }
                }
            }
        }
    }

    /** Every area in this thread, one dim after another (for thread CPU time). */
    private static List<Rational> serialAreas(Superposition s) {
        List<Rational> out = new ArrayList<>();
        for (int i = 0; i < s.d(); i++) {
            out.add(s.activeArea(i));
        }
        return out;
    }

    /** Every part in this thread, one dim after another. */
    private static List<Region> serialParts(Superposition s) {
        List<Region> out = new ArrayList<>();
        for (int i = 0; i < s.d(); i++) {
            out.add(s.activePart(i));
        }
        return out;
    }

    private static Superposition superposition(Region region, LatentPlane plane, int dims) {
        return Superposition.of(region, plane.boundaries().take(dims));
    }

    private static <T> T time(String tag, String stage, Supplier<T> work, java.util.function.Function<T, String> what) {
        long cpu0 = OS.getProcessCpuTime();
        long thread0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        T out = work.get();
        long t1 = System.nanoTime();
        long thread1 = THREADS.getCurrentThreadCpuTime();
        long cpu1 = OS.getProcessCpuTime();
        System.out.printf("%s %-8s wall=%8.3fs cpu=%8.3fs thread=%8.3fs %s%n", tag, stage, (t1 - t0) / 1e9,
                (cpu1 - cpu0) / 1e9, (thread1 - thread0) / 1e9, what.apply(out));
        return out;
    }

    static long vertices(Region r) {
        long n = 0;
        for (Polygon p : r.pieces()) {
            n += p.shell().size();
            for (Ring h : p.holes()) {
                n += h.size();
            }
        }
        return n;
    }

    private static long bits(List<Rational> areas) {
        long n = 0;
        for (Rational a : areas) {
            n += a.numerator().bitLength() + a.denominator().bitLength();
        }
        return n;
    }

    private static long chars(List<Rational> areas) {
        long n = 0;
        for (Rational a : areas) {
            n += a.toString().length();
        }
        return n;
    }
}

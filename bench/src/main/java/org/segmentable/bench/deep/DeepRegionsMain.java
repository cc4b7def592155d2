package org.segmentable.bench.deep;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.segmentable.deep.LinearRegion;
import org.segmentable.deep.LinearRegions;
import org.segmentable.deep.Mlp;
import org.segmentable.deep.RandomMlp;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

/**
 * Wall-clock benchmark of {@link LinearRegions} on a seeded random float32 MLP (Kaiming-uniform
 * weights) over the box {@code [-Z, Z]²} of the identity slice: prints cells, cells per depth,
 * wall time, CPU time of the calling thread and of the whole process (all threads, GC and JIT) per
 * run, cells per second and the heap in use.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.segmentable.bench.deep.DeepRegionsMain
 * --widths 64,64,64 --box 4 --reps 5} runs the 2 → 64 → 64 → 64 → 1 network five times; the
 * 350,000-region benchmark of issue #9 is {@code java -Xmx1g -cp bench/target/benchmarks.jar
 * org.segmentable.bench.deep.DeepRegionsMain --widths 256,256,256,256 --box 4 --reps 3 --threads 2}
 * (499,727 regions; {@code --threads 1} for one thread).
 * Options: {@code --widths a,b,..} hidden widths, {@code --outputs n} (1), {@code --box Z} (4),
 * {@code --seed s} (1), {@code --reps r} (3), {@code --threads n} (1), {@code --level-set} (trace output 0's zero set),
 * {@code --areas} (also time every cell's exact area), {@code --maps} (eager exact affine maps).
 */
public final class DeepRegionsMain {

    private DeepRegionsMain() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the options above
     */
    public static void main(String[] args) {
        int[] widths = {64, 64, 64};
        int outputs = 1;
        long box = 4;
        long seed = 1;
        int reps = 3;
        int threads = 1;
        boolean levelSet = false;
        boolean areas = false;
        boolean maps = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--widths":
                    widths = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                    break;
                case "--outputs":
                    outputs = Integer.parseInt(args[++i]);
                    break;
                case "--box":
                    box = Long.parseLong(args[++i]);
                    break;
                case "--seed":
                    seed = Long.parseLong(args[++i]);
                    break;
                case "--reps":
                    reps = Integer.parseInt(args[++i]);
                    break;
                case "--threads":
                    threads = Integer.parseInt(args[++i]);
                    break;
                case "--level-set":
                    levelSet = true;
                    break;
                case "--areas":
                    areas = true;
                    break;
                case "--maps":
                    maps = true;
                    break;
                default:
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
            }
        }
        int[] sizes = new int[widths.length + 2];
        sizes[0] = 2;
        System.arraycopy(widths, 0, sizes, 1, widths.length);
        sizes[sizes.length - 1] = outputs;
        Mlp mlp = RandomMlp.kaimingUniform(seed, sizes);
        LinearRegions.Options options = LinearRegions.Options.DEFAULT.withThreads(threads);
        if (levelSet) {
            options = options.withLevelSet(0);
        }
        if (maps) {
            options = options.withEagerMaps();
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("network %s, seed %d, box [-%d, %d]^2, level set %b, eager maps %b, %d threads, %d cores,"
                + " max heap %d MB%n", mlp, seed, box, box, levelSet, maps, threads,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int r = 0; r < reps; r++) {
            long cpu0 = bean.getCurrentThreadCpuTime();
            long proc0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            LinearRegions regions = LinearRegions.box(mlp, AffineSlice.identity(), Rational.of(box), options).get();
            long t1 = System.nanoTime();
            long cpu1 = bean.getCurrentThreadCpuTime();
            long proc1 = os.getProcessCpuTime();
            double wall = (t1 - t0) / 1e9;
            double cpu = (cpu1 - cpu0) / 1e9;
            double proc = (proc1 - proc0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("run %d: %d cells (per depth %s), %d vertices, %d exact signs: wall %.2f s, cpu %.2f s"
                    + " (calling thread), %.2f s (process, with GC and JIT), %.0f cells/s (wall), heap in use %d MB%n",
                    r, regions.size(), regions.cellsPerDepth(), regions.vertexCount(), regions.exactSignCount(), wall,
                    cpu, proc, regions.size() / wall, (rt.totalMemory() - rt.freeMemory()) >> 20);
            if (areas) {
                long a0 = System.nanoTime();
                long c0 = bean.getCurrentThreadCpuTime();
                Rational total = Rational.ZERO;
                int n = 0;
                for (LinearRegion cell : regions.cells()) {
                    if (cell.area().signum() <= 0) {
                        throw new IllegalStateException(cell + " has no area");
                    }
                    n++;
                }
                total = regions.regionArea();
                System.out.printf("      exact areas of %d cells: wall %.2f s, cpu %.2f s (region area %s)%n", n,
                        (System.nanoTime() - a0) / 1e9, (bean.getCurrentThreadCpuTime() - c0) / 1e9, total);
            }
        }
    }
}

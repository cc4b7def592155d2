package org.segmentable.bench.deep;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.segmentable.deep.LinearRegions;
import org.segmentable.deep.Mlp;
import org.segmentable.deep.RandomMlp;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

/**
 * JMH: every linear region of a seeded random float32 MLP {@code 2 → w → w → w → 1} over
 * {@code [-4, 4]²}, the time of one complete exact refinement (cells, exact vertices, patterns).
 *
 * <p>{@code java -jar bench/target/benchmarks.jar DeepRegionsBenchmark} (add {@code -p threads=2} for two
 * threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class DeepRegionsBenchmark {

    /** The hidden width. */
    @Param({"64"})
    public int width;

    /** The number of threads ({@code LinearRegions.Options.withThreads}). */
    @Param({"1"})
    public int threads;

    private Mlp mlp;

    /** Builds the network. */
    @Setup
    public void setup() {
        mlp = RandomMlp.kaimingUniform(1, 2, width, width, width, 1);
    }

    /**
     * One refinement.
     *
     * @return the number of cells
     */
    @Benchmark
    public int regions() {
        return LinearRegions.box(mlp, AffineSlice.identity(), Rational.of(4),
                LinearRegions.Options.DEFAULT.withThreads(threads)).get().size();
    }
}

package org.segmentable.bench.superposition;

import io.vavr.collection.Vector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.segmentable.bench.SingleShotBenchmark;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.geometry.Region;
import org.segmentable.layer.LatentPlane;
import org.segmentable.layer.Outline;
import org.segmentable.layer.Superposition;
import org.segmentable.numbers.Rational;

/**
 * What {@code analyze} computes for the superposition of a seeded random layer ({@link RandomLayers}:
 * {@code gaussian}, {@code unit}, {@code regular}; {@code h = 2}, {@code d} features and dims), as
 * single-shot seconds: the outline and its region ({@code region}); every dim's exact active area
 * on the prepared region ({@code areas}, a fresh {@link Superposition} each shot); both together,
 * the goal ({@code superposition}); every dim's active polygons ({@code parts}, for a
 * figure); and the activation complex of the same region and dims ({@code complex}, its cell
 * count: the other half of {@code analyze}). {@code -Xmx6g}; the dims run on every core.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar SuperpositionBenchmark.superposition -p variant=unit -p d=10000}
 * (see {@code bench/run-superposition.sh} for the table).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class SuperpositionBenchmark extends SingleShotBenchmark {

    /** The layer's kind (see {@link RandomLayers}). */
    @Param({"gaussian", "unit", "regular"})
    public String variant;

    /** Features and dims. */
    @Param({"100", "1000", "10000"})
    public int d;

    private LatentPlane plane;
    private Region region;

    /** Draws the layer (seed 1) and builds its outline region once. */
    @Setup(Level.Trial)
    public void setUp() {
        plane = LatentPlane.of(RandomLayers.of(variant, d, 1)).get();
        region = Outline.of(plane).region();
    }

    /**
     * The outline in exact angular order and its non-zero winding region.
     *
     * @return the outline region
     */
    @Benchmark
    public Region region() {
        return Outline.of(plane).region();
    }

    /**
     * Every dim's exact active area on the prepared region.
     *
     * @return every dim's exact active area
     */
    @Benchmark
    public Vector<Rational> areas() {
        return Superposition.of(plane, region).activeAreas();
    }

    /**
     * The region and every exact active area: what the 5 s goal measures.
     *
     * @return every dim's exact active area
     */
    @Benchmark
    public Vector<Rational> superposition() {
        return Superposition.of(plane, Outline.of(plane).region()).activeAreas();
    }

    /**
     * Every dim's active polygons (what a figure draws).
     *
     * @return every dim's active part
     */
    @Benchmark
    public Vector<Region> parts() {
        return Superposition.of(plane, region).active();
    }

    /**
     * The activation complex of the same region and dims.
     *
     * @return the cell count
     */
    @Benchmark
    public int complex() {
        return ActivationComplex.of(region, plane.boundaries()).cellCount();
    }
}

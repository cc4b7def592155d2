package org.segmentable.bench.complex;

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
import org.segmentable.complex.ComplexSummary;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Region;

/**
 * The activation complex of d random float32 lines across {@code [-3, 3]²} (the CGAL peer's
 * recipe): building it (cells, patterns, adjacency), the full analysis (every cell's exact area,
 * area by number of active dims, the smallest cell), and JTS noding plus polygonizing the same
 * lines in doubles. Single-shot timings in seconds, {@code -Xmx1g}.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar ComplexBenchmark -p d=1000}
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ComplexBenchmark extends SingleShotBenchmark {

    /** The number of lines. */
    @Param({"100", "300", "1000", "3000"})
    public int d;

    private Vector<HalfPlane> dims;
    private float[] floats;
    private Region box;

    /** Draws the lines (seed 11). */
    @Setup(Level.Trial)
    public void setUp() {
        dims = RandomLines.of(d, 11);
        floats = RandomLines.floats(d, 11);
        box = RandomLines.box();
    }

    /**
     * Cells, patterns (implicit, one flip per crossed edge) and adjacency.
     *
     * @return the cell count
     */
    @Benchmark
    public int build() {
        return ActivationComplex.of(box, dims).cellCount();
    }

    /**
     * Build plus every cell's exact area and the smallest cell.
     *
     * @return the smallest cell
     */
    @Benchmark
    public Object full() {
        return ActivationComplex.of(box, dims).smallestCell();
    }

    /**
     * Build plus every exact area and the exact aggregates (area by number of active dims).
     *
     * @return the summary
     */
    @Benchmark
    public ComplexSummary summary() {
        return ActivationComplex.of(box, dims).summary();
    }

    /**
     * JTS: MCIndexNoder plus Polygonizer in doubles (the floating baseline).
     *
     * @return the number of polygons JTS finds
     */
    @Benchmark
    public int jts() {
        return JtsPolygonize.faces(floats);
    }
}

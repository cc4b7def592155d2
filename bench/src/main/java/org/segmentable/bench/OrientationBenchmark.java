package org.segmentable.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apfloat.Apint;
import org.apfloat.Aprational;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Orientation;

/**
 * Nanoseconds per orientation test, on random float32 coordinates in {@code [-3, 3]²} and on
 * near-degenerate triples ({@code c = a + t(b - a)} with a dyadic {@code t}, computed in doubles,
 * then half of them moved by one ulp), for: plain doubles (not exact), the filtered exact
 * predicate through its double entry and its {@code Point2}/{@link Rational} entry, exact
 * {@link Rational} arithmetic without the filter, a plain reduced {@link BigFraction}, and apfloat
 * {@link Aprational}.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar OrientationBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OrientationBenchmark {

    private static final int N = 1024;
    private static final int SLOW = 64;
    private static final int SLOWEST = 8;

    /** {@code random}: uniform float32 points; {@code nearDegenerate}: (nearly) collinear triples. */
    @Param({"random", "nearDegenerate"})
    public String input;

    private double[] c;
    private Point2[] points;
    private BigFraction[] fractions;
    private Aprational[] aprationals;

    /** Builds {@code N} triples of the chosen kind, in every representation. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20_261_128);
        c = new double[6 * N];
        for (int i = 0; i < N; i++) {
            int k = 6 * i;
            for (int j = 0; j < 6; j++) {
                c[k + j] = (float) random.nextDouble(-3, 3);
            }
            if (input.equals("nearDegenerate")) {
                double t = random.nextInt(-32, 33) / 8.0;
                c[k + 4] = c[k] + t * (c[k + 2] - c[k]);
                c[k + 5] = c[k + 1] + t * (c[k + 3] - c[k + 1]);
                if (random.nextBoolean()) {
                    c[k + 4] = random.nextBoolean() ? Math.nextUp(c[k + 4]) : Math.nextDown(c[k + 4]);
                }
            }
        }
        points = new Point2[3 * N];
        fractions = new BigFraction[6 * N];
        aprationals = new Aprational[6 * N];
        for (int i = 0; i < 3 * N; i++) {
            points[i] = Point2.of(c[2 * i], c[2 * i + 1]);
        }
        for (int i = 0; i < 6 * N; i++) {
            Rational r = Rational.of(c[i]);
            fractions[i] = BigFraction.of(r.numerator(), r.denominator());
            aprationals[i] = new Aprational(new Apint(r.numerator()), new Apint(r.denominator()));
        }
    }

    /**
     * Plain double determinant sign: fast, not exact.
     *
     * @return the sum of the signs, so that the work is not dead code
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public int plainDouble() {
        int sum = 0;
        double[] d = c;
        for (int k = 0; k < 6 * N; k += 6) {
            double det = (d[k + 2] - d[k]) * (d[k + 5] - d[k + 1]) - (d[k + 3] - d[k + 1]) * (d[k + 4] - d[k]);
            sum += det > 0 ? 1 : det < 0 ? -1 : 0;
        }
        return sum;
    }

    /**
     * The filtered exact predicate, double entry.
     *
     * @return the sum of the signs, so that the work is not dead code
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public int filteredDouble() {
        int sum = 0;
        double[] d = c;
        for (int k = 0; k < 6 * N; k += 6) {
            sum += Orientation.index(d[k], d[k + 1], d[k + 2], d[k + 3], d[k + 4], d[k + 5]);
        }
        return sum;
    }

    /**
     * The filtered exact predicate, {@code Point2} (exact rational) entry.
     *
     * @return the sum of the signs, so that the work is not dead code
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public int filteredPoint2() {
        int sum = 0;
        for (int i = 0; i < 3 * N; i += 3) {
            sum += Orientation.index(points[i], points[i + 1], points[i + 2]);
        }
        return sum;
    }

    /**
     * Exact {@code Rational} arithmetic without the filter.
     *
     * @return the sum of the signs, so that the work is not dead code
     */
    @Benchmark
    @OperationsPerInvocation(SLOW)
    public int exactRational() {
        int sum = 0;
        for (int i = 0; i < 3 * SLOW; i += 3) {
            sum += Orientation.indexExact(points[i], points[i + 1], points[i + 2]);
        }
        return sum;
    }

    /**
     * A plain reduced BigInteger fraction.
     *
     * @return the sum of the signs, so that the work is not dead code
     */
    @Benchmark
    @OperationsPerInvocation(SLOW)
    public int bigIntegerFraction() {
        int sum = 0;
        BigFraction[] f = fractions;
        for (int k = 0; k < 6 * SLOW; k += 6) {
            sum += BigFraction.orientation(f[k], f[k + 1], f[k + 2], f[k + 3], f[k + 4], f[k + 5]);
        }
        return sum;
    }

    /**
     * apfloat {@code Aprational}.
     *
     * @return the sum of the signs, so that the work is not dead code
     */
    @Benchmark
    @OperationsPerInvocation(SLOWEST)
    public int aprational() {
        int sum = 0;
        Aprational[] f = aprationals;
        for (int k = 0; k < 6 * SLOWEST; k += 6) {
            Aprational left = f[k + 2].subtract(f[k]).multiply(f[k + 5].subtract(f[k + 1]));
            Aprational right = f[k + 3].subtract(f[k + 1]).multiply(f[k + 4].subtract(f[k]));
            sum += left.compareTo(right);
        }
        return sum;
    }
}

package org.segmentable.bench.complex;

import io.vavr.collection.Vector;
import java.util.SplittableRandom;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * The benchmark input, the same recipe as the CGAL peer ({@code peers/cgal-arrangement}): d lines
 * {@code a0·x + a1·y + c = 0} with {@code a0, a1, c ~ N(0, 1)} rounded to float32, in the box
 * {@code [-3, 3]²}. (Same distribution, not the same numbers: the peer draws with C++'s mt19937_64.)
 *
 * <p>{@code RandomLines.of(1000, 11)} has 1,000 half-planes.
 */
public final class RandomLines {

    /** Half the side of the box. */
    public static final int Z = 3;

    private RandomLines() {
    }

    /**
     * The coefficients as float32 values: {@code [3 * d]} = a0, a1, c per line.
     *
     * @param d the number of lines
     * @param seed the random seed
     * @return the {@code 3 d} coefficients
     */
    public static float[] floats(int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] out = new float[3 * d];
        for (int k = 0; k < 3 * d; k++) {
            out[k] = (float) gaussian(r);
        }
        return out;
    }

    /**
     * A standard normal sample by Marsaglia's polar method (the benchmarks' one generator).
     *
     * @param r the source
     * @return the sample; {@code gaussian(new SplittableRandom(11))} is the same value on every run
     */
    public static double gaussian(SplittableRandom r) {
        // Marsaglia polar method
        while (true) {
            double u = 2 * r.nextDouble() - 1;
            double v = 2 * r.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }

    /**
     * The lines as exact half-planes.
     *
     * @param d the number of lines
     * @param seed the random seed (the same as for {@link #floats})
     * @return the half-planes
     */
    public static Vector<HalfPlane> of(int d, long seed) {
        float[] f = floats(d, seed);
        return Vector.range(0, d).map(i -> HalfPlane.of(Rational.of(f[3 * i]), Rational.of(f[3 * i + 1]),
                Rational.of(f[3 * i + 2])));
    }

    /**
     * The box {@code [-Z, Z]²}.
     *
     * @return the box
     */
    public static Region box() {
        return Region.of(Polygon.of(Ring.of(Point2.of(-Z, -Z), Point2.of(Z, -Z), Point2.of(Z, Z), Point2.of(-Z, Z))).get());
    }
}

package org.segmentable.bench.superposition;

import java.util.SplittableRandom;
import org.segmentable.bench.complex.RandomLines;
import org.segmentable.layer.Examples;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/**
 * The benchmark layers ({@code h = 2}, float32 weights unless noted), seeded:
 * <ul>
 *   <li>{@code gaussian}: {@code W_enc}, {@code W_dec} and {@code b} all {@code ~ N(0, 1)}. The
 *   outline of {@code d} Gaussian feature points in angular order is spiky: a random boundary
 *   crosses it about {@code d/10} times, so each exact area is a fraction whose denominator is
 *   the product of about {@code d/10} crossings' own denominators (tens of thousands of bits at
 *   {@code d = 10,000}).</li>
 *   <li>{@code unit}: a tied toy model ({@code W_dec = W_encᵀ}) with unit feature directions at
 *   uniformly random angles and {@code b ~ -U(0, 1)}: a nearly convex outline, each boundary
 *   crossing it about twice (as for trained toy models of superposition, whose features have
 *   similar norms).</li>
 *   <li>{@code regular}: the seed's example generalized, {@link Examples#regularlySpaced} ({@code d}
 *   regularly spaced unit features, rigged bias {@code -cos(2π/d)}, 30-digit decimals): boundaries
 *   through outline vertices and exactly collinear cases.</li>
 * </ul>
 *
 * <p>{@code RandomLayers.of("gaussian", 100, 1).d()} is {@code 100}.
 */
public final class RandomLayers {

    /** The variants, in table order. */
    public static final String[] VARIANTS = {"gaussian", "unit", "regular"};

    private RandomLayers() {
    }

    /**
     * A benchmark layer.
     *
     * @param variant {@code gaussian}, {@code unit} or {@code regular}
     * @param d the number of features and dims
     * @param seed the seed (unused by {@code regular})
     * @return the layer
     * @throws IllegalArgumentException for an unknown variant
     */
    public static ReluLayer of(String variant, int d, long seed) {
        switch (variant) {
            case "gaussian":
                return gaussian(d, seed);
            case "unit":
                return unit(d, seed);
            case "regular":
                return Examples.regularlySpaced(d, 30);
            default:
                throw new IllegalArgumentException("variant must be gaussian, unit or regular, got '" + variant + "'");
        }
    }

    /** Weights as float32 values in doubles: {@code [W_enc (2 × d), W_dec (d × 2), b (1 × d)]}. */
    static double[][][] gaussianWeights(int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] enc = new double[2][d];
        double[][] dec = new double[d][2];
        double[][] b = new double[1][d];
        for (int j = 0; j < d; j++) {
            enc[0][j] = (float) RandomLines.gaussian(r);
            enc[1][j] = (float) RandomLines.gaussian(r);
        }
        for (int i = 0; i < d; i++) {
            dec[i][0] = (float) RandomLines.gaussian(r);
            dec[i][1] = (float) RandomLines.gaussian(r);
            b[0][i] = (float) RandomLines.gaussian(r);
        }
        return new double[][][] {enc, dec, b};
    }

    static double[][][] unitWeights(int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] enc = new double[2][d];
        double[][] dec = new double[d][2];
        double[][] b = new double[1][d];
        for (int j = 0; j < d; j++) {
            double t = 2 * Math.PI * r.nextDouble();
            enc[0][j] = (float) Math.cos(t);
            enc[1][j] = (float) Math.sin(t);
            dec[j][0] = enc[0][j];
            dec[j][1] = enc[1][j];
        }
        for (int i = 0; i < d; i++) {
            b[0][i] = -(float) r.nextDouble();
        }
        return new double[][][] {enc, dec, b};
    }

    /**
     * Writes a benchmark layer as a model JSON file for {@code segmentable analyze}: float32
     * values as the JSON numbers of their doubles (read back exactly), other values as exact
     * {@code "p/q"} strings.
     *
     * <p>{@code java -cp bench/target/benchmarks.jar org.segmentable.bench.superposition.RandomLayers unit 1000 /tmp/unit-1000.json}
     *
     * @param args variant, d, output file (and optionally the seed, default 1)
     * @throws java.io.IOException if the file cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length < 3) {
            System.err.println("usage: RandomLayers VARIANT D FILE [SEED]");
            System.exit(2);
        }
        ReluLayer layer = of(args[0], Integer.parseInt(args[1]), args.length > 3 ? Long.parseLong(args[3]) : 1);
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[2]), json(layer));
    }

    /** The layer as {@code {"name", "W_enc", "W_dec", "b"}}. */
    static String json(ReluLayer layer) {
        StringBuilder sb = new StringBuilder("{\"name\": \"").append(layer.name()).append("\",\n \"W_enc\": ");
        matrix(sb, layer.wEnc());
        sb.append(",\n \"W_dec\": ");
        matrix(sb, layer.wDec());
        sb.append(",\n \"b\": ");
        row(sb, layer.b());
        return sb.append("}\n").toString();
    }

    private static void matrix(StringBuilder sb, io.vavr.collection.Vector<io.vavr.collection.Vector<Rational>> m) {
        sb.append('[');
        for (int r = 0; r < m.size(); r++) {
            sb.append(r == 0 ? "" : ", ");
            row(sb, m.get(r));
        }
        sb.append(']');
    }

    private static void row(StringBuilder sb, io.vavr.collection.Vector<Rational> v) {
        sb.append('[');
        for (int i = 0; i < v.size(); i++) {
            Rational x = v.get(i);
            sb.append(i == 0 ? "" : ", ");
            sb.append(x.isExactDouble() ? Double.toString(x.doubleValue()) : "\"" + x + "\"");
        }
        sb.append(']');
    }

    private static ReluLayer gaussian(int d, long seed) {
        double[][][] w = gaussianWeights(d, seed);
        return ReluLayer.fromDoubles("gaussian-" + d, "", w[0], w[1], w[2][0]).get();
    }

    private static ReluLayer unit(int d, long seed) {
        double[][][] w = unitWeights(d, seed);
        return ReluLayer.fromDoubles("unit-" + d, "", w[0], w[1], w[2][0]).get();
    }
}

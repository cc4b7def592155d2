package org.segmentable.deep;

import java.math.BigInteger;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;
import org.segmentable.predicates.Approximations;

/**
 * A network composed with its input slice and scaled to integers, for the refinement's inner
 * loops. Internal.
 *
 * <p>Layer 0's pre-activations are affine in the slice coordinates {@code (s, t)}: rows
 * {@code (W_0·u, W_0·v, W_0·origin + b_0)}, held as integers {@code N_0} over one common
 * denominator {@code D_0}. For {@code k ≥ 1}, with {@code d_k} the least common denominator of
 * {@code W_k} and {@code b_k}, {@code W'_k = d_k·W_k} and {@code B_k = d_k·b_k·D_{k-1}} are
 * integers and, in a cell where the layer {@code k - 1} neurons in {@code A} are active, the rows
 * of layer {@code k} are {@code N_k[j] = Σ_{i∈A} W'_k[j][i]·N_{k-1}[i] + (0, 0, B_k[j])} over
 * {@code D_k = d_k·D_{k-1}}. Beside the exact integers it holds double approximations of the true
 * (unscaled) weights and first-layer rows with error radii ({@link Approximations}).
 *
 * <p>For the identity slice and {@code W_0 = [[1/2, 0]]}, {@code b_0 = [1]}: {@code N_0 = [[1, 0, 2]]}, {@code D_0 = 2}.
 */
final class ScaledNetwork {

    final int layers;
    final int[] width;
    final int[] inWidth;
    final int[] offset;
    final BigInteger[] denom;
    final BigInteger[][] first;
    final BigInteger[][][] w;
    final BigInteger[][] bias;
    /** Layer 0's rows as doubles, by coefficient: {@code firstApprox[q][j]}, {@code q} = s, t, constant. */
    final double[][] firstApprox;
    final double[][] firstRadius;
    final double[][] wApprox;
    /**
     * {@code wApprox} transposed: {@code wTransposed[k][i][j] = w̃_k[j][i]}, one array per input
     * neuron, so the loops over {@code j} run on whole arrays (which the JIT vectorizes; an offset into
     * one long array defeats it).
     */
    final double[][][] wTransposed;
    final double[][] wRadius;
    final double[][] bApprox;
    final double[][] bRadius;
    /**
     * The scales of {@link ApproxRows}' error bounds, per layer {@code k ≥ 1}: {@code scale[k][j]} is
     * a double at least {@code T_j = Σ_i (|w̃[j][i]| + r_w[j][i]) + |b̃[j]| + r_b[j]} (the exact sum of the
     * doubles of the weights and bias and their radii, rounded up; 0 only for a row of exact zeros);
     * {@code scaleMax[k] ≥ max_j T_j}; {@code biasShare[k] ≥ max_j |b̃[j]| / T_j};
     * {@code weightShare[k] ≥ max_{j,i} (|w̃[j][i]| + r_w[j][i]) / T_j};
     * {@code radiusShare[k] ≥ max_j (Σ_i r_w[j][i] + r_b[j]) / T_j} (0 when every weight and bias is a
     * double); {@code floor[k] ≥ 2^-900 / min_{T_j > 0} T_j} (so {@code T_j·ρ} stays a normal double
     * for {@code ρ ≥ floor}). The maxima run over the rows with {@code T_j > 0}. Layer 0's rows carry
     * their own radii: {@code scale[0][j] = 1}, {@code scaleMax[0] = 1}, {@code floor[0] = 2^-900}.
     */
    final double[][] scale;
    final double[] scaleMax;
    final double[] biasShare;
    final double[] weightShare;
    final double[] radiusShare;
    final double[] floor;
    /** True when every scaled weight has at most three digits: rows then live in {@link #exactRows}. */
    final boolean fast;
    /** The exact rows in digits ({@link DigitRows}), or null when not {@link #fast}. */
    final DigitRows exactRows;

    ScaledNetwork(Mlp mlp, AffineSlice slice) {
        this(mlp, slice, true);
    }

    /**
     * The network composed with the slice; {@code digits} false keeps every exact row in
     * {@code BigInteger} (the reference path the tests compare the digit rows with).
     */
    ScaledNetwork(Mlp mlp, AffineSlice slice, boolean digits) {
        layers = mlp.layers().size();
        width = new int[layers];
        inWidth = new int[layers];
        offset = new int[layers + 1];
        for (int k = 0; k < layers; k++) {
            width[k] = mlp.layers().get(k).outputs();
            inWidth[k] = mlp.layers().get(k).inputs();
            offset[k + 1] = offset[k] + width[k];
        }
        denom = new BigInteger[layers];
        w = new BigInteger[layers][][];
        bias = new BigInteger[layers][];
        wApprox = new double[layers][];
        wTransposed = new double[layers][][];
        wRadius = new double[layers][];
        bApprox = new double[layers][];
        bRadius = new double[layers][];
        scale = new double[layers][];
        scaleMax = new double[layers];
        biasShare = new double[layers];
        radiusShare = new double[layers];
        weightShare = new double[layers];
        floor = new double[layers];

        DenseLayer l0 = mlp.layers().get(0);
        int n0 = width[0];
        Rational[] rows = new Rational[n0 * 3];
        BigInteger lcm = BigInteger.ONE;
        for (int j = 0; j < n0; j++) {
            Rational a = Rational.ZERO;
            Rational b = Rational.ZERO;
            Rational c = l0.b().get(j);
            for (int i = 0; i < inWidth[0]; i++) {
                Rational wij = l0.w().get(j).get(i);
                a = a.add(wij.multiply(slice.u().get(i)));
                b = b.add(wij.multiply(slice.v().get(i)));
                c = c.add(wij.multiply(slice.origin().get(i)));
            }
            rows[3 * j] = a;
            rows[3 * j + 1] = b;
            rows[3 * j + 2] = c;
            for (int q = 0; q < 3; q++) {
                lcm = lcm(lcm, rows[3 * j + q].denominator());
            }
        }
        denom[0] = lcm;
        first = new BigInteger[n0][3];
        firstApprox = new double[3][n0];
        firstRadius = new double[3][n0];
        for (int j = 0; j < n0; j++) {
            for (int q = 0; q < 3; q++) {
                Rational r = rows[3 * j + q];
                first[j][q] = scaled(r, lcm);
                firstApprox[q][j] = approx(r);
                firstRadius[q][j] = radius(r, firstApprox[q][j]);
            }
        }
        scale[0] = new double[n0];
        java.util.Arrays.fill(scale[0], 1.0);
        scaleMax[0] = 1.0;
        floor[0] = 0x1p-900;
        for (int k = 1; k < layers; k++) {
            layer(k, mlp.layers().get(k));
        }
        exactRows = digits ? DigitRows.of(this) : null;
        fast = exactRows != null;
    }

    /** Scales layer {@code k ≥ 1} to integers and fills its doubles and bounds (one method per layer, so the JIT compiles small loops). */
    private void layer(int k, DenseLayer l) {
        int out = width[k];
        int in = inWidth[k];
        BigInteger d = BigInteger.ONE;
        for (int j = 0; j < out; j++) {
            d = lcm(d, rowDenominator(l.w().get(j)));
            d = lcm(d, l.b().get(j).denominator());
        }
        denom[k] = d.multiply(denom[k - 1]);
        w[k] = new BigInteger[out][];
        bias[k] = new BigInteger[out];
        wApprox[k] = new double[out * in];
        wRadius[k] = new double[out * in];
        bApprox[k] = new double[out];
        bRadius[k] = new double[out];
        for (int j = 0; j < out; j++) {
            w[k][j] = row(l.w().get(j), d, wApprox[k], wRadius[k], j * in);
            Rational b = l.b().get(j);
            bias[k][j] = scaled(b, d).multiply(denom[k - 1]);
            bApprox[k][j] = approx(b);
            bRadius[k][j] = radius(b, bApprox[k][j]);
        }
        scales(k, in, out);
        wTransposed[k] = new double[in][out];
        for (int j = 0; j < out; j++) {
            for (int i = 0; i < in; i++) {
                wTransposed[k][i][j] = wApprox[k][j * in + i];
            }
        }
    }

    private static BigInteger rowDenominator(io.vavr.collection.Vector<Rational> row) {
        BigInteger d = BigInteger.ONE;
        for (Rational x : row) {
            d = lcm(d, x.denominator());
        }
        return d;
    }

    /** One row of weights scaled by {@code d}, with its doubles and radii written from {@code off}. */
    private static BigInteger[] row(io.vavr.collection.Vector<Rational> row, BigInteger d, double[] approx,
            double[] radius, int off) {
        BigInteger[] out = new BigInteger[row.size()];
        int i = 0;
        for (Rational x : row) {
            out[i] = scaled(x, d);
            approx[off + i] = approx(x);
            radius[off + i] = radius(x, approx[off + i]);
            i++;
        }
        return out;
    }

    /** Fills {@link #scale} and the shares of layer {@code k} (see there). */
    private void scales(int k, int in, int out) {
        scale[k] = new double[out];
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < out; j++) {
            double[] terms = new double[2 * in + 2];
            double[] radii = new double[in + 1];
            for (int i = 0; i < in; i++) {
                terms[2 * i] = Math.abs(wApprox[k][j * in + i]);
                terms[2 * i + 1] = wRadius[k][j * in + i];
                radii[i] = wRadius[k][j * in + i];
            }
            terms[2 * in] = Math.abs(bApprox[k][j]);
            terms[2 * in + 1] = bRadius[k][j];
            radii[in] = bRadius[k][j];
            double t = upperSum(terms);
            scale[k][j] = t;
            scaleMax[k] = Math.max(scaleMax[k], t);
            if (t > 0) {
                min = Math.min(min, t);
                biasShare[k] = Math.max(biasShare[k], Math.nextUp(Math.abs(bApprox[k][j]) / t));
                double r = upperSum(radii);
                radiusShare[k] = Math.max(radiusShare[k], r == 0 ? 0 : Math.nextUp(r / t));
                for (int i = 0; i < in; i++) {
                    double wi = terms[2 * i + 1] == 0 ? terms[2 * i] : Math.nextUp(terms[2 * i] + terms[2 * i + 1]);
                    weightShare[k] = Math.max(weightShare[k], Math.nextUp(wi / t));
                }
            }
        }
        floor[k] = min == Double.POSITIVE_INFINITY ? 0x1p-900 : Math.nextUp(0x1p-900 / min);
    }

    /**
     * A double at least the exact sum of the non-negative {@code x}: each partial sum is rounded to
     * nearest and then up by one unit ({@code nextUp(fl(s + x)) ≥ s + x}); infinite when a value is
     * not finite (the filter then decides nothing).
     */
    private static double upperSum(double[] x) {
        double sum = 0;
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return Double.POSITIVE_INFINITY;
            }
            if (v != 0) {
                sum = Math.nextUp(sum + v);
            }
        }
        return sum;
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        if (b.equals(BigInteger.ONE) || a.equals(b)) {
            return a;
        }
        if (isPowerOfTwo(a) && isPowerOfTwo(b)) {
            return a.bitLength() >= b.bitLength() ? a : b;
        }
        return a.divide(a.gcd(b)).multiply(b);
    }

    private static boolean isPowerOfTwo(BigInteger x) {
        return x.signum() > 0 && x.getLowestSetBit() == x.bitLength() - 1;
    }

    /** {@code r·d} for a denominator {@code d} that {@code r}'s denominator divides (a shift for powers of two). */
    private static BigInteger scaled(Rational r, BigInteger d) {
        BigInteger den = r.denominator();
        if (isPowerOfTwo(den) && isPowerOfTwo(d)) {
            return r.numerator().shiftLeft(d.bitLength() - den.bitLength());
        }
        return r.numerator().multiply(d.divide(den));
    }

    private static double approx(Rational r) {
        return Approximations.quotient(r.numerator(), r.denominator());
    }

    private static double radius(Rational r, double approx) {
        if (Double.isFinite(approx) && Rational.fromDouble(approx).map(r::equals).getOrElse(false)) {
            return 0.0;
        }
        return Approximations.quotientRadius(approx);
    }

    /**
     * The exact integer row of neuron {@code j} of layer {@code k ≥ 1} from the rows of layer
     * {@code k - 1} and its active neurons.
     */
    BigInteger[] row(int k, int j, int[] active, BigInteger[][] previous) {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ZERO;
        BigInteger c = bias[k][j];
        BigInteger[] wj = w[k][j];
        for (int i : active) {
            BigInteger x = wj[i];
            if (x.signum() == 0) {
                continue;
            }
            BigInteger[] p = previous[i];
            a = a.add(x.multiply(p[0]));
            b = b.add(x.multiply(p[1]));
            c = c.add(x.multiply(p[2]));
        }
        return new BigInteger[] {a, b, c};
    }
}

package org.segmentable.properties.gen;

import static org.segmentable.properties.gen.Draw.bell;
import static org.segmentable.properties.gen.Draw.chance;
import static org.segmentable.properties.gen.Draw.range;

import io.vavr.collection.Vector;
import java.math.BigInteger;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/**
 * Float32 layers like trained ones ({@code h = 2}): tied or untied, bell-shaped weights rounded to
 * float32, small negative float32 biases; or the seed's regular layout (features at float32
 * {@code (cos, sin)} of {@code 2πj/n}, rigged bias {@code -cos(2π/n)} rounded to float32). Mixed in,
 * each in some tries: zero features, duplicate features, parallel and coincident (same or opposite
 * side) boundaries, constant dims, a boundary forced through a feature point, and a magnitude
 * change (features times {@code 2^k} or {@code 10^k}, decoder divided by it) up to 1e±30.
 *
 * <p>{@code LayerGens.trainedLike(2, 64).generate(source)} is e.g. an untied 17-dim layer.
 */
public final class LayerGens {

    private LayerGens() {
    }

    /**
     * Layers with {@code minD <= d <= maxD}, d shrinking to {@code minD}.
     *
     * @param minD at least 1
     * @param maxD at least {@code minD}
     * @return the generator
     */
    public static Gen<ReluLayer> trainedLike(int minD, int maxD) {
        return in -> layer(in, minD, maxD);
    }

    static ReluLayer layer(RandomnessSource in, int minD, int maxD) {
        int d = chance(in, 60) ? range(in, minD, Math.min(maxD, Math.max(minD, 8))) : range(in, minD, maxD);
        boolean tied = chance(in, 50);
        boolean regular = chance(in, 15);
        Rational[][] enc = new Rational[2][d];
        Rational[][] dec = new Rational[d][2];
        Rational[] b = new Rational[d];
        for (int j = 0; j < d; j++) {
            if (regular) {
                double angle = 2 * Math.PI * j / d;
                enc[0][j] = Rational.of((float) Math.cos(angle));
                enc[1][j] = Rational.of((float) Math.sin(angle));
            } else {
                enc[0][j] = f32(in, 1.0);
                enc[1][j] = f32(in, 1.0);
            }
            b[j] = regular ? Rational.of((float) -Math.cos(2 * Math.PI / d)) : f32(in, 0.1).abs().negate();
        }
        for (int i = 0; i < d; i++) {
            dec[i][0] = tied ? enc[0][i] : f32(in, 1.0);
            dec[i][1] = tied ? enc[1][i] : f32(in, 1.0);
        }
        if (chance(in, 15)) { // zero feature (tied: also a constant dim)
            int j = range(in, 0, d - 1);
            enc[0][j] = Rational.ZERO;
            enc[1][j] = Rational.ZERO;
            if (tied) {
                dec[j][0] = Rational.ZERO;
                dec[j][1] = Rational.ZERO;
            }
        }
        if (d >= 2 && chance(in, 15)) { // duplicate feature
            int j = range(in, 0, d - 1);
            int k = range(in, 0, d - 1);
            enc[0][j] = enc[0][k];
            enc[1][j] = enc[1][k];
            if (tied) {
                dec[j] = dec[k].clone();
            }
        }
        if (d >= 2 && chance(in, 20)) { // parallel boundaries, maybe coincident
            int i = range(in, 0, d - 1);
            int k = range(in, 0, d - 1);
            Rational s = Rational.ofBinary(chance(in, 30) ? -1 : 1, range(in, -3, 3, 0));
            dec[i] = new Rational[] {dec[k][0].multiply(s), dec[k][1].multiply(s)};
            if (chance(in, 60)) {
                b[i] = b[k].multiply(s);
            }
        }
        if (!tied && chance(in, 10)) { // constant dim
            int i = range(in, 0, d - 1);
            dec[i] = new Rational[] {Rational.ZERO, Rational.ZERO};
            b[i] = Rational.of(range(in, -1, 1, 0), 4);
        }
        if (chance(in, 20)) { // boundary through a feature point
            int i = range(in, 0, d - 1);
            int j = range(in, 0, d - 1);
            b[i] = dec[i][0].multiply(enc[0][j]).add(dec[i][1].multiply(enc[1][j])).negate();
        }
        if (chance(in, 15)) { // magnitude: features times s, decoder divided by s (z unchanged)
            Rational s = chance(in, 50) ? Rational.ofBinary(1, range(in, -100, 100, 0))
                    : Rational.of(BigInteger.TEN.pow(range(in, 0, 30, 0)));
            if (chance(in, 50)) {
                s = s.reciprocal();
            }
            for (int j = 0; j < d; j++) {
                enc[0][j] = enc[0][j].multiply(s);
                enc[1][j] = enc[1][j].multiply(s);
                dec[j][0] = dec[j][0].divide(s);
                dec[j][1] = dec[j][1].divide(s);
            }
        }
        Vector<Vector<Rational>> wEnc = Vector.of(Vector.of(enc[0]), Vector.of(enc[1]));
        Vector<Vector<Rational>> wDec = Vector.of(dec).map(Vector::of);
        String name = (tied ? "tied" : "untied") + (regular ? "-regular" : "") + "-" + d;
        var layer = ReluLayer.of(name, "", wEnc, wDec, Vector.of(b));
        if (layer.isInvalid()) {
            throw new IllegalStateException(layer.getError().mkString("; "));
        }
        return layer.get();
    }

    private static Rational f32(RandomnessSource in, double sigma) {
        long v = bell(in, 1 << 16);
        return Rational.of((float) (v * sigma / (1.1547 * (1 << 16))));
    }
}

package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * A layer seen on a 2-D slice of its latent space. On the slice {@code p = o + s·u + t·v} every dim
 * is again affine in the slice coordinates,
 * {@code z_i(s, t) = (W_dec[i]·u)·s + (W_dec[i]·v)·t + (W_dec[i]·o + b_i)}, so the sliced layer is an
 * ordinary {@code h = 2} {@link ReluLayer} ({@link #planar()}) and the superposition, the complex,
 * {@code analyze} and {@code render} work on it unchanged. Its feature points are the orthogonal
 * projections of the feature images {@code W_enc[:, j]} onto the slice (exact: the Gram system of
 * {@code u}, {@code v} is solved over the rationals); {@link #onSlice()} tells which images lie on
 * the slice exactly and which are projections.
 *
 * <p>For a layer with {@code h = 2}, {@code SlicedLayer.of(layer, LatentSlice.axes(2)).planar()} has
 * the same weights as {@code layer}.
 *
 * @param original the layer with any {@code h >= 2}
 * @param slice the slice, with {@code slice.h() == original.h()}
 * @param planar the sliced layer, {@code h = 2}, in slice coordinates
 * @param onSlice per feature, whether its latent image lies on the slice (otherwise the feature
 *     point is its projection)
 */
public record SlicedLayer(ReluLayer original, LatentSlice slice, ReluLayer planar, Vector<Boolean> onSlice) {

    /** Checks nulls; use {@link #of}. */
    public SlicedLayer {
        Objects.requireNonNull(original, "original is null");
        Objects.requireNonNull(slice, "slice is null");
        Objects.requireNonNull(planar, "planar is null");
        Objects.requireNonNull(onSlice, "onSlice is null");
    }

    /**
     * The layer on a slice.
     *
     * @param layer not null
     * @param slice not null
     * @return the sliced layer, or the problem (the slice's dimension is not the layer's {@code h})
     */
    public static Validation<Seq<String>, SlicedLayer> of(ReluLayer layer, LatentSlice slice) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(slice, "slice is null");
        if (slice.h() != layer.h()) {
            return Validation.invalid(Vector.of("the slice lives in " + slice.h() + " latent dimensions, layer '"
                    + layer.name() + "' has h = " + layer.h()));
        }
        Vector<Rational> du = LatentSlice.times(layer.wDec(), slice.u());
        Vector<Rational> dv = LatentSlice.times(layer.wDec(), slice.v());
        Vector<Rational> dOrigin = LatentSlice.times(layer.wDec(), slice.origin());
        Vector<Vector<Rational>> wDec = Vector.range(0, layer.d()).map(i -> Vector.of(du.get(i), dv.get(i)));
        Vector<Rational> b = Vector.range(0, layer.d()).map(i -> dOrigin.get(i).add(layer.b().get(i)));

        // Projection: solve [uu uv; uv vv] (s, t) = (u·w, v·w) for w = f_j - o, by Cramer's rule.
        Rational uu = LatentSlice.dot(slice.u(), slice.u());
        Rational uv = LatentSlice.dot(slice.u(), slice.v());
        Rational vv = LatentSlice.dot(slice.v(), slice.v());
        Rational det = uu.multiply(vv).subtract(uv.multiply(uv)); // > 0: u, v independent
        Vector<Point2> points = Vector.empty();
        Vector<Boolean> on = Vector.empty();
        for (int j = 0; j < layer.d(); j++) {
            int col = j;
            Vector<Rational> w = Vector.range(0, layer.h())
                    .map(k -> layer.wEnc().get(k).get(col).subtract(slice.origin().get(k)));
            Rational pu = LatentSlice.dot(slice.u(), w);
            Rational pv = LatentSlice.dot(slice.v(), w);
            Rational s = pu.multiply(vv).subtract(pv.multiply(uv)).divide(det);
            Rational t = pv.multiply(uu).subtract(pu.multiply(uv)).divide(det);
            points = points.append(Point2.of(s, t));
            Vector<Rational> back = slice.point(s, t);
            on = on.append(Vector.range(0, layer.h()).forAll(k -> back.get(k).equals(layer.wEnc().get(k).get(col))));
        }
        Vector<Vector<Rational>> wEnc = Vector.of(points.map(Point2::x), points.map(Point2::y));
        ReluLayer planar = new ReluLayer(layer.name(), layer.title(), wEnc, wDec, b);
        return Validation.valid(new SlicedLayer(layer, slice, planar, on));
    }

    /** True when every feature image lies on the slice (no feature point is a projection). */
    public boolean allOnSlice() {
        return onSlice.forAll(x -> x);
    }
}

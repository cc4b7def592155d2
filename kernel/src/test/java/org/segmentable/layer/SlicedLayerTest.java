package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.ActivationPattern;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.io.JsonModels;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.linalg.Vectors;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;

class SlicedLayerTest {

    private static Vector<Rational> row(long... xs) {
        return ReluLayerTest.row(xs);
    }

    /** A tied h = 3 toy model with small integer weights, so every area is a short fraction. */
    private static ReluLayer toy3() {
        return ReluLayer.of("toy3", "", Vector.of(row(2, -1, 0, 1, 1), row(0, 2, -1, 1, -2), row(1, 1, 2, -1, 0)),
                Vector.of(row(1, 0, 2), row(-1, 2, 1), row(0, -1, 2), row(1, 1, -1), row(1, -2, 0)),
                row(-1, 0, -2, 1, -1)).get();
    }

    @Test
    void testAxes_hTwoGivesThePlainLatentPlane() {
        ReluLayer layer = JsonModels.read(Fixtures.path("seed-hard-2")).get();
        SlicedLayer sliced = SlicedLayer.of(layer, AffineSlice.identity()).get();
        assertEquals(layer.wDec(), sliced.planar().wDec());
        assertEquals(layer.b(), sliced.planar().b());
        assertEquals(layer.featurePoints(), sliced.planar().featurePoints());
        assertTrue(sliced.allOnSlice());
        Region box = Regions.box(Rational.of(3));
        assertEquals(ActivationComplex.of(layer, box).areaByPattern(),
                ActivationComplex.of(sliced.planar(), box).areaByPattern());
    }

    @Test
    void testPlanar_agreesWithTheRdView() {
        ReluLayer layer = toy3();
        AffineSlice slice = AffineSlice.of(row(1, -1, 2), row(1, 2, 0), row(0, 1, -3)).get();
        SlicedLayer sliced = SlicedLayer.of(layer, slice).get();
        LatentPlane plane = LatentPlane.of(sliced.planar()).get();
        Random random = new Random(7);
        for (int k = 0; k < 50; k++) {
            Rational s = Rational.of(random.nextInt(2001) - 1000, 1 + random.nextInt(97));
            Rational t = Rational.of(random.nextInt(2001) - 1000, 1 + random.nextInt(89));
            // the R^d plane W_dec (o + s u + t v) + b, computed directly
            Vector<Rational> latent = slice.point(Point2.of(s, t));
            Vector<Rational> expected = Vector.range(0, layer.d()).map(i -> Vectors.dot(layer.wDec().get(i), latent)
                    .add(layer.b().get(i)));
            assertEquals(expected, plane.lift(Point2.of(s, t)));
        }
    }

    @Test
    void testOf_differentBasesOfOnePlaneGiveTheSameCells() {
        ReluLayer layer = toy3();
        Vector<Rational> o = row(1, 0, -1);
        Vector<Rational> u = row(1, 1, 0);
        Vector<Rational> v = row(0, 1, 2);
        // o' = o + u, u' = u + v, v' = 2v: (s, t) = (1 + s', s' + 2t'), so areas scale by det = 2
        Vector<Rational> o2 = Vector.range(0, 3).map(k -> o.get(k).add(u.get(k)));
        Vector<Rational> u2 = Vector.range(0, 3).map(k -> u.get(k).add(v.get(k)));
        Vector<Rational> v2 = v.map(x -> x.multiply(2));
        ReluLayer first = SlicedLayer.of(layer, AffineSlice.of(o, u, v).get()).get().planar();
        ReluLayer second = SlicedLayer.of(layer, AffineSlice.of(o2, u2, v2).get()).get().planar();

        Region box = Regions.box(Rational.of(3));
        Vector<Point2> corners = Vector.of(Point2.of(-3, -3), Point2.of(3, -3), Point2.of(3, 3), Point2.of(-3, 3));
        Vector<Point2> mapped = corners.map(p -> {
            Rational s2 = p.x().subtract(Rational.ONE);
            return Point2.of(s2, p.y().subtract(s2).multiply(Rational.HALF));
        });
        Region boxInSecond = Regions.fromPolygon(Polygon.of(Ring.of(mapped)).get());

        SortedMap<ActivationPattern, Rational> areas1 = ActivationComplex.of(first, box).areaByPattern();
        SortedMap<ActivationPattern, Rational> areas2 = ActivationComplex.of(second, boxInSecond).areaByPattern();
        assertEquals(areas1.keySet(), areas2.keySet());
        areas1.forEach((pattern, area) -> assertEquals(area, areas2.get(pattern).get().multiply(2), pattern.toString()));
        assertEquals(ActivationComplex.of(first, box).cellCount(), ActivationComplex.of(second, boxInSecond).cellCount());
    }

    @Test
    void testFeatures_projectsTheOtherFeatureImages() {
        ReluLayer layer = toy3();
        SlicedLayer sliced = SlicedLayer.ofFeatures(layer, 0, 1).get();
        // features 0 and 1 span the slice: they sit at (1, 0) and (0, 1)
        assertEquals(Point2.of(1, 0), sliced.planar().featurePoint(0));
        assertEquals(Point2.of(0, 1), sliced.planar().featurePoint(1));
        assertTrue(sliced.onSlice().get(0));
        assertTrue(sliced.onSlice().get(1));
        // feature 2 = (0, -1, 2) is off the plane spanned by (2, 0, 1) and (-1, 2, 1): a projection
        assertFalse(sliced.onSlice().get(2));
        // its residual is orthogonal to both directions, exactly
        Point2 p = sliced.planar().featurePoint(2);
        AffineSlice slice = sliced.slice();
        Vector<Rational> residual = slice.point(p).zipWith(row(0, -1, 2), Rational::subtract);
        assertEquals(Rational.ZERO, Vectors.dot(residual, slice.u()));
        assertEquals(Rational.ZERO, Vectors.dot(residual, slice.v()));
    }

    @Test
    void testFeatureSlice_parallelOrZeroImagesNameTheRank() {
        // feature 1's image is -2 times feature 0's, feature 2's is zero
        ReluLayer layer = ReluLayer.of("flat", "", Vector.of(row(1, -2, 0, 1), row(2, -4, 0, 0), row(0, 0, 0, 0)),
                Vector.of(row(1, 0, 0), row(0, 1, 0), row(0, 0, 1), row(1, 1, 1)), row(0, 0, 0, 0)).get();
        assertEquals(Vector.of("features 0 and 1: u and v have rank 1 (parallel: they span a line), a slice needs rank 2"),
                SlicedLayer.featureSlice(layer, 0, 1).getError());
        assertEquals(Vector.of("features 2 and 0: u and v have rank 1 (parallel: they span a line), a slice needs rank 2"),
                SlicedLayer.ofFeatures(layer, 2, 0).getError());
        ReluLayer zero = ReluLayer.of("zero", "", Vector.of(row(0, 0), row(0, 0), row(0, 0)),
                Vector.of(row(1, 0, 0), row(0, 1, 0)), row(0, 0)).get();
        assertEquals(Vector.of("features 0 and 1: u and v have rank 0 (both zero: they span a point), a slice needs rank 2"),
                SlicedLayer.featureSlice(zero, 0, 1).getError());
    }

    @Test
    void testOf_sliceOfAnotherDimensionIsAValue() {
        assertEquals(Vector.of("the slice lives in 2 latent dimensions, layer 'toy3' has h = 3"),
                SlicedLayer.of(toy3(), AffineSlice.identity()).getError());
    }

    @Test
    void testOf_axesSliceOfAWideLayerKeepsTheFirstTwoLatentCoordinates() {
        ReluLayer layer = toy3();
        SlicedLayer sliced = SlicedLayer.of(layer, AffineSlice.axes(3, 0, 1)).get();
        assertEquals(layer.wDec().map(r -> r.take(2)), sliced.planar().wDec());
        assertEquals(layer.b(), sliced.planar().b());
        assertEquals(layer.wEnc().take(2), sliced.planar().wEnc());
        assertEquals(layer.wEnc().get(2).map(Rational::isZero), sliced.onSlice());
    }

    @Test
    void testFeatures_badIndicesAreAValue() {
        Validation<Seq<String>, AffineSlice> slice = SlicedLayer.featureSlice(toy3(), 0, 9);
        assertEquals(Vector.of("feature 9 does not exist: layer 'toy3' has features 0..4"), slice.getError());
        assertEquals(Vector.of("a feature slice needs two different features, got feature 3 twice"),
                SlicedLayer.featureSlice(toy3(), 3, 3).getError());
    }
}

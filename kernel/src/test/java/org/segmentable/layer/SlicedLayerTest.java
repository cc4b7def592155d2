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
        SlicedLayer sliced = SlicedLayer.of(layer, LatentSlice.axes(2)).get();
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
        LatentSlice slice = LatentSlice.of(row(1, -1, 2), row(1, 2, 0), row(0, 1, -3)).get();
        SlicedLayer sliced = SlicedLayer.of(layer, slice).get();
        LatentPlane plane = LatentPlane.of(sliced.planar()).get();
        Random random = new Random(7);
        for (int k = 0; k < 50; k++) {
            Rational s = Rational.of(random.nextInt(2001) - 1000, 1 + random.nextInt(97));
            Rational t = Rational.of(random.nextInt(2001) - 1000, 1 + random.nextInt(89));
            // the R^d plane W_dec (o + s u + t v) + b, computed directly
            Vector<Rational> latent = slice.point(s, t);
            Vector<Rational> expected = Vector.range(0, layer.d()).map(i -> LatentSlice.dot(layer.wDec().get(i), latent)
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
        ReluLayer first = SlicedLayer.of(layer, LatentSlice.of(o, u, v).get()).get().planar();
        ReluLayer second = SlicedLayer.of(layer, LatentSlice.of(o2, u2, v2).get()).get().planar();

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
        SlicedLayer sliced = SlicedLayer.of(layer, LatentSlice.features(layer, 0, 1).get()).get();
        // features 0 and 1 span the slice: they sit at (1, 0) and (0, 1)
        assertEquals(Point2.of(1, 0), sliced.planar().featurePoint(0));
        assertEquals(Point2.of(0, 1), sliced.planar().featurePoint(1));
        assertTrue(sliced.onSlice().get(0));
        assertTrue(sliced.onSlice().get(1));
        // feature 2 = (0, -1, 2) is off the plane spanned by (2, 0, 1) and (-1, 2, 1): a projection
        assertFalse(sliced.onSlice().get(2));
        // its residual is orthogonal to both directions, exactly
        Point2 p = sliced.planar().featurePoint(2);
        LatentSlice slice = sliced.slice();
        Vector<Rational> residual = slice.point(p.x(), p.y()).zipWith(row(0, -1, 2), Rational::subtract);
        assertEquals(Rational.ZERO, LatentSlice.dot(residual, slice.u()));
        assertEquals(Rational.ZERO, LatentSlice.dot(residual, slice.v()));
    }

    @Test
    void testOf_parallelDirectionsAreAValue() {
        Validation<Seq<String>, LatentSlice> slice = LatentSlice.of(row(0, 0, 0), row(1, 2, 3), row(-2, -4, -6));
        assertEquals(Vector.of("the slice directions u and v are parallel: they span a line, not a plane"),
                slice.getError());
        assertEquals(Vector.of("the slice directions u and v are both zero: they span a point, not a plane"),
                LatentSlice.of(row(0, 0), row(0, 0), row(0, 0)).getError());
    }

    @Test
    void testOf_wrongLengthsAreReportedTogether() {
        Validation<Seq<String>, LatentSlice> slice = LatentSlice.of(row(0, 0, 0), row(1, 2), row(1));
        assertEquals(2, slice.getError().size(), slice.getError().mkString("; "));
        assertTrue(SlicedLayer.of(toy3(), LatentSlice.axes(2)).isInvalid());
    }

    @Test
    void testFeatures_badIndicesAreAValue() {
        Validation<Seq<String>, LatentSlice> slice = LatentSlice.features(toy3(), 0, 9);
        assertEquals(Vector.of("feature 9 does not exist: layer 'toy3' has features 0..4"), slice.getError());
        assertTrue(LatentSlice.features(toy3(), 3, 3).isInvalid());
    }
}

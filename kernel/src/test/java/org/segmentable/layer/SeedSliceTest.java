package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.io.JsonModels;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;

/** The seed's projection ({@link LatentPlane#seedSlice}): origin {@code b}, directions the columns of {@code W_dec}. */
class SeedSliceTest {

    static Vector<Rational> vec(long... xs) {
        return ReluLayerTest.row(xs);
    }

    @Test
    void testSeedSlice_featuresAppearAtWEncColumnsAndBoundariesMatch() {
        ReluLayer layer = JsonModels.read(Fixtures.path("seed-example")).get();
        LatentPlane plane = LatentPlane.of(layer).get();
        AffineSlice seed = LatentPlane.seedSlice(layer).get();
        for (int j = 0; j < layer.d(); j++) {
            assertEquals(Either.right(layer.featurePoint(j)), seed.project(plane.lift(layer.featurePoint(j))));
            assertEquals(layer.boundary(j), seed.halfPlane(j));
        }
    }

    @Test
    void testSeedSlice_liftIsThePointOfTheSlice() {
        ReluLayer layer = JsonModels.read(Fixtures.path("seed-hard-2")).get();
        LatentPlane plane = LatentPlane.of(layer).get();
        AffineSlice seed = LatentPlane.seedSlice(layer).get();
        Point2 p = Point2.of(Rational.of(3, 7), Rational.of(-5, 2));
        assertEquals(plane.lift(p), seed.point(p));
    }

    @Test
    void testSeedSlice_outlinePolygonProjectsToOutline() {
        ReluLayer layer = JsonModels.read(Fixtures.path("seed-example")).get();
        LatentPlane plane = LatentPlane.of(layer).get();
        Outline outline = Outline.of(plane);
        PlanarPolygon inRd = PlanarPolygon.of(outline.ring().vertices().map(plane::lift)).get();
        Polygon projected = inRd.project(LatentPlane.seedSlice(layer).get()).get();
        assertEquals(outline.ring().vertices(), projected.shell().vertices());
    }

    @Test
    void testSeedSlice_rankOneDecoderNamesTheRank() {
        ReluLayer flat = ReluLayer.of("flat", "", Vector.of(vec(1, 0), vec(0, 1)), Vector.of(vec(1, 2), vec(2, 4)),
                vec(0, 0)).get();
        assertEquals(Vector.of("the seed's projection of layer 'flat' (columns of W_dec): u and v have rank 1 "
                + "(parallel: they span a line), a slice needs rank 2"), LatentPlane.seedSlice(flat).getError());
    }

    @Test
    void testSeedSlice_deepLayerHasNoLatentPlane() {
        ReluLayer deep = ReluLayer.of("deep", "", Vector.of(vec(1), vec(0), vec(0)), Vector.of(vec(1, 0, 0)), vec(0))
                .get();
        assertTrue(LatentPlane.seedSlice(deep).getError().head().contains("h = 3"));
    }
}

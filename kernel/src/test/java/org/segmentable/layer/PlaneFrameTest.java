package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.io.JsonModels;
import org.segmentable.numbers.Rational;

class PlaneFrameTest {

    static Vector<Rational> vec(long... xs) {
        return ReluLayerTest.row(xs);
    }

    @Test
    void testOf_rankOneBasisNamesTheRank() {
        assertEquals(Vector.of("the basis vectors span dimension 1 (a line), not a plane: they need rank 2"),
                PlaneFrame.of(vec(0, 0, 0), vec(1, 2, 3), vec(2, 4, 6)).getError());
        assertEquals(Vector.of("the basis vectors span dimension 0 (a single point), not a plane: they need rank 2"),
                PlaneFrame.of(vec(0, 0, 0), vec(0, 0, 0), vec(0, 0, 0)).getError());
    }

    @Test
    void testOf_dimensionsDiffer() {
        assertEquals(Vector.of("the basis vector v has 2 coordinates, the origin has 3"),
                PlaneFrame.of(vec(0, 0, 0), vec(1, 0, 0), vec(0, 1)).getError());
    }

    @Test
    void testProject_liftRoundTrip() {
        PlaneFrame f = PlaneFrame.of(vec(1, 2, 3, 4), vec(0, 0, 1, 1), vec(0, 0, 1, -1)).get();
        Point2 c = Point2.of(Rational.of(2, 3), Rational.of(-5, 7));
        assertEquals(Either.right(c), f.project(f.lift(c)));
        assertEquals(vec(1, 2, 3, 4), f.lift(Point2.ORIGIN));
    }

    @Test
    void testProject_pointOffThePlane() {
        PlaneFrame f = PlaneFrame.of(vec(0, 0, 0), vec(1, 0, 0), vec(0, 1, 0)).get();
        assertEquals(Either.left("the point (1, 1, 1) does not lie in the plane"), f.project(vec(1, 1, 1)));
        assertTrue(f.project(vec(1, 1)).isLeft());
    }

    @Test
    void testHalfPlane_isCoordinateOnThePlane() {
        PlaneFrame f = PlaneFrame.of(vec(1, 2, 3), vec(1, 0, 2), vec(0, 1, -1)).get();
        Point2 c = Point2.of(3, -4);
        for (int i = 0; i < 3; i++) {
            assertEquals(f.lift(c).get(i), f.halfPlane(i).evaluate(c));
        }
    }

    @Test
    void testSeed_featuresAppearAtWEncColumnsAndBoundariesMatch() {
        ReluLayer layer = JsonModels.read(Fixtures.path("seed-example")).get();
        LatentPlane plane = LatentPlane.of(layer).get();
        PlaneFrame seed = PlaneFrame.seed(layer).get();
        for (int j = 0; j < layer.d(); j++) {
            assertEquals(Either.right(layer.featurePoint(j)), seed.project(plane.lift(layer.featurePoint(j))));
            assertEquals(layer.boundary(j), seed.halfPlane(j));
        }
    }

    @Test
    void testSeed_outlinePolygonProjectsToOutline() {
        ReluLayer layer = JsonModels.read(Fixtures.path("seed-example")).get();
        LatentPlane plane = LatentPlane.of(layer).get();
        Outline outline = Outline.of(plane);
        PlanarPolygon inRd = PlanarPolygon.of(outline.ring().vertices().map(plane::lift)).get();
        Polygon projected = inRd.project(PlaneFrame.seed(layer).get()).get();
        assertEquals(outline.ring().vertices(), projected.shell().vertices());
    }

    @Test
    void testSeed_rankOneDecoderAndDeepLayer() {
        ReluLayer flat = ReluLayer.of("flat", "", Vector.of(vec(1, 0), vec(0, 1)), Vector.of(vec(1, 2), vec(2, 4)),
                vec(0, 0)).get();
        assertEquals(Vector.of("the seed's projection of layer 'flat' (columns of W_dec): the basis vectors span "
                + "dimension 1 (a line), not a plane: they need rank 2"), PlaneFrame.seed(flat).getError());
        ReluLayer deep = ReluLayer.of("deep", "", Vector.of(vec(1), vec(0), vec(0)), Vector.of(vec(1, 0, 0)), vec(0))
                .get();
        assertTrue(PlaneFrame.seed(deep).getError().head().contains("h = 3"));
    }
}

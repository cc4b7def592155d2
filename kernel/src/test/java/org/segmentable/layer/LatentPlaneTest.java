package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.io.JsonModels;
import org.segmentable.numbers.Rational;

class LatentPlaneTest {

    static Vector<Rational> row(long... xs) {
        return ReluLayerTest.row(xs);
    }

    @Test
    void testOf_hThreeIsAValue() {
        ReluLayer layer = ReluLayer.of("deep", "", Vector.of(row(1, 0), row(0, 1), row(1, 1)),
                Vector.of(row(1, 0, 0), row(0, 1, 0)), row(0, 0)).get();
        Validation<Seq<String>, LatentPlane> plane = LatentPlane.of(layer);
        assertTrue(plane.isInvalid());
        assertEquals(Vector.of("layer 'deep' has h = 3 latent dimensions; the latent plane needs h = 2 (take a 2-D slice)"),
                plane.getError());
        assertTrue(Outline.of(layer).isInvalid());
    }

    @Test
    void testBoundary_isWDecRowAndBias() {
        ReluLayer layer = ReluLayer.of("l", "", Vector.of(row(1, 0), row(0, 1)), Vector.of(row(2, 3), row(0, 0)),
                row(-1, 5)).get();
        LatentPlane plane = LatentPlane.of(layer).get();
        assertEquals(HalfPlane.of(2, 3, -1), plane.boundary(0));
        assertEquals(Vector.of(HalfPlane.of(2, 3, -1), HalfPlane.of(0, 0, 5)), plane.boundaries());
    }

    @Test
    void testLift_featurePointIsSeedPlaneVertex() {
        ReluLayer layer = JsonModels.read(Fixtures.path("seed-hard-1")).get();
        LatentPlane plane = LatentPlane.of(layer).get();
        for (int j = 0; j < layer.d(); j++) {
            // the seed's plane vertex W_dec · W_enc · e_j + b, computed directly
            int jj = j;
            Vector<Rational> expected = Vector.range(0, layer.d()).map(i -> layer.wDec().get(i).get(0)
                    .multiply(layer.wEnc().get(0).get(jj))
                    .add(layer.wDec().get(i).get(1).multiply(layer.wEnc().get(1).get(jj))).add(layer.b().get(i)));
            assertEquals(expected, plane.lift(plane.featurePoint(j)));
        }
    }

    @Test
    void testFeaturePoints_areWEncColumns() {
        ReluLayer layer = ReluLayer.tied("t", "", Vector.of(row(1, 2, 3), row(4, 5, 6)), row(0, 0, 0)).get();
        assertEquals(Vector.of(Point2.of(1, 4), Point2.of(2, 5), Point2.of(3, 6)),
                LatentPlane.of(layer).get().featurePoints());
    }
}

package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

class ReluLayerTest {

    static Vector<Rational> row(long... xs) {
        return Vector.ofAll(xs).map(Rational::of);
    }

    @Test
    void testOf_everyShapeProblemAtOnce() {
        Validation<Seq<String>, ReluLayer> layer = ReluLayer.of("bad", "",
                Vector.of(row(1, 0, 1), row(0, 1)), Vector.of(row(1, 0), row(0), row(1, 1), row(2, 2)), row(0, 0, 0));
        assertTrue(layer.isInvalid());
        assertEquals(Vector.of("W_enc row 1 has 2 entries, expected d = 3 (the length of b)",
                "W_dec has 4 rows, expected d = 3 (the length of b)",
                "W_dec row 1 has 1 entries, expected h = 2 (the rows of W_enc)"), layer.getError());
    }

    @Test
    void testOf_twoBiasesForThreeFeatures() {
        Validation<Seq<String>, ReluLayer> layer = ReluLayer.of("l", "", Vector.of(row(1, 0, 1), row(0, 1, 1)),
                Vector.of(row(1, 0), row(0, 1), row(1, 1)), row(0, 0));
        assertEquals(Vector.of("W_enc row 0 has 3 entries, expected d = 2 (the length of b)",
                "W_enc row 1 has 3 entries, expected d = 2 (the length of b)",
                "W_dec has 3 rows, expected d = 2 (the length of b)"), layer.getError());
        assertTrue(ReluLayer.of("l", "", Vector.of(row(1, 0, 1), row(0, 1, 1)),
                Vector.of(row(1, 0), row(0, 1), row(1, 1)), row(0, 0, 0)).isValid());
    }

    @Test
    void testOf_emptyBiasAndOneLatentRow() {
        Validation<Seq<String>, ReluLayer> layer = ReluLayer.of("bad", "", Vector.of(Vector.empty()),
                Vector.empty(), Vector.empty());
        assertTrue(layer.isInvalid());
        assertTrue(layer.getError().contains("b is empty: the layer has no output dim"));
        assertTrue(layer.getError().contains("W_enc has 1 row(s): the latent dimension h must be at least 2"));
    }

    @Test
    void testOf_decoderRowsMissing() {
        Validation<Seq<String>, ReluLayer> layer = ReluLayer.of("bad", "", Vector.of(row(1), row(0)),
                Vector.of(row(1, 0)), row(0, 0));
        assertTrue(layer.isInvalid());
        assertTrue(layer.getError().contains("W_dec has 1 rows, expected d = 2 (the length of b)"), layer.getError().toString());
    }

    @Test
    void testEquals_byValue() {
        ReluLayer a = ReluLayer.tied("t", "", Vector.of(row(1, 2, 3), row(4, 5, 6)), row(0, 0, 0)).get();
        ReluLayer b = ReluLayer.of("t", "", Vector.of(row(1, 2, 3), row(4, 5, 6)),
                Vector.of(row(1, 4), row(2, 5), row(3, 6)), row(0, 0, 0)).get();
        ReluLayer renamed = ReluLayer.of("u", "", a.wEnc(), a.wDec(), a.b()).get();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.equals(renamed));
    }

    @Test
    void testTied_transposes() {
        ReluLayer layer = ReluLayer.tied("t", "", Vector.of(row(1, 2, 3), row(4, 5, 6)), row(0, 0, 0)).get();
        assertEquals(Vector.of(row(1, 4), row(2, 5), row(3, 6)), layer.wDec());
        assertEquals(HalfPlane.of(2, 5, 0), layer.boundary(1));
        assertEquals(Point2.of(3, 6), layer.featurePoint(2));
    }

    @Test
    void testFromDoubles_nonFiniteAndShapesTogether() {
        Validation<Seq<String>, ReluLayer> layer = ReluLayer.fromDoubles("bad", "",
                new double[][] {{1, Double.NaN}, {0, 1}}, new double[][] {{1, 0}, {Double.NEGATIVE_INFINITY, 1}},
                new double[] {0});
        assertTrue(layer.isInvalid());
        Seq<String> errors = layer.getError();
        assertTrue(errors.contains("W_enc[0][1] is NaN, not a finite number"), errors.mkString("\n"));
        assertTrue(errors.contains("W_dec[1][0] is -Infinity, not a finite number"), errors.mkString("\n"));
        assertTrue(errors.exists(e -> e.startsWith("W_enc row 0 has 2 entries, expected d = 1")), errors.mkString("\n"));
        assertEquals(5, errors.size(), errors.mkString("\n"));
    }

    @Test
    void testFromDoubles_exactValues() {
        ReluLayer layer = ReluLayer.fromDoubles("ok", "", new double[][] {{0.1, 1}, {0, 1}},
                new double[][] {{1, 0}, {0, 1}}, new double[] {-0.5, 0.25}).get();
        assertEquals(Rational.of(3602879701896397L, 36028797018963968L), layer.wEnc().get(0).get(0));
        assertEquals(Rational.of(1, 4), layer.b().get(1));
    }

    @Test
    void testIsConstant_zeroRowOfWDec() {
        ReluLayer layer = ReluLayer.of("c", "", Vector.of(row(1, 0), row(0, 1)), Vector.of(row(1, 0), row(0, 0)),
                row(0, 1)).get();
        assertFalse(layer.isConstant(0));
        assertTrue(layer.isConstant(1));
        assertTrue(layer.boundary(1).isConstant());
    }

    @Test
    void testBoundary_hNotTwoThrows() {
        ReluLayer layer = ReluLayer.of("h3", "", Vector.of(row(1), row(0), row(0)), Vector.of(row(1, 0, 0)), row(0))
                .get();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> layer.boundary(0));
        assertTrue(e.getMessage().contains("h = 3"), e.getMessage());
    }
}

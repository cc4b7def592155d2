package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;
import org.segmentable.io.JsonModels;
import org.segmentable.numbers.Rational;

class ExamplesTest {

    @Test
    void testSeedExample_closeToSeedFloat64Fixture() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/fixtures/seed-example.json").toURI());
        Validation<Seq<String>, ReluLayer> fixture = JsonModels.read(file);
        assertTrue(fixture.isValid(), () -> fixture.getError().mkString("\n"));
        ReluLayer floats = fixture.get();
        ReluLayer exact = Examples.seedExample();
        assertEquals("example", exact.name());
        assertEquals("Example plot", exact.title());
        assertEquals(floats.d(), exact.d());
        assertEquals(floats.h(), exact.h());
        Rational close = Rational.of(1, 1_000_000_000_000_000L); // float64 cos/sin are within 1e-15
        for (int r = 0; r < 2; r++) {
            for (int j = 0; j < 6; j++) {
                Rational gap = exact.wEnc().get(r).get(j).subtract(floats.wEnc().get(r).get(j)).abs();
                assertTrue(gap.compareTo(close) < 0, "W_enc[" + r + "][" + j + "] off by " + gap);
                assertEquals(exact.wEnc().get(r).get(j), exact.wDec().get(j).get(r));
            }
        }
        for (int i = 0; i < 6; i++) {
            assertTrue(exact.b().get(i).subtract(floats.b().get(i)).abs().compareTo(close) < 0);
        }
    }

    @Test
    void testSeedExample_riggedBiasIsExactlyMinusHalf() {
        ReluLayer layer = Examples.seedExample();
        assertTrue(layer.b().forAll(Rational.of(-1, 2)::equals), layer.b().toString());
        // dim 0's boundary x = 1/2 passes exactly through features 1 and 5
        assertEquals(Rational.ZERO, layer.boundary(0).evaluate(layer.featurePoint(1)));
        assertEquals(Rational.ZERO, layer.boundary(0).evaluate(layer.featurePoint(5)));
        assertEquals(Rational.HALF, layer.boundary(0).evaluate(layer.featurePoint(0)));
    }

    @Test
    void testRegularlySpaced_quarterTurnsExact() {
        ReluLayer layer = Examples.regularlySpaced(4, 10);
        assertEquals(Point2.of(1, 0), layer.featurePoint(0));
        assertEquals(Point2.of(0, 1), layer.featurePoint(1));
        assertEquals(Point2.of(-1, 0), layer.featurePoint(2));
        assertEquals(Point2.of(0, -1), layer.featurePoint(3));
        assertTrue(layer.b().forAll(Rational.ZERO::equals));
        assertEquals("regular-4", layer.name());
    }

    @Test
    void testRegularlySpaced_riggedBiasPutsNeighboursOnBoundary() {
        int n = 7;
        int digits = 40;
        ReluLayer layer = Examples.regularlySpaced(n, digits);
        Rational bound = Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(digits - 1));
        for (int i = 0; i < n; i++) {
            // z_i(feature i+1) = cos(2π/n) - cos(2π/n) up to the approximation error
            Rational z = layer.boundary(i).evaluate(layer.featurePoint((i + 1) % n));
            assertTrue(z.abs().compareTo(bound) < 0, "dim " + i + ": " + z);
            assertTrue(layer.boundary(i).evaluate(layer.featurePoint(i)).signum() > 0);
        }
        assertEquals(layer.wEnc(), ReluLayer.transpose(layer.wDec()));
    }

    @Test
    void testRegularlySpaced_noFeatures() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Examples.regularlySpaced(0, 10));
        assertTrue(e.getMessage().contains("n is 0"), e.getMessage());
    }
}

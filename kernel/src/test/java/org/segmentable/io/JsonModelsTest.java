package org.segmentable.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

class JsonModelsTest {

    @Test
    void testRead_seedExample() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/fixtures/seed-example.json").toURI());
        Validation<Seq<String>, ReluLayer> layer = JsonModels.read(file);
        assertTrue(layer.isValid(), () -> layer.getError().mkString("\n"));
        assertEquals("seed-example", layer.get().name());
        assertEquals(6, layer.get().d());
        assertEquals(2, layer.get().h());
        assertEquals(Rational.of(0.5000000000000001), layer.get().wDec().get(1).get(0));
    }

    @Test
    void testParse_tied() {
        Validation<Seq<String>, ReluLayer> layer = JsonModels.parse("{\"W\": [[1, 2, 3], [4, 5, 6]], \"b\": [0, \"1/3\", 0.5]}", "t");
        assertTrue(layer.isValid(), () -> layer.getError().mkString("\n"));
        assertEquals(Rational.of(2), layer.get().wDec().get(1).get(0));
        assertEquals(Rational.of(1, 3), layer.get().b().get(1));
    }

    @Test
    void testParse_everyProblemAtOnce() {
        Validation<Seq<String>, ReluLayer> layer = JsonModels.parse(
                "{\"W_enc\": [[1, NaN], [0, 1]], \"W_dec\": [[1, 0], [0, Infinity]]}", "bad");
        assertTrue(layer.isInvalid());
        Seq<String> errors = layer.getError();
        assertEquals(3, errors.size(), errors.mkString("\n"));
        assertTrue(errors.exists(e -> e.contains("W_enc[0][1]") && e.contains("NaN")));
        assertTrue(errors.exists(e -> e.contains("W_dec[1][1]")));
        assertTrue(errors.exists(e -> e.contains("missing key \"b\"")));
    }

    @Test
    void testParse_wrongShapes() {
        Validation<Seq<String>, ReluLayer> layer = JsonModels.parse(
                "{\"W_enc\": [[1, 0, 1], [0, 1, 1]], \"W_dec\": [[1, 0], [0, 1]], \"b\": [0, 0, 0]}", "bad");
        assertTrue(layer.isInvalid());
        assertTrue(layer.getError().exists(e -> e.contains("W_dec has 2 rows, expected d = 3")), layer.getError().mkString());
    }

    @Test
    void testParse_malformed() {
        Validation<Seq<String>, ReluLayer> layer = JsonModels.parse("{\"W\": [[1, 2", "bad");
        assertTrue(layer.isInvalid());
        assertTrue(layer.getError().head().startsWith("malformed JSON"), layer.getError().head());
    }
}

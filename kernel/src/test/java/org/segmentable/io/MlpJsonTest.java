package org.segmentable.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.deep.DeepModel;
import org.segmentable.numbers.Rational;

class MlpJsonTest {

    @Test
    void testParse_layersAndSlice() {
        String json = "{\"name\": \"xor\", \"layers\": [{\"W\": [[1, 0, 0], [0.5, \"1/3\", 0]], \"b\": [0, -1]},"
                + " {\"W\": [[1, -1]], \"b\": [0.1]}],"
                + " \"slice\": {\"origin\": [0, 0, 1], \"u\": [1, 0, 0], \"v\": [0, 1, 0]}}";
        DeepModel m = MlpJson.parse(json, "stem").get();
        assertEquals("xor", m.name());
        assertEquals(3, m.mlp().inputDim());
        assertEquals(Vector.of(2), m.mlp().hiddenWidths());
        assertEquals(Rational.of(1, 3), m.mlp().layers().get(0).w().get(1).get(1));
        assertEquals(Rational.of(0.1), m.mlp().layers().get(1).b().get(0));
        assertEquals(Vector.of(Rational.ZERO, Rational.ZERO, Rational.ONE), m.slice().origin());
    }

    @Test
    void testParse_twoInputsDefaultToIdentitySlice() {
        DeepModel m = MlpJson.parse("{\"layers\": [{\"W\": [[1, 2]], \"b\": [3]}]}", "stem").get();
        assertEquals("stem", m.name());
        assertEquals(Vector.of(Rational.ONE, Rational.ZERO), m.slice().u());
    }

    @Test
    void testParse_everyProblemAtOnce() {
        String json = "{\"layers\": [{\"W\": [[1, NaN]], \"b\": [0]}, {\"b\": [\"x\"]}]}";
        Validation<Seq<String>, DeepModel> v = MlpJson.parse(json, "m");
        Seq<String> p = v.getError();
        assertTrue(p.exists(s -> s.contains("layers[0].W[0][1]") && s.contains("NaN")), p::toString);
        assertTrue(p.exists(s -> s.contains("layers[1]: missing key \"W\"")), p::toString);
        assertTrue(p.exists(s -> s.contains("layers[1].b[0]")), p::toString);
    }

    @Test
    void testParse_shapeAndSliceProblems() {
        assertTrue(MlpJson.parse("{\"layers\": [{\"W\": [[1, 2, 3]], \"b\": [0]}]}", "m").getError().head()
                .contains("missing key \"slice\""));
        String dependent = "{\"layers\": [{\"W\": [[1, 2]], \"b\": [0]}],"
                + " \"slice\": {\"origin\": [0, 0], \"u\": [1, 1], \"v\": [2, 2]}}";
        assertTrue(MlpJson.parse(dependent, "m").getError().head().contains("u and v have rank 1"));
        String chain = "{\"layers\": [{\"W\": [[1, 2]], \"b\": [0]}, {\"W\": [[1, 2]], \"b\": [0]}]}";
        assertTrue(MlpJson.parse(chain, "m").getError().head().contains("expected 1 (the outputs of layer 0)"));
        assertTrue(MlpJson.parse("{\"layers\": [", "m").getError().head().startsWith("malformed JSON"));
    }

    @Test
    void testRead_namesTheFileAndDetectsModels(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("net.json");
        Files.writeString(good, "{\"layers\": [{\"W\": [[1, 2]], \"b\": [3]}]}");
        Path layer = dir.resolve("layer.json");
        Files.writeString(layer, "{\"W\": [[1, 2]], \"b\": [3, 4]}");
        assertEquals("net", MlpJson.read(good).get().name());
        assertTrue(MlpJson.isMlp(good));
        assertFalse(MlpJson.isMlp(layer));
        Path missing = dir.resolve("missing.json");
        assertEquals(missing + ": no such file", MlpJson.read(missing).getError().head());
        assertTrue(MlpJson.read(layer).getError().head().startsWith(layer + ": missing key \"layers\""));
    }
}

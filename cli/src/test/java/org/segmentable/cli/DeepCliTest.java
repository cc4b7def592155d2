package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.deep.DeepModel;
import org.segmentable.deep.DenseLayer;
import org.segmentable.io.DType;
import org.segmentable.io.MlpJson;
import org.segmentable.io.TensorWriters;
import org.segmentable.numbers.Rational;

class DeepCliTest {

    /** Two ReLU neurons s and t, output relu(s) + relu(t) - 1. */
    private static final String NET = "{\"name\": \"corner\", \"layers\": [{\"W\": [[1, 0], [0, 1]], \"b\": [0, 0]},"
            + " {\"W\": [[1, 1]], \"b\": [-1]}]}";

    @Test
    void testAnalyze_deepModelReportsCellsAndPatterns(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("corner.json");
        Files.writeString(model, NET);
        CliTest.Run r = CliTest.run("analyze", model.toString(), "--box", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"name\": \"corner\", \"widths\": [2, 2, 1], \"region\": \"box\", \"box\": \"2\","
                + " \"region_area\": \"16\", \"cells\": 4, \"cells_per_depth\": [1, 4], \"patterns_per_layer\": [4],"
                + " \"patterns\": {\"00\": \"4\", \"01\": \"4\", \"10\": \"4\", \"11\": \"4\"}}", r.out().strip());
    }

    @Test
    void testRender_deepModelDrawsCellsAndDecisionBoundary(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("corner.json");
        Files.writeString(model, NET);
        Path svg = dir.resolve("out.svg");
        CliTest.Run r = CliTest.run("render", model.toString(), "--mode", "complex", "--box", "2", "-o", svg.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        assertEquals(4, text.split("<path d=\"M").length - 2, "four cells and one boundary path");
        assertTrue(text.contains("stroke=\"#000000\""), "the decision boundary is drawn");
    }

    @Test
    void testRender_badLayerIsAUsageError(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("corner.json");
        Files.writeString(model, NET);
        CliTest.Run r = CliTest.run("render", model.toString(), "--layer", "3", "-o", dir.resolve("x.svg").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--layer must be a hidden layer 0..0"), r.err());
        assertEquals(1, CliTest.files(dir));
    }

    /** The example network's layers as nn.Sequential names them: Linear at 0, 2, 4, ..., float64 (exact). */
    private static List<TensorWriters.Array> sequential(DeepModel m, String prefix) {
        List<TensorWriters.Array> arrays = new ArrayList<>();
        for (int k = 0; k < m.mlp().layers().size(); k++) {
            DenseLayer l = m.mlp().layers().get(k);
            double[] w = l.w().flatMap(row -> row).map(Rational::doubleValue).toJavaStream()
                    .mapToDouble(Double::doubleValue).toArray();
            double[] b = l.b().map(Rational::doubleValue).toJavaStream().mapToDouble(Double::doubleValue).toArray();
            arrays.add(new TensorWriters.Array(prefix + 2 * k + ".weight", DType.F64,
                    new int[] {l.outputs(), l.inputs()}, w));
            arrays.add(new TensorWriters.Array(prefix + 2 * k + ".bias", DType.F64, new int[] {l.outputs()}, b));
        }
        java.util.Collections.reverse(arrays);
        return arrays;
    }

    @Test
    void testAnalyze_jsonSafetensorsAndNpzPrintTheSameReport(@TempDir Path dir) throws Exception {
        Path json = Path.of("..", "examples", "deep-mlp.json");
        DeepModel m = MlpJson.read(json).get();
        // Files named like the model, so that the name in the report matches too.
        Path st = dir.resolve(m.name() + ".safetensors");
        Files.write(st, TensorWriters.safetensors(sequential(m, "")));
        Path npz = dir.resolve(m.name() + ".npz");
        Files.write(npz, TensorWriters.npz(true, sequential(m, "net.")));
        CliTest.Run fromJson = CliTest.run("analyze", json.toString(), "--box", "2");
        assertEquals(0, fromJson.code(), fromJson.err());
        assertTrue(fromJson.out().contains("\"widths\": [2, 16, 16, 16, 1]"), fromJson.out());
        for (Path file : List.of(st, npz)) {
            CliTest.Run r = CliTest.run("analyze", file.toString(), "--box", "2");
            assertEquals(0, r.code(), r.err());
            assertEquals(fromJson.out(), r.out(), file.toString());
        }
    }

    @Test
    void testRender_singleLayerOptionsRefuseADeepModel(@TempDir Path dir) {
        String deep = Path.of("..", "examples", "deep-mlp.json").toString();
        Path svg = dir.resolve("d.svg");
        CliTest.Run features = CliTest.run("render", deep, "--features", "0,1", "-o", svg.toString());
        assertEquals(2, features.code(), features.err());
        assertTrue(features.err().contains("--features is for single layers; a deep model is drawn as its linear "
                + "regions"), features.err());
        CliTest.Run outline = CliTest.run("render", deep, "--region", "outline", "-o", svg.toString());
        assertEquals(2, outline.code(), outline.err());
        assertTrue(outline.err().contains("--region outline is for single layers"), outline.err());
        assertFalse(Files.exists(svg));
    }

    @Test
    void testRender_safetensorsGoesToTheDeepPath(@TempDir Path dir) throws Exception {
        Path st = dir.resolve("corner.safetensors");
        Files.write(st, TensorWriters.safetensors(List.of(
                new TensorWriters.Array("0.weight", DType.F32, new int[] {2, 2}, new double[] {1, 0, 0, 1}),
                new TensorWriters.Array("0.bias", DType.F32, new int[] {2}, new double[] {0, 0}),
                new TensorWriters.Array("2.weight", DType.F32, new int[] {1, 2}, new double[] {1, 1}),
                new TensorWriters.Array("2.bias", DType.F32, new int[] {1}, new double[] {-1}))));
        Path svg = dir.resolve("out.svg");
        CliTest.Run r = CliTest.run("render", st.toString(), "--mode", "complex", "--box", "2", "-o", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(4, Files.readString(svg).split("<path d=\"M").length - 2, "four cells and one boundary path");
    }

    @Test
    void testAnalyze_tensorFileMissingBiasIsABadInput(@TempDir Path dir) throws Exception {
        Path st = dir.resolve("m.safetensors");
        Files.write(st, TensorWriters.safetensors(List.of(
                new TensorWriters.Array("0.weight", DType.F32, new int[] {2, 2}, new double[] {1, 0, 0, 1}),
                new TensorWriters.Array("0.bias", DType.F32, new int[] {2}, new double[] {0, 0}),
                new TensorWriters.Array("2.weight", DType.F32, new int[] {1, 2}, new double[] {1, 1}))));
        CliTest.Run r = CliTest.run("analyze", st.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(st + ": tensor '2.weight' has no bias: expected a tensor '2.bias'"), r.err());
    }
}

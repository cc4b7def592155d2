package org.segmentable.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.deep.DeepModel;
import org.segmentable.linalg.AffineSlice;

class MlpTensorsTest {

    /** A 2 → 3 → 2 → 1 network with float32-exact values (multiples of 1/8). */
    private static final double[] W0 = {1, -0.5, 0.25, 2, -1.5, 0.125};
    private static final double[] B0 = {0.5, -0.25, 0};
    private static final double[] W1 = {1, 0.5, -2, -0.75, 1.25, 3};
    private static final double[] B1 = {-1, 0.375};
    private static final double[] W2 = {2, -0.5};
    private static final double[] B2 = {0.125};

    static final String JSON = "{\"layers\": ["
            + "{\"W\": [[1, -0.5], [0.25, 2], [-1.5, 0.125]], \"b\": [0.5, -0.25, 0]},"
            + "{\"W\": [[1, 0.5, -2], [-0.75, 1.25, 3]], \"b\": [-1, 0.375]},"
            + "{\"W\": [[2, -0.5]], \"b\": [0.125]}]}";

    /** The network's tensors as nn.Sequential(Linear, ReLU, Linear, ReLU, Linear) names them. */
    static List<TensorWriters.Array> arrays(String prefix, int... indices) {
        List<TensorWriters.Array> a = new ArrayList<>();
        a.add(new TensorWriters.Array(prefix + indices[0] + ".weight", DType.F32, new int[] {3, 2}, W0));
        a.add(new TensorWriters.Array(prefix + indices[0] + ".bias", DType.F32, new int[] {3}, B0));
        a.add(new TensorWriters.Array(prefix + indices[1] + ".weight", DType.F32, new int[] {2, 3}, W1));
        a.add(new TensorWriters.Array(prefix + indices[1] + ".bias", DType.F32, new int[] {2}, B1));
        a.add(new TensorWriters.Array(prefix + indices[2] + ".weight", DType.F32, new int[] {1, 2}, W2));
        a.add(new TensorWriters.Array(prefix + indices[2] + ".bias", DType.F32, new int[] {1}, B2));
        return a;
    }

    private static DeepModel json() {
        return MlpJson.parse(JSON, "m").get();
    }

    private static Validation<Seq<String>, DeepModel> write(Path file, byte[] bytes) throws Exception {
        Files.write(file, bytes);
        return MlpTensors.read(file);
    }

    @Test
    void testRead_safetensorsEqualsJson(@TempDir Path dir) throws Exception {
        Validation<Seq<String>, DeepModel> m = write(dir.resolve("m.safetensors"),
                TensorWriters.safetensors(arrays("", 0, 2, 4)));
        assertTrue(m.isValid(), () -> m.getError().mkString("; "));
        assertEquals(json().mlp(), m.get().mlp());
        assertEquals(AffineSlice.identity(), m.get().slice());
        assertEquals("m", m.get().name());
    }

    @Test
    void testRead_npzEqualsJson(@TempDir Path dir) throws Exception {
        Validation<Seq<String>, DeepModel> m = write(dir.resolve("m.npz"), TensorWriters.npz(true, arrays("", 0, 2, 4)));
        assertTrue(m.isValid(), () -> m.getError().mkString("; "));
        assertEquals(json().mlp(), m.get().mlp());
    }

    @Test
    void testRead_indicesSortedNumerically(@TempDir Path dir) throws Exception {
        // Layer order 2, 10, 11: lexicographic order would put 10 and 11 before 2 and fail to chain.
        List<TensorWriters.Array> a = arrays("net.", 2, 10, 11);
        java.util.Collections.reverse(a);
        Validation<Seq<String>, DeepModel> m = write(dir.resolve("m.safetensors"), TensorWriters.safetensors(a));
        assertTrue(m.isValid(), () -> m.getError().mkString("; "));
        assertEquals(json().mlp(), m.get().mlp());
    }

    @Test
    void testRead_missingBiasNamesFileAndTensor(@TempDir Path dir) throws Exception {
        List<TensorWriters.Array> a = arrays("layers.", 0, 2, 4);
        a.remove(3);
        Path file = dir.resolve("m.safetensors");
        Validation<Seq<String>, DeepModel> m = write(file, TensorWriters.safetensors(a));
        assertEquals(List.of(file + ": tensor 'layers.2.weight' has no bias: expected a tensor 'layers.2.bias'"),
                m.getError().toJavaList());
    }

    @Test
    void testRead_shapeMismatchNamesBothLayers(@TempDir Path dir) throws Exception {
        List<TensorWriters.Array> a = arrays("", 0, 2, 4);
        a.set(2, new TensorWriters.Array("2.weight", DType.F32, new int[] {2, 2}, new double[] {1, 2, 3, 4}));
        Path file = dir.resolve("m.npz");
        Validation<Seq<String>, DeepModel> m = write(file, TensorWriters.npz(false, a));
        assertEquals(List.of(file + ": tensor '2.weight' has shape [2, 2]: its 2 columns should match the 3 outputs"
                + " of '0.weight'"), m.getError().toJavaList());
    }

    @Test
    void testRead_nonFiniteValuesByPosition(@TempDir Path dir) throws Exception {
        List<TensorWriters.Array> a = arrays("", 0, 2, 4);
        a.set(1, new TensorWriters.Array("0.bias", DType.F32, new int[] {3}, new double[] {0, Double.NaN, 1}));
        a.set(4, new TensorWriters.Array("4.weight", DType.F32, new int[] {1, 2},
                new double[] {Double.POSITIVE_INFINITY, 0}));
        Path file = dir.resolve("m.safetensors");
        Seq<String> e = write(file, TensorWriters.safetensors(a)).getError();
        assertEquals(2, e.size(), e.mkString("; "));
        assertTrue(e.get(0).startsWith(file + ": 0.bias[1] is NaN"), e.get(0));
        assertTrue(e.get(1).startsWith(file + ": 4.weight[0][0] is "), e.get(1));
    }

    @Test
    void testRead_threeInputsNeedASlice(@TempDir Path dir) throws Exception {
        List<TensorWriters.Array> a = List.of(
                new TensorWriters.Array("0.weight", DType.F32, new int[] {1, 3}, new double[] {1, 2, 3}),
                new TensorWriters.Array("0.bias", DType.F32, new int[] {1}, new double[] {0}));
        Path file = dir.resolve("m.safetensors");
        Seq<String> e = write(file, TensorWriters.safetensors(a)).getError();
        assertEquals(1, e.size());
        assertTrue(e.head().startsWith(file + ": the network takes 3 inputs and a tensor file holds no slice"), e.head());
    }

    @Test
    void testIsMlp_tensorNames(@TempDir Path dir) throws Exception {
        Path seq = dir.resolve("seq.safetensors");
        Files.write(seq, TensorWriters.safetensors(arrays("net.", 0, 2, 4)));
        assertTrue(MlpTensors.isMlp(seq));
        Path sae = dir.resolve("sae.safetensors");
        Files.write(sae, TensorWriters.safetensors(List.of(
                new TensorWriters.Array("W_enc", DType.F32, new int[] {1, 2}, new double[] {1, 2}),
                new TensorWriters.Array("0.bias", DType.F32, new int[] {1}, new double[] {0}))));
        assertFalse(MlpTensors.isMlp(sae), "a name outside N.weight/N.bias");
        Path mixed = dir.resolve("mixed.safetensors");
        List<TensorWriters.Array> a = arrays("net.", 0, 2, 4);
        a.set(0, new TensorWriters.Array("head.0.weight", DType.F32, new int[] {3, 2}, W0));
        Files.write(mixed, TensorWriters.safetensors(a));
        assertFalse(MlpTensors.isMlp(mixed), "two prefixes");
        Path json = dir.resolve("m.json");
        Files.writeString(json, JSON);
        assertFalse(MlpTensors.isMlp(json));
    }
}

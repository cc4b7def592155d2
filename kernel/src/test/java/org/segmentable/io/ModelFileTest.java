package org.segmentable.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.layer.Fixtures;

/** One read of a model file gives what the single-purpose readers give. */
class ModelFileTest {

    @TempDir
    Path dir;

    @Test
    void testRead_jsonLayerEqualsModelFiles() {
        Path seed = Fixtures.path("seed-hard-2");
        ModelFile file = ModelFile.read(seed, TensorNames.defaults()).get();
        assertEquals(ModelFiles.read(seed).get(), file.layer().get());
        assertTrue(file.deep().isEmpty() && file.inlineSlice().isEmpty());
        assertEquals(seed, file.path());
    }

    @Test
    void testRead_deepJsonEqualsMlpJson() {
        Path deep = Path.of("..", "examples", "deep-mlp.json");
        ModelFile file = ModelFile.read(deep, TensorNames.defaults()).get();
        assertEquals(MlpJson.read(deep).get(), file.deep().get());
        assertTrue(file.layer().isEmpty());
    }

    @Test
    void testRead_inlineSliceEqualsSliceJson() {
        Path toy = Path.of("..", "examples", "toy-h3.json");
        ModelFile file = ModelFile.read(toy, TensorNames.defaults()).get();
        assertEquals(SliceJson.inline(toy).map(v -> v.map(s -> s.v())), file.inlineSlice().map(v -> v.map(s -> s.v())));
    }

    @Test
    void testRead_sequentialTensorsAreDeepOthersALayer() throws Exception {
        Path st = Files.write(dir.resolve("corner.safetensors"), TensorWriters.safetensors(List.of(
                new TensorWriters.Array("0.weight", DType.F32, new int[] {2, 2}, new double[] {1, 0, 0, 1}),
                new TensorWriters.Array("0.bias", DType.F32, new int[] {2}, new double[] {0, 0}),
                new TensorWriters.Array("2.weight", DType.F32, new int[] {1, 2}, new double[] {1, 1}),
                new TensorWriters.Array("2.bias", DType.F32, new int[] {1}, new double[] {-1}))));
        assertEquals(MlpTensors.read(st).get(), ModelFile.read(st, TensorNames.defaults()).get().deep().get());
        Path tied = Files.write(dir.resolve("tied.safetensors"), TensorWriters.safetensors(List.of(
                new TensorWriters.Array("W", DType.F32, new int[] {2, 3}, new double[] {1, 0, -1, 0, 1, 0.5}),
                new TensorWriters.Array("b", DType.F32, new int[] {3}, new double[] {0, 0, 0}))));
        assertEquals(ModelFiles.read(tied).get(), ModelFile.read(tied, TensorNames.defaults()).get().layer().get());
    }

    @Test
    void testRead_problemsAreTheReadersMessages() throws Exception {
        Path missing = dir.resolve("missing.json");
        assertEquals(Vector.of(missing + ": no such file"), ModelFile.read(missing, TensorNames.defaults()).getError());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"W\": [[1, NaN], [0, 1]], \"b\": [0, 0]}");
        assertEquals(ModelFiles.read(bad).getError(), ModelFile.read(bad, TensorNames.defaults()).getError());
        Path cut = Files.write(dir.resolve("cut.npy"), new byte[] {(byte) 0x93, 'N', 'U'});
        assertEquals(ModelFiles.read(cut).getError(), ModelFile.read(cut, TensorNames.defaults()).getError());
    }
}

package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.io.DType;
import org.segmentable.io.TensorNames;
import org.segmentable.io.TensorWriters;
import org.segmentable.io.TensorWriters.Array;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

class ModelArgsTest {

    @TempDir
    Path dir;

    @Test
    void testExtract_namesAndRest() {
        Either<String, ModelArgs.Parsed> parsed = ModelArgs.extract(
                List.of("m.safetensors", "--enc", "e.w", "--box", "2", "--dec=d.w", "--bias", "d.b"));
        assertTrue(parsed.isRight(), () -> parsed.getLeft());
        assertEquals(new TensorNames(Option.some("e.w"), Option.some("d.w"), Option.some("d.b"), Option.none()),
                parsed.get().names());
        assertEquals(List.of("m.safetensors", "--box", "2"), parsed.get().rest());
    }

    @Test
    void testExtract_defaultsWhenAbsent() {
        ModelArgs.Parsed parsed = ModelArgs.extract(List.of("m.json", "-o", "x.svg")).get();
        assertTrue(parsed.names().isDefault());
        assertEquals(List.of("m.json", "-o", "x.svg"), parsed.rest());
    }

    @Test
    void testExtract_usageErrors() {
        assertEquals(Either.left("--enc needs a tensor NAME"), ModelArgs.extract(List.of("m.npz", "--enc")).map(p -> ""));
        assertEquals(Either.left("--bias needs a tensor NAME"),
                ModelArgs.extract(List.of("m.npz", "--bias", "--box", "2")).map(p -> ""));
        assertEquals(Either.left("--tied given twice ('W' and 'V')"),
                ModelArgs.extract(List.of("--tied", "W", "--tied=V")).map(p -> ""));
        assertEquals(Either.left("--tied cannot be combined with --enc or --dec"),
                ModelArgs.extract(List.of("--tied", "W", "--enc", "E")).map(p -> ""));
    }

    @Test
    void testExtract_stopsAtDoubleDash() {
        ModelArgs.Parsed parsed = ModelArgs.extract(List.of("--tied", "W", "--", "--enc")).get();
        assertEquals(List.of("--", "--enc"), parsed.rest());
    }

    @Test
    void testLoadOrMessage_readsChosenTensorsAndReportsMissingOnes() throws Exception {
        Path file = dir.resolve("toy.safetensors");
        Files.write(file, TensorWriters.safetensors(java.util.List.of(
                new Array("W", DType.BF16, new int[] {2, 3}, new double[] {1, 0, -1, 0, 1, 0.5}),
                new Array("bias", DType.F32, new int[] {3}, new double[] {-0.25, 0, 0.25}))));
        ModelArgs.Parsed parsed = ModelArgs.extract(List.of("--tied", "W", "--bias", "bias")).get();
        Either<String, ReluLayer> layer = ModelArgs.loadOrMessage(file, parsed.names());
        assertTrue(layer.isRight(), () -> layer.getLeft());
        assertEquals(Rational.of(1, 2), layer.get().wDec().get(2).get(1));
        Either<String, ReluLayer> missing = ModelArgs.loadOrMessage(file,
                ModelArgs.extract(List.of("--tied", "W")).get().names());
        assertEquals(Either.left(file + ": no bias: none of b_final, b found; name it with --bias NAME; tensors present: "
                + "W (BF16 [2, 3]), bias (F32 [3])"), missing);
    }
}

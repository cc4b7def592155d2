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
import org.segmentable.io.ModelFile;
import org.segmentable.io.TensorNames;
import org.segmentable.io.TensorWriters;
import org.segmentable.io.TensorWriters.Array;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

class ModelOptionsTest {

    @TempDir
    Path dir;

    /** The model options after parsing {@code args} as picocli does for a command. */
    static ModelOptions parse(String... args) {
        ModelOptions options = new ModelOptions();
        new picocli.CommandLine(options).setOverwrittenOptionsAllowed(true).parseArgs(args);
        return options;
    }

    /** The usage message of {@code analyze} with {@code args}, without its prefix and suffix. */
    static String usageError(String... args) {
        CliTest.Run r = CliTest.run(List.of("analyze").appendAll(List.of(args)).toJavaArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("segmentable analyze: ") && r.err().endsWith(
                ". Run 'segmentable analyze --help' for usage.\n"), r.err());
        return r.err().substring("segmentable analyze: ".length(), r.err().length()
                - ". Run 'segmentable analyze --help' for usage.\n".length());
    }

    /** The layer the names choose in a model file, or its problems on one line each. */
    static Either<String, ReluLayer> load(Path file, TensorNames names) {
        return ModelFile.read(file, names).toEither().mapLeft(problems -> problems.mkString("\n  "))
                .map(m -> m.layer().get());
    }

    @Test
    void testNames_bothSpellings() {
        Either<String, TensorNames> names = parse("--enc", "e.w", "--dec=d.w", "--bias", "d.b").names();
        assertTrue(names.isRight(), () -> names.getLeft());
        assertEquals(new TensorNames(Option.some("e.w"), Option.some("d.w"), Option.some("d.b"), Option.none()),
                names.get());
    }

    @Test
    void testNames_defaultsWhenAbsent() {
        assertTrue(parse().names().get().isDefault());
    }

    @Test
    void testNames_usageErrors() {
        assertEquals("--enc needs a tensor NAME", usageError("m.npz", "--enc"));
        assertEquals("--bias needs a tensor NAME", usageError("m.npz", "--bias", "--box", "2"));
        assertEquals("--tied needs a tensor NAME", usageError("m.npz", "--tied="));
        assertEquals("--tied given twice ('W' and 'V')", usageError("m.npz", "--tied", "W", "--tied=V"));
        assertEquals("--tied cannot be combined with --enc or --dec", usageError("m.npz", "--tied", "W", "--enc", "E"));
    }

    @Test
    void testNames_doubleDashEndsOptions() {
        assertEquals("one MODEL expected, got 2: m.npz --enc", usageError("--tied", "W", "--", "m.npz", "--enc"));
    }

    @Test
    void testLoad_readsChosenTensorsAndReportsMissingOnes() throws Exception {
        Path file = dir.resolve("toy.safetensors");
        Files.write(file, TensorWriters.safetensors(java.util.List.of(
                new Array("W", DType.BF16, new int[] {2, 3}, new double[] {1, 0, -1, 0, 1, 0.5}),
                new Array("bias", DType.F32, new int[] {3}, new double[] {-0.25, 0, 0.25}))));
        Either<String, ReluLayer> layer = load(file, parse("--tied", "W", "--bias", "bias").names().get());
        assertTrue(layer.isRight(), () -> layer.getLeft());
        assertEquals(Rational.of(1, 2), layer.get().wDec().get(2).get(1));
        Either<String, ReluLayer> missing = load(file, parse("--tied", "W").names().get());
        assertEquals(Either.left(file + ": no bias: none of b_final, b found; name it with --bias NAME; tensors present: "
                + "W (BF16 [2, 3]), bias (F32 [3])"), missing);
    }
}

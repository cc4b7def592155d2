package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.io.DType;
import org.segmentable.io.JsonModels;
import org.segmentable.io.TensorWriters;
import org.segmentable.io.TensorWriters.Array;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/** The CLI reads the same layer from every weight-file format and draws the same figure. */
class ModelFormatsCliTest {

    @TempDir
    Path dir;

    static double[] doubles(Vector<Rational> values) {
        return values.map(Rational::doubleValue).toJavaStream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The seed example in JSON, and in every binary format under the given tensor names. */
    Vector<Path> everyFormat(String enc, String dec, String bias) throws Exception {
        Path json = org.segmentable.layer.Fixtures.path("seed-example"); // a file also when the fixtures sit in the kernel test-jar
        ReluLayer layer = JsonModels.read(json).get();
        for (Vector<Rational> v : layer.wEnc().appendAll(layer.wDec()).append(layer.b()).flatMap(row -> row)
                .map(Vector::of)) {
            assertTrue(Rational.of(v.head().doubleValue()).equals(v.head()), "a weight is not a double");
        }
        List<Array> arrays = List.of(
                new Array(enc, DType.F64, new int[] {layer.h(), layer.d()}, doubles(layer.wEnc().flatMap(r -> r))),
                new Array(dec, DType.F64, new int[] {layer.d(), layer.h()}, doubles(layer.wDec().flatMap(r -> r))),
                new Array(bias, DType.F64, new int[] {layer.d()}, doubles(layer.b())));
        // every model is named seed-example (the file's stem), in its own directory
        Path npz = Files.write(Files.createDirectories(dir.resolve("npz")).resolve("seed-example.npz"),
                TensorWriters.npz(true, arrays));
        Path st = Files.write(Files.createDirectories(dir.resolve("st")).resolve("seed-example.safetensors"),
                TensorWriters.safetensors(arrays));
        Path npyDir = Files.createDirectories(dir.resolve("npy").resolve("seed-example"));
        for (Array a : arrays) {
            Files.write(npyDir.resolve(a.name() + ".npy"), TensorWriters.npy(a.dtype(), true, true, 1, a.shape(),
                    a.values()));
        }
        return Vector.of(json, npz, st, npyDir);
    }

    /**
     * Renders every format: the outcomes (exit code, messages, figure) are identical. While the
     * kernel's figures are not wired into this build, the identical outcome is the same message
     * about the same layer; once they are, it is the same SVG.
     */
    @Test
    void testRender_sameOutcomeFromEveryFormat() throws Exception {
        Vector<Path> models = everyFormat("W_enc", "W_dec", "b");
        Vector<String> outcomes = Vector.empty();
        for (Path model : models) {
            Path out = dir.resolve(models.indexOf(model) + ".svg");
            CliTest.Run run = CliTest.run("render", model.toString(), "-o", out.toString(), "--title", "same");
            assertFalse(run.err().contains(model.toString()), "the model was not read: " + run.err());
            outcomes = outcomes.append(run.code() + "\n" + run.err() + "\n"
                    + (Files.exists(out) ? Files.readString(out) : "(no file)"));
        }
        Vector<String> all = outcomes;
        assertEquals(1, all.distinct().size(), () -> "outcomes differ between formats:\n" + all.mkString("\n---\n"));
    }

    @Test
    void testRender_tensorNameFlags() throws Exception {
        Vector<Path> models = everyFormat("mlp.fc_in", "mlp.fc_out", "mlp.fc_out_bias");
        Path st = models.get(2);
        Path out = dir.resolve("named.svg");
        CliTest.Run missing = CliTest.run("render", st.toString(), "-o", out.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("tensors present: mlp.fc_in (F64 [2, 6]), mlp.fc_out (F64 [6, 2]), "
                + "mlp.fc_out_bias (F64 [6])"), missing.err());
        assertFalse(Files.exists(out), "nothing is written on bad input");
        CliTest.Run named = CliTest.run("render", st.toString(), "--enc", "mlp.fc_in", "--dec=mlp.fc_out", "--bias",
                "mlp.fc_out_bias", "-o", out.toString());
        CliTest.Run json = CliTest.run("render", models.get(0).toString(), "-o", out.toString() + ".json.svg");
        assertFalse(named.err().contains(st.toString()), "the model was not read: " + named.err());
        assertEquals(json.code(), named.code(), named.err());
        assertEquals(json.err(), named.err());
        CliTest.Run clash = CliTest.run("render", st.toString(), "--tied", "mlp.fc_in", "--enc", "mlp.fc_in");
        assertEquals(2, clash.code());
        assertTrue(clash.err().contains("--tied cannot be combined with --enc or --dec"), clash.err());
    }

    @Test
    void testRender_badFileOneMessageNothingWritten() throws Exception {
        Path bad = Files.write(dir.resolve("cut.safetensors"), new byte[] {(byte) 0xff, 0, 0, 0, 0, 0, 0, 0, '{'});
        Path out = dir.resolve("cut.svg");
        CliTest.Run run = CliTest.run("render", bad.toString(), "-o", out.toString());
        assertEquals(1, run.code());
        assertEquals("segmentable render: " + bad + ": header length 255 runs past the end of the file (8 + 255 "
                + "bytes needed, the file has 9)\n", run.err());
        assertFalse(Files.exists(out));
    }
}

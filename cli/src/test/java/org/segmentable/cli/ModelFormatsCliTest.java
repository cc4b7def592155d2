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
        // copied out: under 'mvn verify' the fixture sits inside the kernel's test-jar
        Path json = Files.createDirectories(dir.resolve("json")).resolve("seed-example.json");
        try (java.io.InputStream in = getClass().getResourceAsStream("/fixtures/seed-example.json")) {
            Files.write(json, in.readAllBytes());
        }
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

    /** Renders every format: the same figure, byte for byte. */
    /** {@code -o} naming a file of an {@code .npy} model directory, or the model file, is refused. */
    @Test
    void testRender_outputIsAnInputOfEveryFormat() throws Exception {
        Vector<Path> models = everyFormat("W_enc", "W_dec", "b");
        for (Path model : models) {
            Path target = Files.isDirectory(model) ? model.resolve("W_dec.npy") : model;
            byte[] before = Files.readAllBytes(target);
            CliTest.Run run = CliTest.run("render", model.toString(), "-o", target.toString());
            assertEquals(1, run.code(), model + ": " + run.err());
            assertTrue(run.err().contains("is an input file"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(target)), "the input is unchanged");
        }
    }

    @Test
    void testRender_sameFigureFromEveryFormat() throws Exception {
        Vector<Path> models = everyFormat("W_enc", "W_dec", "b");
        Vector<String> svgs = Vector.empty();
        for (Path model : models) {
            Path out = dir.resolve(models.indexOf(model) + ".svg");
            CliTest.Run run = CliTest.run("render", model.toString(), "-o", out.toString(), "--title", "same",
                    "--mode", "complex");
            assertEquals(0, run.code(), model + ": " + run.err());
            svgs = svgs.append(Files.readString(out));
        }
        assertTrue(svgs.head().contains("<svg"), svgs.head());
        Vector<String> all = svgs;
        assertEquals(1, all.distinct().size(), "the figures differ between formats");
    }

    @Test
    void testAnalyze_identicalJsonFromEveryFormat() throws Exception {
        Vector<Path> models = everyFormat("W_enc", "W_dec", "b");
        Vector<CliTest.Run> runs = models.map(m -> CliTest.run("analyze", m.toString()));
        for (int k = 0; k < runs.size(); k++) {
            assertEquals(0, runs.get(k).code(), models.get(k) + ": " + runs.get(k).err());
        }
        assertTrue(runs.head().out().startsWith("{\"name\": \"seed-example\""), runs.head().out());
        assertTrue(runs.head().out().contains("\"region_area\""), runs.head().out());
        assertEquals(1, runs.map(CliTest.Run::out).distinct().size(), () -> runs.map(CliTest.Run::out).mkString("\n"));
    }

    @Test
    void testAnalyze_identicalJsonFromEveryDtype() throws Exception {
        // a tied toy layer: W = [[1, 0, -1, 1/2], [0, 1, 1/2, -1]] (values exact in every float dtype), b = -1/4
        double[] w = {1, 0, -1, 0.5, 0, 1, 0.5, -1};
        double[] b = {-0.25, -0.25, -0.25, -0.25};
        Vector<String> outs = Vector.empty();
        for (DType t : new DType[] {DType.F16, DType.BF16, DType.F32, DType.F64}) {
            List<Array> arrays = List.of(new Array("W", t, new int[] {2, 4}, w), new Array("b_final", t, new int[] {4}, b));
            Path sub = Files.createDirectories(dir.resolve(t.name()));
            Vector<Path> files = Vector.of(Files.write(sub.resolve("toy.safetensors"), TensorWriters.safetensors(arrays)));
            if (t != DType.BF16) {
                files = files.append(Files.write(sub.resolve("toy.npz"), TensorWriters.npz(false, arrays)));
            }
            for (Path f : files) {
                CliTest.Run run = CliTest.run("analyze", f.toString(), "--region", "box", "--box", "2");
                assertEquals(0, run.code(), f + ": " + run.err());
                outs = outs.append(run.out());
            }
        }
        Vector<String> all = outs;
        assertEquals(7, all.size());
        assertEquals(1, all.distinct().size(), () -> all.mkString("\n"));
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
                "mlp.fc_out_bias", "-o", out.toString(), "--title", "same");
        CliTest.Run json = CliTest.run("render", models.get(0).toString(), "-o", out.toString() + ".json.svg",
                "--title", "same");
        assertEquals(0, named.code(), named.err());
        assertEquals(0, json.code(), json.err());
        assertEquals(Files.readString(Path.of(out.toString() + ".json.svg")), Files.readString(out));
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

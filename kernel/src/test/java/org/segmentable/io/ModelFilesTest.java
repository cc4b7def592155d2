package org.segmentable.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentable.io.TensorWriters.Array;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

class ModelFilesTest {

    @TempDir
    Path dir;

    static ReluLayer seedExample() throws URISyntaxException {
        return JsonModels.read(Path.of(ModelFilesTest.class.getResource("/fixtures/seed-example.json").toURI())).get();
    }

    /**
     * The double a dyadic rational equals, exactly (Rational.doubleValue() rounds through 16
     * decimal digits, so it cannot be used to write weights back).
     */
    static double exactDouble(Rational r) {
        java.math.BigInteger den = r.denominator();
        if (den.bitCount() != 1 || r.numerator().abs().bitLength() > 53) {
            throw new IllegalArgumentException(r + " is not a double");
        }
        return Math.scalb(r.numerator().doubleValue(), -(den.bitLength() - 1));
    }

    static double[] flat(Vector<Vector<Rational>> m) {
        return m.flatMap(r -> r).map(ModelFilesTest::exactDouble).toJavaStream().mapToDouble(Double::doubleValue).toArray();
    }

    static double[] flatVector(Vector<Rational> v) {
        return v.map(ModelFilesTest::exactDouble).toJavaStream().mapToDouble(Double::doubleValue).toArray();
    }

    static List<Array> arrays(ReluLayer layer, DType t, String enc, String dec, String b) {
        return List.of(new Array(enc, t, new int[] {layer.h(), layer.d()}, flat(layer.wEnc())),
                new Array(dec, t, new int[] {layer.d(), layer.h()}, flat(layer.wDec())),
                new Array(b, t, new int[] {layer.d()}, flatVector(layer.b())));
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    static ReluLayer valid(Validation<Seq<String>, ReluLayer> v) {
        assertTrue(v.isValid(), () -> v.getError().mkString("\n"));
        return v.get();
    }

    static String errors(Validation<Seq<String>, ReluLayer> v) {
        assertTrue(v.isInvalid(), "expected an error");
        return v.getError().mkString("\n");
    }

    static void assertSameWeights(ReluLayer expected, ReluLayer actual, String what) {
        assertEquals(expected.wEnc(), actual.wEnc(), what);
        assertEquals(expected.wDec(), actual.wDec(), what);
        assertEquals(expected.b(), actual.b(), what);
    }

    /** Writes a layer in every binary format the layer's values fit in, and reads back each file. */
    void assertEveryFormatReadsBack(ReluLayer layer, DType t) throws IOException {
        List<Array> arrays = arrays(layer, t, "W_enc", "W_dec", "b");
        String tag = t.name();
        assertSameWeights(layer, valid(ModelFiles.read(write(tag + ".safetensors", TensorWriters.safetensors(arrays)))),
                tag + " safetensors");
        if (t == DType.BF16) {
            return; // NumPy has no bfloat16
        }
        assertSameWeights(layer, valid(ModelFiles.read(write(tag + "-stored.npz", TensorWriters.npz(false, arrays)))),
                tag + " npz stored");
        assertSameWeights(layer, valid(ModelFiles.read(write(tag + "-deflated.npz", TensorWriters.npz(true, arrays)))),
                tag + " npz deflated");
        for (int variant = 0; variant < 4; variant++) {
            boolean big = variant % 2 == 1;
            boolean fortran = variant >= 2;
            int version = 1 + variant % 3;
            Path sub = dir.resolve(tag + "-npy-" + variant);
            for (Array a : arrays) {
                write(sub.getFileName() + "/" + a.name() + ".npy",
                        TensorWriters.npy(a.dtype(), big, fortran, version, a.shape(), a.values()));
            }
            assertSameWeights(layer, valid(ModelFiles.read(sub)), tag + " npy directory variant " + variant);
        }
    }

    @Test
    void testRead_seedExampleIdenticalInEveryFloat64Format() throws Exception {
        ReluLayer json = seedExample();
        assertEveryFormatReadsBack(json, DType.F64);
        ReluLayer fromNpz = valid(ModelFiles.read(write("seed-example.npz",
                TensorWriters.npz(true, arrays(json, DType.F64, "W_enc", "W_dec", "b")))));
        // the name is the file's stem; binary formats carry no title
        assertEquals(ReluLayer.of(json.name(), "", json.wEnc(), json.wDec(), json.b()), Validation.valid(fromNpz));
    }

    @Test
    void testRead_dyadicLayerIdenticalInEveryDtype() throws Exception {
        // every value k/16 with |k| < 128: exact in float16, bfloat16, float32 and float64
        ReluLayer layer = ReluLayer.of("dyadic", "",
                Vector.of(Vector.of(Rational.of(1), Rational.of(-3, 16), Rational.of(127, 16), Rational.ZERO),
                        Vector.of(Rational.of(-1, 2), Rational.of(5, 8), Rational.of(-7, 4), Rational.of(1, 16))),
                Vector.of(Vector.of(Rational.of(3, 2), Rational.of(-1, 16)), Vector.of(Rational.ZERO, Rational.ONE),
                        Vector.of(Rational.of(-5), Rational.of(9, 16)), Vector.of(Rational.of(1, 4), Rational.of(-2))),
                Vector.of(Rational.of(-1, 8), Rational.of(3, 4), Rational.ZERO, Rational.of(-15, 16))).get();
        for (DType t : new DType[] {DType.F16, DType.BF16, DType.F32, DType.F64}) {
            assertEveryFormatReadsBack(layer, t);
        }
    }

    @Test
    void testRead_integerDtypes() throws Exception {
        ReluLayer layer = ReluLayer.of("ints", "", Vector.of(Vector.of(Rational.of(1), Rational.of(-2)),
                Vector.of(Rational.of(3), Rational.of(100))),
                Vector.of(Vector.of(Rational.of(-1), Rational.of(0)), Vector.of(Rational.of(7), Rational.of(-128))),
                Vector.of(Rational.of(2), Rational.of(-3))).get();
        for (DType t : new DType[] {DType.I8, DType.I16, DType.I32, DType.I64}) {
            assertEveryFormatReadsBack(layer, t);
        }
    }

    @Test
    void testRead_pytorchNamesFoundByDefault() throws Exception {
        ReluLayer json = seedExample();
        List<Array> arrays = new java.util.ArrayList<>(arrays(json, DType.F64, "encoder.weight", "decoder.weight",
                "decoder.bias"));
        arrays.add(0, new Array("encoder.bias", DType.F32, new int[] {2}, new double[] {0, 0}));
        ReluLayer read = valid(ModelFiles.read(write("sae.safetensors", TensorWriters.safetensors(arrays))));
        assertSameWeights(json, read, "PyTorch names");
        assertEquals("sae", read.name());
    }

    @Test
    void testRead_toyModelTiedWithBFinal() throws Exception {
        double[] w = {1, 0, -1, 0.5, 0, 1, 0.5, -1};
        List<Array> arrays = List.of(new Array("W", DType.F32, new int[] {2, 4}, w),
                new Array("b_final", DType.F32, new int[] {4}, new double[] {-0.5, -0.5, -0.5, -0.5}));
        ReluLayer read = valid(ModelFiles.read(write("toy.safetensors", TensorWriters.safetensors(arrays))));
        assertEquals(Rational.of(-1), read.wEnc().get(0).get(2));
        assertEquals(Rational.of(-1), read.wDec().get(2).get(0));
        assertEquals(Rational.of(1, 2), read.wDec().get(3).get(0));
        assertEquals(Rational.of(-1, 2), read.b().get(3));
    }

    @Test
    void testRead_explicitNames() throws Exception {
        ReluLayer json = seedExample();
        Path file = write("custom.safetensors", TensorWriters.safetensors(arrays(json, DType.F64, "mlp.in", "mlp.out",
                "mlp.out_bias")));
        TensorNames names = TensorNames.of(Option.some("mlp.in"), Option.some("mlp.out"), Option.some("mlp.out_bias"),
                Option.none()).get();
        assertSameWeights(json, valid(ModelFiles.read(file, names)), "explicit names");
        TensorNames tied = TensorNames.of(Option.none(), Option.none(), Option.some("mlp.out_bias"),
                Option.some("mlp.in")).get();
        ReluLayer read = valid(ModelFiles.read(file, tied));
        assertEquals(json.wEnc(), read.wEnc());
        assertEquals(ReluLayer.transpose(json.wEnc()), read.wDec());
    }

    @Test
    void testRead_noDefaultNamesListsTensorsPresent() throws Exception {
        Path file = write("odd.safetensors", TensorWriters.safetensors(arrays(seedExample(), DType.F64, "a", "c", "z")));
        String message = errors(ModelFiles.read(file));
        assertTrue(message.startsWith(file + ": found none of the default tensor names"), message);
        assertTrue(message.contains("tensors present: a (F64 [2, 6]), c (F64 [6, 2]), z (F64 [6])"), message);
        assertTrue(message.contains("--enc NAME --dec NAME --bias NAME"), message);
        String missing = errors(ModelFiles.read(file, TensorNames.of(Option.some("a"), Option.some("nope"),
                Option.some("z"), Option.none()).get()));
        assertTrue(missing.contains("no tensor named 'nope'; tensors present: a (F64 [2, 6])"), missing);
    }

    @Test
    void testRead_nonFiniteValuesNamedByPosition() throws Exception {
        ReluLayer json = seedExample();
        List<Array> arrays = arrays(json, DType.F64, "W_enc", "W_dec", "b");
        arrays.get(1).values()[3 * 2 + 1] = Double.NaN;
        arrays.get(2).values()[4] = Double.NEGATIVE_INFINITY;
        arrays.get(0).values()[1 * 6 + 5] = Double.POSITIVE_INFINITY;
        Path file = write("bad.safetensors", TensorWriters.safetensors(arrays));
        Seq<String> problems = ModelFiles.read(file).getError();
        assertEquals(Vector.of(file + ": W_enc[1][5] is +Infinity", file + ": W_dec[3][1] is NaN",
                file + ": b[4] is -Infinity"), problems);
    }

    @Test
    void testRead_wrongShapesNamedWithTransposeHint() throws Exception {
        ReluLayer json = seedExample();
        List<Array> arrays = List.of(new Array("encoder.weight", DType.F64, new int[] {2, 6}, flat(json.wEnc())),
                new Array("decoder.weight", DType.F64, new int[] {2, 6}, flat(json.wDec())),
                new Array("decoder.bias", DType.F64, new int[] {6, 1}, flatVector(json.b())));
        Path file = write("shapes.safetensors", TensorWriters.safetensors(arrays));
        assertEquals(Vector.of(file + ": tensor 'decoder.bias' (b) has shape [6, 1], expected [d] (1-D)"),
                ModelFiles.read(file).getError());
        List<Array> transposed = List.of(arrays.get(0), arrays.get(1),
                new Array("decoder.bias", DType.F64, new int[] {6}, flatVector(json.b())));
        Path file2 = write("transposed.safetensors", TensorWriters.safetensors(transposed));
        String message = errors(ModelFiles.read(file2));
        assertEquals(file2 + ": tensor 'decoder.weight' (W_dec) has shape [2, 6], expected [6, 2] (d from the bias, "
                + "h = 2 from 'encoder.weight'); it looks transposed: W_dec is d × h, an nn.Linear(h, d).weight", message);
    }

    @Test
    void testRead_transposedEncoderBlamesOnlyTheEncoder() throws Exception {
        ReluLayer json = seedExample();
        List<Array> arrays = List.of(new Array("encoder.weight", DType.F64, new int[] {6, 2}, flat(json.wDec())),
                new Array("decoder.weight", DType.F64, new int[] {6, 2}, flat(json.wDec())),
                new Array("decoder.bias", DType.F64, new int[] {6}, flatVector(json.b())));
        Path file = write("encT.safetensors", TensorWriters.safetensors(arrays));
        assertEquals(Vector.of(file + ": tensor 'encoder.weight' (W_enc) has shape [6, 2], expected [2, 6] (d = 6 "
                + "from the bias 'decoder.bias', h = 2 from 'decoder.weight'); it looks transposed: W_enc is h × d, "
                + "an nn.Linear(d, h).weight"), ModelFiles.read(file).getError());
    }

    @Test
    void testRead_tiedAndUntiedDefaultsRefused() throws Exception {
        List<Array> arrays = List.of(new Array("W", DType.F64, new int[] {2, 2}, new double[] {1, 0, 0, 1}),
                new Array("W_enc", DType.F64, new int[] {2, 2}, new double[] {1, 0, 0, 1}),
                new Array("W_dec", DType.F64, new int[] {2, 2}, new double[] {1, 0, 0, 1}),
                new Array("b", DType.F64, new int[] {2}, new double[] {0, 0}));
        Path file = write("both.safetensors", TensorWriters.safetensors(arrays));
        assertEquals(Vector.of(file + ": both W (tied) and W_enc/W_dec: keep one, or choose with --tied W or "
                + "--enc W_enc --dec W_dec"), ModelFiles.read(file).getError());
        assertTrue(ModelFiles.read(file, TensorNames.of(Option.none(), Option.none(), Option.none(),
                Option.some("W")).get()).isValid());
    }

    @Test
    void testRead_singleNpyExplainsTheDirectory() throws Exception {
        Path file = write("W_enc.npy", TensorWriters.npy(DType.F32, new int[] {2, 2}, new double[] {1, 0, 0, 1}));
        String message = errors(ModelFiles.read(file));
        assertTrue(message.contains("a .npy file holds one array; put W_enc.npy, W_dec.npy and b.npy"), message);
    }

    @Test
    void testRead_jsonRejectsTensorNames() throws Exception {
        Path file = write("m.json", "{\"W\": [[1, 0], [0, 1]], \"b\": [0, 0]}".getBytes());
        assertTrue(ModelFiles.read(file).isValid());
        String message = errors(ModelFiles.read(file, TensorNames.of(Option.some("x"), Option.none(), Option.none(),
                Option.none()).get()));
        assertTrue(message.startsWith(file + ": --enc, --dec, --bias and --tied choose tensors"), message);
    }

    @Test
    void testRead_jsonRecognisedWithoutItsExtension() throws Exception {
        Path file = write("weights.txt", " {\"W\": [[1, 0], [0, 1]], \"b\": [0, 0]}".getBytes());
        assertEquals("weights", valid(ModelFiles.read(file)).name());
        Path broken = write("broken.txt", "{\"W\": [[1, 0], [0, 1]]".getBytes());
        String message = errors(ModelFiles.read(broken));
        assertTrue(message.startsWith(broken + ": malformed JSON"), message);
    }

    @Test
    void testRead_deviceIsRefusedNotStreamed() {
        Path zero = Path.of("/dev/zero");
        if (java.nio.file.Files.exists(zero)) {
            assertEquals(Vector.of("/dev/zero: not a regular file"), ModelFiles.read(zero).getError());
        }
        assertTrue(errors(ModelFiles.read(dir)).contains("the directory holds no .npy files"));
    }

    @Test
    void testRead_missingFile() {
        Path file = dir.resolve("absent.safetensors");
        assertEquals(Vector.of(file + ": no such file"), ModelFiles.read(file).getError());
    }
}

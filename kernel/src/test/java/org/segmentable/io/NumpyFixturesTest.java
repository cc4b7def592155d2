package org.segmentable.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/**
 * Files written by NumPy 2.4.6 ({@code src/test/resources/io/make_numpy_fixtures.py}, run once by
 * hand): the readers decode them, and the test writers reproduce them byte for byte.
 */
class NumpyFixturesTest {

    static final double[] W_ENC = {1.0, -0.5, 0.25, 0.0, 0.75, -1.5};
    static final double[] W_DEC = {1.0, 0.0, -0.5, 0.75, 0.25, -1.5};
    static final double[] B = {0.125, -0.25, 0.5};

    static byte[] resource(String name) {
        try (InputStream in = NumpyFixturesTest.class.getResourceAsStream("/io/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /io/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resourcePath(String name) {
        try {
            return Path.of(NumpyFixturesTest.class.getResource("/io/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Vector<Rational> exact(double... values) {
        return Vector.ofAll(values).map(Rational::of);
    }

    static Tensor single(String file) {
        Validation<Seq<String>, Map<String, Tensor>> read = TensorFile.parse(file, resource(file));
        assertTrue(read.isValid(), () -> read.getError().mkString("\n"));
        assertEquals(1, read.get().size());
        return read.get().values().head();
    }

    static double[] times(double[] values, double factor) {
        double[] out = values.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] *= factor;
        }
        return out;
    }

    @Test
    void testWriter_matchesNumpyByteForByte() {
        int[] shape = {3, 2};
        for (DType t : new DType[] {DType.F16, DType.F32, DType.F64}) {
            for (boolean big : new boolean[] {false, true}) {
                String file = "np-W_dec-" + (big ? "be" : "le") + "f" + t.size() + ".npy";
                assertArrayEquals(resource(file), TensorWriters.npy(t, big, false, 1, shape, W_DEC), file);
            }
        }
        assertArrayEquals(resource("np-W_dec-lei4.npy"),
                TensorWriters.npy(DType.I32, false, false, 1, shape, times(W_DEC, 4)));
        assertArrayEquals(resource("np-W_dec-bei2.npy"),
                TensorWriters.npy(DType.I16, true, false, 1, shape, times(W_DEC, 4)));
        assertArrayEquals(resource("np-W_dec-fortran-lef4.npy"),
                TensorWriters.npy(DType.F32, false, true, 1, shape, W_DEC));
        assertArrayEquals(resource("np-W_dec-fortran-bef8.npy"),
                TensorWriters.npy(DType.F64, true, true, 1, shape, W_DEC));
        assertArrayEquals(resource("np-b-1d-lef8.npy"), TensorWriters.npy(DType.F64, new int[] {3}, B));
        assertArrayEquals(resource("np-W_enc-v2.npy"),
                TensorWriters.npy(DType.F32, false, false, 2, new int[] {2, 3}, W_ENC));
        assertArrayEquals(resource("np-W_enc-v3.npy"),
                TensorWriters.npy(DType.F32, false, false, 3, new int[] {2, 3}, W_ENC));
    }

    @Test
    void testRead_everyNumpyDtypeAndOrder() {
        for (String file : new String[] {"np-W_dec-lef2.npy", "np-W_dec-lef4.npy", "np-W_dec-lef8.npy",
            "np-W_dec-bef2.npy", "np-W_dec-bef4.npy", "np-W_dec-bef8.npy", "np-W_dec-fortran-lef4.npy",
            "np-W_dec-fortran-bef8.npy"}) {
            Tensor t = single(file);
            assertEquals(Vector.of(3, 2), t.shape(), file);
            assertEquals(Validation.valid(exact(W_DEC)), t.values(), file);
        }
        assertEquals(Validation.valid(exact(times(W_DEC, 4))), single("np-W_dec-lei4.npy").values());
        assertEquals(Validation.valid(exact(times(W_DEC, 4))), single("np-W_dec-bei2.npy").values());
        assertEquals(Validation.valid(exact(1, 0, 2, 255, 7, 128)), single("np-W_dec-u1.npy").values());
        assertEquals(Validation.valid(exact(W_ENC)), single("np-W_enc-v2.npy").values());
        assertEquals(Validation.valid(exact(W_ENC)), single("np-W_enc-v3.npy").values());
        assertEquals(Vector.of(3), single("np-b-1d-lef8.npy").shape());
    }

    @Test
    void testRead_float16EdgesAgreeWithNumpyConversion() {
        Tensor half = single("np-f16-edges.npy");
        Tensor wide = single("np-f16-edges-as-f8.npy");
        assertEquals(15, half.size());
        assertEquals(wide.values(), half.values());
        // 0x0001 is the smallest subnormal, 2^-24; 0x7bff is the largest finite, 65504
        assertEquals(Rational.ofBinary(1, -24), half.exact(2).get());
        assertEquals(Rational.of(65504), half.exact(10).get());
    }

    @Test
    void testRead_pythonWrittenSafetensorsWithPytorchNames() {
        Validation<Seq<String>, ReluLayer> layer = ModelFiles.read(resourcePath("st-pytorch-names.safetensors"));
        assertTrue(layer.isValid(), () -> layer.getError().mkString("\n"));
        assertEquals(exact(W_ENC).grouped(3).toVector(), layer.get().wEnc());
        assertEquals(exact(W_DEC).grouped(2).toVector(), layer.get().wDec());
        assertEquals(exact(B), layer.get().b());
        Map<String, Tensor> tensors = TensorFile.read(resourcePath("st-pytorch-names.safetensors")).get();
        assertEquals(Vector.of("encoder.weight", "encoder.bias", "decoder.weight", "decoder.bias", "step"),
                tensors.keySet().toVector());
        assertEquals(Vector.empty(), tensors.get("step").get().shape());
        assertEquals(Validation.valid(Vector.of(Rational.of(7))), tensors.get("step").get().values());
    }

    @Test
    void testRead_npzStoredDeflatedAndTied() {
        ReluLayer expected = ReluLayer.of("np-layer", "", exact(W_ENC).grouped(3).toVector(),
                exact(W_DEC).grouped(2).toVector(), exact(B)).get();
        Validation<Seq<String>, ReluLayer> stored = ModelFiles.read(resourcePath("np-layer.npz"));
        assertEquals(Validation.valid(expected), stored);
        Validation<Seq<String>, ReluLayer> deflated = ModelFiles.read(resourcePath("np-layer-compressed.npz"));
        assertTrue(deflated.isValid(), () -> deflated.getError().mkString("\n"));
        assertEquals(expected.wEnc(), deflated.get().wEnc());
        assertEquals(expected.wDec(), deflated.get().wDec());
        assertEquals(expected.b(), deflated.get().b());
        Validation<Seq<String>, ReluLayer> tied = ModelFiles.read(resourcePath("np-tied.npz"));
        assertTrue(tied.isValid(), () -> tied.getError().mkString("\n"));
        assertEquals(expected.wEnc(), tied.get().wEnc());
        assertEquals(ReluLayer.transpose(expected.wEnc()), tied.get().wDec());
    }
}

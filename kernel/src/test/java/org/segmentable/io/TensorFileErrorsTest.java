package org.segmentable.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentable.io.TensorWriters.Array;

/** Every malformed input gives the documented message, naming the file (and tensor or entry). */
class TensorFileErrorsTest {

    static final double[] SIX = {1, 2, 3, 4, 5, 6};

    static Seq<String> errors(String label, byte[] bytes) {
        Validation<Seq<String>, Map<String, Tensor>> read = TensorFile.parse(label, bytes);
        assertTrue(read.isInvalid(), () -> "expected an error for " + label + ", read " + read.get());
        return read.getError();
    }

    static byte[] npy() {
        return TensorWriters.npy(DType.F32, new int[] {2, 3}, SIX);
    }

    static byte[] replaceHeader(byte[] npy, String from, String to) {
        String text = new String(npy, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(from));
        return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void testNpy_wrongMagicTruncatedAndTrailing() {
        assertEquals(Vector.of("m.npy: not a .npy array: expected the magic \\x93NUMPY, found 89 50 4e 47 0d 0a"),
                errors("m.npy", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        byte[] file = npy();
        assertEquals(Vector.of("m.npy: truncated data: shape (2, 3) of 4-byte elements needs 24 bytes, 23 follow "
                + "the header"), errors("m.npy", Arrays.copyOf(file, file.length - 1)));
        assertEquals(Vector.of("m.npy: 1 unexpected bytes after the data of shape (2, 3)"),
                errors("m.npy", Arrays.copyOf(file, file.length + 1)));
        assertEquals(Vector.of("m.npy: header length 118 runs past the end of the data (100 bytes in all)"),
                errors("m.npy", Arrays.copyOf(file, 100)));
        assertEquals(Vector.of("m.npy: truncated: 8 bytes, the .npy preamble alone has 10"),
                errors("m.npy", Arrays.copyOf(file, 8)));
    }

    @Test
    void testNpy_badHeaders() {
        byte[] file = npy();
        byte[] version = file.clone();
        version[6] = 4;
        assertEquals(Vector.of("m.npy: unsupported .npy format version 4.0 (supported: 1.0, 2.0, 3.0)"),
                errors("m.npy", version));
        assertEquals(Vector.of("m.npy: malformed header: expected ',' or ')' at character 52"),
                errors("m.npy", replaceHeader(file, "(2, 3)", "(2; 3)")));
        assertEquals(Vector.of("m.npy: header's 'shape' (2, -3) must hold non-negative integers below 2^31"),
                errors("m.npy", replaceHeader(file, "(2, 3)", "(2,-3)")));
        assertEquals(Vector.of("m.npy: truncated data: shape (99, 9) of 4-byte elements needs 3564 bytes, 24 follow "
                + "the header"), errors("m.npy", replaceHeader(file, "(2, 3)", "(99,9)")));
        Tensor bool = TensorFile.parse("m.npy", replaceHeader(file, "'<f4'", "'|b1'").clone()).fold(e -> null,
                t -> t.get("m").get());
        assertTrue(bool == null || !bool.isSupported());
    }

    @Test
    void testNpy_unsupportedDtypeReportedWhenUsed() {
        byte[] complex = TensorWriters.npy(DType.F32, new int[] {3}, new double[] {1, 2, 3});
        complex = replaceHeader(complex, "'<f4'", "'<c8'"); // 3 complex64 need 24 bytes: size is still checked
        assertEquals(Vector.of("m.npy: truncated data: shape (3,) of 8-byte elements needs 24 bytes, 12 follow the "
                + "header"), errors("m.npy", complex));
        byte[] bool = replaceHeader(TensorWriters.npy(DType.U8, new int[] {3}, new double[] {1, 0, 1}), "'|u1'",
                "'|b1'");
        Tensor t = TensorFile.parse("m.npy", bool).get().get("m").get();
        assertEquals(Validation.invalid(Vector.of("tensor 'm': unsupported dtype '|b1' (bool) (supported: F16, BF16, "
                + "F32, F64, I8, I16, I32, I64, U8, U16, U32, U64)")), t.values());
    }

    @Test
    void testNpz_truncatedCorruptedAndBadEntry() {
        List<Array> arrays = List.of(new Array("W_enc", DType.F32, new int[] {2, 3}, SIX),
                new Array("b", DType.F64, new int[] {3}, new double[] {1, 2, 3}));
        byte[] stored = TensorWriters.npz(false, arrays);
        assertEquals(Vector.of("m.npz: truncated zip archive: no end-of-central-directory record"),
                errors("m.npz", Arrays.copyOf(stored, stored.length - 30)));
        byte[] flipped = stored.clone();
        flipped[150] ^= 0x40; // inside W_enc.npy's data
        assertEquals(Vector.of("m.npz: entry 'W_enc.npy': CRC mismatch: the data is corrupted"), errors("m.npz", flipped));
        assertEquals(Vector.of("m.npz: not a zip archive (.npz): expected the magic 50 4b 03 04, found 47 49 46 38"),
                errors("m.npz", "GIF89a".getBytes(StandardCharsets.US_ASCII)));
        byte[] deflated = TensorWriters.npz(true, arrays);
        byte[] broken = deflated.clone();
        broken[60] ^= 0x55;
        Seq<String> e = errors("m.npz", broken);
        assertTrue(e.head().startsWith("m.npz: entry 'W_enc.npy': "), e.mkString("\n"));
        byte[] bad = TensorWriters.zip(false, List.of("W_enc.npy"), List.of(Arrays.copyOf(npy(), 120)));
        assertEquals(Vector.of("m.npz: entry 'W_enc.npy': header length 118 runs past the end of the data (120 "
                + "bytes in all)").map(m -> m), errors("m.npz", bad));
    }

    @Test
    void testSafetensors_layoutProblems() {
        String t = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}";
        assertEquals(Vector.of("m.safetensors: tensors 'a' [0, 8) and 'b' [4, 12) overlap"),
                errors("m.safetensors", TensorWriters.safetensors(t, new byte[12])));
        String out = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,80]}}";
        assertEquals(Vector.of("m.safetensors: tensor 'a': \"data_offsets\" [0,80] run past the end of the data "
                + "buffer (8 bytes)"), errors("m.safetensors", TensorWriters.safetensors(out, new byte[8])));
        String shape = "{\"a\":{\"dtype\":\"BF16\",\"shape\":[2,3],\"data_offsets\":[0,8]}}";
        assertEquals(Vector.of("m.safetensors: tensor 'a': BF16 shape [2, 3] needs 12 bytes, data_offsets [0, 8] "
                + "hold 8"), errors("m.safetensors", TensorWriters.safetensors(shape, new byte[8])));
        String hole = "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}";
        assertEquals(Vector.of("m.safetensors: bytes [0, 4) of the data buffer belong to no tensor",
                "m.safetensors: 4 bytes after the last tensor's data belong to no tensor"),
                errors("m.safetensors", TensorWriters.safetensors(hole, new byte[12])));
    }

    @Test
    void testSafetensors_headerProblems() {
        byte[] file = TensorWriters.safetensors(List.of(new Array("a", DType.F16, new int[] {2}, new double[] {1, 2})));
        assertEquals(100, file.length);
        assertEquals(Vector.of("m.safetensors: header length 88 runs past the end of the file (8 + 88 bytes needed, "
                + "the file has 88)"), errors("m.safetensors", Arrays.copyOf(file, 88)));
        assertEquals(Vector.of("m.safetensors: truncated: 5 bytes, the safetensors header length alone takes 8"),
                errors("m.safetensors", Arrays.copyOf(file, 5)));
        Seq<String> json = errors("m.safetensors", TensorWriters.safetensors("{\"a\": {\"dtype\": ", new byte[0]));
        assertTrue(json.head().startsWith("m.safetensors: malformed JSON header: "), json.head());
        String types = "{\"a\":{\"dtype\":7,\"shape\":[-1],\"data_offsets\":[3,1]}}";
        assertEquals(Vector.of("m.safetensors: tensor 'a': \"dtype\" must be a string such as \"F32\", found 7",
                "m.safetensors: tensor 'a': \"shape\" [-1] must hold non-negative integers below 2^31",
                "m.safetensors: tensor 'a': \"data_offsets\" [3,1] must satisfy 0 <= begin <= end"),
                errors("m.safetensors", TensorWriters.safetensors(types, new byte[0])));
    }

    @Test
    void testSafetensors_unsupportedDtypeOnlyWhenUsed() {
        String header = "{\"a\":{\"dtype\":\"F8_E4M3\",\"shape\":[2],\"data_offsets\":[0,2]},"
                + "\"b\":{\"dtype\":\"F16\",\"shape\":[1],\"data_offsets\":[2,4]}}";
        Map<String, Tensor> tensors = TensorFile.parse("m.safetensors",
                TensorWriters.safetensors(header, new byte[] {1, 2, 0, 0x3c})).get();
        assertEquals(Validation.valid(Vector.of(org.segmentable.numbers.Rational.ONE)), tensors.get("b").get().values());
        assertEquals("tensor 'a': unsupported dtype F8_E4M3 (supported: F16, BF16, F32, F64, I8, I16, I32, I64, U8, "
                + "U16, U32, U64)", tensors.get("a").get().values().getError().head());
    }

    @Test
    void testUnsupportedDtype_hugeShapeRejected() {
        String header = "{\"a\":{\"dtype\":\"BOOL\",\"shape\":[65536,65537],\"data_offsets\":[0,0]}}";
        assertEquals(Vector.of("m.safetensors: tensor 'a': shape [65536, 65537] has more than 2^31 elements"),
                errors("m.safetensors", TensorWriters.safetensors(header, new byte[0])));
        String dict = "{'descr': '|O', 'fortran_order': False, 'shape': (65536, 65537), }\n";
        byte[] npy = new byte[10 + dict.length()];
        System.arraycopy(Npy.MAGIC, 0, npy, 0, 6);
        npy[6] = 1;
        npy[8] = (byte) dict.length();
        System.arraycopy(dict.getBytes(StandardCharsets.US_ASCII), 0, npy, 10, dict.length());
        assertEquals(Vector.of("m.npy: shape (65536, 65537) has more than 2^31 elements"), errors("m.npy", npy));
    }

    @Test
    void testParse_unrecognisedFormat() {
        assertEquals(Vector.of("weights.bin: unrecognised file format (expected .json, .npy, .npz or .safetensors; "
                + "first bytes 47 49 46 38 39 61)"), errors("weights.bin", "GIF89a".getBytes(StandardCharsets.US_ASCII)));
    }
}

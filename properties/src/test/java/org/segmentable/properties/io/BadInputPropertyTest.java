package org.segmentable.properties.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentable.io.DType;
import org.segmentable.io.JsonModels;
import org.segmentable.io.ModelFiles;
import org.segmentable.io.Tensor;
import org.segmentable.io.TensorFile;
import org.segmentable.io.TensorNames;
import org.segmentable.io.TensorWriters;
import org.segmentable.io.TensorWriters.Array;
import org.segmentable.layer.ReluLayer;

/**
 * Every reader, fed mutated and truncated weight files, returns either a layer or the documented
 * error value (messages naming the file), never throws and never hangs (each file must finish
 * within a generous timeout).
 */
class BadInputPropertyTest {

    private static final double[] ENC = {1, -0.5, 0.25, 0, 0.75, -1.5, 2, 0.125};
    private static final double[] DEC = {1, 0, -0.5, 0.75, 0.25, -1.5, 3, -4};
    private static final double[] B = {0.125, -0.25, 0.5, 1};

    private static List<Array> layer(DType t) {
        return List.of(new Array("W_enc", t, new int[] {2, 4}, ENC), new Array("W_dec", t, new int[] {4, 2}, DEC),
                new Array("b", t, new int[] {4}, B));
    }

    /** Valid files of every format the mutations start from. */
    static final Vector<Tuple2<String, byte[]>> BASES = Vector.of(
            Tuple.of("m.npy", TensorWriters.npy(DType.F32, false, false, 1, new int[] {2, 4}, ENC)),
            Tuple.of("m.npy", TensorWriters.npy(DType.F16, true, true, 2, new int[] {2, 4}, ENC)),
            Tuple.of("m.npy", TensorWriters.npy(DType.F64, true, false, 3, new int[] {4, 2}, DEC)),
            Tuple.of("m.npy", TensorWriters.npy(DType.I16, false, true, 1, new int[] {4}, new double[] {1, -2, 3, 4})),
            Tuple.of("m.npz", TensorWriters.npz(false, layer(DType.F32))),
            Tuple.of("m.npz", TensorWriters.npz(true, layer(DType.F64))),
            Tuple.of("m.npz", TensorWriters.npz(true, layer(DType.F16))),
            Tuple.of("m.safetensors", TensorWriters.safetensors(layer(DType.F32))),
            Tuple.of("m.safetensors", TensorWriters.safetensors(layer(DType.BF16))),
            Tuple.of("m.safetensors", TensorWriters.safetensors(layer(DType.F16))),
            Tuple.of("m.safetensors", TensorWriters.safetensors(layer(DType.F64))),
            Tuple.of("m.json", ("{\"name\": \"m\", \"W_enc\": [[1, -0.5, 0.25, 0], [0.75, -1.5, 2, 0.125]], "
                    + "\"W_dec\": [[1, 0], [-0.5, 0.75], [0.25, -1.5], [3, -4]], \"b\": [0.125, -0.25, 0.5, 1]}")
                    .getBytes(StandardCharsets.UTF_8)));

    private static final long[] EXTREMES = {0, -1, 0x7fffffffL, 0x80000000L, 0xffffffffL, Long.MAX_VALUE,
        Long.MIN_VALUE, 0x7c00, 0x7fc0, 1L << 31, 65535, 65536};

    /** A deterministic mutation of {@code base}: truncations, flips, extreme integers, insertions, deletions. */
    static byte[] mutate(byte[] base, long seed) {
        Random r = new Random(seed);
        byte[] b = base.clone();
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            int at = b.length == 0 ? 0 : r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0: // truncate
                    b = Arrays.copyOf(b, r.nextInt(b.length + 1));
                    break;
                case 1: // flip bits
                    for (int f = 0, n = 1 + r.nextInt(8); f < n && b.length > 0; f++) {
                        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                    break;
                case 2: { // write an extreme little- or big-endian integer over 2, 4 or 8 bytes
                    long v = r.nextBoolean() ? EXTREMES[r.nextInt(EXTREMES.length)] : r.nextLong();
                    int width = new int[] {2, 4, 8}[r.nextInt(3)];
                    boolean big = r.nextBoolean();
                    for (int w = 0; w < width && at + w < b.length; w++) {
                        b[at + w] = (byte) (v >>> (8 * (big ? width - 1 - w : w)));
                    }
                    break;
                }
                case 3: { // insert random bytes
                    byte[] extra = new byte[1 + r.nextInt(16)];
                    r.nextBytes(extra);
                    byte[] out = new byte[b.length + extra.length];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(extra, 0, out, at, extra.length);
                    System.arraycopy(b, at, out, at + extra.length, b.length - at);
                    b = out;
                    break;
                }
                case 4: { // delete a range
                    int len = Math.min(b.length - at, 1 + r.nextInt(32));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                    break;
                }
                default: // overwrite one byte with a structural character
                    if (b.length > 0) {
                        String structural = "{}[](),:'\"09eE-. \n\u0000\u00ff";
                        b[at] = (byte) structural.charAt(r.nextInt(structural.length()));
                    }
                    break;
            }
        }
        return b;
    }

    /** Reads one (possibly broken) file through every entry point and checks the outcome's form. */
    static void readEverything(String label, byte[] bytes) {
        if (label.endsWith(".json")) {
            Validation<Seq<String>, ReluLayer> layer = JsonModels.parse(new String(bytes, StandardCharsets.UTF_8), "m");
            assertTrue(layer.isValid() || !layer.getError().isEmpty(), "an error value without messages");
            return;
        }
        Validation<Seq<String>, Map<String, Tensor>> tensors = TensorFile.parse(label, bytes);
        if (tensors.isInvalid()) {
            assertFalse(tensors.getError().isEmpty(), "an error value without messages");
            assertTrue(tensors.getError().forAll(m -> m.startsWith(label + ": ") && m.length() < 2000),
                    () -> "a message not naming the file, or too long: " + tensors.getError());
            return;
        }
        for (Tensor t : tensors.get().values()) {
            Validation<Seq<String>, ?> values = t.values();
            assertTrue(values.isValid() || !values.getError().isEmpty());
            for (int i = 0; i < t.size(); i++) {
                t.approximate(i);
            }
        }
        Validation<Seq<String>, ReluLayer> layer = ModelFiles.layer(label, "m", tensors.get(), TensorNames.defaults());
        assertTrue(layer.isValid() || layer.getError().forAll(m -> m.startsWith(label + ": ")),
                () -> "a layer message not naming the file: " + layer.getError());
    }

    @Test
    void testEveryReader_baseFilesAreValid() {
        for (Tuple2<String, byte[]> base : BASES) {
            if (base._1.endsWith(".npy")) {
                assertTrue(TensorFile.parse(base._1, base._2).isValid(), base._1);
            } else if (base._1.endsWith(".json")) {
                assertTrue(JsonModels.parse(new String(base._2, StandardCharsets.UTF_8), "m").isValid());
            } else {
                Validation<Seq<String>, ReluLayer> layer = TensorFile.parse(base._1, base._2)
                        .flatMap(t -> ModelFiles.layer(base._1, "m", t, TensorNames.defaults()));
                assertTrue(layer.isValid(), () -> base._1 + ": " + layer.getError());
            }
        }
    }

    @Test
    void testEveryReader_mutatedFilesGiveOnlyErrorValues() {
        qt().withExamples(1500).withShrinkCycles(50)
                .forAll(integers().between(0, BASES.size() - 1), longs().all())
                .checkAssert((base, seed) -> {
                    String label = BASES.get(base)._1;
                    byte[] bytes = mutate(BASES.get(base)._2, seed);
                    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> readEverything(label, bytes),
                            () -> label + " mutated with seed " + seed + " did not finish");
                });
    }

    @Test
    void testEveryReader_everyTruncation() {
        for (Tuple2<String, byte[]> base : BASES) {
            for (int n = 0; n < base._2.length; n++) {
                byte[] cut = Arrays.copyOf(base._2, n);
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> readEverything(base._1, cut));
                if (!base._1.endsWith(".json") && !base._1.endsWith(".npz")) {
                    // a cut binary file is never silently read as valid (npz may keep whole members)
                    assertTrue(TensorFile.parse(base._1, cut).isInvalid(), base._1 + " cut at " + n);
                }
            }
        }
    }
}

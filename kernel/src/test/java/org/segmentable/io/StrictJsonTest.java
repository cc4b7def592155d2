package org.segmentable.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JSON readers refuse trailing data, duplicate keys, conflicting tensor sets and padded numbers. */
class StrictJsonTest {

    private static final String LAYER = "{\"W\": [[1, 0, 1], [0, 1, 1]], \"b\": [0, 0, -1]}";

    @Test
    void testParse_trailingData() {
        Validation<Seq<String>, ?> r = JsonModels.parse(LAYER + " \n{}", "x");
        assertEquals("malformed JSON: unexpected data after the JSON object at byte " + (LAYER.length() + 2),
                r.getError().head());
    }

    @Test
    void testParse_trailingWhitespaceIsFine() {
        assertTrue(JsonModels.parse(LAYER + " \n\t", "x").isValid());
    }

    @Test
    void testParse_duplicateKey() {
        Validation<Seq<String>, ?> r = JsonModels.parse("{\"W\": [[1, 0]], \"W\": [[0, 1]], \"b\": [0]}", "x");
        String m = r.getError().head();
        assertTrue(m.startsWith("malformed JSON at line 1, column "), m);
        assertTrue(m.endsWith("duplicate key \"W\": keep one"), m);
    }

    @Test
    void testParse_tiedAndUntied() {
        Validation<Seq<String>, ?> r = JsonModels.parse(
                "{\"W\": [[1, 0]], \"W_enc\": [[1], [0]], \"W_dec\": [[1, 0]], \"b\": [0]}", "x");
        assertEquals("both W (tied) and W_enc/W_dec: keep one", r.getError().head());
    }

    @Test
    void testParse_paddedNumberString() {
        Validation<Seq<String>, ?> r = JsonModels.parse(
                "{\"W\": [[1, 0, 1], [0, \" 1/3 \", 1]], \"b\": [0, 0, -1]}", "x");
        assertEquals("W[1][1]: the number string \" 1/3 \" has spaces around it; write \"1/3\"", r.getError().head());
        assertTrue(JsonModels.parse("{\"W\": [[1, 0, 1], [0, \"1/3\", 1]], \"b\": [0, 0, -1]}", "x").isValid());
    }

    @Test
    void testParse_noLibraryNamesInMessages() {
        for (String bad : new String[] {"{\"W\": [[1, 0]", "{\"W\" [1]}", "{W: 1}", "[1, 2,]", "{\"a\": tru}"}) {
            String m = JsonModels.parse(bad, "x").getError().head();
            assertTrue(m.startsWith("malformed JSON at line "), m);
            assertFalse(m.contains("Feature") || m.contains("`") || m.contains("Source") || m.contains("\n"), m);
        }
    }

    @Test
    void testParse_safetensorsHeaderTrailingData() {
        byte[] header = "{} x".getBytes(StandardCharsets.UTF_8);
        ByteBuffer file = ByteBuffer.allocate(8 + header.length).order(ByteOrder.LITTLE_ENDIAN);
        file.putLong(header.length).put(header);
        Validation<Seq<String>, ?> r = Safetensors.parse(file.array());
        assertEquals("malformed JSON header: unexpected data after the JSON object at byte 11", r.getError().head());
    }

    @Test
    void testParse_safetensorsHeaderDuplicateKey() {
        String h = "{\"a\": {\"dtype\": \"F32\", \"shape\": [0], \"data_offsets\": [0, 0]},"
                + " \"a\": {\"dtype\": \"F32\", \"shape\": [0], \"data_offsets\": [0, 0]}}";
        byte[] header = h.getBytes(StandardCharsets.UTF_8);
        ByteBuffer file = ByteBuffer.allocate(8 + header.length).order(ByteOrder.LITTLE_ENDIAN);
        file.putLong(header.length).put(header);
        String m = Safetensors.parse(file.array()).getError().head();
        assertTrue(m.startsWith("malformed JSON header: line 1, column ") && m.endsWith("duplicate key \"a\": keep one"), m);
    }
}

package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that runs out of memory ends with one message on standard error and exit code 1: the
 * tool runs in a child JVM with a 32 MB heap on a layer too large to hold in it.
 */
class OutOfMemoryCliTest {

    @TempDir
    Path dir;

    @Test
    void testMain_outOfMemoryIsOneLineAndExitOne() throws IOException, InterruptedException {
        Path model = bigLayer(dir.resolve("big.json"), 3_000_000);
        Path err = dir.resolve("err.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze", model.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM did not end");
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), String.join("\n", lines));
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("segmentable: out of memory ("), lines.get(0));
        assertTrue(lines.get(0).contains("SEGMENTABLE_JAVA_OPTS=-Xmx"), lines.get(0));
        assertFalse(lines.get(0).contains("at org."), lines.get(0));
    }

    @Test
    void testOutOfMemory_namesWhatRanOutTheHeapAndTheRemedy() {
        assertEquals("segmentable: out of memory (Java heap space) with a maximum heap of 512 MB; give it more,"
                + " e.g. run with SEGMENTABLE_JAVA_OPTS=-Xmx8g ./segmentable ...",
                Main.outOfMemory("Java heap space", 512L << 20));
    }

    /** A one-layer model with {@code dims} neurons: two rows of {@code dims} small integers. */
    private static Path bigLayer(Path file, int dims) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"W\": [");
            for (int row = 0; row < 2; row++) {
                w.write(row == 0 ? "[" : ", [");
                for (int i = 0; i < dims; i++) {
                    w.write(i == 0 ? "" : ",");
                    w.write(Integer.toString((i * 7 + row * 3) % 19 - 9));
                }
                w.write("]");
            }
            w.write("], \"b\": [");
            for (int i = 0; i < dims; i++) {
                w.write(i == 0 ? "1" : ",1");
            }
            w.write("]}");
        }
        return file;
    }
}

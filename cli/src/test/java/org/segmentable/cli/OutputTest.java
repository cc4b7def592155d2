package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o} and standard output never lose or damage a user's file, and report every failed write. */
class OutputTest {

    @TempDir
    Path dir;

    /** A model file in the temporary directory: the fixture seed-easy. */
    private Path model() throws IOException {
        Path m = dir.resolve("m.json");
        if (!Files.exists(m)) {
            Files.copy(CliTest.FIXTURES.resolve("seed-easy.json"), m);
        }
        return m;
    }

    /** Renders {@code model} to {@code target}, checks exit 1 with one message containing {@code why}. */
    private static void refused(Path model, Path target, String why) {
        CliTest.Run r = CliTest.run("render", model.toString(), "-o", target.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(why), r.err());
        assertEquals("", r.out());
    }

    private static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void testRender_outputIsTheModel() throws Exception {
        Path m = model();
        byte[] before = Files.readAllBytes(m);
        refused(m, m, "is an input file");
        assertTrue(Arrays.equals(before, Files.readAllBytes(m)));
        refused(m, dir.resolve(".").resolve("m.json"), "is an input file");
        Path hard = Files.createLink(dir.resolve("hard.svg"), m);
        refused(m, hard, "is an input file");
        assertTrue(Arrays.equals(before, Files.readAllBytes(m)));
    }

    @Test
    void testRender_outputIsTheSliceFile() throws Exception {
        Path m = dir.resolve("h3.json");
        Files.writeString(m, "{\"W\": [[1, 0, 0], [0, 1, 0], [0, 0, 1]], \"b\": [-0.5, 0.25, 0]}");
        Path slice = dir.resolve("s.json");
        String text = "{\"origin\": [0, 0, 0], \"u\": [1, 0, 0], \"v\": [0, 1, 0]}";
        Files.writeString(slice, text);
        CliTest.Run r = CliTest.run("render", m.toString(), "--slice", slice.toString(), "-o", slice.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("is an input file"), r.err());
        assertEquals(text, Files.readString(slice));
    }

    @Test
    void testRender_outputIsAFifo() throws Exception {
        Path fifo = dir.resolve("f.svg");
        assumeTrue(mkfifo(fifo), "mkfifo is unavailable");
        refused(model(), fifo, "is not a regular file");
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a FIFO");
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void testRender_outputIsADeviceNode() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && Files.isWritable(full), "no writable /dev/full");
        refused(model(), full, "is not a regular file");
        assertFalse(Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS), "still a device");
    }

    @Test
    void testRender_outputIsASymlink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.svg"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), real.getFileName());
        refused(model(), link, "is a symbolic link");
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals("mine", Files.readString(real));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.svg"), dir.resolve("none.svg"));
        refused(model(), dangling, "is a symbolic link");
        assertFalse(Files.exists(dir.resolve("none.svg")));
    }

    @Test
    void testRender_outputIsReadOnly() throws Exception {
        Path ro = Files.writeString(dir.resolve("ro.svg"), "mine");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r--r--r--"));
        refused(model(), ro, "is read-only");
        assertEquals("mine", Files.readString(ro));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(ro)));
    }

    @Test
    void testRender_outputIsADirectory() throws Exception {
        Path d = Files.createDirectory(dir.resolve("d.svg"));
        refused(model(), d, "is a directory");
        assertTrue(Files.isDirectory(d));
    }

    @Test
    void testRender_replacedFileKeepsItsMode() throws Exception {
        Path target = Files.writeString(dir.resolve("out.svg"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        CliTest.Run r = CliTest.run("render", model().toString(), "-o", target.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(target).startsWith("<svg") || Files.readString(target).startsWith("<?xml"));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(2, CliTest.files(dir), "the model and the figure, no temporary file");
    }

    @Test
    void testRender_dashIsStdout() throws Exception {
        Path file = dir.resolve("e.svg");
        assertEquals(0, CliTest.run("render", "--example", "-o", file.toString()).code());
        CliTest.Run r = CliTest.run("render", "--example", "-o", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(file), r.out());
        assertFalse(Files.exists(Path.of("-")), "no file named -");
        CliTest.Run png = CliTest.run("render", "--example", "-o", "-", "--format", "png");
        assertEquals(1, png.code());
        assertTrue(png.err().contains("SVG only"), png.err());
    }

    /** An output stream that fails like a full disk or a closed pipe, after {@code room} bytes. */
    private static final class Failing extends OutputStream {
        private int room;

        Failing(int room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException("No space left on device");
            }
        }
    }

    private static CliTest.Run runTo(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliTest.Run(code, "", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void testAnalyze_stdoutFull() {
        String model = CliTest.FIXTURES.resolve("seed-easy.json").toString();
        for (int room : new int[] {0, 100}) {
            CliTest.Run r = runTo(new Failing(room), "analyze", model);
            assertEquals(1, r.code(), "room " + room);
            assertTrue(r.err().contains("cannot write to standard output"), r.err());
        }
        assertEquals(0, runTo(OutputStream.nullOutputStream(), "analyze", model).code());
    }

    @Test
    void testAnalyze_pipeClosedEarly() throws Exception {
        java.io.PipedInputStream in = new java.io.PipedInputStream();
        java.io.PipedOutputStream pipe = new java.io.PipedOutputStream(in);
        in.close();
        CliTest.Run r = runTo(pipe, "analyze", CliTest.FIXTURES.resolve("seed-easy.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot write to standard output"), r.err());
    }

    @Test
    void testRender_dashToFullStdout() {
        CliTest.Run r = runTo(new Failing(10), "render", "--example", "-o", "-");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot write to standard output"), r.err());
    }
}

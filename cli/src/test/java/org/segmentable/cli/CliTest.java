package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    /** The outcome of one run: exit code, stdout, stderr. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code json} to {@code NAME.json} in {@code dir}, renders it to {@code NAME.svg} and
     * checks that the run failed on its input (exit 1) and left only the model file.
     */
    private static Run renderFails(Path dir, String name, String json) throws Exception {
        Path model = dir.resolve(name + ".json");
        Files.writeString(model, json);
        Run r = run("render", model.toString(), "-o", dir.resolve(name + ".svg").toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, files(dir), "only the model file");
        return r;
    }

    static long files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void testHelp_everyCommand() {
        Run top = run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("render") && top.out().contains("gallery"), top.out());
        for (String c : new String[] {"render", "gallery"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().startsWith("usage: segmentable " + c), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void testRender_usageErrors() {
        Run none = run("render");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("missing MODEL"), none.err());
        assertEquals(2, run("render", "m.json", "--mode", "pie").code());
        assertEquals(2, run("render", "m.json", "--region", "disk").code());
        assertEquals(2, run("render", "m.json", "--box", "-1").code());
        assertEquals(2, run("render", "m.json", "--box").code());
        assertEquals(2, run("render", "m.json", "--size", "12x").code());
        assertEquals(2, run("render", "m.json", "--format", "png", "-o", "x.svg").code());
        Run unknown = run("render", "m.json", "--colour", "red");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown option '--colour'"), unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void testRender_missingModelWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.svg");
        Run r = run("render", dir.resolve("nope.json").toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope.json") && r.err().contains("no such file"), r.err());
        assertEquals(0, files(dir));
    }

    @Test
    void testRender_badModelWritesNothing(@TempDir Path dir) throws Exception {
        Run r = renderFails(dir, "bad", "{\"W_enc\": [[1, 2]], \"b\": [0, 0]}");
        assertTrue(r.err().contains("W_dec"), r.err());
    }

    @Test
    void testUnknownCommand() {
        Run r = run("paint");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown command 'paint'"), r.err());
    }

    @Test
    void testOutput_replacesAtomically(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("f.svg");
        Files.writeString(target, "old");
        assertEquals(target.toAbsolutePath().normalize(), Output.write(target, "new".getBytes(), io.vavr.collection.Vector.empty()).get());
        assertEquals("new", Files.readString(target));
        assertEquals(1, files(dir), "no temporary file left");
        assertTrue(Output.write(dir.resolve("missing/f.svg"), new byte[0], io.vavr.collection.Vector.empty()).isLeft());
        assertTrue(Output.write(dir, new byte[0], io.vavr.collection.Vector.empty()).isLeft());
    }

    @Test
    void testGallery_badFixturesDir(@TempDir Path dir) {
        Run r = run("gallery", dir.resolve("out").toString(), "--fixtures", dir.resolve("none").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("not a directory"), r.err());
        assertTrue(!Files.exists(dir.resolve("out")));
    }

    static final Path FIXTURES = Path.of("..", "kernel", "src", "test", "resources", "fixtures");

    @Test
    void testRender_fixtureToSvg(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("easy.svg");
        Run r = run("render", FIXTURES.resolve("seed-easy.json").toString(), "-o", out.toString(), "--boundaries");
        assertEquals(0, r.code(), r.err());
        assertEquals(out.toAbsolutePath().normalize() + System.lineSeparator(), r.out());
        String svg = Files.readString(out);
        assertTrue(svg.contains("<g id=\"dim-6\"") && svg.contains("<g id=\"boundaries\""), svg);
        assertTrue(svg.contains(">easy</text>"), "the fixture's title");
        assertEquals(1, files(dir));
    }

    @Test
    void testRender_complexBoxWithTitle(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c.svg");
        Run r = run("render", FIXTURES.resolve("seed-hard-1.json").toString(), "-o", out.toString(), "--mode",
                "complex", "--region", "box", "--box", "3/2", "--title", "A & B", "--fill", "pattern");
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("<g id=\"cells\"") && svg.contains(">A &amp; B</text>"), svg);
        assertTrue(svg.contains(">\u22121.5</text>"), "ticks of [-3/2, 3/2]");
    }

    @Test
    void testRender_pngAtSize(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("e.png");
        Run r = run("render", "--example", "-o", out.toString(), "--size", "300");
        assertEquals(0, r.code(), r.err());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(out.toFile());
        assertEquals(300, img.getWidth());
    }

    @Test
    void testRender_exampleIsTheDefaultFigure(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("example.svg");
        assertEquals(0, run("render", "--example", "-o", out.toString()).code());
        assertEquals(org.segmentable.figure.DefaultFigure.svg().get(), Files.readString(out));
    }

    @Test
    void testRender_notAPlaneModel(@TempDir Path dir) throws Exception {
        Run r = renderFails(dir, "h3", "{\"W\": [[1, 0], [0, 1], [1, 1]], \"b\": [0, 0]}");
        assertTrue(r.err().contains("h = 3"), r.err());
    }

    @Test
    void testRender_sliceOfDeepLatentDefaultsToBox(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("h3.json");
        Files.writeString(model, "{\"W\": [[1, 0, 0], [0, 1, 0], [0, 0, 1]], \"b\": [-0.5, 0.25, 0]}");
        Path out = dir.resolve("h3.svg");
        Run r = run("render", model.toString(), "--features", "0,1", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("<g id=\"dim-2\""), svg);
        assertTrue(svg.contains("<path d=\"M"), "the box region gives pieces to draw");
    }
}

package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} on slices: {@code --features}, {@code --grid}, and their usage and input errors. */
class SliceRenderCliTest {

    static final String TOY_H3 = Path.of("..", "examples", "toy-h3.json").toString();

    /** Runs render with {@code -o dir/out.svg}; asserts the exit code, one line on stderr, and no file written. */
    static String fails(Path dir, int code, String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "render";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "-o";
        all[args.length + 2] = dir.resolve("out.svg").toString();
        CliTest.Run r = CliTest.run(all);
        assertEquals(code, r.code(), String.join(" ", args) + ": " + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), "one message: " + r.err());
        assertTrue(r.err().startsWith("segmentable render: "), r.err());
        assertEquals(0, CliTest.files(dir), "nothing written");
        return r.err();
    }

    @Test
    void testRender_gridOfToyH3(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("g.svg");
        CliTest.Run r = CliTest.run("render", TOY_H3, "--grid", "4", "--box", "3/2", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("<g id=\"panel-2-3\"") && svg.contains(">features 2, 3</text>"), svg);
        CliTest.Run bare = CliTest.run("render", TOY_H3, "--grid", "-o", dir.resolve("b.svg").toString());
        assertEquals(0, bare.code(), bare.err());
        String three = Files.readString(dir.resolve("b.svg"));
        assertTrue(three.contains("<g id=\"panel-1-2\"") && !three.contains("panel-0-3"), "a bare --grid pairs 3");
    }

    @Test
    void testRender_featuresMarksProjections(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("f.svg");
        CliTest.Run r = CliTest.run("render", TOY_H3, "--features", "0,1", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(out);
        assertEquals(4, svg.split("class=\"projection\"", -1).length - 1 - 1, "features 2..5 hollow, plus the key");
        assertTrue(svg.contains("<g id=\"feature-key\""), svg);
    }

    @Test
    void testRender_badSliceOptions(@TempDir Path dir) throws Exception {
        assertTrue(fails(dir, 2, TOY_H3, "--features", "0").contains("--features needs two features I,J"));
        assertTrue(fails(dir, 2, TOY_H3, "--features", "a,b").contains("feature indices"));
        assertTrue(fails(dir, 2, TOY_H3, "--features", "0,1", "--slice", "s.json").contains("not both"));
        assertTrue(fails(dir, 1, TOY_H3, "--features", "0,9").contains("feature 9 does not exist"));
        assertTrue(fails(dir, 1, TOY_H3, "--features", "2,2").contains("two different features"));
        assertTrue(fails(dir, 1, TOY_H3).contains("choose a 2-D slice"));
        assertTrue(fails(dir, 1, TOY_H3, "--slice", dir.resolve("none.json").toString()).contains("none.json"));
    }

    @Test
    void testRender_badGridOptions(@TempDir Path dir) throws Exception {
        assertTrue(fails(dir, 2, TOY_H3, "--grid=1").contains("K >= 2"));
        assertTrue(fails(dir, 2, TOY_H3, "--grid=x").contains("K >= 2"));
        assertTrue(fails(dir, 2, TOY_H3, "--grid", "3", "--features", "0,1").contains("does not go with --features"));
        assertTrue(fails(dir, 2, TOY_H3, "--grid", "--mode", "complex").contains("does not go with --mode complex"));
        assertTrue(fails(dir, 1, TOY_H3, "--grid", "7").contains("has 6 features"));
        assertTrue(fails(dir, 2, Path.of("..", "examples", "deep-mlp.json").toString(), "--grid")
                .contains("deep model"));
    }

    @Test
    void testRender_helpNamesTheGrid() {
        CliTest.Run r = CliTest.run("render", "--help");
        assertTrue(r.out().contains("--grid [K]") && r.out().contains("--features I,J"), r.out());
    }
}

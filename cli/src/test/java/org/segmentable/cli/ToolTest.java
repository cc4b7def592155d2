package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picocli conventions of the tool: version, completion, generated help, no surprises in parsing. */
class ToolTest {

    @Test
    void testVersion_isThePomVersion() {
        CliTest.Run r = CliTest.run("--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("segmentable [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?\\R"), r.out());
        assertEquals(r.out(), CliTest.run("analyze", "--version").out());
    }

    @Test
    void testCompletion_bashScriptNamesEveryCommandAndOption() {
        CliTest.Run r = CliTest.run("completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out().lines().findFirst().orElse(""));
        assertTrue(r.out().contains("complete -F _complete_segmentable"), "registers the function");
        for (String word : new String[] {"render", "analyze", "gallery", "--no-complex", "--level-set", "--features"}) {
            assertTrue(r.out().contains(word), word);
        }
    }

    @Test
    void testHelp_generatedForEveryCommand() {
        CliTest.Run top = CliTest.run("help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("completion") && top.out().contains("analyze"), top.out());
        CliTest.Run render = CliTest.run("help", "render");
        assertTrue(render.out().startsWith("usage: segmentable render"), render.out());
        assertTrue(render.out().contains("--level-set=K") && render.out().contains("-o, --output=FILE"), render.out());
    }

    @Test
    void testAtFile_isAModelPathNotExpanded(@TempDir Path dir) throws Exception {
        Path args = dir.resolve("args");
        Files.writeString(args, "--summary");
        CliTest.Run r = CliTest.run("analyze", "@" + args);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("segmentable analyze: @" + args), r.err());
    }

    @Test
    void testAbbreviationsAndCase_areNotAccepted() {
        CliTest.Run abbreviated = CliTest.run("analyze", "m.json", "--summ");
        assertEquals(2, abbreviated.code());
        assertTrue(abbreviated.err().contains("unknown option '--summ'"), abbreviated.err());
        assertEquals(2, CliTest.run("Render", "--example").code());
        assertEquals(2, CliTest.run("rend").code());
    }

    @Test
    void testGrid_bareLeavesTheModelAlone(@TempDir Path dir) {
        Path out = dir.resolve("g.svg");
        CliTest.Run r = CliTest.run("render", "--grid", SliceRenderCliTest.TOY_H3, "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out));
    }
}

package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmentable.analysis.SliceChoice;

class SliceOptionsTest {

    /** The slice options after parsing {@code args} as picocli does for a command. */
    static SliceChoice parse(String... args) {
        SliceOptions options = new SliceOptions();
        new picocli.CommandLine(options).parseArgs(args);
        return options.parsed().get();
    }

    @Test
    void testParsed_features() {
        assertEquals(SliceChoice.features(0, 2), parse("--features", "0,2"));
        assertEquals(SliceChoice.model(), parse());
        assertEquals(SliceChoice.features(1, 3), parse("--features=1, 3"));
        assertEquals(SliceChoice.file(Path.of("s.json")), parse("--slice=s.json"));
    }

    @Test
    void testParsed_badValues() {
        assertEquals("--features needs two features I,J, got '1'", ModelOptionsTest.usageError("m.json", "--features", "1"));
        assertEquals("--features needs two feature indices I,J, got 'a,b'",
                ModelOptionsTest.usageError("m.json", "--features=a,b"));
        assertEquals("give either --features or --slice, not both",
                ModelOptionsTest.usageError("m.json", "--features", "0,1", "--slice", "s.json"));
        assertEquals("--slice needs a FILE", ModelOptionsTest.usageError("m.json", "--slice"));
        assertEquals("--slice given twice ('a' and 'b')", ModelOptionsTest.usageError("m.json", "--slice", "a", "--slice=b"));
    }
}

package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./segmentable} launcher, run on a copy of the repository's layout with stand-ins for
 * {@code mvn} (counts its runs, waits, writes the jar) and {@code java} (prints its arguments), so
 * the test checks the script's locking and argument passing without building the tool.
 */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void testLauncher_concurrentFirstRunsBuildOnceAndPassJavaOpts() throws IOException, InterruptedException {
        Path script = Path.of("..", "segmentable");
        assumeTrue(Files.isRegularFile(script) && onPath("flock") && onPath("bash"), "needs bash and flock");
        Path repo = dir.resolve("repo");
        for (String d : List.of("kernel/src/main", "render-svg/src/main", "cli/src/main", "bin")) {
            Files.createDirectories(repo.resolve(d));
        }
        for (String pom : List.of("pom.xml", "kernel/pom.xml", "render-svg/pom.xml", "cli/pom.xml")) {
            Files.writeString(repo.resolve(pom), "<project/>");
        }
        Files.copy(script, repo.resolve("segmentable"), StandardCopyOption.COPY_ATTRIBUTES);
        stub(repo.resolve("bin/mvn"), "echo run >> builds.txt; sleep 1; mkdir -p cli/target;"
                + " touch cli/target/segmentable.jar");
        stub(repo.resolve("bin/java"), "echo \"$*\"");
        Process a = start(repo, "a");
        Process b = start(repo, "b");
        assertTrue(a.waitFor(60, TimeUnit.SECONDS) && b.waitFor(60, TimeUnit.SECONDS), "the launcher did not end");
        assertEquals(0, a.exitValue());
        assertEquals(0, b.exitValue());
        assertEquals(List.of("run"), Files.readAllLines(repo.resolve("builds.txt")));
        String jar = repo.toRealPath().resolve("cli/target/segmentable.jar").toString();
        assertEquals("-Xmx64m -Dx=1 -jar " + jar + " analyze a", Files.readString(repo.resolve("a.out")).strip());
        assertEquals("-Xmx64m -Dx=1 -jar " + jar + " analyze b", Files.readString(repo.resolve("b.out")).strip());
    }

    private static Process start(Path repo, String name) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", "segmentable", "analyze", name).directory(repo.toFile())
                .redirectOutput(repo.resolve(name + ".out").toFile())
                .redirectError(repo.resolve(name + ".err").toFile());
        pb.environment().put("PATH", repo.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("SEGMENTABLE_JAVA_OPTS", "-Xmx64m -Dx=1");
        return pb.start();
    }

    private static void stub(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n", StandardCharsets.UTF_8);
        assertTrue(file.toFile().setExecutable(true), "cannot make " + file + " executable");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}

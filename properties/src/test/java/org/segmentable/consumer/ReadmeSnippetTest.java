package org.segmentable.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "library in a few lines" block, compiled against this module's test class path and
 * run: its imports become the imports of a class, its statements the body of {@code main}. A file
 * named in {@code Path.of("...")} is read from the repository root, else from the kernel's test
 * fixtures. Each {@code System.out.println(...); // VALUE} line must print VALUE, where
 * {@code …} stands for more digits.
 */
class ReadmeSnippetTest {

    private static final Pattern PATH = Pattern.compile("Path\\.of\\(\"([^\"]+)\"\\)");
    private static final Pattern PRINT = Pattern.compile("^\\s*System\\.out\\.println\\(.*\\);\\s*//\\s*(.+)$");

    @TempDir
    Path tmp;

    private static Path root() {
        String root = System.getProperty("segmentable.root");
        assertTrue(root != null, "system property segmentable.root is not set (run under Maven)");
        return Path.of(root).toAbsolutePath().normalize();
    }

    /** The first ```java block after the heading "## The library in a few lines". */
    static String snippet(String readme) {
        int heading = readme.indexOf("## The library in a few lines");
        assertTrue(heading >= 0, "README.md has no section 'The library in a few lines'");
        int open = readme.indexOf("```java\n", heading);
        int close = readme.indexOf("\n```", open + 1);
        assertTrue(open >= 0 && close > open, "no ```java block in the library section");
        return readme.substring(open + "```java\n".length(), close + 1);
    }

    private static String withFiles(String body, Path root) {
        Matcher m = PATH.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Path file = root.resolve(m.group(1));
            if (!Files.isRegularFile(file)) {
                file = root.resolve("kernel/src/test/resources/fixtures").resolve(m.group(1));
            }
            assertTrue(Files.isRegularFile(file), "the snippet reads a file that is not in the repository: " + m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "Path.of(\"" + file.toString().replace("\\", "\\\\") + "\")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Pattern expected(String comment) {
        StringBuilder regex = new StringBuilder();
        for (String part : comment.strip().split("…", -1)) {
            if (regex.length() > 0) {
                regex.append("\\d+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    @Test
    void testSnippet_compilesRunsAndPrintsItsComments() throws Exception {
        String code = snippet(Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8));
        assertFalse(Pattern.compile("\\.get\\(\\)").matcher(code).find(),
                "the snippet uses a bare .get(), which drops the problems: use getOrElseThrow");
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        List<Pattern> prints = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        for (String line : code.split("\n")) {
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
            } else {
                body.append("        ").append(line).append('\n');
                Matcher m = PRINT.matcher(line);
                if (m.matches()) {
                    prints.add(expected(m.group(1)));
                    claims.add(m.group(1).strip());
                }
            }
        }
        assertFalse(prints.isEmpty(), "the snippet prints nothing to check");
        String source = imports + "\npublic final class ReadmeSnippet {\n"
                + "    public static void main(String[] args) throws Exception {\n"
                + withFiles(body.toString(), root()) + "    }\n}\n";

        Path src = Files.writeString(tmp.resolve("ReadmeSnippet.java"), source);
        Path out = Files.createDirectories(tmp.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", out.toString());
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(src)).call();
            assertTrue(ok, "the README snippet does not compile:\n" + source + "\n" + diagnostics.getDiagnostics());
        }

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                ReadmeSnippetTest.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("ReadmeSnippet").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        String[] lines = printed.toString(StandardCharsets.UTF_8).split("\\R");
        assertEquals(prints.size(), lines.length, "printed: " + String.join(" | ", lines));
        for (int i = 0; i < lines.length; i++) {
            assertTrue(prints.get(i).matcher(lines[i]).matches(),
                    "line " + (i + 1) + " printed " + lines[i] + ", the README says " + claims.get(i));
        }
    }
}

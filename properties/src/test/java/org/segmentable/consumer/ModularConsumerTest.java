package org.segmentable.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application that requires the two library modules, compiled with {@code javac} and
 * resolved with {@link Configuration#resolve} against the built jars and their runtime
 * dependencies (the module path the {@code maven-dependency-plugin} writes for this module). It
 * fails when a module name is missing, two modules export the same package, a requirement is
 * not on the path, or vavr is not read through the kernel.
 */
class ModularConsumerTest {

    private static final String KERNEL = "org.segmentable.kernel";
    private static final String RENDER = "org.segmentable.render.svg";
    private static final String CONSUMER = "org.example.consumer";

    @TempDir
    Path tmp;

    /** The jars of the libraries and of their runtime dependencies. */
    private static List<Path> modulePath() throws IOException {
        String file = System.getProperty("consumer.modulePath");
        assertTrue(file != null, "system property consumer.modulePath is not set (run under Maven)");
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        List<Path> paths = new ArrayList<>();
        for (String entry : text.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            assertTrue(Files.isRegularFile(path),
                    "not a jar: " + path + " (build the libraries with 'verify', which packages them first)");
            paths.add(path);
        }
        return paths;
    }

    private Path compileConsumer(List<Path> modulePath) throws IOException {
        Path src = tmp.resolve("src");
        Path pkg = Files.createDirectories(src.resolve("org/example/consumer"));
        Files.writeString(src.resolve("module-info.java"), String.join("\n",
                "module " + CONSUMER + " {",
                "    requires " + KERNEL + ";",
                "    requires " + RENDER + ";",
                "    exports org.example.consumer;",
                "}", ""));
        // uses vavr (List, Validation) without requiring io.vavr: the kernel requires it transitively
        Files.writeString(pkg.resolve("Main.java"), String.join("\n",
                "package org.example.consumer;",
                "import io.vavr.collection.List;",
                "import org.segmentable.numbers.Rational;",
                "public final class Main {",
                "    private Main() {}",
                "    public static String run() {",
                "        List<Rational> thirds = List.of(Rational.of(1, 3), Rational.of(2, 6));",
                "        return thirds.map(Rational::toString).mkString(\",\");",
                "    }",
                "}", ""));
        Path out = Files.createDirectories(tmp.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--module-path", modulePath.stream().map(Path::toString)
                            .collect(Collectors.joining(java.io.File.pathSeparator)),
                    "-d", out.toString());
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(
                    src.resolve("module-info.java"), pkg.resolve("Main.java"));
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            assertTrue(ok, "the consumer does not compile: " + diagnostics.getDiagnostics());
        }
        return out;
    }

    @Test
    void testResolve_consumerOfKernelAndRenderSvg() throws Exception {
        List<Path> modulePath = modulePath();
        Path consumer = compileConsumer(modulePath);
        List<Path> all = new ArrayList<>(modulePath);
        all.add(0, consumer);
        ModuleFinder finder = ModuleFinder.of(all.toArray(Path[]::new));

        Configuration cf = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of(CONSUMER));
        ResolvedModule app = cf.findModule(CONSUMER).orElseThrow();
        Set<String> reads = app.reads().stream().map(ResolvedModule::name).collect(Collectors.toSet());
        assertTrue(reads.containsAll(Set.of(KERNEL, RENDER, "io.vavr")), "the consumer reads " + reads);

        // a layer with its own loader: the classes come from the jars, not from the test class path
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        Class<?> main = layer.findLoader(CONSUMER).loadClass("org.example.consumer.Main");
        assertEquals(CONSUMER, main.getModule().getName());
        assertEquals("1/3,1/3", main.getMethod("run").invoke(null));
        Class<?> rational = layer.findLoader(KERNEL).loadClass("org.segmentable.numbers.Rational");
        assertEquals(KERNEL, rational.getModule().getName());
    }

    @Test
    void testKernel_isExplicitAndExportsEveryPackageButInternal() throws Exception {
        ModuleDescriptor kernel = ModuleFinder.of(modulePath().toArray(Path[]::new)).find(KERNEL)
                .orElseThrow(() -> new AssertionError("no module " + KERNEL + " on " + System.getProperty("consumer.modulePath")))
                .descriptor();
        assertTrue(!kernel.isAutomatic(), KERNEL + " has no module-info");
        Set<String> exported = kernel.exports().stream()
                .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> api = kernel.packages().stream().filter(p -> !p.endsWith(".internal"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(api, exported, "every kernel package but the *.internal ones is API: exactly those are"
                + " exported by kernel/src/main/java/module-info.java");
        Set<String> transitive = kernel.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        assertTrue(transitive.contains("io.vavr"), "io.vavr is not required transitively: " + kernel.requires());
    }

    @Test
    void testRenderSvg_namesItsModule() throws Exception {
        ModuleDescriptor render = ModuleFinder.of(modulePath().toArray(Path[]::new)).find(RENDER)
                .orElseThrow(() -> new AssertionError("no module " + RENDER + " on " + System.getProperty("consumer.modulePath")))
                .descriptor();
        assertTrue(render.packages().contains("org.segmentable.svg"), "packages: " + render.packages());
    }
}

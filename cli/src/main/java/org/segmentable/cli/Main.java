package org.segmentable.cli;

import io.vavr.collection.List;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The {@code segmentable} command-line tool: parses the command line with picocli and runs its
 * sub-commands ({@code render}, {@code analyze}, {@code gallery}, {@code completion}).
 *
 * <p>{@code segmentable --help} lists them; {@code segmentable} alone draws the embedded example to
 * {@code example.svg}. Exit codes: 0 success, 1 bad input, 2 bad usage.
 */
public final class Main {

    /** What {@code segmentable} alone runs. */
    static final List<String> DEFAULT_RUN = List.of("render", "--example", "-o", "example.svg");

    private Main() {
    }

    /**
     * Entry point.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int code = run(List.of(args), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs the tool without exiting: the testable entry point. A failed write to standard output (a
     * full disk, {@code > /dev/full}, a pipe closed early) is an error: one message on standard
     * error and exit code 1, whatever the command returned, so truncated output never exits 0. A
     * command that runs out of memory is an error too: one message on standard error ({@link
     * #outOfMemory(String, long)}), exit code 1, no stack trace.
     *
     * @param args the command line, not null
     * @param out standard output, not null
     * @param err standard error, not null
     * @return the exit code
     */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        int code;
        String exhausted = null;
        try {
            code = commandLine(o, e).execute((args.isEmpty() ? DEFAULT_RUN : args).toJavaArray(String[]::new));
        } catch (OutOfMemoryError oom) {
            // the command's data is unreachable once the error has left execute; keep only its message
            exhausted = String.valueOf(oom.getMessage());
            code = 1;
        }
        if (exhausted != null) {
            e.println(outOfMemory(exhausted, Runtime.getRuntime().maxMemory()));
        }
        o.flush();
        // PrintStream records its write errors instead of throwing; checkError flushes and reads the flag
        if (o.checkError() || out.checkError()) {
            e.println("segmentable: cannot write to standard output (disk full or pipe closed); the output is "
                    + "incomplete");
            code = 1;
        }
        e.flush();
        return code;
    }

    /**
     * The message for a command that ran out of memory: what ran out, the heap's maximum size and how
     * to give the tool more. For example {@code outOfMemory("Java heap space", 512L << 20)} is
     * {@code "segmentable: out of memory (Java heap space) with a maximum heap of 512 MB; give it more,
     * e.g. run with SEGMENTABLE_JAVA_OPTS=-Xmx8g ./segmentable ..."}.
     *
     * @param what the {@link OutOfMemoryError}'s message: what ran out, not null
     * @param maxHeapBytes the JVM's maximum heap in bytes
     * @return the one-line message
     */
    static String outOfMemory(String what, long maxHeapBytes) {
        return "segmentable: out of memory (" + what + ") with a maximum heap of " + (maxHeapBytes >> 20)
                + " MB; give it more, e.g. run with " + MemoryPolicy.MORE_MEMORY + " ./segmentable ...";
    }

    /**
     * The tool's help: its commands with one line each.
     *
     * @return the text {@code segmentable --help} prints
     */
    static String help() {
        PrintWriter none = new PrintWriter(java.io.Writer.nullWriter());
        return commandLine(none, none).getUsageMessage();
    }

    /**
     * The tool's command line, configured to keep its conventions: no {@code @file} expansion, no
     * abbreviated or clustered options, the last value of a repeated option wins, help 100 columns wide, and every usage
     * error is one line on standard error with exit code 2 ({@link UsageErrors}).
     *
     * @param out where help and results go
     * @param err where messages go
     * @return the command line
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Tool());
        cl.setExpandAtFiles(false);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setAbbreviatedSubcommandsAllowed(false);
        cl.setPosixClusteredShortOptionsAllowed(false);
        cl.setCaseInsensitiveEnumValuesAllowed(false);
        cl.setOverwrittenOptionsAllowed(true);
        cl.setUnmatchedOptionsArePositionalParams(false);
        cl.setUsageHelpWidth(100);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExitCodeExceptionMapper(t -> 1);
        return cl;
    }
}

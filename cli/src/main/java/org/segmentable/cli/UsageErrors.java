package org.segmentable.cli;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Writes a usage error as one line on standard error and exits with code 2:
 * {@code segmentable render: unknown option '--colour'. Run 'segmentable render --help' for usage.}
 * An unknown word in place of a command is {@code segmentable: unknown command 'paint'. Run
 * 'segmentable --help' for the commands.}
 */
final class UsageErrors implements IParameterExceptionHandler {

    /** The exit code of a usage error. */
    static final int USAGE = 2;

    /** What the value of an option is, for "needs" messages; other options need "a value". */
    private static final Map<String, String> VALUES = HashMap.of(
            "--enc", "a tensor NAME", "--dec", "a tensor NAME", "--bias", "a tensor NAME", "--tied", "a tensor NAME",
            "--features", "two features I,J", "--slice", "a FILE");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        if (cl.getParent() == null) {
            String word = ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                    ? u.getUnmatched().get(0) : args.length > 0 ? args[0] : "";
            err.println("segmentable: unknown command '" + word + "'. Run 'segmentable --help' for the commands.");
        } else {
            String name = cl.getCommandName();
            err.println("segmentable " + name + ": " + message(ex) + ". Run 'segmentable " + name + " --help' for usage.");
        }
        err.flush();
        return USAGE;
    }

    /** One line saying what is wrong, in the tool's words. */
    static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            return word.startsWith("-") ? "unknown option '" + word + "'" : "unexpected argument '" + word + "'";
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof OptionSpec o) {
            return needs(o);
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg instanceof OptionSpec o && ex.getMessage() != null && ex.getMessage().startsWith("Expected parameter")) {
            return needs(o);
        }
        return ex.getMessage();
    }

    /** The message of an option given without its value. */
    private static String needs(OptionSpec o) {
        String name = o.longestName();
        return VALUES.get(name).map(v -> name + " needs " + v).getOrElse(() -> "option " + name + " needs a value");
    }
}

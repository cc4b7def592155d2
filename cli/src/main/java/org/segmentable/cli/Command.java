package org.segmentable.cli;

import io.vavr.collection.List;
import java.io.PrintStream;

/** One sub-command of the {@code segmentable} tool. */
interface Command {

    /** The word that selects it, e.g. {@code "analyze"}. */
    String name();

    /** One line for the tool's help. */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command word
     * @param out standard output
     * @param err standard error: one clear message on failure
     * @return the exit code: 0 on success, 2 for usage errors, 1 for bad input
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}

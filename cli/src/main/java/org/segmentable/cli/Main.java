package org.segmentable.cli;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.PrintStream;

/**
 * The {@code segmentable} command-line tool: dispatches to its sub-commands.
 *
 * <p>{@code segmentable --help} lists them.
 */
public final class Main {

    private Main() {
    }

    /** The sub-commands, in the order the help lists them. */
    static List<Command> commands() {
        return List.of(new RenderCommand(), new AnalyzeCommand(), new GalleryCommand());
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
     * Runs the tool without exiting: the testable entry point.
     *
     * @return the exit code
     */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return runDefault(out, err);
        }
        String word = args.head();
        if (word.equals("--help") || word.equals("-h") || word.equals("help")) {
            out.print(help());
            return 0;
        }
        Option<Command> command = commands().find(c -> c.name().equals(word));
        if (command.isEmpty()) {
            err.println("segmentable: unknown command '" + word + "'. Run 'segmentable --help' for the commands.");
            return 2;
        }
        return command.get().run(args.tail(), out, err);
    }

    private static int runDefault(PrintStream out, PrintStream err) {
        Option<Command> render = commands().find(c -> c.name().equals("render"));
        if (render.isEmpty()) {
            err.println("segmentable: the default figure needs the 'render' command, which this build lacks");
            return 1;
        }
        return render.get().run(List.of("--example", "-o", "example.svg"), out, err);
    }

    static String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("segmentable: exact polygons, areas and activation patterns of a ReLU layer's latent plane\n\n");
        sb.append("usage: segmentable                 render the embedded example layer to example.svg\n");
        sb.append("       segmentable COMMAND --help  help on one command\n\ncommands:\n");
        for (Command c : commands()) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        return sb.toString();
    }
}

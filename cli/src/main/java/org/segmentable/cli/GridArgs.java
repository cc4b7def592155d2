package org.segmentable.cli;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The slice-grid option of {@code render}: {@code --grid} draws one panel per pair of the first
 * {@code K} features ({@code --grid K} or {@code --grid=K}; a bare {@code --grid} means
 * {@value #DEFAULT_K}), each the superposition on the slice spanned by the pair's latent images.
 *
 * <p>{@code GridArgs.extract(List.of("m.json", "--grid", "4"))} is {@code Right(Parsed(Some(4), [m.json]))}.
 */
final class GridArgs {

    /** The number of features paired by a bare {@code --grid}. */
    static final int DEFAULT_K = 3;

    /** Help lines for the option. */
    static final String HELP = """
              --grid [K]           a grid of slices: one superposition panel per pair i < j of the
                                   first K features (default 3), on the plane spanned by their
                                   latent images, the box region, shared colours per dim
            """;

    private GridArgs() {
    }

    /**
     * The grid option and the arguments left for the command.
     *
     * @param k the number of features paired, when {@code --grid} was given
     * @param rest the other arguments, in their order
     */
    record Parsed(Option<Integer> k, List<String> rest) {
    }

    /**
     * Takes {@code --grid [K]} out of a command's arguments (up to {@code --}).
     *
     * @param args not null
     * @return the option and the remaining arguments, or a usage message
     */
    static Either<String, Parsed> extract(List<String> args) {
        Objects.requireNonNull(args, "args is null");
        Option<Integer> k = Option.none();
        List<String> rest = List.empty();
        List<String> todo = args;
        while (!todo.isEmpty()) {
            String arg = todo.head();
            todo = todo.tail();
            if (arg.equals("--")) {
                rest = rest.append(arg).appendAll(todo);
                break;
            }
            String text;
            if (arg.equals("--grid")) {
                boolean number = !todo.isEmpty() && todo.head().matches("[0-9]+");
                text = number ? todo.head() : Integer.toString(DEFAULT_K);
                todo = number ? todo.tail() : todo;
            } else if (arg.startsWith("--grid=")) {
                text = arg.substring("--grid=".length());
            } else {
                rest = rest.append(arg);
                continue;
            }
            if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < 2) {
                return Either.left("--grid K needs a whole number of features K >= 2, got '" + text + "'");
            }
            k = Option.some(Integer.parseInt(text));
        }
        return Either.right(new Parsed(k, rest));
    }

    /**
     * Checks that the grid does not meet options it cannot honour.
     *
     * @param grid the grid option, not null
     * @param slice the slice options, not null
     * @param mode the {@code --mode} given, if any, not null
     * @return the message of the first conflict, or none
     */
    static Option<String> conflict(Parsed grid, SliceArgs.Parsed slice, Option<String> mode) {
        Objects.requireNonNull(grid, "grid is null");
        if (grid.k().isEmpty()) {
            return Option.none();
        }
        if (slice.features().isDefined() || slice.sliceFile().isDefined()) {
            return Option.some("--grid chooses its own slices (pairs of features); it does not go with "
                    + (slice.features().isDefined() ? "--features" : "--slice"));
        }
        if (mode.exists(m -> !m.equalsIgnoreCase("superposition"))) {
            return Option.some("--grid draws superposition panels; it does not go with --mode " + mode.get());
        }
        return Option.none();
    }
}

package org.segmentable.cli;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Takes a command's own valued options ({@code --name VALUE} or {@code --name=VALUE}) out of its
 * arguments and leaves the rest, in order, for the next parser; {@code --} ends the options. The
 * shared mechanism of {@link ModelArgs} and {@link SliceArgs}.
 *
 * <p>{@code ValuedOptions.take(List.of("m.npz", "--enc", "E", "--box", "2"), LinkedHashMap.of("--enc", "a tensor NAME"))}
 * is {@code Right(Taken({--enc=E}, [m.npz, --box, 2]))}; without {@code E} it is
 * {@code Left("--enc needs a tensor NAME")}.
 */
final class ValuedOptions {

    private ValuedOptions() {
    }

    /**
     * The options taken and the arguments left.
     *
     * @param values option name to its value
     * @param rest the other arguments, in their order
     */
    record Taken(Map<String, String> values, List<String> rest) {
    }

    /**
     * Takes the options.
     *
     * @param args the arguments, not null
     * @param valueNames each option taken, with the words naming its value for the usage message
     * @return the options and the rest, or a message: a missing or empty value, an option given twice
     */
    static Either<String, Taken> take(List<String> args, Map<String, String> valueNames) {
        Objects.requireNonNull(args, "args is null");
        Objects.requireNonNull(valueNames, "valueNames is null");
        Map<String, String> values = LinkedHashMap.empty();
        List<String> rest = List.empty();
        List<String> todo = args;
        while (!todo.isEmpty()) {
            String arg = todo.head();
            todo = todo.tail();
            if (arg.equals("--")) {
                rest = rest.append(arg).appendAll(todo);
                break;
            }
            int eq = arg.indexOf('=');
            String flag = eq > 0 ? arg.substring(0, eq) : arg;
            if (!valueNames.containsKey(flag)) {
                rest = rest.append(arg);
                continue;
            }
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (todo.isEmpty() || todo.head().startsWith("--")) {
                value = "";
            } else {
                value = todo.head();
                todo = todo.tail();
            }
            if (value.isEmpty()) {
                return Either.left(flag + " needs " + valueNames.get(flag).get());
            }
            if (values.containsKey(flag)) {
                return Either.left(flag + " given twice ('" + values.get(flag).get() + "' and '" + value + "')");
            }
            values = values.put(flag, value);
        }
        return Either.right(new Taken(values, rest));
    }
}

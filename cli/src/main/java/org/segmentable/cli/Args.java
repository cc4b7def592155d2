package org.segmentable.cli;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Parsed command-line arguments: options with a value ({@code --box 3}, {@code --box=3}),
 * flags ({@code --features}) and positionals. A word after {@code --} is positional.
 *
 * <p>{@code Args.parse(List.of("m.json", "--box", "2"), Set.of("--box"), Set.of())} is
 * {@code Right(Args({--box=2}, {}, [m.json]))}.
 *
 * @param options option name (with dashes) to value; the last occurrence wins
 * @param flags the flags given
 * @param positionals the other words, in order
 */
record Args(TreeMap<String, String> options, TreeSet<String> flags, Vector<String> positionals) {

    /**
     * Parses arguments.
     *
     * @param args the words, not null
     * @param valued the options taking a value, with aliases already included
     * @param flagNames the flags
     * @return the parse, or one message naming the offending word
     */
    static Either<String, Args> parse(List<String> args, Set<String> valued, Set<String> flagNames) {
        Objects.requireNonNull(args, "args is null");
        TreeMap<String, String> options = TreeMap.empty();
        TreeSet<String> flags = TreeSet.empty();
        Vector<String> pos = Vector.empty();
        List<String> rest = args;
        boolean literal = false;
        while (!rest.isEmpty()) {
            String w = rest.head();
            rest = rest.tail();
            if (literal || !w.startsWith("-") || w.equals("-")) {
                pos = pos.append(w);
                continue;
            }
            if (w.equals("--")) {
                literal = true;
                continue;
            }
            int eq = w.indexOf('=');
            String name = eq > 0 ? w.substring(0, eq) : w;
            if (valued.contains(name)) {
                if (eq > 0) {
                    options = options.put(name, w.substring(eq + 1));
                } else if (rest.isEmpty()) {
                    return Either.left("option " + name + " needs a value");
                } else {
                    options = options.put(name, rest.head());
                    rest = rest.tail();
                }
            } else if (flagNames.contains(name) && eq < 0) {
                flags = flags.add(name);
            } else {
                return Either.left("unknown option '" + w + "'");
            }
        }
        return Either.right(new Args(options, flags, pos));
    }

    /** The value of an option given under any of its names (the first name given wins). */
    Option<String> option(String... names) {
        for (String n : names) {
            if (options.containsKey(n)) {
                return options.get(n);
            }
        }
        return Option.none();
    }

    /** Whether a flag was given under any of its names. */
    boolean flag(String... names) {
        for (String n : names) {
            if (flags.contains(n)) {
                return true;
            }
        }
        return false;
    }
}

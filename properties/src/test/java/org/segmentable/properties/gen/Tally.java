package org.segmentable.properties.gen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts, per property, how many generated inputs fell into each named case (degenerate or not),
 * prints the table at the end of the property and fails when a case the generators promise never
 * happened. Cases are classified from the input itself (exactly), not from the generator's
 * intentions.
 *
 * <p>{@code Tally t = Tally.of("split"); t.hit("vertex on line"); t.report(); t.requireHits(List.of("vertex on line"))}
 * prints {@code split: 1 tries; vertex on line 1 (100.0%)} and passes.
 */
public final class Tally {

    private final String property;
    private final Map<String, Integer> counts = new TreeMap<>();
    private int tries;

    private Tally(String property) {
        this.property = property;
    }

    /** A fresh tally for one property. */
    public static Tally of(String property) {
        return new Tally(property);
    }

    /** Counts one try (call once per generated input). */
    public synchronized void tried() {
        tries++;
    }

    /** Counts one hit of a case. */
    public synchronized void hit(String name) {
        counts.merge(name, 1, Integer::sum);
    }

    /** Counts a hit when {@code condition} holds. */
    public void hitIf(boolean condition, String name) {
        if (condition) {
            hit(name);
        }
    }

    /** Counts every case in the collection. */
    public void hitAll(Collection<String> names) {
        names.forEach(this::hit);
    }

    /** How many tries hit the case. */
    public synchronized int count(String name) {
        return counts.getOrDefault(name, 0);
    }

    /** The number of tries. */
    public synchronized int tries() {
        return tries;
    }

    /** Prints the table to standard output and returns it. */
    public synchronized String report() {
        Map<String, Integer> sorted = new LinkedHashMap<>(counts);
        String table = sorted.entrySet().stream()
                .map(e -> String.format("  %-34s %6d (%5.1f%%)", e.getKey(), e.getValue(),
                        tries == 0 ? 0.0 : 100.0 * e.getValue() / tries))
                .collect(Collectors.joining("\n"));
        String text = "[tally] " + property + ": " + tries + " tries\n" + table;
        System.out.println(text);
        return text;
    }

    /**
     * Fails unless every named case was hit at least once.
     *
     * @param required the cases the generators promise
     */
    public synchronized void requireHits(Collection<String> required) {
        for (String name : required) {
            assertTrue(counts.getOrDefault(name, 0) > 0,
                    () -> property + ": the generators never produced the case '" + name + "' in " + tries
                            + " tries\n" + report());
        }
    }
}

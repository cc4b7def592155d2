package org.segmentable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.junit.jupiter.api.Test;

class ValuedOptionsTest {

    private static final Map<String, String> NAMES = LinkedHashMap.of("--enc", "a tensor NAME", "--slice", "a FILE");

    @Test
    void testTake_bothSpellingsAndTheRestInOrder() {
        ValuedOptions.Taken taken = ValuedOptions.take(List.of("m.npz", "--enc", "E", "--box", "2", "--slice=s.json"), NAMES)
                .get();
        assertEquals(LinkedHashMap.of("--enc", "E", "--slice", "s.json"), taken.values());
        assertEquals(List.of("m.npz", "--box", "2"), taken.rest());
    }

    @Test
    void testTake_doubleDashEndsOptions() {
        ValuedOptions.Taken taken = ValuedOptions.take(List.of("--", "--enc", "E"), NAMES).get();
        assertEquals(LinkedHashMap.empty(), taken.values());
        assertEquals(List.of("--", "--enc", "E"), taken.rest());
    }

    @Test
    void testTake_missingOrEmptyValue() {
        assertEquals("--enc needs a tensor NAME", ValuedOptions.take(List.of("--enc"), NAMES).getLeft());
        assertEquals("--enc needs a tensor NAME", ValuedOptions.take(List.of("--enc", "--box"), NAMES).getLeft());
        assertEquals("--slice needs a FILE", ValuedOptions.take(List.of("--slice="), NAMES).getLeft());
    }

    @Test
    void testTake_givenTwice() {
        assertEquals("--slice given twice ('a' and 'b')",
                ValuedOptions.take(List.of("--slice", "a", "--slice=b"), NAMES).getLeft());
    }
}

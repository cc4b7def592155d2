package org.segmentable.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IntUnionFindTest {

    @Test
    void testUnion_representativeIsSmallestMember() {
        IntUnionFind sets = IntUnionFind.of(6);
        assertTrue(sets.union(5, 3));
        assertTrue(sets.union(3, 4));
        assertFalse(sets.union(4, 5));
        assertEquals(3, sets.find(5));
        assertEquals(3, sets.find(4));
        assertEquals(2, sets.find(2));
        assertTrue(sets.union(4, 1));
        assertEquals(1, sets.find(5));
        assertTrue(sets.connected(1, 3));
        assertFalse(sets.connected(0, 3));
    }

    @Test
    void testUnion_agreesWithLabelRelabelling() {
        Random r = new Random(11);
        int n = 300;
        IntUnionFind sets = IntUnionFind.of(n);
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = i;
        }
        for (int k = 0; k < 250; k++) {
            int p = r.nextInt(n);
            int q = r.nextInt(n);
            sets.union(p, q);
            int from = Math.max(label[p], label[q]);
            int to = Math.min(label[p], label[q]);
            for (int i = 0; i < n; i++) {
                if (label[i] == from) {
                    label[i] = to;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            assertEquals(label[i], sets.find(i), "element " + i);
        }
    }

    @Test
    void testOf_negativeSizeThrows() {
        assertThrows(IllegalArgumentException.class, () -> IntUnionFind.of(-1));
        assertEquals(0, IntUnionFind.of(0).size());
    }
}

package org.segmentable.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.segmentable.linalg.AffineSlice;

class DeepModelTest {

    private static final Mlp XOR = Nets.mlp(Nets.layer(new long[][] {{1, 1}, {1, -1}}, new long[] {0, 0}),
            Nets.layer(new long[][] {{1, 1}}, new long[] {-1}));

    @Test
    void testOf_sliceOfTheInputSpace() {
        DeepModel model = DeepModel.of("xor", "XOR", XOR, AffineSlice.identity()).get();
        assertEquals("xor", model.name());
        assertEquals("XOR", model.title());
        assertEquals(XOR, model.mlp());
        assertEquals(AffineSlice.identity(), model.slice());
    }

    @Test
    void testOf_sliceOutsideTheInputSpace() {
        assertEquals(Vector.of("the slice lives in R^3, the network takes 2 inputs"),
                DeepModel.of("xor", "", XOR, AffineSlice.axes(3, 0, 1)).getError());
    }

    @Test
    void testOf_nullNamesTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> DeepModel.of("xor", "", null, AffineSlice.identity()));
        assertEquals("mlp is null", e.getMessage());
    }

    @Test
    void testEquals_byValue() {
        assertEquals(DeepModel.of("xor", "", XOR, AffineSlice.identity()).get(),
                DeepModel.of("xor", "", XOR, AffineSlice.identity()).get());
        assertEquals(DeepModel.of("xor", "", XOR, AffineSlice.identity()).get().hashCode(),
                DeepModel.of("xor", "", XOR, AffineSlice.identity()).get().hashCode());
        assertNotEquals(DeepModel.of("xor", "", XOR, AffineSlice.identity()).get(),
                DeepModel.of("and", "", XOR, AffineSlice.identity()).get());
    }
}

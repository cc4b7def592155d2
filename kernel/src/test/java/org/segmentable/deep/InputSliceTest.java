package org.segmentable.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Point2;

class InputSliceTest {

    @Test
    void testOf_dependentDirections() {
        assertEquals("u and v are linearly dependent: they span a line or a point, not a plane",
                InputSlice.of(Nets.row(0, 0, 0), Nets.row(1, 2, 3), Nets.row(-2, -4, -6)).getError().head());
        assertTrue(InputSlice.of(Nets.row(0, 0), Nets.row(0, 0), Nets.row(0, 1)).isInvalid());
    }

    @Test
    void testOf_lengthsReportedTogether() {
        var problems = InputSlice.of(Nets.row(0, 0, 0), Nets.row(1, 0), Nets.row(0, 1, 0, 0)).getError();
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void testPoint_affineCombination() {
        InputSlice s = InputSlice.of(Nets.row(1, 1, 1), Nets.row(1, 0, 2), Nets.row(0, 1, 1)).get();
        assertEquals(Nets.row(3, 4, 8), s.point(Point2.of(2, 3))); // (1 + 2, 1 + 3, 1 + 4 + 3)
        assertEquals(Nets.row(5, 7), InputSlice.identity().point(Point2.of(5, 7)));
        assertThrows(IllegalArgumentException.class, () -> InputSlice.axes(2, 1, 1));
    }
}

package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.segmentable.geometry.Region;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;

class SuperpositionTest {

    static Vector<Rational> row(long... xs) {
        return ReluLayerTest.row(xs);
    }

    /** Dims: x > 0, y - 1 > 0, constant +1, constant 0, constant -1, -x - y - 1 > 0. */
    static LatentPlane plane() {
        ReluLayer layer = ReluLayer.of("s", "", Vector.of(row(1, 0, 1, 1, 1, 1), row(0, 1, 1, 1, 1, 1)),
                Vector.of(row(1, 0), row(0, 1), row(0, 0), row(0, 0), row(0, 0), row(-1, -1)),
                row(0, -1, 1, 0, -1, -1)).get();
        return LatentPlane.of(layer).get();
    }

    @Test
    void testOf_boxAreasPerDim() {
        Region box = Regions.box(Rational.of(3));
        Superposition s = Superposition.of(plane(), box);
        assertEquals(Rational.of(36), box.area());
        assertEquals(Vector.of(Rational.of(18), Rational.of(12), Rational.of(36), Rational.ZERO, Rational.ZERO,
                Rational.of(25, 2)), s.activeAreas());
    }

    @Test
    void testOf_constantDimsWholeRegionOrEmpty() {
        Region box = Regions.box(Rational.TWO);
        Superposition s = Superposition.of(plane(), box);
        assertEquals(box, s.active().get(2));
        assertTrue(s.active().get(3).isEmpty());
        assertTrue(s.active().get(4).isEmpty());
    }

    @Test
    void testOf_layerWithHThreeIsAValue() {
        ReluLayer deep = ReluLayer.of("deep", "", Vector.of(row(1), row(0), row(0)), Vector.of(row(1, 0, 0)), row(0))
                .get();
        assertTrue(Superposition.of(deep, Regions.box(Rational.ONE)).isInvalid());
    }
}

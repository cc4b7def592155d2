package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Region;
import org.segmentable.io.JsonModels;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;
import org.segmentable.ops.Split;

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

    static java.util.stream.Stream<Path> seedFixtures() {
        return Fixtures.named("seed-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFixtures")
    void testActivePart_isTheSplitsPositivePartAndItsAreaTheActiveArea(Path file) {
        LatentPlane plane = LatentPlane.of(JsonModels.read(file).get()).get();
        for (Region region : java.util.List.of(Outline.of(plane).region(), Regions.box(Rational.of(3)))) {
            Superposition s = Superposition.of(plane, region);
            for (int i = 0; i < plane.d(); i++) {
                Region split = Split.of(region, plane.boundary(i)).positive();
                assertEquals(split, s.activePart(i), "dim " + i);
                assertEquals(split.area(), s.activeArea(i), "dim " + i);
            }
            assertEquals(s.activeAreas(), s.active().map(Region::area));
        }
    }

    @Test
    void testRegularLayer_everyDimThroughTwoOutlineVertices() {
        // 12 regularly spaced features, bias -cos(2π/12): dim i's boundary passes near features i ± 1,
        // exactly through them where the decimals are exact (features 0, 3, 6, 9 are the axes' units)
        LatentPlane plane = LatentPlane.of(Examples.regularlySpaced(12, 20)).get();
        Region region = Outline.of(plane).region();
        Superposition s = Superposition.of(plane, region);
        for (int i = 0; i < 12; i++) {
            assertEquals(Split.of(region, plane.boundary(i)).positive().area(), s.activeArea(i), "dim " + i);
        }
        assertEquals(s.activeArea(0), s.activeArea(3));
        assertEquals(s.activeArea(0), s.activeArea(6));
    }

    @Test
    void testOf_regionAndHalfPlanes() {
        Region box = Regions.box(Rational.ONE);
        Superposition s = Superposition.of(box, Vector.of(HalfPlane.of(1, 0, 0), HalfPlane.of(0, 0, 1),
                HalfPlane.of(0, 1, -1)));
        assertEquals(3, s.d());
        assertEquals(box, s.region());
        assertEquals(Vector.of(Rational.TWO, Rational.of(4), Rational.ZERO), s.activeAreas());
        assertEquals(box, s.activePart(1));
        assertTrue(s.activePart(2).isEmpty());
        assertThrows(IndexOutOfBoundsException.class, () -> s.activeArea(3));
        assertThrows(NullPointerException.class, () -> Superposition.of(box, Vector.of((HalfPlane) null)));
    }

    @Test
    void testEquals_sameRegionAndBoundaries() {
        Region box = Regions.box(Rational.of(3));
        Superposition a = Superposition.of(plane(), box);
        Superposition b = Superposition.of(box, plane().boundaries());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        a.activeAreas(); // computing does not change the value
        assertEquals(a, b);
        assertNotEquals(a, Superposition.of(Regions.box(Rational.TWO), plane().boundaries()));
        assertEquals("Superposition[d=6, region=1 pieces]", a.toString());
    }
}

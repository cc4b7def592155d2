package org.segmentable.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.segmentable.deep.DenseLayer;
import org.segmentable.deep.LinearRegion;
import org.segmentable.deep.LinearRegions;
import org.segmentable.deep.Mlp;
import org.segmentable.deep.RandomMlp;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;
import org.segmentable.properties.gen.Draw;
import org.segmentable.properties.gen.Tally;
import org.segmentable.properties.support.Props;

/**
 * The linear regions of deep networks ({@code deep.LinearRegions}) do not depend on the number of
 * threads: cells, their order, patterns, vertices, affine maps, output signs, level set and
 * counters are the same for one thread and for several; and the cells' areas add up exactly to the
 * region's.
 */
class DeepProperties {

    /** A network and a box half side. */
    record Case(String kind, Mlp mlp, long box) {
    }

    /**
     * Half the networks are random float32 ones, half have small integer weights (duplicate and
     * zero rows, many lines through one point, boundaries along edges).
     */
    static Gen<Case> cases() {
        return in -> {
            int layers = Draw.range(in, 1, 3);
            int[] sizes = new int[layers + 2];
            sizes[0] = 2;
            for (int k = 1; k <= layers; k++) {
                sizes[k] = Draw.range(in, 1, 7);
            }
            sizes[layers + 1] = Draw.range(in, 1, 2);
            long box = Draw.range(in, 1, 3);
            if (Draw.chance(in, 50)) {
                return new Case("float32", RandomMlp.kaimingUniform(Draw.longRange(in, 0, 1000, 0), sizes), box);
            }
            Vector<DenseLayer> net = Vector.empty();
            for (int k = 1; k < sizes.length; k++) {
                Vector<Vector<Rational>> w = Vector.empty();
                Vector<Rational> b = Vector.empty();
                for (int j = 0; j < sizes[k]; j++) {
                    Vector<Rational> row = Vector.empty();
                    for (int i = 0; i < sizes[k - 1]; i++) {
                        row = row.append(Rational.of(Draw.range(in, -2, 2, 0)));
                    }
                    w = w.append(j > 0 && Draw.chance(in, 20) ? w.get(j - 1) : row);
                    b = b.append(Rational.of(Draw.range(in, -1, 1, 0)));
                }
                net = net.append(DenseLayer.of(w, b));
            }
            return new Case("small integers", Mlp.of(net).get(), box);
        };
    }

    private static LinearRegions regions(Case c, int threads) {
        return LinearRegions.box(c.mlp(), AffineSlice.identity(), Rational.of(c.box()),
                LinearRegions.Options.DEFAULT.withLevelSet(0).withEagerMaps().withThreads(threads)).get();
    }

    @Test
    void testThreads_sameRegionsAsOneThread() {
        Tally tally = Tally.of("deep: threads");
        Props.qt(300).forAll(cases()).checkAssert(c -> {
            tally.tried();
            tally.hit(c.kind());
            LinearRegions one = regions(c, 1);
            tally.hitIf(one.exactSignCount() > 0, "signs decided exactly");
            tally.hitIf(one.cellsPerDepth().size() > 1 && one.cellsPerDepth().get(1) > 1, "several groups");
            for (int threads : new int[] {2, 3}) {
                LinearRegions many = regions(c, threads);
                assertEquals(one.size(), many.size(), c::toString);
                assertEquals(one.cellsPerDepth(), many.cellsPerDepth(), c::toString);
                assertEquals(one.exactSignCount(), many.exactSignCount(), c::toString);
                assertEquals(one.vertexCount(), many.vertexCount(), c::toString);
                assertEquals(one.levelSet().get().segments(), many.levelSet().get().segments(), c::toString);
                for (int i = 0; i < one.size(); i++) {
                    LinearRegion x = one.cell(i);
                    LinearRegion y = many.cell(i);
                    assertEquals(x.patternKey(), y.patternKey(), c::toString);
                    assertEquals(x.vertices(), y.vertices(), c::toString);
                    assertEquals(x.affineMap(), y.affineMap(), c::toString);
                    assertEquals(x.outputSign(), y.outputSign(), c::toString);
                }
            }
            Rational total = one.cells().map(LinearRegion::area).fold(Rational.ZERO, Rational::add);
            assertEquals(one.regionArea(), total, c::toString);
        });
        tally.report();
        tally.requireHits(List.of("float32", "small integers", "signs decided exactly", "several groups"));
    }
}

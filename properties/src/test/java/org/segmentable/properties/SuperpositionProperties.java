package org.segmentable.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.layer.Outline;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.Superposition;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;
import org.segmentable.properties.gen.Draw;
import org.segmentable.properties.gen.Exact;
import org.segmentable.properties.gen.Facts;
import org.segmentable.properties.gen.LayerGens;
import org.segmentable.properties.gen.RationalGens;
import org.segmentable.properties.gen.Tally;
import org.segmentable.properties.support.Props;
import org.segmentable.reference.FanReference;
import org.segmentable.reference.NaiveArrangement;

/**
 * The superposition ({@code layer.Superposition}) and the outline ({@code layer.Outline}) of
 * float32 layers with d from 2 to 64: each dim's active area equals the naive reference (the
 * triangle fan of the region clipped by the dim's half-plane), the outline is the exact angular
 * order of the non-zero features, and its region is the non-zero winding region of that ring.
 * The superposition property runs 100 tries (each up to 64 exact splits), the outline order
 * 1,000, the outline region 150 (brute-force arrangement, d at most 24).
 */
class SuperpositionProperties {

    /** A layer with its region (outline or box). */
    record Case(ReluLayer layer, String regionKind, Region region) {
    }

    static Gen<Case> cases(int maxD) {
        Gen<ReluLayer> layers = LayerGens.trainedLike(2, maxD);
        return in -> {
            ReluLayer layer = layers.generate(in);
            if (Draw.chance(in, 70)) {
                return new Case(layer, "outline", Regions.fromRing(Outline.of(layer).get().ring()));
            }
            Rational z = Draw.chance(in, 50) ? Rational.of(Draw.range(in, 1, 8, 2), 2)
                    : RationalGens.float32(2).generate(in).abs().add(Rational.ofBinary(1, -20));
            return new Case(layer, "box", Regions.box(z));
        };
    }

    @Test
    void testSuperposition_activeAreaOfEveryDimEqualsTheReference() {
        Tally tally = Tally.of("superposition: active areas vs reference");
        Props.qt(100).forAll(cases(64)).checkAssert(c -> {
            tally.tried();
            tally.hitAll(Facts.ofLayer(c.layer()));
            tally.hit("region: " + c.regionKind());
            Superposition s = Superposition.of(c.layer(), c.region()).get();
            assertEquals(c.layer().d(), s.d());
            java.util.Set<String> dims = new java.util.TreeSet<>();
            for (int i = 0; i < c.layer().d(); i++) {
                int ii = i;
                Rational expected = FanReference.area(c.region(), Vector.of(c.layer().boundary(i)));
                assertEquals(expected, s.activeArea(i), () -> "dim " + ii + " of " + c);
                if (expected.signum() > 0 && expected.compareTo(c.region().area()) < 0) {
                    dims.add("dim: partly active");
                }
                if (expected.isZero()) {
                    dims.add("dim: never active");
                }
                if (expected.equals(c.region().area()) && expected.signum() > 0) {
                    dims.add("dim: active everywhere");
                }
            }
            tally.hitAll(dims);
        });
        tally.report();
        tally.requireHits(List.of("region: outline", "region: box", "layer: zero feature", "layer: duplicate features",
                "layer: parallel boundaries", "layer: coincident boundaries", "layer: constant dim",
                "layer: boundary through a feature", "layer: d >= 32", Facts.EXTREME, "dim: partly active",
                "dim: never active", "dim: active everywhere"));
    }

    /** The outline order written from SPEC.md: angle from the first non-zero feature, then distance, then index. */
    static Vector<Integer> expectedOrder(Vector<Point2> f) {
        Vector<Integer> nonZero = Vector.range(0, f.size()).filter(j -> !f.get(j).isOrigin());
        if (nonZero.isEmpty()) {
            return Vector.empty();
        }
        Point2 r = f.get(nonZero.head());
        // rotate by the reference's direction (times conj(r)): the reference goes to angle 0
        java.util.function.Function<Point2, Point2> rot = p -> Point2.of(p.dot(r), r.cross(p));
        Comparator<Integer> order = Comparator.<Integer, Point2>comparing(j -> rot.apply(f.get(j)), Exact.BY_ANGLE)
                .thenComparing(j -> f.get(j).dot(f.get(j)))
                .thenComparing(Comparator.naturalOrder());
        Vector<Integer> sorted = nonZero.sorted(order);
        int at = sorted.indexOf(nonZero.head());
        return sorted.drop(at).appendAll(sorted.take(at));
    }

    @Test
    void testOutline_isTheExactAngularOrderOfTheNonZeroFeatures() {
        Tally tally = Tally.of("outline: angular order");
        Props.forEachLayer(tally, Props.CHEAP, LayerGens.trainedLike(2, 64), layer -> {
            Outline o = Outline.of(layer).get();
            Vector<Point2> f = layer.featurePoints();
            assertEquals(expectedOrder(f), o.order(), () -> layer.toString());
            assertEquals(o.order().map(f::get), o.ring().vertices());
            assertEquals(Vector.range(0, f.size()).filter(j -> f.get(j).isOrigin()), o.zeroFeatures());
        });
        tally.report();
        tally.requireHits(List.of("layer: zero feature", "layer: duplicate features", Facts.EXTREME));
    }

    @Test
    void testOutline_regionIsTheNonZeroWindingRegionOfTheRing() {
        Tally tally = Tally.of("outline: region");
        Props.forEachLayer(tally, 150, LayerGens.trainedLike(2, 24), layer -> {
            var ring = Outline.of(layer).get().ring();
            tally.hitAll(Facts.ofRing(ring));
            Region r = Regions.fromRing(ring);
            assertEquals(NaiveArrangement.area(NaiveArrangement.cells(ring)), r.area(), () -> layer.toString());
            assertTrue(r.area().signum() >= 0);
        });
        tally.report();
        tally.requireHits(List.of("layer: zero feature", "layer: duplicate features", Facts.SELF_TOUCHING,
                Facts.SELF_CROSSING, Facts.EXTREME));
    }
}

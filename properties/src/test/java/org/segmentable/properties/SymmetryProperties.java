package org.segmentable.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.Cell;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.layer.LatentPlane;
import org.segmentable.layer.PlanarPolygon;
import org.segmentable.layer.PlanarSplit;
import org.segmentable.layer.ReluLayer;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Split;
import org.segmentable.properties.gen.Draw;
import org.segmentable.properties.gen.Facts;
import org.segmentable.properties.gen.LayerGens;
import org.segmentable.properties.gen.LineGens;
import org.segmentable.properties.gen.PlaneCase;
import org.segmentable.properties.gen.PlaneCaseGens;
import org.segmentable.properties.gen.RationalGens;
import org.segmentable.properties.gen.RegionGens;
import org.segmentable.properties.gen.Tally;
import org.segmentable.properties.support.Props;
import org.segmentable.reference.NaiveArrangement;

/**
 * Symmetries the answers must respect: permuting dims permutes patterns; scaling a dim's row and
 * bias by a positive rational changes nothing; an exact invertible linear change of latent
 * coordinates maps cells to cells with areas scaled by {@code |det|}; the {@code R^d} and 2-D
 * views split alike. Complex-based properties run 200 tries with at most 8 dims; the {@code R^d}
 * property 300.
 */
class SymmetryProperties {

    static TreeMap<String, Rational> patterns(ActivationComplex cx) {
        TreeMap<String, Rational> m = TreeMap.empty();
        for (var e : cx.areaByPattern()) {
            m = m.put(e._1.toString(), e._2);
        }
        return m;
    }

    /**
     * Checks 200 cases of at most 8 dims, each extended with what the symmetry needs (a
     * permutation, a factor, a matrix), counting each try; then requires the facts to have been seen.
     */
    private static <T> void forEachCase(String name, BiFunction<PlaneCase, RandomnessSource, T> extend,
            BiConsumer<Tally, T> check, List<String> required) {
        Tally tally = Tally.of(name);
        Gen<PlaneCase> cases = PlaneCaseGens.cases(8);
        Gen<T> gen = in -> extend.apply(cases.generate(in), in);
        Props.qt(200).forAll(gen).checkAssert(t -> {
            tally.tried();
            check.accept(tally, t);
        });
        tally.report();
        tally.requireHits(required);
    }

    /** A case with a permutation of its dims. */
    record Permuted(PlaneCase c, Vector<Integer> perm) {
    }

    @Test
    void testSymmetry_permutingDimsPermutesPatterns() {
        forEachCase("symmetry: permuted dims", (c, in) -> {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < c.dims().size(); i++) {
                idx.add(Draw.range(in, 0, idx.size()), i); // a random insertion order is a random permutation
            }
            return new Permuted(c, Vector.ofAll(idx));
        }, (tally, p) -> {
            tally.hitAll(PlaneCaseGens.dimFacts(p.c().dims()));
            tally.hitIf(!p.perm().equals(Vector.range(0, p.perm().size())), "permutation: not the identity");
            // new dim k is old dim perm[k]
            Vector<HalfPlane> permuted = p.perm().map(p.c().dims()::get);
            ActivationComplex a = ActivationComplex.of(p.c().region(), p.c().dims());
            ActivationComplex b = ActivationComplex.of(p.c().region(), permuted);
            TreeMap<String, Rational> expected = TreeMap.empty();
            for (var e : patterns(a)) {
                StringBuilder s = new StringBuilder();
                for (int k = 0; k < p.perm().size(); k++) {
                    s.append(e._1.charAt(p.perm().get(k)));
                }
                expected = expected.put(s.toString(), e._2);
            }
            assertEquals(expected, patterns(b), p::toString);
            assertEquals(a.cellCount(), b.cellCount(), p::toString);
        }, List.of("permutation: not the identity", "dims: coincident", "dims: three through one point"));
    }

    /** A case with a dim and a positive factor. */
    record Scaled(PlaneCase c, int dim, Rational factor) {
    }

    @Test
    void testSymmetry_scalingADimByAPositiveRationalChangesNothing() {
        forEachCase("symmetry: scaled dim", (c, in) -> new Scaled(c, Draw.range(in, 0, c.dims().size() - 1),
                RationalGens.positiveScales().generate(in)), (tally, s) -> {
            tally.hitIf(RationalGens.extremeMagnitude(s.factor()), "factor: extreme");
            tally.hitIf(s.c().dims().get(s.dim()).isConstant(), "dims: scaled a constant dim");
            HalfPlane h = s.c().dims().get(s.dim());
            HalfPlane scaled = HalfPlane.of(h.a().multiply(s.factor()), h.b().multiply(s.factor()), h.c().multiply(s.factor()));
            ActivationComplex a = ActivationComplex.of(s.c().region(), s.c().dims());
            ActivationComplex b = ActivationComplex.of(s.c().region(), s.c().dims().update(s.dim(), scaled));
            assertEquals(patterns(a), patterns(b), s::toString);
            assertEquals(a.cellCount(), b.cellCount(), s::toString);
        }, List.of("factor: extreme"));
    }

    /** A case with an invertible matrix {@code [[m00, m01], [m10, m11]]}. */
    record Mapped(PlaneCase c, Rational m00, Rational m01, Rational m10, Rational m11) {
        Rational det() {
            return m00.multiply(m11).subtract(m01.multiply(m10));
        }

        Point2 apply(Point2 p) {
            return Point2.of(m00.multiply(p.x()).add(m01.multiply(p.y())), m10.multiply(p.x()).add(m11.multiply(p.y())));
        }

        Point2 inverse(Point2 p) {
            Rational inv = det().reciprocal();
            return Point2.of(m11.multiply(p.x()).subtract(m01.multiply(p.y())).multiply(inv),
                    m00.multiply(p.y()).subtract(m10.multiply(p.x())).multiply(inv));
        }

        /** {@code h'(p') = h(M⁻¹ p')}: {@code (a', b') = (a, b) M⁻¹}. */
        HalfPlane apply(HalfPlane h) {
            Rational inv = det().reciprocal();
            Rational a = h.a().multiply(m11).subtract(h.b().multiply(m10)).multiply(inv);
            Rational b = h.b().multiply(m00).subtract(h.a().multiply(m01)).multiply(inv);
            return HalfPlane.of(a, b, h.c());
        }

        Ring apply(Ring r) {
            Ring mapped = Ring.of(r.vertices().map(this::apply));
            return det().signum() < 0 ? mapped.reverse() : mapped; // keep shells ccw, holes cw
        }

        Region apply(Region r) {
            return Region.of(r.pieces().map(p -> Polygon.of(apply(p.shell()), p.holes().map(this::apply)).get())).get();
        }
    }

    @Test
    void testSymmetry_linearChangeOfCoordinatesMapsCellsToCells() {
        Gen<Rational> entries = RationalGens.nearDegenerate();
        forEachCase("symmetry: linear change of coordinates", (c, in) -> {
            Mapped m = new Mapped(c, entries.generate(in), entries.generate(in), entries.generate(in), entries.generate(in));
            return m.det().isZero() ? new Mapped(c, Rational.ONE, m.m01(), Rational.ZERO, Rational.MINUS_ONE) : m;
        }, (tally, m) -> {
            tally.hit(m.det().signum() > 0 ? "det > 0" : "det < 0");
            tally.hitIf(RationalGens.extremeMagnitude(m.det()), "det: extreme");
            ActivationComplex a = ActivationComplex.of(m.c().region(), m.c().dims());
            ActivationComplex b = ActivationComplex.of(m.apply(m.c().region()), m.c().dims().map(m::apply));
            Rational det = m.det().abs();
            assertEquals(a.cellCount(), b.cellCount(), m::toString);
            assertEquals(patterns(a).mapValues(v -> v.multiply(det)), patterns(b), m::toString);
            // each mapped cell's interior point comes from a cell with its pattern and area / |det|
            for (Cell cb : b.cells()) {
                Point2 back = m.inverse(cb.interiorPoint());
                List<Cell> hosts = a.cells().filter(ca -> NaiveArrangement.inRegion(Region.of(ca.polygon())).test(back))
                        .toJavaList();
                assertEquals(1, hosts.size(), () -> "cell " + cb + " maps back into " + hosts + " for " + m);
                assertEquals(hosts.get(0).pattern(), cb.pattern(), m::toString);
                assertEquals(hosts.get(0).area().multiply(det), cb.area(), m::toString);
            }
        }, List.of("det > 0", "det < 0", "det: extreme"));
    }

    /** A layer whose seed frame exists and a simple polygon of its latent plane. */
    record Lifted(ReluLayer layer, Polygon polygon) {
    }

    @Test
    void testSymmetry_rdAndPlaneViewsSplitAlike() {
        Tally tally = Tally.of("symmetry: R^d and 2-D views");
        Gen<ReluLayer> layers = LayerGens.trainedLike(2, 12);
        Gen<Region> regions = RegionGens.valid();
        Gen<Lifted> gen = in -> {
            ReluLayer layer = layers.generate(in);
            Polygon polygon = Polygon.of(regions.generate(in).pieces().get(0).shell()).get();
            // aim about half of the dims at the polygon: through its vertices, along its edges, ...
            Vector<Vector<Rational>> dec = layer.wDec();
            Vector<Rational> b = layer.b();
            for (int i = 0; i < layer.d(); i++) {
                if (Draw.chance(in, 50)) {
                    HalfPlane h = LineGens.against(in, polygon.shell());
                    dec = dec.update(i, Vector.of(h.a(), h.b()));
                    b = b.update(i, h.c());
                }
            }
            return new Lifted(ReluLayer.of(layer.name(), "", layer.wEnc(), dec, b).get(), polygon);
        };
        Props.qt(300).forAll(gen).assuming(l -> LatentPlane.seedSlice(l.layer()).isValid()).checkAssert(l -> {
            tally.tried();
            tally.hitAll(Facts.ofLayer(l.layer()));
            tally.hitAll(Facts.ofRing(l.polygon().shell()));
            AffineSlice frame = LatentPlane.seedSlice(l.layer()).get();
            var lifted = PlanarPolygon.of(l.polygon().shell().vertices().map(frame::point));
            assertTrue(lifted.isValid(), () -> l + ": " + lifted.getError());
            int d = l.layer().d();
            // a pair of coordinates onto which the plane projects one-to-one, and the area factor
            int pa = -1;
            int pb = -1;
            Rational minor = Rational.ZERO;
            for (int a = 0; a < d && pa < 0; a++) {
                for (int b = a + 1; b < d; b++) {
                    Rational m = frame.u().get(a).multiply(frame.v().get(b)).subtract(frame.u().get(b).multiply(frame.v().get(a)));
                    if (!m.isZero()) {
                        pa = a;
                        pb = b;
                        minor = m.abs();
                        break;
                    }
                }
            }
            java.util.Set<String> lineFacts = new java.util.TreeSet<>();
            for (int i = 0; i < d; i++) {
                HalfPlane h = frame.halfPlane(i);
                assertEquals(l.layer().boundary(i), h, "the seed frame's x_i is the layer's z_i");
                lineFacts.addAll(Facts.ofLine(List.of(l.polygon().shell()), h));
                PlanarSplit rd = lifted.get().split(i);
                if (h.isConstant() && h.c().isZero()) {
                    assertTrue(rd.liesInHyperplane(), l::toString);
                    continue;
                }
                Split flat = Split.of(Region.of(l.polygon()), h);
                int ii = i;
                assertEquals(flat.positive().area().multiply(minor), rd.positiveArea(pa, pb), () -> "dim " + ii + " " + l);
                assertEquals(flat.negative().area().multiply(minor), rd.negativeArea(pa, pb), () -> "dim " + ii + " " + l);
                assertEquals(flat.positive().pieces().size(), rd.positive().size(), () -> "dim " + ii + " " + l);
                assertEquals(flat.negative().pieces().size(), rd.negative().size(), () -> "dim " + ii + " " + l);
            }
            tally.hitAll(lineFacts);
        });
        tally.report();
        tally.requireHits(List.of(Facts.VERTEX_ON_LINE, Facts.EDGE_ON_LINE, Facts.CROSSING, Facts.NON_CONVEX));
    }
}

package org.segmentable.properties.gen;

import static org.segmentable.properties.gen.Draw.chance;
import static org.segmentable.properties.gen.Draw.range;

import io.vavr.collection.Vector;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.layer.Outline;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Regions;

/**
 * Regions with dims for the superposition and the activation complex: a built region (one or two
 * pieces, holes) with lines aimed at it plus planted coincident (same or opposite side, scaled)
 * and concurrent (three or more through one point) dims; or a float32 layer on its outline
 * (resolved by the kernel's {@code Regions.fromRing}) or on a box {@code [-Z, Z]²}.
 *
 * <p>{@code PlaneCaseGens.cases(6).generate(source)} is e.g. a star with a hole cut by 4 lines,
 * two of them through one vertex.
 */
public final class PlaneCaseGens {

    private PlaneCaseGens() {
    }

    /**
     * Cases with at most {@code maxDims} dims.
     *
     * @param maxDims at least 2
     * @return the generator
     */
    public static Gen<PlaneCase> cases(int maxDims) {
        Gen<Region> regions = RegionGens.valid();
        Gen<ReluLayer> layers = LayerGens.trainedLike(2, maxDims);
        return in -> {
            int kind = range(in, 0, 9, 0);
            if (kind < 5) {
                Region r = regions.generate(in);
                return new PlaneCase("built region, aimed lines", r, aimedDims(in, r.pieces().get(0).shell(), maxDims));
            }
            ReluLayer layer = layers.generate(in);
            if (kind < 8) {
                Ring outline = Outline.of(layer).get().ring();
                return new PlaneCase(layer.name() + " on its outline", Regions.fromRing(outline), layer.boundaries());
            }
            Rational z = chance(in, 50) ? Rational.of(range(in, 1, 8, 2), 2) : RationalGens.float32(2).generate(in).abs();
            if (z.isZero()) {
                z = Rational.ONE;
            }
            return new PlaneCase(layer.name() + " on the box " + z, Regions.box(z), layer.boundaries());
        };
    }

    /** Lines aimed at a ring with planted coincident, opposite, scaled and concurrent dims. */
    static Vector<HalfPlane> aimedDims(RandomnessSource in, Ring target, int maxDims) {
        int k = range(in, 1, maxDims, 1);
        Vector<HalfPlane> dims = Vector.empty();
        for (int i = 0; i < k; i++) {
            if (i >= 1 && chance(in, 20)) { // coincident with an earlier dim, same or opposite side
                HalfPlane e = dims.get(range(in, 0, i - 1));
                Rational s = RationalGens.positiveScales().generate(in);
                HalfPlane c = HalfPlane.of(e.a().multiply(s), e.b().multiply(s), e.c().multiply(s));
                dims = dims.append(chance(in, 50) ? c.negate() : c);
            } else if (i >= 2 && chance(in, 25)) { // through the meeting point of two earlier dims
                HalfPlane g = dims.get(range(in, 0, i - 1));
                HalfPlane h = dims.get(range(in, 0, i - 1));
                Rational det = g.a().multiply(h.b()).subtract(g.b().multiply(h.a()));
                if (det.isZero()) {
                    dims = dims.append(LineGens.against(in, target));
                } else {
                    Rational x = g.b().multiply(h.c()).subtract(h.b().multiply(g.c())).divide(det);
                    Rational y = h.a().multiply(g.c()).subtract(g.a().multiply(h.c())).divide(det);
                    dims = dims.append(LineGens.through(Point2.of(x, y), LineGens.direction(in)));
                }
            } else {
                dims = dims.append(LineGens.against(in, target));
            }
        }
        return dims;
    }

    /** Facts about the dims among themselves: coincident, concurrent (three through a point), constant. */
    public static java.util.Set<String> dimFacts(Vector<HalfPlane> dims) {
        java.util.Set<String> facts = new java.util.TreeSet<>();
        int d = dims.size();
        for (int i = 0; i < d; i++) {
            HalfPlane g = dims.get(i);
            if (g.isConstant()) {
                facts.add("dims: constant");
                continue;
            }
            for (int j = i + 1; j < d; j++) {
                HalfPlane h = dims.get(j);
                if (h.isConstant()) {
                    continue;
                }
                Rational det = g.a().multiply(h.b()).subtract(g.b().multiply(h.a()));
                if (det.isZero()) {
                    boolean same = g.a().multiply(h.c()).equals(g.c().multiply(h.a()))
                            && g.b().multiply(h.c()).equals(g.c().multiply(h.b()));
                    facts.add(same ? "dims: coincident" : "dims: parallel");
                    continue;
                }
                if (d > 12) {
                    continue;
                }
                Rational x = g.b().multiply(h.c()).subtract(h.b().multiply(g.c())).divide(det);
                Rational y = h.a().multiply(g.c()).subtract(g.a().multiply(h.c())).divide(det);
                Point2 p = Point2.of(x, y);
                for (int k = j + 1; k < d; k++) {
                    HalfPlane f = dims.get(k);
                    if (!f.isConstant() && f.evaluate(p).isZero()
                            && !f.a().multiply(g.b()).equals(f.b().multiply(g.a()))
                            && !f.a().multiply(h.b()).equals(f.b().multiply(h.a()))) {
                        facts.add("dims: three through one point");
                    }
                }
            }
        }
        return facts;
    }
}

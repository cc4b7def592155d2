package org.segmentable.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.SortedMap;
import io.vavr.collection.Vector;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.ActivationPattern;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.io.JsonModels;
import org.segmentable.layer.Fixtures;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/**
 * Exactness does not depend on the range of doubles: layers and boxes far beyond it (10^±400,
 * 10^350) give the same complexes as their unscaled versions, with the areas scaled exactly.
 */
class ExtremeRangeTest {

    static Stream<Path> seedFixtures() {
        return Fixtures.named("seed-");
    }

    private static ReluLayer layer(Path fixture) {
        return JsonModels.read(fixture).get();
    }

    /** The layer with its weights multiplied by {@code w} and its biases by {@code b}. */
    private static ReluLayer scaled(ReluLayer l, Rational w, Rational b) {
        return ReluLayer.of(l.name(), l.title(), l.wEnc().map(r -> r.map(w::multiply)),
                l.wDec().map(r -> r.map(w::multiply)), l.b().map(b::multiply)).get();
    }

    private static ActivationComplex complex(ReluLayer l, AnalysisOptions o) {
        return LayerAnalysis.of(l, o).get().complex();
    }

    /** Same cells and patterns, every pattern's area (and the region's) multiplied by {@code factor}. */
    private static void assertScaled(ActivationComplex base, ActivationComplex scaled, Rational factor) {
        assertEquals(base.cellCount(), scaled.cellCount(), "cells");
        SortedMap<ActivationPattern, Rational> a = base.areaByPattern();
        SortedMap<ActivationPattern, Rational> b = scaled.areaByPattern();
        assertEquals(a.keySet(), b.keySet(), "patterns");
        assertEquals(a.mapValues(factor::multiply), b, "areas scaled by " + factor);
        assertEquals(base.cells().map(c -> c.pattern()).sorted(), scaled.cells().map(c -> c.pattern()).sorted());
    }

    /** Weights times 10^±400 and biases times 10^±800 scale the whole picture by 10^±400. */
    @ParameterizedTest
    @MethodSource("seedFixtures")
    void testComplex_outlineOfLayerScaledBeyondDoubles(Path fixture) {
        ReluLayer l = layer(fixture);
        ActivationComplex base = complex(l, AnalysisOptions.defaults());
        for (int e : new int[] {400, -400}) {
            Rational s = Rational.of(10).pow(e);
            assertScaled(base, complex(scaled(l, s, s.pow(2)), AnalysisOptions.defaults()), s.pow(2));
        }
    }

    /** Biases times 10^±400 and the box times 10^±400 scale the box's complex by 10^±400. */
    @ParameterizedTest
    @MethodSource("seedFixtures")
    void testComplex_boxOfBiasesScaledBeyondDoubles(Path fixture) {
        ReluLayer l = layer(fixture);
        AnalysisOptions box = AnalysisOptions.defaults().withRegion(PlaneRegion.BOX);
        ActivationComplex base = complex(l, box.withBox(Rational.of(3)));
        for (int e : new int[] {400, -400}) {
            Rational s = Rational.of(10).pow(e);
            assertScaled(base, complex(scaled(l, Rational.of(1), s), box.withBox(Rational.of(3).multiply(s))),
                    s.pow(2));
        }
    }

    /**
     * {@code --box 1e350}: once the box holds every vertex of the arrangement and every line leaves
     * it through fixed sides, each pattern's area is a quadratic in the half-width {@code Z} (the
     * cells' vertices on the box move linearly with {@code Z}). Three boxes far
     * beyond the vertices fix the quadratic, a fourth checks it, and its value at {@code 10^350} is
     * the exact answer the analysis must give.
     */
    @ParameterizedTest
    @MethodSource("seedFixtures")
    void testComplex_box1e350IsTheQuadraticOfSmallerBoxes(Path fixture) {
        ReluLayer l = layer(fixture);
        AnalysisOptions box = AnalysisOptions.defaults().withRegion(PlaneRegion.BOX);
        Rational k = beyondVertices(l);
        Vector<Rational> zs = Vector.of(k, k.multiply(2), k.multiply(3));
        Vector<SortedMap<ActivationPattern, Rational>> areas = zs.map(z -> complex(l, box.withBox(z)).areaByPattern());
        Rational far = Rational.of(10).pow(350);
        ActivationComplex big = complex(l, box.withBox(far));
        assertEquals(complex(l, box.withBox(k)).cellCount(), big.cellCount(), "cells");
        assertEquals(areas.head().keySet(), big.areaByPattern().keySet(), "patterns");
        for (ActivationPattern p : areas.head().keySet()) {
            Vector<Rational> a = areas.map(m -> m.get(p).get());
            Rational four = k.multiply(4);
            assertEquals(quadratic(zs, a, four), complex(l, box.withBox(four)).areaByPattern().get(p).get(),
                    "the area is quadratic in Z beyond the vertices");
            assertEquals(quadratic(zs, a, far), big.areaByPattern().get(p).get(), p.toString());
        }
        assertEquals(far.multiply(2).pow(2), big.areaByPattern().values().fold(Rational.of(0), Rational::add));
    }

    /**
     * A half-width beyond which the box's complex keeps its combinatorics: the box holds every
     * crossing of two boundary lines, and every line {@code a x + b y + c = 0} leaves the box
     * through the same sides (it meets a corner {@code (±Z, ±Z)} only at {@code Z = |c| / |a ± b|}).
     */
    private static Rational beyondVertices(ReluLayer l) {
        Vector<HalfPlane> h = l.boundaries();
        Rational max = Rational.of(1);
        for (HalfPlane p : h) {
            for (Rational den : Vector.of(p.a().add(p.b()), p.a().subtract(p.b()))) {
                if (!den.isZero()) {
                    max = max.max(p.c().divide(den).abs());
                }
            }
        }
        for (int i = 0; i < h.size(); i++) {
            for (int j = i + 1; j < h.size(); j++) {
                HalfPlane p = h.get(i);
                HalfPlane q = h.get(j);
                Rational det = p.a().multiply(q.b()).subtract(q.a().multiply(p.b()));
                if (det.isZero()) {
                    continue;
                }
                Rational x = q.c().multiply(p.b()).subtract(p.c().multiply(q.b())).divide(det);
                Rational y = p.c().multiply(q.a()).subtract(q.c().multiply(p.a())).divide(det);
                max = max.max(x.abs()).max(y.abs());
            }
        }
        return max.multiply(2);
    }

    /** The value at {@code x} of the quadratic through {@code (xs[i], ys[i])} (Lagrange). */
    private static Rational quadratic(Vector<Rational> xs, Vector<Rational> ys, Rational x) {
        Rational sum = Rational.of(0);
        for (int i = 0; i < 3; i++) {
            Rational term = ys.get(i);
            for (int j = 0; j < 3; j++) {
                if (j != i) {
                    term = term.multiply(x.subtract(xs.get(j))).divide(xs.get(i).subtract(xs.get(j)));
                }
            }
            sum = sum.add(term);
        }
        return sum;
    }
}

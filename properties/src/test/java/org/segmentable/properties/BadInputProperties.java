package org.segmentable.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.segmentable.io.JsonModels;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;
import org.segmentable.properties.gen.Draw;
import org.segmentable.properties.gen.Tally;
import org.segmentable.properties.support.Props;

/**
 * Bad input always comes back as the documented error value ({@code Invalid} with every problem),
 * never as an exception escaping the API: wrong and ragged shapes, empty layers, NaN and infinite
 * weights.
 */
class BadInputProperties {

    /** Matrices of arbitrary (possibly ragged or empty) shapes for a layer. */
    record Shapes(Vector<Vector<Rational>> wEnc, Vector<Vector<Rational>> wDec, Vector<Rational> b) {
    }

    static Vector<Vector<Rational>> matrix(RandomnessSource in, int rows, int cols, boolean ragged) {
        Vector<Vector<Rational>> m = Vector.empty();
        for (int r = 0; r < rows; r++) {
            int c = ragged && Draw.chance(in, 30) ? Draw.range(in, 0, 4) : cols;
            m = m.append(Vector.fill(c, () -> Rational.of(Draw.range(in, -3, 3, 0))));
        }
        return m;
    }

    static Gen<Shapes> shapes() {
        return in -> {
            int h = Draw.range(in, 0, 3, 2);
            int d = Draw.range(in, 0, 4, 2);
            boolean wrong = Draw.chance(in, 60);
            int hEnc = wrong && Draw.chance(in, 30) ? Draw.range(in, 0, 3) : h;
            int dEnc = wrong && Draw.chance(in, 30) ? Draw.range(in, 0, 4) : d;
            int dDec = wrong && Draw.chance(in, 30) ? Draw.range(in, 0, 4) : d;
            int hDec = wrong && Draw.chance(in, 30) ? Draw.range(in, 0, 3) : h;
            boolean ragged = wrong && Draw.chance(in, 30);
            return new Shapes(matrix(in, hEnc, dEnc, ragged), matrix(in, dDec, hDec, ragged),
                    Vector.fill(d, () -> Rational.of(Draw.range(in, -3, 3, 0))));
        };
    }

    /** The shape rule of SPEC.md, written independently: h ≥ 2, d ≥ 1, rectangular, matching. */
    static boolean wellShaped(Shapes s) {
        int d = s.b().size();
        int h = s.wEnc().size();
        return d >= 1 && h >= 2 && s.wEnc().forAll(row -> row.size() == d) && s.wDec().size() == d
                && s.wDec().forAll(row -> row.size() == h);
    }

    @Test
    void testReluLayerOf_anyShapeGivesAValueNeverAnException() {
        Tally tally = Tally.of("bad input: ReluLayer.of shapes");
        Props.qt(Props.CHEAP).forAll(shapes()).checkAssert(s -> {
            tally.tried();
            boolean ok = wellShaped(s);
            tally.hit(ok ? "well shaped" : "badly shaped");
            tally.hitIf(s.b().isEmpty(), "empty layer (d = 0)");
            tally.hitIf(s.wEnc().size() < 2, "h < 2");
            Validation<Seq<String>, ReluLayer> v = ReluLayer.of("l", "", s.wEnc(), s.wDec(), s.b());
            assertEquals(ok, v.isValid(), () -> s + " gave " + v);
            if (v.isInvalid()) {
                assertFalse(v.getError().isEmpty(), "an invalid layer names its problems");
                assertTrue(v.getError().forAll(m -> !m.isBlank()));
            } else {
                assertEquals(s.b().size(), v.get().d());
                assertEquals(s.wEnc().size(), v.get().h());
            }
        });
        tally.report();
        tally.requireHits(List.of("well shaped", "badly shaped", "empty layer (d = 0)", "h < 2"));
    }

    @Test
    void testReluLayerTied_anyShapeGivesAValueNeverAnException() {
        Tally tally = Tally.of("bad input: ReluLayer.tied shapes");
        Props.qt(Props.CHEAP).forAll(shapes()).checkAssert(s -> {
            tally.tried();
            Vector<Vector<Rational>> w = s.wEnc();
            boolean rectangular = !w.isEmpty() && w.forAll(r -> r.size() == w.get(0).size());
            boolean ok = rectangular && w.size() >= 2 && w.get(0).size() == s.b().size() && !s.b().isEmpty();
            tally.hit(ok ? "well shaped" : "badly shaped");
            Validation<Seq<String>, ReluLayer> v = ReluLayer.tied("t", "", w, s.b());
            assertEquals(ok, v.isValid(), () -> s + " gave " + v);
            if (v.isValid()) {
                assertEquals(ReluLayer.transpose(w), v.get().wDec());
            } else {
                assertFalse(v.getError().isEmpty());
            }
        });
        tally.report();
        tally.requireHits(List.of("well shaped", "badly shaped"));
    }

    /** A JSON layer text with some entries replaced by NaN or infinities, and how many. */
    record BadJson(String text, int bad, boolean tied) {
    }

    static Gen<BadJson> badJson() {
        String[] poison = {"NaN", "Infinity", "-Infinity", "\"nan\"", "\"inf\"", "\"-Infinity\""};
        return in -> {
            int d = Draw.range(in, 1, 5, 2);
            boolean tied = Draw.chance(in, 50);
            int[] bad = {0};
            java.util.function.Supplier<String> entry = () -> {
                if (Draw.chance(in, 15)) {
                    bad[0]++;
                    return poison[Draw.range(in, 0, poison.length - 1)];
                }
                return Double.toString(Draw.range(in, -1000, 1000, 0) / 64.0);
            };
            java.util.function.BiFunction<Integer, Integer, String> mat = (rows, cols) -> {
                StringBuilder sb = new StringBuilder("[");
                for (int r = 0; r < rows; r++) {
                    sb.append(r == 0 ? "[" : ", [");
                    for (int c = 0; c < cols; c++) {
                        sb.append(c == 0 ? "" : ", ").append(entry.get());
                    }
                    sb.append("]");
                }
                return sb.append("]").toString();
            };
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < d; i++) {
                b.append(i == 0 ? "" : ", ").append(entry.get());
            }
            b.append("]");
            String text = tied
                    ? "{\"W\": " + mat.apply(2, d) + ", \"b\": " + b + "}"
                    : "{\"W_enc\": " + mat.apply(2, d) + ", \"W_dec\": " + mat.apply(d, 2) + ", \"b\": " + b + "}";
            return new BadJson(text, bad[0], tied);
        };
    }

    @Test
    void testJsonModelsParse_everyNonFiniteEntryIsReported() {
        Tally tally = Tally.of("bad input: non-finite JSON entries");
        Props.qt(Props.CHEAP).forAll(badJson()).checkAssert(j -> {
            tally.tried();
            tally.hit(j.bad() == 0 ? "all finite" : j.bad() == 1 ? "one non-finite" : "several non-finite");
            Validation<Seq<String>, ReluLayer> v = JsonModels.parse(j.text(), "bad");
            assertEquals(j.bad() == 0, v.isValid(), () -> j + " gave " + v);
            if (v.isInvalid()) {
                assertEquals(j.bad(), v.getError().size(), () -> j + " gave " + v.getError());
                assertTrue(v.getError().forAll(m -> m.matches("(?s).*(W_enc|W_dec|W|b)\\[.*")),
                        () -> "each message names the entry: " + v.getError());
            }
        });
        tally.report();
        tally.requireHits(List.of("all finite", "one non-finite", "several non-finite"));
    }

    @Test
    void testLayerOperations_latentDimensionOtherThanTwoIsAValue() {
        Tally tally = Tally.of("bad input: h != 2 for plane operations");
        Gen<ReluLayer> layers = in -> {
            int h = Draw.range(in, 2, 5, 2);
            int d = Draw.range(in, 1, 6, 2);
            Vector<Vector<Rational>> enc = matrix(in, h, d, false);
            Vector<Vector<Rational>> dec = matrix(in, d, h, false);
            return ReluLayer.of("l", "", enc, dec, Vector.fill(d, () -> Rational.of(Draw.range(in, -3, 3, 0)))).get();
        };
        Props.qt(Props.CHEAP).forAll(layers).checkAssert(layer -> {
            tally.tried();
            tally.hit("h = " + layer.h());
            var plane = org.segmentable.layer.LatentPlane.of(layer);
            var outline = org.segmentable.layer.Outline.of(layer);
            var superposition = org.segmentable.layer.Superposition.of(layer,
                    org.segmentable.ops.Regions.box(Rational.ONE));
            boolean two = layer.h() == 2;
            assertEquals(two, plane.isValid());
            assertEquals(two, outline.isValid());
            assertEquals(two, superposition.isValid());
            if (!two) {
                for (Seq<String> errors : List.of(plane.getError(), outline.getError(), superposition.getError())) {
                    assertTrue(errors.exists(m -> m.contains("h = " + layer.h())), () -> "names h: " + errors);
                }
            }
        });
        tally.report();
        tally.requireHits(List.of("h = 2", "h = 3", "h = 5"));
    }
}

package org.segmentable.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.segmentable.numbers.Rational;

class MlpTest {

    @Test
    void testOf_reportsEveryProblem() {
        DenseLayer ragged = Nets.layer(new long[][] {{1, 2}, {3}}, new long[] {0, 0});
        DenseLayer shortBias = Nets.layer(new long[][] {{1, 2}, {3, 4}, {5, 6}}, new long[] {0});
        Validation<Seq<String>, Mlp> v = Mlp.of(Vector.of(ragged, shortBias));
        assertTrue(v.isInvalid());
        Seq<String> problems = v.getError();
        assertTrue(problems.exists(p -> p.contains("layer 0: W row 1 has 1 entries, expected 2")), problems::toString);
        assertTrue(problems.exists(p -> p.contains("layer 1: b has 1 entries, expected 3")), problems::toString);
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void testOf_layerSizesMustChain() {
        DenseLayer a = Nets.layer(new long[][] {{1, 2}, {3, 4}, {5, 6}}, new long[] {0, 0, 0});
        DenseLayer b = Nets.layer(new long[][] {{1, 2}}, new long[] {0});
        Validation<Seq<String>, Mlp> v = Mlp.of(Vector.of(a, b));
        assertEquals(Vector.of("layer 1: W has 2 columns, expected 3 (the outputs of layer 0)"), v.getError());
    }

    @Test
    void testOf_noLayer() {
        assertEquals(Vector.of("a network needs at least one layer"), Mlp.of(Vector.empty()).getError());
    }

    @Test
    void testPreActivations_reluBetweenLayersNotAfterTheLast() {
        Mlp m = Nets.mlp(Nets.layer(new long[][] {{1, 0}, {0, 1}}, new long[] {0, 0}),
                Nets.layer(new long[][] {{1, 1}}, new long[] {-1}));
        Vector<Vector<Rational>> pre = m.preActivations(Nets.row(2, -3));
        assertEquals(Nets.row(2, -3), pre.get(0));
        assertEquals(Nets.row(1), pre.get(1)); // ReLU(2) + ReLU(-3) - 1
        assertEquals(Nets.row(-1), m.apply(Nets.row(-2, -3))); // no ReLU on the output
        assertEquals(Vector.of(2), m.hiddenWidths());
        assertThrows(IllegalArgumentException.class, () -> m.apply(Nets.row(1)));
    }
}

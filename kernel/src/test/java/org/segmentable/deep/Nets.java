package org.segmentable.deep;

import io.vavr.collection.Vector;
import org.segmentable.numbers.Rational;

/** Small hand-made networks for the tests. */
final class Nets {

    private Nets() {
    }

    static Vector<Rational> row(long... xs) {
        return Vector.ofAll(java.util.Arrays.stream(xs).boxed()).map(Rational::of);
    }

    static DenseLayer layer(long[][] w, long[] b) {
        Vector<Vector<Rational>> rows = Vector.empty();
        for (long[] r : w) {
            rows = rows.append(row(r));
        }
        return DenseLayer.of(rows, row(b));
    }

    static Mlp mlp(DenseLayer... layers) {
        return Mlp.of(Vector.of(layers)).get();
    }
}

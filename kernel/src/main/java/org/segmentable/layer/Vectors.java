package org.segmentable.layer;

import io.vavr.collection.Vector;
import org.segmentable.numbers.Rational;

/** Exact vector arithmetic in {@code R^d} for this package (vectors as {@code Vector<Rational>}). */
final class Vectors {

    private Vectors() {
    }

    static Vector<Rational> subtract(Vector<Rational> a, Vector<Rational> b) {
        requireSameSize(a, b);
        return Vector.range(0, a.size()).map(k -> a.get(k).subtract(b.get(k)));
    }

    static Vector<Rational> add(Vector<Rational> a, Vector<Rational> b) {
        requireSameSize(a, b);
        return Vector.range(0, a.size()).map(k -> a.get(k).add(b.get(k)));
    }

    static Vector<Rational> scale(Vector<Rational> a, Rational f) {
        return a.map(x -> x.multiply(f));
    }

    /** {@code a + (b - a)·t}. */
    static Vector<Rational> lerp(Vector<Rational> a, Vector<Rational> b, Rational t) {
        requireSameSize(a, b);
        return Vector.range(0, a.size()).map(k -> a.get(k).add(b.get(k).subtract(a.get(k)).multiply(t)));
    }

    static boolean isZero(Vector<Rational> a) {
        return a.forAll(Rational::isZero);
    }

    private static void requireSameSize(Vector<Rational> a, Vector<Rational> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.size() + " and " + b.size());
        }
    }
}

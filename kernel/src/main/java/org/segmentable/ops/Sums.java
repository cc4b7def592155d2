package org.segmentable.ops;

import java.util.List;
import org.segmentable.numbers.Rational;

/**
 * Exact sums of many rationals with unrelated denominators (areas of split parts, whose crossing
 * points each bring their own denominator). Adding them one by one makes every addition reduce an
 * ever-growing fraction (cubic in the number of terms); adding them pairwise, as a balanced tree,
 * keeps the operands of similar size and costs about one reduction of the final size per level.
 */
final class Sums {

    private Sums() {
    }

    /** The exact sum of the terms, added as a balanced tree. */
    static Rational balanced(List<Rational> terms) {
        int n = terms.size();
        if (n == 0) {
            return Rational.ZERO;
        }
        Rational[] level = terms.toArray(new Rational[0]);
        while (n > 1) {
            int half = (n + 1) / 2;
            for (int i = 0; i < n / 2; i++) {
                level[i] = level[2 * i].add(level[2 * i + 1]);
            }
            if (n % 2 == 1) {
                level[half - 1] = level[n - 1];
            }
            n = half;
        }
        return level[0];
    }
}

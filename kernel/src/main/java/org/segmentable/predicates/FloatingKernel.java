package org.segmentable.predicates;

import java.math.BigDecimal;

/**
 * The staged double predicates behind the package's double entry points (package-private). Each
 * predicate runs named stages: a <i>triage</i> (the double evaluation and its bound from
 * {@link Rounding}; returns {@link Rounding#UNCERTAIN} when the bound does not separate the value
 * from zero), then the <i>exact</i> stages on error-free transformations ({@code TwoSum},
 * {@code fma}; Shewchuk's expansions), then {@link BigDecimal}. Every method is exact for finite
 * doubles, whatever their magnitude (subnormals, values near {@code Double.MAX_VALUE}): the
 * triage answers only inside {@link Rounding#inFilterRange the filter range}, and the exact
 * stages check their own ranges and fall back to {@code BigDecimal} outside them.
 */
final class FloatingKernel {

    /*
     * Range guards, not tolerances: the two constants below never decide a sign. They only choose
     * which exact method computes it. Inside the range the double-double expansion is exact; outside
     * it the same sign comes from BigDecimal, which is exact for every finite double.
     */

    /**
     * Products at least this large have an exact {@code fma} tail: the tail of {@code p = fl(x·y)}
     * is a multiple of {@code 2^(e_x + e_y - 104)} for the operands' exponents, and
     * {@code |p| ≥ 2^-969} puts that grid at or above {@code 2^-1074}, so the tail is representable
     * (no subnormal rounding). Smaller products go to the {@code BigDecimal} stage.
     */
    private static final double SMALLEST_EXACT_PRODUCT = 0x1p-969;
    /**
     * Terms at most this large cannot overflow an expansion sum of sixteen terms:
     * {@code 16 · 2^1018 = 2^1022 < Double.MAX_VALUE}, and every partial sum of the expansion is
     * bounded by the sum of the magnitudes. Larger terms go to the {@code BigDecimal} stage.
     */
    private static final double LARGEST_TERM = 0x1p1018;

    private FloatingKernel() {
    }

    /**
     * The exact sign of {@code (a1 - a0)(b1 - b0) - (c1 - c0)(d1 - d0)} for finite doubles: the
     * triage, then the exact stages.
     *
     * @throws IllegalArgumentException if an input is NaN or infinite
     */
    static int signOfProductDifference(double a1, double a0, double b1, double b0, double c1, double c0,
            double d1, double d0) {
        int s = triageProductDifference(a1, a0, b1, b0, c1, c0, d1, d0);
        return s != Rounding.UNCERTAIN ? s : exactProductDifference(a1, a0, b1, b0, c1, c0, d1, d0);
    }

    /**
     * The triage of {@link #signOfProductDifference}: the sign of the double evaluation when it
     * exceeds {@link Rounding#PRODUCT_DIFFERENCE_FACTOR}{@code ·S} in magnitude, else
     * {@link Rounding#UNCERTAIN}.
     */
    static int triageProductDifference(double a1, double a0, double b1, double b0, double c1, double c0,
            double d1, double d0) {
        double left = (a1 - a0) * (b1 - b0);
        double right = (c1 - c0) * (d1 - d0);
        double det = left - right;
        double sum = Math.abs(left) + Math.abs(right);
        if (Rounding.inFilterRange(sum)) {
            double bound = Rounding.PRODUCT_DIFFERENCE_FACTOR * sum;
            if (det > bound) {
                return 1;
            }
            if (-det > bound) {
                return -1;
            }
        }
        return Rounding.UNCERTAIN;
    }

    /** The exact stages of {@link #signOfProductDifference}. */
    static int exactProductDifference(double a1, double a0, double b1, double b0, double c1, double c0,
            double d1, double d0) {
        double ta = a1 - a0;
        double tb = b1 - b0;
        double tc = c1 - c0;
        double td = d1 - d0;
        return signOfProductDifferenceExact(a1, a0, b1, b0, c1, c0, d1, d0, ta, tb, tc, td, ta * tb, tc * td);
    }

    private static int signOfProductDifferenceExact(double a1, double a0, double b1, double b0, double c1,
            double c0, double d1, double d0, double ta, double tb, double tc, double td, double left,
            double right) {
        requireFinite(a1, a0, b1, b0, c1, c0, d1, d0);
        // stage 2: when the four differences are exact, the two products are exact pairs (fma)
        if (twoDiffTail(a1, a0, ta) == 0 && twoDiffTail(b1, b0, tb) == 0 && twoDiffTail(c1, c0, tc) == 0
                && twoDiffTail(d1, d0, td) == 0 && exactProduct(ta, tb, left) && exactProduct(tc, td, right)) {
            double leftTail = Math.fma(ta, tb, -left);
            double rightTail = Math.fma(tc, td, -right);
            return Expansions.signOfSum(new double[] {left, leftTail, -right, -rightTail}, 4);
        }
        // stage 3: expand into eight products of inputs, each an exact pair (fma), and sum exactly
        if (exactProduct(a1, b1, a1 * b1) && exactProduct(a1, b0, a1 * b0) && exactProduct(a0, b1, a0 * b1)
                && exactProduct(a0, b0, a0 * b0) && exactProduct(c1, d1, c1 * d1) && exactProduct(c1, d0, c1 * d0)
                && exactProduct(c0, d1, c0 * d1) && exactProduct(c0, d0, c0 * d0)) {
            double[] terms = new double[16];
            int n = productPair(terms, 0, a1, b1);
            n = productPair(terms, n, -a1, b0);
            n = productPair(terms, n, -a0, b1);
            n = productPair(terms, n, -c1, d1);
            n = productPair(terms, n, c1, d0);
            n = productPair(terms, n, c0, d1);
            if (a0 != d0 || b0 != c0) { // for orientation a0·b0 - c0·d0 = ax·ay - ay·ax cancels exactly
                n = productPair(terms, n, a0, b0);
                n = productPair(terms, n, -c0, d0);
            }
            return Expansions.signOfSum(terms, n);
        }
        // stage 4: exact decimal arithmetic
        BigDecimal x = new BigDecimal(a1).subtract(new BigDecimal(a0))
                .multiply(new BigDecimal(b1).subtract(new BigDecimal(b0)));
        BigDecimal y = new BigDecimal(c1).subtract(new BigDecimal(c0))
                .multiply(new BigDecimal(d1).subtract(new BigDecimal(d0)));
        return Integer.signum(x.compareTo(y));
    }

    /**
     * The exact sign of {@code a·x + b·y + c} for finite doubles: the triage, then the exact stages.
     *
     * @throws IllegalArgumentException if an input is NaN or infinite
     */
    static int signOfAffine(double a, double x, double b, double y, double c) {
        int s = triageAffine(a, x, b, y, c);
        return s != Rounding.UNCERTAIN ? s : exactAffine(a, x, b, y, c);
    }

    /**
     * The triage of {@link #signOfAffine}: the sign of the double evaluation when it exceeds
     * {@link Rounding#AFFINE_FACTOR}{@code ·P} in magnitude, else {@link Rounding#UNCERTAIN}.
     */
    static int triageAffine(double a, double x, double b, double y, double c) {
        return triageAffine(a, x, b, y, c, Rounding.AFFINE_FACTOR);
    }

    /**
     * The triage of {@code a·x + b·y + c} with a given relative error factor: the sign of the double
     * evaluation when it exceeds {@code factor·P} in magnitude ({@code P} the sum of the absolute
     * terms as evaluated), else {@link Rounding#UNCERTAIN}. {@link Rounding#AFFINE_FACTOR} serves
     * inputs that are exact doubles, {@link Rounding#RATIONAL_FACTOR} inputs that are rationals
     * rounded once to doubles (their derivations are in {@link Rounding}).
     */
    static int triageAffine(double a, double x, double b, double y, double c, double factor) {
        double p1 = a * x;
        double p2 = b * y;
        double s = (p1 + p2) + c;
        double sum = (Math.abs(p1) + Math.abs(p2)) + Math.abs(c);
        if (Rounding.inFilterRange(sum)) {
            double bound = factor * sum;
            if (s > bound) {
                return 1;
            }
            if (-s > bound) {
                return -1;
            }
        }
        return Rounding.UNCERTAIN;
    }

    /** The exact stages of {@link #signOfAffine}: an expansion of five terms when the products are exact pairs, else {@code BigDecimal}. */
    static int exactAffine(double a, double x, double b, double y, double c) {
        requireFinite(a, x, b, y, c);
        double p1 = a * x;
        double p2 = b * y;
        // range guard (see LARGEST_TERM): it picks the exact method, never the sign
        if (exactProduct(a, x, p1) && exactProduct(b, y, p2) && Math.abs(c) <= LARGEST_TERM) {
            return Expansions.signOfSum(new double[] {p1, Math.fma(a, x, -p1), p2, Math.fma(b, y, -p2), c}, 5);
        }
        BigDecimal exact = new BigDecimal(a).multiply(new BigDecimal(x))
                .add(new BigDecimal(b).multiply(new BigDecimal(y))).add(new BigDecimal(c));
        return exact.signum();
    }

    /**
     * Appends {@code x·y} as the exact pair {@code fl(x·y), fma(x, y, -fl(x·y))} at {@code at},
     * leaving out zeros; returns the next free index.
     */
    private static int productPair(double[] into, int at, double x, double y) {
        double p = x * y;
        if (p == 0) {
            return at; // x or y is zero (exactProduct rules out underflow)
        }
        into[at] = p;
        double tail = Math.fma(x, y, -p);
        if (tail == 0) {
            return at + 1;
        }
        into[at + 1] = tail;
        return at + 2;
    }

    /** The rounding error of {@code diff = fl(x - y)} (Knuth's TwoSum on {@code x + (-y)}). */
    static double twoDiffTail(double x, double y, double diff) {
        double yv = x - diff; // Shewchuk Two-Diff: bvirt
        double xv = diff + yv;
        double yRound = yv - y;
        double xRound = x - xv;
        return xRound + yRound;
    }

    /** True when {@code fma(x, y, -p)} is the exact tail of {@code p = fl(x·y)}, with room to add. */
    private static boolean exactProduct(double x, double y, double p) {
        double m = Math.abs(p);
        if (m > LARGEST_TERM) {
            return false;
        }
        if (m >= SMALLEST_EXACT_PRODUCT) {
            return true;
        }
        return x == 0 || y == 0; // p == 0 exactly; any other small product may have lost bits
    }

    private static void requireFinite(double... values) {
        for (double v : values) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("coordinate " + v + " is not a finite number");
            }
        }
    }
}

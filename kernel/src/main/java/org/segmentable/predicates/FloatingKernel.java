package org.segmentable.predicates;

import java.math.BigDecimal;

/**
 * The floating-point machinery behind the predicates' double entry points: a filter with a proven
 * error bound, an exact second stage on error-free transformations ({@code TwoSum}, {@code fma})
 * and an exact {@link BigDecimal} last resort. Package-private; every method is exact for finite
 * doubles.
 *
 * <p>Notation: {@code u = 2^-53} is the unit roundoff of round-to-nearest doubles, so every
 * operation's result is {@code (x ∘ y)(1 + δ)} with {@code |δ| <= u} as long as it neither
 * overflows nor underflows. Underflow of an addition or subtraction is exact; underflow of a
 * product errs by at most {@code 2^-1075} in absolute value. The filters below therefore only
 * answer when their magnitude sum lies in {@code [2^-900, 2^1000]}: no overflow can happen, and
 * the at most three absolute underflow errors ({@code < 2^-1072}) are far below the extra
 * {@code u·sum >= 2^-953} of slack each bound carries.
 */
final class FloatingKernel {

    /** {@code 2^-900}: below this magnitude sum the filters step aside. */
    static final double SMALLEST_SUM = 0x1p-900;
    /** {@code 2^1000}: above this magnitude sum the filters step aside. */
    static final double LARGEST_SUM = 0x1p1000;
    /** Products at least this large have an exact {@code fma} tail. */
    private static final double SMALLEST_EXACT_PRODUCT = 0x1p-969;
    /** Terms at most this large cannot overflow a sum of sixteen. */
    private static final double LARGEST_TERM = 0x1p1018;

    /**
     * {@code 4u}: the filter bound of {@link #signOfProductDifference}. Shewchuk (1997, "Adaptive
     * precision floating-point arithmetic and fast robust geometric predicates", Lemma for
     * {@code orient2d}, bound {@code ccwerrboundA}) proves that the computed
     * {@code (a1-a0)(b1-b0) - (c1-c0)(d1-d0)} differs from the exact one by at most
     * {@code (3u + 16u²)·S} where {@code S = |fl((a1-a0)(b1-b0))| + |fl((c1-c0)(d1-d0))|} is
     * computed, barring overflow and underflow; {@code 4u·S} also covers the underflow errors (see
     * the class notes). The product {@code 4u·S} is exact (a power-of-two scaling).
     */
    private static final double PRODUCT_DIFFERENCE_BOUND = 0x1p-51;

    /**
     * {@code 4u}: the filter bound of {@link #signOfAffine}. With {@code p1 = fl(a·x)},
     * {@code p2 = fl(b·y)}, {@code s = fl(fl(p1 + p2) + c)}, the error is at most
     * {@code |a·x|·((1+u)³-1) + |b·y|·((1+u)³-1) + |c|·u <= (3u + 4u²)·P} for
     * {@code P = |ax| + |by| + |c|}; the computed {@code P_c = fl(fl(|p1| + |p2|) + |c|)} is at
     * least {@code P(1-u)³}, so {@code 4u·P_c >= (4u - 12u²)·P} covers it with {@code u·P} to spare.
     */
    private static final double AFFINE_BOUND = 0x1p-51;

    private FloatingKernel() {
    }

    /**
     * The exact sign of {@code (a1 - a0)(b1 - b0) - (c1 - c0)(d1 - d0)} for finite doubles.
     *
     * @throws IllegalArgumentException if an input is NaN or infinite
     */
    static int signOfProductDifference(double a1, double a0, double b1, double b0, double c1, double c0,
            double d1, double d0) {
        double ta = a1 - a0;
        double tb = b1 - b0;
        double tc = c1 - c0;
        double td = d1 - d0;
        double left = ta * tb;
        double right = tc * td;
        double det = left - right;
        double sum = Math.abs(left) + Math.abs(right);
        if (sum >= SMALLEST_SUM && sum <= LARGEST_SUM) {
            double bound = PRODUCT_DIFFERENCE_BOUND * sum;
            if (det > bound) {
                return 1;
            }
            if (-det > bound) {
                return -1;
            }
        }
        return signOfProductDifferenceExact(a1, a0, b1, b0, c1, c0, d1, d0, ta, tb, tc, td, left, right);
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
     * The exact sign of {@code a·x + b·y + c} for finite doubles.
     *
     * @throws IllegalArgumentException if an input is NaN or infinite
     */
    static int signOfAffine(double a, double x, double b, double y, double c) {
        double p1 = a * x;
        double p2 = b * y;
        double s = (p1 + p2) + c;
        double sum = (Math.abs(p1) + Math.abs(p2)) + Math.abs(c);
        if (sum >= SMALLEST_SUM && sum <= LARGEST_SUM) {
            double bound = AFFINE_BOUND * sum;
            if (s > bound) {
                return 1;
            }
            if (-s > bound) {
                return -1;
            }
        }
        requireFinite(a, x, b, y, c);
        double cMagnitude = Math.abs(c);
        if (exactProduct(a, x, p1) && exactProduct(b, y, p2) && cMagnitude <= LARGEST_TERM) {
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

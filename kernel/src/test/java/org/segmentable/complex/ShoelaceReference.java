package org.segmentable.complex;

import java.math.BigInteger;

/**
 * The former face-area formula, kept as a reference for tests: every vertex's homogeneous
 * coordinates from its representative pair of lines, and the shoelace sum over the common
 * denominator {@code Π w} with {@code O(n²)} BigInteger multiplications.
 */
final class ShoelaceReference {

    private ShoelaceReference() {
    }

    /** The exact twice-area of face f as an unreduced fraction {@code {num, den}}, {@code den > 0}. */
    static BigInteger[] faceTwiceArea(LineArrangement arr, int f) {
        int h0 = arr.faceHalf[f];
        int n = 0;
        int h = h0;
        do {
            n++;
            h = arr.next[h];
        } while (h != h0);
        BigInteger[] xs = new BigInteger[n];
        BigInteger[] ys = new BigInteger[n];
        BigInteger[] ws = new BigInteger[n];
        h = h0;
        for (int k = 0; k < n; k++) {
            BigInteger[] v = arr.homogeneous(arr.origin[h]);
            if (v[2].signum() < 0) {
                v[0] = v[0].negate();
                v[1] = v[1].negate();
                v[2] = v[2].negate();
            }
            xs[k] = v[0];
            ys[k] = v[1];
            ws[k] = v[2];
            h = arr.next[h];
        }
        BigInteger num = BigInteger.ZERO;
        for (int k = 0; k < n; k++) {
            int k1 = (k + 1) % n;
            BigInteger t = xs[k].multiply(ys[k1]).subtract(xs[k1].multiply(ys[k]));
            for (int j = 0; j < n; j++) {
                if (j != k && j != k1) {
                    t = t.multiply(ws[j]);
                }
            }
            num = num.add(t);
        }
        BigInteger den = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            den = den.multiply(ws[k]);
        }
        return new BigInteger[] {num, den};
    }
}

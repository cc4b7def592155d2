package org.segmentable.complex;

import java.math.BigInteger;

/**
 * The exact twice-area of one inner face of an {@link LineArrangement}, as an unreduced fraction
 * {@code num / den} with {@code den > 0}, computed from the face's lines alone. Package-private
 * and mutable: one instance per thread, reused from face to face (its buffers never escape).
 *
 * <p><b>Formula.</b> Walk the face counter-clockwise: edge {@code k} lies on line
 * {@code L_k = (a_k, b_k, c_k)} and runs from vertex {@code V_k = L_{k-1} ∩ L_k} to
 * {@code V_{k+1}} (indices mod n; consecutive edges of an inner face lie on distinct, crossing
 * lines, the faces being convex). In homogeneous coordinates {@code V_k = L_{k-1} × L_k} with
 * weight {@code W_k = a_{k-1} b_k - b_{k-1} a_k ≠ 0}. The identity
 * {@code (A × B) × (B × C) = det(A, B, C) · B} gives {@code V_k × V_{k+1} = D_k · L_k} with
 * {@code D_k = det3(L_{k-1}, L_k, L_{k+1})}, so the shoelace term of edge k is
 * {@code (x_k y_{k+1} - x_{k+1} y_k) = c_k D_k / (W_k W_{k+1})}: no vertex coordinates are
 * needed, the value does not depend on the lines' orientations, and the sum
 * {@code 2A = Σ c_k D_k / (W_k W_{k+1})} is put over {@code Π W_k} by a Horner scheme
 * with about {@code 4n} multiplications by one factor each (not {@code n²}). Expanding
 * {@code D_k} along its column of c's, {@code D_k = c_{k-1} W_{k+1} - c_k X_k + c_{k+1} W_k} with
 * {@code X_k = a_{k-1} b_{k+1} - b_{k-1} a_{k+1}}.
 *
 * <p><b>Fast path.</b> When every line of the face has coefficients of at most 31 bits
 * ({@code LineTable.small}), {@code |W_k|, |X_k| < 2^63} (each product is below {@code 2^62}),
 * {@code |D_k| < 3 · 2^94} and {@code |c_k D_k| < 2^127}: exact in {@code long} and in two-limb
 * 128-bit arithmetic; the Horner sums use {@link LimbMath} in preallocated buffers. Otherwise the
 * same formula runs in {@code BigInteger}.
 *
 * <p>{@code new FaceArea(arr).compute(f)} for the unit square's face gives {@code num / den = 2}.
 */
final class FaceArea {

    private final LineArrangement arr;
    private final LineTable t;
    private int[] ln = new int[16];
    private long[] w = new long[16];
    private long[] tLo = new long[16];
    private long[] tHi = new long[16];
    private long[] num = new long[24];
    private long[] mid = new long[24];
    private long[] den = new long[24];
    private final long[] s = new long[4];
    private final int[] shift = new int[1];
    private int numLen;
    private int denLen;
    private BigInteger bigNum;
    private BigInteger bigDen;
    /** Faces computed in BigInteger (some line above 31 bits), for tests and benchmarks. */
    long bigFaces;
    /** After {@link #compute}: whether the last face took the BigInteger path, and its corner count. */
    boolean lastBig;
    int corners;
    /** After {@link #compute}: {@code num / den ≈ approx · 2^exponent}, {@code approx} in {@code [1, 2)}. */
    double approx;
    int exponent;

    FaceArea(LineArrangement arr) {
        this.arr = arr;
        this.t = arr.lines;
    }

    /** Computes the twice-area of inner face f; read it with {@link #numerator()}, {@link #denominator()}. */
    void compute(int f) {
        int h0 = arr.faceHalf[f];
        int n = 0;
        boolean small = true;
        int h = h0;
        do {
            if (n == ln.length) {
                grow();
            }
            int l = arr.edgeLine[h >> 1];
            ln[n++] = l;
            small &= t.small[l];
            h = arr.next[h];
        } while (h != h0);
        corners = n;
        lastBig = !small;
        if (small) {
            fast(n);
        } else {
            big(n);
        }
    }

    /**
     * After a {@link #compute} on the long path: writes the corner weights {@code |W_k|} (each
     * below {@code 2^63}), whose product is {@link #denominator()}, to {@code out[0 .. corners)}.
     */
    void weights(long[] out) {
        for (int k = 0; k < corners; k++) {
            out[k] = Math.abs(w[k]);
        }
    }

    private void grow() {
        int k = 2 * ln.length;
        ln = java.util.Arrays.copyOf(ln, k);
        w = new long[k];
        tLo = new long[k];
        tHi = new long[k];
        num = new long[k + 8];
        mid = new long[k + 8];
        den = new long[k + 8];
    }

    private void fast(int n) {
        int[] l = ln;
        long[] la = t.la;
        long[] lb = t.lb;
        long[] lc = t.lc;
        for (int k = 0; k < n; k++) {
            int p = l[k == 0 ? n - 1 : k - 1];
            int c = l[k];
            w[k] = la[p] * lb[c] - lb[p] * la[c];
        }
        for (int k = 0; k < n; k++) {
            int p = l[k == 0 ? n - 1 : k - 1];
            int c = l[k];
            int q = l[k == n - 1 ? 0 : k + 1];
            long x = la[p] * lb[q] - lb[p] * la[q];
            long wn = w[k == n - 1 ? 0 : k + 1];
            long wk = w[k];
            long cp = lc[p];
            long cc = lc[c];
            long cq = lc[q];
            // D = cp·wn - cc·x + cq·wk in 128 bits (hi, lo)
            long lo1 = cp * wn;
            long hi1 = Math.multiplyHigh(cp, wn);
            long lo2 = cc * x;
            long hi2 = Math.multiplyHigh(cc, x);
            long lo3 = cq * wk;
            long hi3 = Math.multiplyHigh(cq, wk);
            long dlo = lo1 - lo2;
            long dhi = hi1 - hi2 - (Long.compareUnsigned(lo1, lo2) < 0 ? 1 : 0);
            long elo = dlo + lo3;
            long ehi = dhi + hi3 + (Long.compareUnsigned(elo, dlo) < 0 ? 1 : 0);
            // cc · D: the exact product fits in 128 bits, so the product modulo 2^128 is it
            tLo[k] = cc * elo;
            tHi[k] = Math.multiplyHigh(cc, elo) + ((elo >> 63) & cc) + cc * ehi;
        }
        // num / (W_0 ... W_{k+1}) = sum of the terms 0..k; mid = W_1 ... W_{k-1}
        num[0] = tLo[0];
        num[1] = tHi[0];
        numLen = LimbMath.trim(num, 2);
        mid[0] = 1;
        int midLen = 1;
        long w0 = w[0];
        for (int k = 1; k <= n - 2; k++) {
            numLen = LimbMath.mulSmall(num, numLen, w[k + 1]);
            s[0] = tLo[k];
            s[1] = tHi[k];
            int sLen = LimbMath.mulSmall(s, LimbMath.trim(s, 2), w0);
            numLen = LimbMath.addProduct(num, numLen, s, sLen, mid, midLen);
            midLen = LimbMath.mulSmall(mid, midLen, w[k]);
        }
        s[0] = tLo[n - 1];
        s[1] = tHi[n - 1];
        numLen = LimbMath.addProduct(num, numLen, s, LimbMath.trim(s, 2), mid, midLen);
        System.arraycopy(mid, 0, den, 0, midLen);
        denLen = LimbMath.mulSmall(den, midLen, w0);
        denLen = LimbMath.mulSmall(den, denLen, w[n - 1]);
        if (den[denLen - 1] < 0) {
            LimbMath.negate(den, denLen);
            denLen = LimbMath.trim(den, denLen);
            num[numLen] = num[numLen - 1] >> 63;
            LimbMath.negate(num, numLen + 1);
            numLen = LimbMath.trim(num, numLen + 1);
        }
        bigNum = null;
        bigDen = null;
        if (num[numLen - 1] < 0 || (numLen == 1 && num[0] == 0)) {
            throw new IllegalStateException("face of non-positive area");
        }
        double qn = LimbMath.top(num, numLen, shift);
        int sn = shift[0];
        double qd = LimbMath.top(den, denLen, shift);
        setApprox(qn / qd, sn - shift[0]);
    }

    private void big(int n) {
        bigFaces++;
        BigInteger[] ia = t.ia;
        BigInteger[] ib = t.ib;
        BigInteger[] ic = t.ic;
        BigInteger[] bw = new BigInteger[n];
        for (int k = 0; k < n; k++) {
            int p = ln[k == 0 ? n - 1 : k - 1];
            int c = ln[k];
            bw[k] = ia[p].multiply(ib[c]).subtract(ib[p].multiply(ia[c]));
        }
        BigInteger sum = null;
        BigInteger m = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            int p = ln[k == 0 ? n - 1 : k - 1];
            int c = ln[k];
            int q = ln[k == n - 1 ? 0 : k + 1];
            BigInteger x = ia[p].multiply(ib[q]).subtract(ib[p].multiply(ia[q]));
            BigInteger d = ic[p].multiply(bw[k == n - 1 ? 0 : k + 1]).subtract(ic[c].multiply(x))
                    .add(ic[q].multiply(bw[k]));
            BigInteger term = ic[c].multiply(d);
            if (k == 0) {
                sum = term;
            } else if (k < n - 1) {
                sum = sum.multiply(bw[k + 1]).add(term.multiply(bw[0]).multiply(m));
                m = m.multiply(bw[k]);
            } else {
                sum = sum.add(term.multiply(m));
            }
        }
        BigInteger dd = m.multiply(bw[0]).multiply(bw[n - 1]);
        if (dd.signum() < 0) {
            dd = dd.negate();
            sum = sum.negate();
        }
        if (sum.signum() <= 0) {
            throw new IllegalStateException("face of non-positive area");
        }
        bigNum = sum;
        bigDen = dd;
        double qn = top(sum, shift);
        int sn = shift[0];
        double qd = top(dd, shift);
        setApprox(qn / qd, sn - shift[0]);
    }

    private void setApprox(double q, int e) {
        int k = Math.getExponent(q); // q is normal: a quotient of two doubles in [1, 2^62)
        approx = Math.scalb(q, -k);
        exponent = e + k;
    }

    /** The same as {@link LimbMath#top} for a positive BigInteger. */
    static double top(BigInteger v, int[] out) {
        int drop = Math.max(0, v.bitLength() - 62);
        out[0] = drop;
        if (drop == 0) {
            return v.doubleValue();
        }
        long x = v.shiftRight(drop).longValue();
        if (v.getLowestSetBit() < drop) {
            x |= 1;
        }
        return (double) x;
    }

    /** The numerator of the last face's twice-area (positive). */
    BigInteger numerator() {
        return bigNum != null ? bigNum : LimbMath.toBig(num, numLen);
    }

    /** The denominator of the last face's twice-area (positive). */
    BigInteger denominator() {
        return bigDen != null ? bigDen : LimbMath.toBig(den, denLen);
    }

    /** Twice-area {@code {num, den}} of face f: {@code new FaceArea(arr).of(f)}. */
    BigInteger[] of(int f) {
        compute(f);
        return new BigInteger[] {numerator(), denominator()};
    }

    /**
     * Orders two positive values from their approximations {@code q · 2^e}, {@code q} in
     * {@code [1, 2)}, each within a factor {@code 1 ± 2^-50} of its value (a quotient of two
     * {@link LimbMath#top} values, each within {@code 2^-52}, with one more rounding): -1 or 1
     * when the order is certain, 0 when the exact values must decide. Exponents two apart or
     * more decide alone ({@code x1 < 2^(e1+1)(1 + 2^-50) < 2^e2 (1 - 2^-50) < x2}); otherwise
     * the ratio is computed (one more rounding, exact scaling), within {@code 2^-48} of the
     * exact ratio, and is certain outside {@code 1 ± 2^-40}.
     */
    static int compareApprox(double q1, int e1, double q2, int e2) {
        if (e1 + 1 < e2) {
            return -1;
        }
        if (e2 + 1 < e1) {
            return 1;
        }
        double r = Math.scalb(q1 / q2, e1 - e2);
        if (r < 1 - 0x1p-40) {
            return -1;
        }
        if (r > 1 + 0x1p-40) {
            return 1;
        }
        return 0;
    }
}

package org.segmentable.numbers;

import java.math.BigInteger;

/**
 * The greatest common divisor of two {@link BigInteger}s by Lehmer's algorithm (Knuth, TAOCP
 * vol. 2, 4.5.2, Algorithm L), the gcd behind {@link Rational}'s reductions. Package-private.
 *
 * <p>{@code BigInteger.gcd} runs a binary gcd bit by bit once its operands have similar lengths,
 * about {@code 30 ns} per bit of an 800-bit pair; exact areas reduce fractions of hundreds to tens
 * of thousands of bits. Lehmer's algorithm runs Euclid's algorithm on the leading 62 bits of both
 * operands (the same shift for both) in {@code long} arithmetic, accumulating the cofactors
 * {@code A, B, C, D} of as many quotients as the leading bits determine (Algorithm L's two
 * quotient tests agree) while the cofactors stay within {@code 2^30}, then applies them to the full
 * operands in one pass, {@code (u, v) <- (Au + Bv, Cu + Dv)}: about 30 bits of progress per pass
 * over the words instead of one. Stopping the simulation early is always allowed (the cofactors
 * accumulated so far are those of true quotients). When the leading bits determine no quotient
 * ({@code B = 0}, a large quotient) or the lengths differ by more than 30 bits, one exact
 * division step {@code (u, v) <- (v, u mod v)} is taken instead.
 *
 * <p><b>Why the arithmetic cannot overflow.</b> The leading parts are below {@code 2^62} and every
 * cofactor has magnitude at most {@code 2^30}, so the quotient tests' sums fit a {@code long}, and
 * a quotient is applied only when it is at most {@code 2^30} (then {@code q·C} is below
 * {@code 2^60}). In each pair {@code (A, B)}, {@code (C, D)} the two have opposite signs (or one is
 * zero), so {@code A·u_i + B·v_i} for 32-bit words {@code u_i, v_i} lies in {@code (-2^62, 2^62)};
 * adding the signed carry (below {@code 2^31} in magnitude) stays within a {@code long}. Knuth's
 * analysis of Algorithm L shows the new operands are exactly consecutive Euclidean remainders,
 * hence non-negative and no longer than the old ones; a non-zero final carry (which that analysis
 * rules out) throws rather than return a wrong gcd.
 *
 * <p>{@code Gcd.of(BigInteger.valueOf(12), BigInteger.valueOf(-18))} is {@code 6}.
 */
final class Gcd {

    private static final long MASK = 0xFFFFFFFFL;
    /** Bits of the leading parts. */
    private static final int LEAD = 62;
    /** The largest cofactor magnitude, {@code 2^30}. */
    private static final long MAX_COFACTOR = 1L << 30;

    private Gcd() {
    }

    /**
     * {@code gcd(|x|, |y|)}; {@code gcd(0, 0) = 0}.
     *
     * @param x any integer, not null
     * @param y any integer, not null
     * @return the non-negative gcd, equal to {@code x.gcd(y)}
     */
    static BigInteger of(BigInteger x, BigInteger y) {
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        if (a.signum() == 0) {
            return b;
        }
        if (b.signum() == 0) {
            return a;
        }
        int za = a.getLowestSetBit();
        int zb = b.getLowestSetBit();
        int twos = Math.min(za, zb);
        a = a.shiftRight(za); // gcd(a, b) = 2^min(za, zb) · gcd(odd parts)
        b = b.shiftRight(zb);
        if (a.compareTo(b) < 0) {
            BigInteger t = a;
            a = b;
            b = t;
        }
        BigInteger g = b.bitLength() <= 62 ? small(a, b.longValue()) : lehmer(a, b);
        return g.shiftLeft(twos);
    }

    /** {@code gcd(a, b)} for {@code b < 2^62}, {@code b > 0}. */
    private static BigInteger small(BigInteger a, long b) {
        long r = a.bitLength() <= 62 ? a.longValue() % b : a.mod(BigInteger.valueOf(b)).longValue();
        return BigInteger.valueOf(Rational.gcd(r, b));
    }

    /** {@code gcd(a, b)} for {@code a >= b > 0}. */
    private static BigInteger lehmer(BigInteger a, BigInteger b) {
        int[] u = words(a);
        int[] v = words(b, u.length);
        int nu = u.length;
        int nv = length(v, v.length);
        while (true) {
            if (nv == 0) {
                return big(u, nu);
            }
            int bv = bitLength(v, nv);
            if (bv <= 62) {
                return small(big(u, nu), big(v, nv).longValue());
            }
            int bu = bitLength(u, nu);
            long[] c = null;
            if (bu - bv <= 30) {
                int shift = Math.max(0, bu - LEAD);
                c = cofactors(bits(u, nu, shift), bits(v, nv, shift));
            }
            if (c == null) {
                BigInteger[] next = divisionStep(u, nu, v, nv);
                u = words(next[0]);
                v = words(next[1], u.length);
                nu = length(u, u.length);
                nv = length(v, v.length);
                continue;
            }
            long ca = c[0];
            long cb = c[1];
            long cc = c[2];
            long cd = c[3];
            long carryU = 0;
            long carryV = 0;
            for (int i = 0; i < nu; i++) {
                long ui = u[i] & MASK;
                long vi = i < nv ? v[i] & MASK : 0;
                carryU += ca * ui + cb * vi;
                carryV += cc * ui + cd * vi;
                u[i] = (int) carryU;
                v[i] = (int) carryV;
                carryU >>= 32;
                carryV >>= 32;
            }
            if (carryU != 0 || carryV != 0) {
                throw new IllegalStateException("Lehmer step overflowed: carries " + carryU + ", " + carryV);
            }
            nu = length(u, nu);
            nv = length(v, nu);
            if (compare(u, nu, v, nv) < 0) {
                int[] t = u;
                u = v;
                v = t;
                int tn = nu;
                nu = nv;
                nv = tn;
            }
        }
    }

    /**
     * Lehmer's cofactors {@code {ca, cb, cc, cd}} from the leading bits {@code uh >= vh} of the two
     * operands: the quotient steps that the leading bits determine for certain; null when not even
     * one step is certain ({@code cb == 0}), and a division step must be taken instead.
     */
    private static long[] cofactors(long uh, long vh) {
        long ca = 1;
        long cb = 0;
        long cc = 0;
        long cd = 1;
        while (true) {
            long d1 = vh + cc;
            long d2 = vh + cd;
            if (d1 <= 0 || d2 <= 0) {
                break;
            }
            long n1 = uh + ca;
            long n2 = uh + cb;
            // quotient 1 (the most frequent) without dividing
            long q = n1 >= d1 && n1 - d1 < d1 ? 1 : n1 / d1;
            boolean same = q == 1 ? n2 >= d2 && n2 - d2 < d2 : q == n2 / d2;
            if (!same || q > MAX_COFACTOR) {
                break;
            }
            long nc = ca - q * cc;
            long nd = cb - q * cd;
            if (Math.abs(nc) > MAX_COFACTOR || Math.abs(nd) > MAX_COFACTOR) {
                break;
            }
            ca = cc;
            cc = nc;
            cb = cd;
            cd = nd;
            long t = uh - q * vh;
            uh = vh;
            vh = t;
        }
        return cb == 0 ? null : new long[] {ca, cb, cc, cd};
    }

    /** {@code (v, u mod v)} as big integers. */
    private static BigInteger[] divisionStep(int[] u, int nu, int[] v, int nv) {
        BigInteger bv = big(v, nv);
        return new BigInteger[] {bv, big(u, nu).mod(bv)};
    }

    /** The {@code LEAD} bits of {@code x} from bit {@code shift} up (fewer when {@code x} is shorter). */
    private static long bits(int[] x, int n, int shift) {
        int w = shift >>> 5;
        int o = shift & 31;
        long w0 = w < n ? x[w] & MASK : 0;
        long w1 = w + 1 < n ? x[w + 1] & MASK : 0;
        long w2 = w + 2 < n ? x[w + 2] & MASK : 0;
        long low = (w1 << 32 | w0) >>> o;
        long high = o == 0 ? 0 : w2 << (64 - o);
        return (low | high) & ((1L << LEAD) - 1);
    }

    private static int length(int[] x, int n) {
        while (n > 0 && x[n - 1] == 0) {
            n--;
        }
        return n;
    }

    private static int bitLength(int[] x, int n) {
        return n == 0 ? 0 : 32 * (n - 1) + 32 - Integer.numberOfLeadingZeros(x[n - 1]);
    }

    private static int compare(int[] x, int nx, int[] y, int ny) {
        if (nx != ny) {
            return Integer.compare(nx, ny);
        }
        for (int i = nx - 1; i >= 0; i--) {
            if (x[i] != y[i]) {
                return Integer.compareUnsigned(x[i], y[i]);
            }
        }
        return 0;
    }

    /** The little-endian 32-bit words of a non-negative integer. */
    private static int[] words(BigInteger x) {
        return words(x, (x.bitLength() + 31) >>> 5);
    }

    /** As {@link #words(BigInteger)}, in an array of at least {@code size} words. */
    private static int[] words(BigInteger x, int size) {
        int n = (x.bitLength() + 31) >>> 5;
        int[] out = new int[Math.max(size, n)];
        byte[] bytes = x.toByteArray(); // big-endian, perhaps a leading zero sign byte
        for (int k = 0; k < bytes.length; k++) {
            int bit = 8 * (bytes.length - 1 - k);
            if (bit < 32 * out.length) {
                out[bit >>> 5] |= (bytes[k] & 0xFF) << (bit & 31);
            }
        }
        return out;
    }

    private static BigInteger big(int[] x, int n) {
        byte[] bytes = new byte[4 * n + 1];
        for (int i = 0; i < n; i++) {
            int at = bytes.length - 1 - 4 * i;
            bytes[at] = (byte) x[i];
            bytes[at - 1] = (byte) (x[i] >>> 8);
            bytes[at - 2] = (byte) (x[i] >>> 16);
            bytes[at - 3] = (byte) (x[i] >>> 24);
        }
        return new BigInteger(bytes);
    }
}

package org.segmentable.complex;

import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.segmentable.numbers.FractionSum;
import org.segmentable.numbers.Rational;

/**
 * The pass over every cell's exact area behind {@link ActivationComplex#summary()} and
 * {@link ActivationComplex#smallestCell()}. Package-private.
 *
 * <p>The cells are cut into fixed chunks of consecutive indices (the cut depends only on the cell
 * count), scanned in parallel on the common fork-join pool when there are many, each with its own
 * {@link FaceArea}; the chunks' results are then combined in index order. The smallest cell is
 * the first of least exact area in each chunk and overall, and the sums are exact, so the result
 * is the same whatever the threads' timing (and the same as one sequential scan).
 *
 * <p>{@code AreaScan.summarize(cx, false).smallest()} is the smallest cell.
 */
final class AreaScan {

    /** Cells per chunk; below two chunks' worth the scan stays on the caller's thread. */
    static final int CHUNK = 8192;

    private AreaScan() {
    }

    /** The result of one chunk: its smallest cell (twice-area) and its unreduced sums. */
    private static final class Part {
        int smallest = -1;
        BigInteger[] area;
        double approx;
        int exponent;
        final Map<Integer, FractionSum> byCount = new HashMap<>();
        FractionSum total;
        long[] weights = new long[16];
    }

    static ComplexSummary summarize(ActivationComplex cx, boolean sums) {
        int n = cx.cellCount();
        boolean total = cx.knownArea == null && sums;
        int chunks = Math.max(1, (n + CHUNK - 1) / CHUNK);
        IntStream ids = IntStream.range(0, chunks);
        if (chunks > 1) {
            ids = ids.parallel();
        }
        Part[] parts = ids.mapToObj(i -> scan(cx, sums, total, (int) ((long) i * n / chunks),
                (int) ((long) (i + 1) * n / chunks))).toArray(Part[]::new);
        Part all = new Part();
        HashMap<Integer, FractionSum> byCount = new HashMap<>();
        FractionSum sum = total ? FractionSum.factored() : null;
        for (Part p : parts) {
            if (p.smallest >= 0 && (all.smallest < 0 || less(p, all))) {
                all.smallest = p.smallest;
                all.area = p.area;
                all.approx = p.approx;
                all.exponent = p.exponent;
            }
            for (var e : p.byCount.entrySet()) {
                byCount.computeIfAbsent(e.getKey(), k -> FractionSum.factored()).addAll(e.getValue());
            }
            if (sum != null) {
                sum.addAll(p.total);
            }
        }
        // each count's sum is reduced on its own (in parallel when there are several): exact, so
        // the result does not depend on the order
        int[] keys = byCount.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        IntStream each = IntStream.range(0, keys.length);
        if (keys.length > 1) {
            each = each.parallel();
        }
        Rational[] reduced = each.mapToObj(i -> byCount.get(keys[i]).dividedBy(BigInteger.TWO)).toArray(Rational[]::new);
        TreeMap<Integer, Rational> counts = TreeMap.empty();
        for (int i = 0; i < keys.length; i++) {
            counts = counts.put(keys[i], reduced[i]);
        }
        Option<ComplexSummary.Smallest> small = all.smallest < 0 ? Option.none()
                : Option.some(new ComplexSummary.Smallest(all.smallest,
                        Rational.of(all.area[0], all.area[1].shiftLeft(1)), cx.cell(all.smallest).pattern()));
        Rational area = sum != null ? sum.dividedBy(BigInteger.TWO) : cx.knownArea == null ? Rational.ZERO : cx.knownArea;
        return new ComplexSummary(cx.dimCount(), n, cx.patternCount(), area, counts, small);
    }

    /** Cells {@code from .. to-1}: twice-areas, the first smallest, the sums of areas when asked. */
    private static Part scan(ActivationComplex cx, boolean sums, boolean total, int from, int to) {
        Part part = new Part();
        if (total) {
            part.total = FractionSum.factored();
        }
        if (from == to) {
            return part;
        }
        FaceArea fa = new FaceArea(cx.arr);
        int outer = cx.arr.outerFace;
        for (int c = from; c < to; c++) {
            int f0;
            BigInteger[] exact = null; // the twice-area when already exact, else read from fa
            double q;
            int e;
            if (cx.cellOfFace == null || cx.cellFaceStart[c + 1] - cx.cellFaceStart[c] == 1) {
                f0 = cx.cellOfFace == null ? (c < outer ? c : c + 1) : cx.cellFaces[cx.cellFaceStart[c]];
                fa.compute(f0);
                q = fa.approx;
                e = fa.exponent;
                if (sums) {
                    exact = new BigInteger[] {fa.numerator(), fa.denominator()};
                    addFace(part, fa, exact, cx.activeCount[f0]);
                }
            } else {
                f0 = cx.cellFaces[cx.cellFaceStart[c]];
                FractionSum s = FractionSum.create();
                for (int k = cx.cellFaceStart[c]; k < cx.cellFaceStart[c + 1]; k++) {
                    fa.compute(cx.cellFaces[k]);
                    BigInteger[] a = {fa.numerator(), fa.denominator()};
                    s.add(a[0], a[1]);
                    if (sums) {
                        addFace(part, fa, a, cx.activeCount[f0]);
                    }
                }
                Rational r = s.sum();
                exact = new BigInteger[] {r.numerator(), r.denominator()};
                int[] sh = new int[1];
                double qn = FaceArea.top(exact[0], sh);
                int en = sh[0];
                double qd = FaceArea.top(exact[1], sh);
                double v = qn / qd;
                int k = Math.getExponent(v);
                q = Math.scalb(v, -k);
                e = en - sh[0] + k;
            }
            int order = part.smallest < 0 ? -1 : FaceArea.compareApprox(q, e, part.approx, part.exponent);
            if (order == 0) {
                if (exact == null) {
                    exact = new BigInteger[] {fa.numerator(), fa.denominator()};
                }
                order = compareExact(exact, part.area) < 0 ? -1 : 1;
            }
            if (order < 0) {
                part.smallest = c;
                part.area = exact != null ? exact : new BigInteger[] {fa.numerator(), fa.denominator()};
                part.approx = q;
                part.exponent = e;
            }
        }
        return part;
    }

    /** Adds the face just computed (twice-area {@code a}) to the sums of its active count. */
    private static void addFace(Part part, FaceArea fa, BigInteger[] a, int activeCount) {
        FractionSum s = part.byCount.computeIfAbsent(activeCount, x -> FractionSum.factored());
        if (fa.lastBig) {
            s.add(a[0], a[1]);
            if (part.total != null) {
                part.total.add(a[0], a[1]);
            }
            return;
        }
        if (part.weights.length < fa.corners) {
            part.weights = new long[2 * fa.corners];
        }
        fa.weights(part.weights);
        s.add(a[0], a[1], part.weights, fa.corners);
        if (part.total != null) {
            part.total.add(a[0], a[1], part.weights, fa.corners);
        }
    }

    /** Whether chunk p's smallest is strictly below the one so far (ties keep the earlier cell). */
    private static boolean less(Part p, Part best) {
        int order = FaceArea.compareApprox(p.approx, p.exponent, best.approx, best.exponent);
        return order < 0 || (order == 0 && compareExact(p.area, best.area) < 0);
    }

    /** Compares two positive fractions {@code {num, den}} exactly. */
    private static int compareExact(BigInteger[] x, BigInteger[] y) {
        return x[0].multiply(y[1]).compareTo(y[0].multiply(x[1]));
    }
}

package org.segmentable.deep;

import org.segmentable.predicates.Approximations;

/**
 * The double rows of a child cell with a proven error bound, summed afresh or updated in place
 * from the previous sibling's. Internal.
 *
 * <p>Row {@code j} of layer {@code k} in a cell whose parent has active neurons {@code A} is
 * {@code Σ_{i∈A} w[j][i]·x_i + (0, 0, b[j])}, {@code x_i} the parent's rows. The computed value of a
 * sum of {@code m} terms {@code w̃·x̃} (doubles within radii {@code r_w}, {@code r_x} of the exact
 * values) differs from the exact one by at most {@code γ_m·Σ|w̃·x̃| + Σ(|w̃|·r_x + r_w·(|x̃| + r_x))}
 * plus {@code m·2^-1074} for underflow (Higham, §3.1; {@code γ_m = m·u/(1 - m·u)}, {@code u = 2^-53}).
 *
 * <p><b>One bound per coefficient.</b> A cell does not keep a radius per row: it keeps three numbers
 * {@code ρ_q} with {@code |exact - approx[q][j]| ≤ T_j·ρ_q}, {@code T_j} the row's scale
 * ({@link ScaledNetwork#scale}: the sum of its weights' and bias's magnitudes). With
 * {@code M_q = max_{i∈A} |x̃_iq|} and {@code R_q = max_i r_x,iq ≤ scaleMax_{k-1}·ρ'_q} (the parent's
 * bound), the terms above are at most {@code T_j} times:
 * <ul>
 * <li><b>fresh</b> sums ({@code m = |A| + 1}): {@code ρ_q = K·(M_q + [q=2]·β) + R_q + ν·(M_q + R_q + [q=2])},
 * since {@code Σ|w̃| ≤ T_j}, {@code |b̃| ≤ β·T_j}, {@code Σ r_w + r_b ≤ ν·T_j} ({@code β}, {@code ν}:
 * {@link ScaledNetwork#biasShare}, {@link ScaledNetwork#radiusShare}). Only the sums themselves cost
 * per term: three multiply-adds per weight, over the transposed weights so the inner loop runs over
 * contiguous arrays;
 * <li><b>updates</b> from the previous sibling (its doubles {@code s̃'} and bound {@code ρ'}), by the
 * set {@code D} of neurons added or removed ({@code m = |D| + 1}): {@code ρ_q = ρ'_q + K·(H_q + |D|·ω·M^D_q)
 * + |D|·ω·R_q + ν·(M^D_q + R_q)}, where {@code |s̃'_j| ≤ T_j·H_q} with {@code H_q = M^all_q + R_q
 * + [q=2]·(β + ν) + ρ'_q} ({@code M^all_q} the maximum over all the parent's rows), {@code M^D_q} the
 * maximum over {@code D} and {@code |w̃[j][i]| + r_w[j][i] ≤ ω·T_j} ({@link ScaledNetwork#weightShare}).
 * An update costs {@code 3·|D|} multiply-adds per row and {@code O(1)} for the bound; at most
 * {@value #CHAIN} in a row, then afresh.
 * </ul>
 * {@code K = K(m) = (m+6)·2^-52 ≥ γ_m} ({@link Approximations#sumFactor}); the layer's {@link ScaledNetwork#floor}
 * is added to cover the underflow terms ({@code m·2^-1074 ≤ T_j·floor}) and to keep every
 * {@code T_j·ρ_q} a normal double.
 *
 * <p><b>Rounding of the bounds.</b> Each {@code ρ} is computed from non-negative terms with at most 30
 * roundings and passed through {@link Approximations#roundedUp}, which returns at least
 * {@code E·(1 + 64u)} for the exact value {@code E} (derived there), so {@link LayerCell#radius}, the
 * product {@code T_j·ρ_q} rounded once (a normal number, relative error {@code u}), is at least
 * {@code T_j·E}. Every constant of these bounds lives in {@code predicates}.
 */
final class ApproxRows {

    /** The longest run of sibling updates before a fresh sum. */
    static final int CHAIN = 32;

    private ApproxRows() {
    }

    /** The root: layer 0's rows, with {@code ρ_q} the largest radius of coefficient {@code q}. */
    static LayerCell root(ScaledNetwork net) {
        double[] rho = new double[3];
        for (int q = 0; q < 3; q++) {
            double r = 0;
            for (double x : net.firstRadius[q]) {
                r = Math.max(r, x);
            }
            rho[q] = Approximations.roundedUp(r + net.floor[0]);
        }
        return new LayerCell(0, null, new long[0], net.firstApprox, rho, net.scale[0]);
    }

    /**
     * The child of {@code p} with pattern {@code bits} of {@code p}'s layer, its doubles written into
     * {@code into}: updated in place from the previous sibling {@code sib} (whose doubles
     * {@code into} holds) when that is cheaper, else summed afresh.
     *
     * @param net the network
     * @param p the parent
     * @param bits the child's pattern of layer {@code p.depth}
     * @param sib the previous sibling (a child of {@code p} whose doubles are in {@code into}), or null
     * @param into three arrays of the child's width
     * @return the child
     */
    static LayerCell child(ScaledNetwork net, LayerCell p, long[] bits, LayerCell sib, double[][] into) {
        if (sib != null && sib.chain < CHAIN) {
            int changed = 0;
            int active = 0;
            for (int w = 0; w < bits.length; w++) {
                changed += Long.bitCount(bits[w] ^ sib.bits[w]);
                active += Long.bitCount(bits[w]);
            }
            if (changed < active) {
                return update(net, p, bits, sib, into, changed);
            }
        }
        return fresh(net, p, bits, into);
    }

    /** The set bits of {@code bits}, ascending. */
    static int[] indices(long[] bits) {
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        int[] out = new int[count];
        int q = 0;
        for (int w = 0; w < bits.length; w++) {
            for (long word = bits[w]; word != 0; word &= word - 1) {
                out[q++] = (w << 6) + Long.numberOfTrailingZeros(word);
            }
        }
        return out;
    }

    /** The rows summed afresh (see the class comment for the bound). */
    private static LayerCell fresh(ScaledNetwork net, LayerCell p, long[] bits, double[][] into) {
        int k = p.depth + 1;
        int out = net.width[k];
        double[][] wt = net.wTransposed[k];
        double[] xa = p.approx[0];
        double[] xb = p.approx[1];
        double[] xc = p.approx[2];
        double[] sa = into[0];
        double[] sb = into[1];
        double[] sc = into[2];
        java.util.Arrays.fill(sa, 0.0);
        java.util.Arrays.fill(sb, 0.0);
        System.arraycopy(net.bApprox[k], 0, sc, 0, out);
        double ma = 0;
        double mb = 0;
        double mc = 0;
        int count = 0;
        for (int w = 0; w < bits.length; w++) {
            for (long word = bits[w]; word != 0; word &= word - 1) {
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                count++;
                double a = xa[i];
                double b = xb[i];
                double c = xc[i];
                ma = Math.max(ma, Math.abs(a));
                mb = Math.max(mb, Math.abs(b));
                mc = Math.max(mc, Math.abs(c));
                double[] wi = wt[i];
                for (int j = 0; j < out; j++) {
                    double wij = wi[j];
                    sa[j] += wij * a;
                    sb[j] += wij * b;
                    sc[j] += wij * c;
                }
            }
        }
        double kk = Approximations.sumFactor(count + 1);
        double beta = net.biasShare[k];
        double nu = net.radiusShare[k];
        double[] m = {ma, mb, mc};
        double[] rho = new double[3];
        for (int q = 0; q < 3; q++) {
            double r = net.scaleMax[k - 1] * p.rho[q];
            double one = q == 2 ? 1 : 0;
            rho[q] = Approximations.roundedUp(kk * (m[q] + one * beta) + r + nu * (m[q] + r + one) + net.floor[k]);
        }
        return new LayerCell(k, p, bits, into, rho, net.scale[k]);
    }

    /** The rows of {@code sib} (in {@code into}) updated in place by the parent's neurons that differ. */
    private static LayerCell update(ScaledNetwork net, LayerCell p, long[] bits, LayerCell sib, double[][] into, int changed) {
        int k = p.depth + 1;
        int out = net.width[k];
        double[][] wt = net.wTransposed[k];
        double[] sa = into[0];
        double[] sb = into[1];
        double[] sc = into[2];
        double[] xa = p.approx[0];
        double[] xb = p.approx[1];
        double[] xc = p.approx[2];
        double ma = 0;
        double mb = 0;
        double mc = 0;
        for (int w = 0; w < bits.length; w++) {
            long diff = bits[w] ^ sib.bits[w];
            for (long word = diff; word != 0; word &= word - 1) {
                long low = word & -word;
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                boolean add = (bits[w] & low) != 0;
                double a = add ? xa[i] : -xa[i];
                double b = add ? xb[i] : -xb[i];
                double c = add ? xc[i] : -xc[i];
                ma = Math.max(ma, Math.abs(a));
                mb = Math.max(mb, Math.abs(b));
                mc = Math.max(mc, Math.abs(c));
                double[] wi = wt[i];
                for (int j = 0; j < out; j++) {
                    double wij = wi[j];
                    sa[j] += wij * a;
                    sb[j] += wij * b;
                    sc[j] += wij * c;
                }
            }
        }
        double[] all = magnitudes(p);
        double kk = Approximations.sumFactor(changed + 1);
        double beta = net.biasShare[k];
        double nu = net.radiusShare[k];
        double omega = changed * net.weightShare[k];
        double[] m = {ma, mb, mc};
        double[] rho = new double[3];
        for (int q = 0; q < 3; q++) {
            double r = net.scaleMax[k - 1] * p.rho[q];
            double one = q == 2 ? 1 : 0;
            double h = all[q] + r + one * (beta + nu) + sib.rho[q];
            rho[q] = Approximations.roundedUp(sib.rho[q] + kk * (h + omega * m[q]) + omega * r + nu * (m[q] + r) + net.floor[k]);
        }
        LayerCell c = new LayerCell(k, p, bits, into, rho, net.scale[k]);
        c.chain = sib.chain + 1;
        return c;
    }

    /** {@code M^all_q}: the largest {@code |x̃_iq|} over all of cell {@code p}'s rows, cached in the cell. */
    private static double[] magnitudes(LayerCell p) {
        if (p.magnitude == null) {
            double[] m = new double[3];
            for (int q = 0; q < 3; q++) {
                for (double x : p.approx[q]) {
                    m[q] = Math.max(m[q], Math.abs(x));
                }
            }
            p.magnitude = m;
        }
        return p.magnitude;
    }
}

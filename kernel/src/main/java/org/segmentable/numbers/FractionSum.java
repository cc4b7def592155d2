package org.segmentable.numbers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The exact sum of many fractions, reduced once at the end: the one fraction accumulator of the
 * kernel (areas of split parts, of the cells of an activation complex, of a dim's active part).
 *
 * <p><b>How it adds.</b> The fractions are added pairwise in a balanced tree (a binary counter of
 * partial sums) without intermediate gcds: {@code n/d + n'/d' = (n d' + n' d)/(d d')}, three
 * multiplications of operands of similar size per node, so a sum of {@code k} terms costs about
 * {@code 3·M(s)·log k} for a result of {@code s} bits ({@code M} the cost of a multiplication).
 * Adding one by one and reducing after every addition would instead take a gcd of the growing
 * result at every step (cubic in the number of terms with unrelated denominators). Two shortcuts
 * keep the tree small where the terms share structure:
 * <ul>
 *   <li><b>Equal denominators</b> are added without a product: {@code n/d + n'/d = (n + n')/d}.</li>
 *   <li><b>Powers of two</b> are kept apart: each term is held as {@code n / (o·2^e)}, {@code o}
 *       odd, and a sum takes the larger power of two rather than the product,
 *       {@code 2^max(e, e')} (exact areas of float input carry large powers of two that a plain
 *       product would multiply up).</li>
 *   <li><b>Small terms</b> given as {@link Rational}s that fit in longs are first added in long
 *       arithmetic ({@link Rational#add}); a partial sum that leaves the long range goes into the
 *       tree.</li>
 * </ul>
 * The result is reduced once, by {@link Rational#of(BigInteger, BigInteger)} (Lehmer's gcd).
 *
 * <p><b>Factored mode.</b> {@link #factored()} is the same tree for terms whose denominators are
 * known as products of many small factors (the corner weights of the faces of an activation
 * complex). There the sum's denominator is kept as exactly the product of every recorded factor
 * (no equal-denominator or power-of-two shortcut, which would break that identity), and the final
 * reduction finds {@code gcd(numerator, Π factors)} down a product tree of the factors, in about
 * {@code log k} multiplications and divisions of the numbers' size, instead of one gcd of two
 * numbers of hundreds of thousands of bits (seconds to minutes). <i>Why it is the gcd:</i> for
 * integers {@code n ≥ 0}, {@code g, r > 0} with {@code h = gcd(n, g)},
 * {@code gcd(n, g·r) = h · gcd(n / h, r)} (for each prime p with exponents a, b, c in n, g, r:
 * {@code min(a, b + c) = min(a, b) + min(a - min(a, b), c)}); with
 * {@code gcd(n, P) = gcd(n mod P, P)}, the gcd with a node's product is the gcd with its left
 * half's product times the gcd of the quotient with the right half's, and a leaf is one factor.
 *
 * <p><b>Use.</b> A {@code FractionSum} is a builder: mutable, not thread-safe, meant to live inside
 * the one method (or one parallel chunk) that fills it, like a {@link StringBuilder}; what it
 * returns is an immutable {@link Rational}, the same whatever order the terms were added in. For a
 * collection of rationals, {@link #of(Iterable)} is the one-call form.
 *
 * <p>{@code FractionSum.create().add(Rational.of(1, 2)).add(Rational.of(1, 3)).sum()} is {@code 5/6};
 * {@code FractionSum.factored().add(BigInteger.ONE, BigInteger.TWO, new long[] {2}, 1).add(BigInteger.ONE,
 * BigInteger.valueOf(3), new long[] {3}, 1).dividedBy(BigInteger.TWO)} is {@code 5/12}.
 */
public final class FractionSum {

    /** A fraction {@code n / (o · 2^e)}, {@code o > 0} (odd in the plain mode, {@code e = 0} in the factored one). */
    private record Part(BigInteger n, BigInteger o, int e) {
    }

    private final boolean factored;
    private final List<Part> levels = new ArrayList<>();
    /** Plain mode: the running sum of the small {@link Rational} terms (long arithmetic). */
    private Rational small = Rational.ZERO;
    /** Factored mode: the recorded factors of the denominator. */
    private long[] factors;
    private int factorCount;
    private List<BigInteger> bigFactors;

    private FractionSum(boolean factored) {
        this.factored = factored;
        if (factored) {
            factors = new long[16];
            bigFactors = new ArrayList<>();
        }
    }

    /**
     * An empty sum with the equal-denominator, power-of-two and small-term shortcuts.
     *
     * @return a new empty sum
     */
    public static FractionSum create() {
        return new FractionSum(false);
    }

    /**
     * An empty sum that keeps its denominator as the product of the terms' recorded factors and
     * reduces it down their product tree (see the class comment): for many terms whose
     * denominators are products of known small factors.
     *
     * @return a new empty factored sum
     */
    public static FractionSum factored() {
        return new FractionSum(true);
    }

    /**
     * The exact sum of the terms, added as a balanced tree and reduced once.
     *
     * <p>{@code FractionSum.of(List.of(Rational.of(1, 2), Rational.of(1, 3), Rational.of(1, 6)))} is {@code 1}.
     *
     * @param terms the terms (none null)
     * @return their exact sum, zero when there are none
     * @throws NullPointerException if {@code terms} is or holds null
     */
    public static Rational of(Iterable<Rational> terms) {
        Objects.requireNonNull(terms, "terms is null");
        FractionSum s = create();
        for (Rational r : terms) {
            s.add(r);
        }
        return s.sum();
    }

    /**
     * Adds a rational.
     *
     * @param term the term
     * @return this sum
     * @throws NullPointerException if {@code term} is null
     */
    public FractionSum add(Rational term) {
        Objects.requireNonNull(term, "term is null");
        if (term.signum() == 0) {
            return this;
        }
        if (!factored && term.isSmall()) {
            Rational s = small.add(term);
            if (s.isSmall()) {
                small = s;
            } else {
                small = Rational.ZERO;
                push(leaf(s.numerator(), s.denominator()));
            }
            return this;
        }
        return add(term.numerator(), term.denominator());
    }

    /**
     * Adds {@code numerator / denominator} (not necessarily reduced). In the factored mode the
     * denominator is recorded as one factor.
     *
     * @param numerator any integer
     * @param denominator a positive integer
     * @return this sum
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code denominator} is not positive
     */
    public FractionSum add(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator is null");
        Objects.requireNonNull(denominator, "denominator is null");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator is not positive: " + denominator);
        }
        if (factored) {
            bigFactors.add(denominator);
            push(new Part(numerator, denominator, 0));
        } else {
            push(leaf(numerator, denominator));
        }
        return this;
    }

    /**
     * Adds {@code numerator / denominator} where {@code denominator} is the product of the positive
     * {@code factors[0 .. count)}. The factored mode records the factors (the caller already holds
     * the product, so it is not recomputed: a denominator that is not the product gives a wrong
     * sum, which assertions catch); the plain mode ignores them.
     *
     * @param numerator any integer
     * @param denominator the positive product of the factors
     * @param factors the factors (read, not kept)
     * @param count how many of {@code factors} are used
     * @return this sum
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code count} is out of range or a used factor is not positive
     */
    public FractionSum add(BigInteger numerator, BigInteger denominator, long[] factors, int count) {
        Objects.requireNonNull(factors, "factors is null");
        if (count < 0 || count > factors.length) {
            throw new IllegalArgumentException("count is " + count + ", factors has " + factors.length);
        }
        if (!factored) {
            return add(numerator, denominator);
        }
        Objects.requireNonNull(numerator, "numerator is null");
        Objects.requireNonNull(denominator, "denominator is null");
        record(factors, count);
        assert denominator.equals(product(factors, count)) : "denominator is not the product of the factors";
        push(new Part(numerator, denominator, 0));
        return this;
    }

    /**
     * Adds the other sum's total; in the factored mode both must be factored (the other's factors
     * are recorded here too). The other sum is not changed.
     *
     * @param other a sum of the same mode
     * @return this sum
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the modes differ
     */
    public FractionSum addAll(FractionSum other) {
        Objects.requireNonNull(other, "other is null");
        if (other.factored != factored) {
            throw new IllegalArgumentException("other is " + (other.factored ? "" : "not ") + "factored");
        }
        if (factored) {
            record(other.factors, other.factorCount);
            bigFactors.addAll(other.bigFactors);
        } else if (other.small.signum() != 0) {
            add(other.small);
        }
        Part u = other.tree();
        if (u != null) {
            push(u);
        }
        return this;
    }

    /**
     * The exact sum in lowest terms.
     *
     * @return the sum, zero when nothing was added
     */
    public Rational sum() {
        return dividedBy(BigInteger.ONE);
    }

    /**
     * The exact sum divided by {@code q}, in lowest terms, with one reduction (e.g. {@code 2} for
     * areas summed as twice-areas).
     *
     * <p>{@code FractionSum.create().add(Rational.of(1, 3)).dividedBy(BigInteger.TWO)} is {@code 1/6}.
     *
     * @param q a positive integer
     * @return {@code sum / q}
     * @throws NullPointerException if {@code q} is null
     * @throws IllegalArgumentException if {@code q} is not positive
     */
    public Rational dividedBy(BigInteger q) {
        Objects.requireNonNull(q, "q is null");
        if (q.signum() <= 0) {
            throw new IllegalArgumentException("q is not positive: " + q);
        }
        Part u = tree();
        if (factored) {
            return u == null ? Rational.ZERO : reduceFactored(u.n(), q);
        }
        if (u == null) {
            return q.equals(BigInteger.ONE) ? small : Rational.of(small.numerator(), small.denominator().multiply(q));
        }
        if (small.signum() != 0) {
            u = plus(u, leaf(small.numerator(), small.denominator()));
        }
        return Rational.of(u.n(), u.o().shiftLeft(u.e()).multiply(q));
    }

    // ------------------------------------------------------------------ the tree

    private void push(Part term) {
        Part carry = term;
        int k = 0;
        while (k < levels.size() && levels.get(k) != null) {
            carry = plus(levels.get(k), carry);
            levels.set(k, null);
            k++;
        }
        if (k == levels.size()) {
            levels.add(carry);
        } else {
            levels.set(k, carry);
        }
    }

    /** The unreduced sum of the tree's levels (not of the small terms); null when empty. */
    private Part tree() {
        Part acc = null;
        for (Part l : levels) {
            if (l != null) {
                acc = acc == null ? l : plus(acc, l);
            }
        }
        return acc;
    }

    /** {@code n / d} as {@code n' / (o · 2^e)}, o odd, common powers of two cancelled. */
    private static Part leaf(BigInteger n, BigInteger d) {
        int e = d.getLowestSetBit();
        if (e == 0) {
            return new Part(n, d, 0);
        }
        if (n.signum() != 0) {
            int common = Math.min(e, n.getLowestSetBit());
            n = n.shiftRight(common);
            e -= common;
            d = d.shiftRight(common);
        }
        return new Part(n, d.shiftRight(e), e);
    }

    private Part plus(Part x, Part y) {
        if (factored) {
            return new Part(x.n().multiply(y.o()).add(y.n().multiply(x.o())), x.o().multiply(y.o()), 0);
        }
        int e = Math.max(x.e(), y.e());
        BigInteger xn = x.e() == e ? x.n() : x.n().shiftLeft(e - x.e());
        BigInteger yn = y.e() == e ? y.n() : y.n().shiftLeft(e - y.e());
        if (x.o().equals(y.o())) {
            return new Part(xn.add(yn), x.o(), e);
        }
        return new Part(xn.multiply(y.o()).add(yn.multiply(x.o())), x.o().multiply(y.o()), e);
    }

    // ------------------------------------------------------------------ the factored reduction

    private void record(long[] f, int n) {
        for (int i = 0; i < n; i++) {
            if (f[i] <= 0) {
                throw new IllegalArgumentException("factors holds " + f[i] + " at " + i + ", not positive");
            }
        }
        if (factorCount + n > factors.length) {
            factors = Arrays.copyOf(factors, Math.max(2 * factors.length, factorCount + n));
        }
        System.arraycopy(f, 0, factors, factorCount, n);
        factorCount += n;
    }

    private static BigInteger product(long[] f, int n) {
        BigInteger p = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            p = p.multiply(BigInteger.valueOf(f[i]));
        }
        return p;
    }

    /** {@code numerator / (Π factors · Π bigFactors · q)} in lowest terms. */
    private Rational reduceFactored(BigInteger numerator, BigInteger q) {
        BigInteger[] leaves = new BigInteger[factorCount + bigFactors.size() + 1];
        for (int i = 0; i < factorCount; i++) {
            leaves[i] = BigInteger.valueOf(factors[i]);
        }
        int i = factorCount;
        for (BigInteger b : bigFactors) {
            leaves[i++] = b;
        }
        leaves[i] = q;
        if (numerator.signum() == 0) {
            return Rational.ZERO;
        }
        BigInteger[][] tree = productTree(leaves);
        int top = tree.length - 1;
        BigInteger den = tree[top][0];
        BigInteger g = gcd(numerator.abs(), tree, top, 0);
        if (g.equals(BigInteger.ONE)) {
            return Rational.ofCoprime(numerator, den);
        }
        return Rational.ofCoprime(numerator.divide(g), den.divide(g));
    }

    /** Level 0 holds the leaves; node i of level j+1 is the product of nodes 2i and 2i+1 of level j. */
    private static BigInteger[][] productTree(BigInteger[] leaves) {
        int levels = 1;
        for (int n = leaves.length; n > 1; n = (n + 1) / 2) {
            levels++;
        }
        BigInteger[][] tree = new BigInteger[levels][];
        tree[0] = leaves;
        for (int j = 1; j < levels; j++) {
            BigInteger[] below = tree[j - 1];
            BigInteger[] here = new BigInteger[(below.length + 1) / 2];
            for (int i = 0; i < here.length; i++) {
                here[i] = 2 * i + 1 < below.length ? below[2 * i].multiply(below[2 * i + 1]) : below[2 * i];
            }
            tree[j] = here;
        }
        return tree;
    }

    /** {@code gcd(n, P)} for {@code n ≥ 0} and P the product at node {@code index} of {@code level}. */
    private static BigInteger gcd(BigInteger n, BigInteger[][] tree, int level, int index) {
        BigInteger p = tree[level][index];
        BigInteger r = n.compareTo(p) < 0 ? n : n.mod(p);
        if (level == 0) {
            if (p.bitLength() < 63) {
                return BigInteger.valueOf(Rational.gcd(r.longValue(), p.longValue()));
            }
            return Gcd.of(r, p);
        }
        int left = 2 * index;
        if (left + 1 >= tree[level - 1].length) {
            return gcd(r, tree, level - 1, left); // a node carried up alone
        }
        BigInteger h = gcd(r, tree, level - 1, left);
        if (!h.equals(BigInteger.ONE)) {
            r = r.divide(h);
        }
        BigInteger h2 = gcd(r, tree, level - 1, left + 1);
        return h2.equals(BigInteger.ONE) ? h : h.multiply(h2);
    }
}

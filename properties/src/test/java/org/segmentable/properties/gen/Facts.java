package org.segmentable.properties.gen;

import java.util.Set;
import java.util.TreeSet;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.layer.ReluLayer;
import org.segmentable.numbers.Rational;

/**
 * Exact classifiers of generated inputs: the degenerate cases an input really contains, as names
 * for a {@link Tally}. Quadratic (or cubic for concurrency) in the input size.
 *
 * <p>{@code Facts.ofRing(Ring.of(Point2.of(0, 0), Point2.of(2, 2), Point2.of(2, 0), Point2.of(0, 2)))}
 * contains {@code "ring: self-crossing"}.
 */
public final class Facts {

    /** A ring with two non-adjacent edges crossing properly. */
    public static final String SELF_CROSSING = "ring: self-crossing";
    /** A ring with edges touching (shared point, no proper crossing) or a repeated vertex. */
    public static final String SELF_TOUCHING = "ring: self-touching";
    /** Three consecutive collinear vertices. */
    public static final String COLLINEAR = "ring: collinear vertices";
    /** A strictly convex ring. */
    public static final String CONVEX = "ring: convex";
    /** A simple but not convex ring. */
    public static final String NON_CONVEX = "ring: simple non-convex";
    /** Coordinates beyond 1e20 or below 1e-20. */
    public static final String EXTREME = "extreme magnitude";
    /** Some vertex on the line. */
    public static final String VERTEX_ON_LINE = "line: through a vertex";
    /** Some edge along the line. */
    public static final String EDGE_ON_LINE = "line: along an edge";
    /** Touching: one side empty, some vertex on the line. */
    public static final String TOUCHING = "line: touches without crossing";
    /** All vertices strictly on one side. */
    public static final String MISSING = "line: misses";
    /** A constant function. */
    public static final String CONSTANT = "line: constant";
    /** Both sides present. */
    public static final String CROSSING = "line: crosses";

    private Facts() {
    }

    /** The shape facts of a ring. */
    public static Set<String> ofRing(Ring r) {
        Set<String> facts = new TreeSet<>();
        int n = r.size();
        boolean crossing = false;
        boolean touching = false;
        for (int i = 0; i < n; i++) {
            if (r.vertex(i).equals(r.vertex(i + 1))) {
                touching = true;
            }
            if (Exact.orient(r.vertex(i - 1), r.vertex(i), r.vertex(i + 1)) == 0) {
                facts.add(COLLINEAR);
                Point2 back = r.vertex(i - 1).subtract(r.vertex(i));
                Point2 fwd = r.vertex(i + 1).subtract(r.vertex(i));
                if (back.dot(fwd).signum() > 0) {
                    touching = true; // a spike: the ring folds back over itself
                }
            }
            for (int j = i + 2; j < n; j++) {
                if (i == 0 && j == n - 1) {
                    continue;
                }
                Point2 a = r.vertex(i);
                Point2 b = r.vertex(i + 1);
                Point2 c = r.vertex(j);
                Point2 d = r.vertex(j + 1);
                if (Exact.crossesProperly(a, b, c, d)) {
                    crossing = true;
                } else if (Exact.intersects(a, b, c, d)) {
                    touching = true;
                }
            }
        }
        if (crossing) {
            facts.add(SELF_CROSSING);
        }
        if (touching) {
            facts.add(SELF_TOUCHING);
        }
        if (!crossing && !touching) {
            boolean convex = true;
            for (int i = 0; i < n; i++) {
                convex &= Exact.orient(r.vertex(i - 1), r.vertex(i), r.vertex(i + 1)) > 0;
            }
            boolean convexCw = true;
            for (int i = 0; i < n; i++) {
                convexCw &= Exact.orient(r.vertex(i - 1), r.vertex(i), r.vertex(i + 1)) < 0;
            }
            facts.add(convex || convexCw ? CONVEX : NON_CONVEX);
        }
        if (r.vertices().exists(p -> RationalGens.extremeMagnitude(p.x()) || RationalGens.extremeMagnitude(p.y()))) {
            facts.add(EXTREME);
        }
        return facts;
    }

    /** True when the ring is simple (no crossing, no touching, no repeated vertex). */
    public static boolean isSimple(Ring r) {
        Set<String> f = ofRing(r);
        return !f.contains(SELF_CROSSING) && !f.contains(SELF_TOUCHING);
    }

    /** How a line meets the vertices of some rings. */
    public static Set<String> ofLine(Iterable<Ring> rings, HalfPlane h) {
        Set<String> facts = new TreeSet<>();
        if (h.isConstant()) {
            facts.add(CONSTANT);
            return facts;
        }
        int pos = 0;
        int neg = 0;
        int zero = 0;
        for (Ring r : rings) {
            for (int i = 0; i < r.size(); i++) {
                int s = h.evaluate(r.vertex(i)).signum();
                pos += s > 0 ? 1 : 0;
                neg += s < 0 ? 1 : 0;
                if (s == 0) {
                    zero++;
                    if (h.evaluate(r.vertex(i + 1)).signum() == 0 && !r.vertex(i).equals(r.vertex(i + 1))) {
                        facts.add(EDGE_ON_LINE);
                    }
                }
            }
        }
        if (zero > 0) {
            facts.add(VERTEX_ON_LINE);
        }
        if (pos > 0 && neg > 0) {
            facts.add(CROSSING);
        } else if (zero > 0) {
            facts.add(TOUCHING);
        } else {
            facts.add(MISSING);
        }
        if (RationalGens.extremeMagnitude(h.a()) || RationalGens.extremeMagnitude(h.b())
                || RationalGens.extremeMagnitude(h.c())) {
            facts.add(EXTREME);
        }
        return facts;
    }

    /** The rings of a region (shells and holes). */
    public static Iterable<Ring> rings(Region region) {
        return region.pieces().flatMap(p -> p.holes().prepend(p.shell()));
    }

    /** Facts of a valid region: holes, several pieces, pieces touching, extreme magnitudes. */
    public static Set<String> ofRegion(Region region) {
        Set<String> facts = new TreeSet<>();
        if (region.pieces().exists(p -> !p.holes().isEmpty())) {
            facts.add("region: with hole");
        }
        if (region.pieces().size() > 1) {
            facts.add("region: several pieces");
            Polygon p = region.pieces().get(0);
            Polygon q = region.pieces().get(1);
            Rational right = p.shell().vertices().map(Point2::x).max().get();
            Rational left = q.shell().vertices().map(Point2::x).min().get();
            if (right.equals(left)) {
                facts.add("region: pieces touching");
            }
        }
        for (Ring r : rings(region)) {
            if (r.vertices().exists(v -> RationalGens.extremeMagnitude(v.x()) || RationalGens.extremeMagnitude(v.y()))) {
                facts.add(EXTREME);
            }
        }
        return facts;
    }

    /**
     * A test-side filter (never in the kernel): true when the sum of the terms, each a product of
     * at most two correctly rounded doubles, is certainly not zero, i.e. its absolute value exceeds
     * 1e-9 times the sum of absolute values (the rounding error is below 1e-15 of that sum; values
     * between 1e-300 and 1e300 keep doubles away from underflow and overflow). When it answers
     * false the caller decides exactly.
     */
    static boolean surelyNonZero(double... terms) {
        double sum = 0;
        double abs = 0;
        for (double t : terms) {
            sum += t;
            abs += Math.abs(t);
        }
        if (!(abs > 1e-300 && abs < 1e300)) {
            return false;
        }
        return Math.abs(sum) > 1e-9 * abs;
    }

    /** Degenerate cases of a layer ({@code h = 2}). */
    public static Set<String> ofLayer(ReluLayer layer) {
        Set<String> facts = new TreeSet<>();
        int d = layer.d();
        facts.add(d >= 32 ? "layer: d >= 32" : d >= 9 ? "layer: 9 <= d < 32" : "layer: d <= 8");
        Point2[] f = layer.featurePoints().toJavaArray(Point2[]::new);
        HalfPlane[] h = layer.boundaries().toJavaArray(HalfPlane[]::new);
        double[] fx = new double[d];
        double[] fy = new double[d];
        double[] ha = new double[d];
        double[] hb = new double[d];
        double[] hc = new double[d];
        for (int j = 0; j < d; j++) {
            fx[j] = f[j].x().doubleValue();
            fy[j] = f[j].y().doubleValue();
            ha[j] = h[j].a().doubleValue();
            hb[j] = h[j].b().doubleValue();
            hc[j] = h[j].c().doubleValue();
        }
        Rational big = Rational.of(java.math.BigInteger.TEN.pow(20));
        for (int j = 0; j < d; j++) {
            if (f[j].isOrigin()) {
                facts.add("layer: zero feature");
            }
            if (extreme(f[j].x(), big) || extreme(f[j].y(), big)) {
                facts.add(EXTREME);
            }
            for (int k = j + 1; k < d; k++) {
                if (f[j].equals(f[k])) {
                    facts.add("layer: duplicate features");
                }
            }
        }
        for (int i = 0; i < d; i++) {
            HalfPlane hi = h[i];
            if (hi.isConstant()) {
                facts.add("layer: constant dim");
                continue;
            }
            for (int j = 0; j < d; j++) {
                if (!surelyNonZero(ha[i] * fx[j], hb[i] * fy[j], hc[i]) && hi.evaluate(f[j]).isZero()) {
                    facts.add("layer: boundary through a feature");
                }
            }
            for (int k = i + 1; k < d; k++) {
                HalfPlane hk = h[k];
                if (hk.isConstant() || surelyNonZero(ha[i] * hb[k], -hb[i] * ha[k])) {
                    continue;
                }
                if (hi.a().multiply(hk.b()).equals(hi.b().multiply(hk.a()))) {
                    boolean sameLine = hi.a().multiply(hk.c()).equals(hi.c().multiply(hk.a()))
                            && hi.b().multiply(hk.c()).equals(hi.c().multiply(hk.b()));
                    facts.add(sameLine ? "layer: coincident boundaries" : "layer: parallel boundaries");
                }
            }
        }
        return facts;
    }

    private static boolean extreme(Rational r, Rational big) {
        if (r.isZero()) {
            return false;
        }
        Rational a = r.abs();
        return a.compareTo(big) > 0 || a.multiply(big).compareTo(Rational.ONE) < 0;
    }
}

package org.segmentable.ops;

import io.vavr.Lazy;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Segment2;
import org.segmentable.numbers.FractionSum;
import org.segmentable.numbers.Rational;

/**
 * The exact split of a region by a half-plane {@code h}: the part where {@code h > 0}, the part
 * where {@code h < 0}, and the intersection of the closed region with the line {@code h = 0}.
 * Immutable; the parts' polygons are assembled on first use, their areas are cheap.
 *
 * <p>For a constant {@code h} (no line) the region is wholly positive or wholly negative; for
 * {@code h ≡ 0} it lies wholly "on the boundary": both parts are empty, {@link #onBoundary()} is
 * empty and {@link #lyingOnBoundary()} holds the region.
 *
 * <p>{@code Split.of(Regions.box(Rational.ONE), HalfPlane.of(1, 0, 0)).positive().area()} is {@code 2}.
 */
public final class Split {

    /** One side's material: polygons wholly on it, and parts cut from polygons crossing the line. */
    record Side(List<Polygon> whole, List<PreparedRing> wholeRings, List<SidePart> parts) {
    }

    private final Lazy<Region> positive;
    private final Lazy<Region> negative;
    private final Lazy<Rational> positiveArea;
    private final Lazy<Rational> negativeArea;
    private final Vector<Segment2> onBoundary;
    private final Option<Region> lyingOnBoundary;

    Split(Side pos, Side neg, Vector<Segment2> onBoundary) {
        this.positive = Lazy.of(() -> Splitter.regionOf(pos.whole(), pos.parts()));
        this.negative = Lazy.of(() -> Splitter.regionOf(neg.whole(), neg.parts()));
        this.positiveArea = Lazy.of(() -> area(pos));
        this.negativeArea = Lazy.of(() -> area(neg));
        this.onBoundary = onBoundary;
        this.lyingOnBoundary = Option.none();
    }

    private Split(Region pos, Region neg, Rational posArea, Rational negArea, Option<Region> lying) {
        this.positive = Lazy.of(() -> pos);
        this.negative = Lazy.of(() -> neg);
        this.positiveArea = Lazy.of(() -> posArea);
        this.negativeArea = Lazy.of(() -> negArea);
        this.onBoundary = Vector.empty();
        this.lyingOnBoundary = lying;
    }

    static Split constant(Region region, int sign, Rational twiceArea) {
        Rational area = twiceArea.multiply(Rational.HALF);
        return sign > 0 ? new Split(region, Region.EMPTY, area, Rational.ZERO, Option.none())
                : sign < 0 ? new Split(Region.EMPTY, region, Rational.ZERO, area, Option.none())
                : new Split(Region.EMPTY, Region.EMPTY, Rational.ZERO, Rational.ZERO, Option.some(region));
    }

    private static Rational area(Side side) {
        List<Rational> terms = new java.util.ArrayList<>();
        for (PreparedRing r : side.wholeRings()) {
            terms.add(r.twiceArea());
        }
        for (SidePart p : side.parts()) {
            p.twiceAreaTerms(terms);
        }
        return FractionSum.of(terms).multiply(Rational.HALF);
    }

    /**
     * Splits a valid region by a half-plane, exactly. To split one region by many half-planes,
     * prepare it once with {@link Splitter#of}.
     *
     * <p>{@code Split.of(Regions.box(Rational.ONE), HalfPlane.of(0, 1, 0)).onBoundary()} is
     * {@code [(-1, 0)–(1, 0)]}.
     *
     * @param region a valid region (as made by {@link Regions}), not null
     * @param h the half-plane, not null
     * @return the split
     */
    public static Split of(Region region, HalfPlane h) {
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(h, "h is null");
        return Splitter.of(region).split(h);
    }

    /**
     * The part where {@code h > 0}: a valid region (maximal pieces of each input polygon).
     *
     * <p>{@code Split.of(Regions.box(Rational.ONE), HalfPlane.of(0, 1, 0)).positive().area()} is {@code 2}.
     *
     * @return the positive part; empty when {@code h ≤ 0} on the whole region
     */
    public Region positive() {
        return positive.get();
    }

    /**
     * The part where {@code h < 0}: a valid region.
     *
     * <p>{@code Split.of(Regions.box(Rational.ONE), HalfPlane.of(0, 1, 1)).negative().isEmpty()} is {@code true}.
     *
     * @return the negative part; empty when {@code h ≥ 0} on the whole region
     */
    public Region negative() {
        return negative.get();
    }

    /**
     * The exact area of {@link #positive()}, computed without assembling its polygons.
     *
     * <p>{@code Split.of(Regions.box(Rational.ONE), HalfPlane.of(1, 1, 0)).positiveArea()} is {@code 2}.
     *
     * @return the area in squared plane units, at least 0
     */
    public Rational positiveArea() {
        return positiveArea.get();
    }

    /**
     * The exact area of {@link #negative()}, computed without assembling its polygons.
     *
     * <p>{@code Split.of(Regions.box(Rational.ONE), HalfPlane.of(1, 0, -1)).negativeArea()} is {@code 4}.
     *
     * @return the area in squared plane units, at least 0
     */
    public Rational negativeArea() {
        return negativeArea.get();
    }

    /**
     * The region's intersection with the line {@code h = 0}: maximal segments and isolated points
     * (degenerate segments), ordered along the line's direction {@code (b, -a)}; empty for a
     * constant {@code h}.
     *
     * <p>{@code Split.of(Regions.box(Rational.ONE), HalfPlane.of(1, 0, -1)).onBoundary()} is
     * {@code [(1, 1)–(1, -1)]}.
     *
     * @return the segments on the line, empty when the line misses the region or {@code h} is constant
     */
    public Vector<Segment2> onBoundary() {
        return onBoundary;
    }

    /**
     * The whole region when {@code h ≡ 0} (it lies in the "line"), else none.
     *
     * <p>{@code Split.of(Regions.box(Rational.ONE), HalfPlane.of(0, 0, 0)).lyingOnBoundary().isDefined()} is {@code true}.
     *
     * @return the region when {@code h} is identically zero, else none
     */
    public Option<Region> lyingOnBoundary() {
        return lyingOnBoundary;
    }

    @Override
    public String toString() {
        return "Split[positive=" + positive() + ", negative=" + negative() + ", onBoundary=" + onBoundary + "]";
    }
}

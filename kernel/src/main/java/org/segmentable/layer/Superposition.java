package org.segmentable.layer;

import io.vavr.Lazy;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.stream.IntStream;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Region;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Splitter;

/**
 * What the seed draws: for every dim {@code i}, the part of a region of the latent plane where dim
 * {@code i} is active ({@code z_i > 0}), as exact polygons with exact area. A constant dim (zero
 * row of {@code W_dec}) is active on the whole region when {@code b[i] > 0} and nowhere otherwise.
 *
 * <p>Immutable and lazy: nothing is computed until asked for, and each dim's area and part are
 * computed at most once. An area costs no polygon ({@link Splitter#positiveArea}: filtered exact
 * vertex signs, exact terms for the crossed edges only), so {@link #activeAreas()} of a
 * 10,000-feature layer never builds the millions of vertices its parts have; a part is assembled
 * only by {@link #activePart(int)} or {@link #active()}, and is exactly
 * {@code Split.of(region, boundary).positive()}. {@link #activeAreas()} and {@link #active()}
 * compute the dims in parallel (each result is exact, so the output does not depend on the
 * threads' timing). Two superpositions are equal when their regions and boundaries are.
 *
 * <p>For the seed's example (6 regularly spaced features, bias {@code -cos(2π/6)}) on its outline,
 * every {@code activeArea(i)} is about {@code 0.4330}, a sixth of the hexagon's area.
 */
public final class Superposition {

    private final Region region;
    private final Vector<HalfPlane> boundaries;
    private final Splitter splitter;
    private final Lazy<Rational> regionArea;
    private final Vector<Lazy<Rational>> areas;
    private final Vector<Lazy<Region>> parts;

    private Superposition(Region region, Vector<HalfPlane> boundaries) {
        this.region = region;
        this.boundaries = boundaries;
        this.splitter = Splitter.of(region);
        this.regionArea = Lazy.of(region::area);
        this.areas = boundaries.map(h -> Lazy.of(() -> area(h)));
        this.parts = boundaries.map(h -> Lazy.of(() -> part(h)));
    }

    /**
     * The superposition of a layer's dims on a region of its latent plane.
     *
     * <p>{@code Superposition.of(plane, Regions.box(Rational.of(3))).d()} is {@code plane.d()}.
     *
     * @param plane the latent plane, not null
     * @param region a valid region of it (as made by {@code ops.Regions}), not null
     * @return per dim the active part of {@code region}, computed on demand
     * @throws NullPointerException if an argument is null
     */
    public static Superposition of(LatentPlane plane, Region region) {
        Objects.requireNonNull(plane, "plane is null");
        Objects.requireNonNull(region, "region is null");
        return new Superposition(region, plane.boundaries());
    }

    /**
     * The superposition of a layer on a region of its latent plane.
     *
     * <p>For a layer with {@code h = 3} it is {@code Invalid} with the message of {@link LatentPlane#of}.
     *
     * @param layer not null
     * @param region a valid region, not null
     * @return the superposition, or the problem when {@code h != 2}
     * @throws NullPointerException if an argument is null
     */
    public static Validation<Seq<String>, Superposition> of(ReluLayer layer, Region region) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(region, "region is null");
        return LatentPlane.of(layer).map(plane -> of(plane, region));
    }

    /**
     * The superposition of any half-planes on a region: dim {@code i} is active where
     * {@code boundaries.get(i) > 0}.
     *
     * <p>{@code Superposition.of(Regions.box(Rational.ONE), Vector.of(HalfPlane.of(1, 0, 0))).activeArea(0)}
     * is {@code 2}.
     *
     * @param region a valid region, not null
     * @param boundaries the dims' half-planes, not null
     * @return the superposition
     * @throws NullPointerException if an argument is null or {@code boundaries} holds null
     */
    public static Superposition of(Region region, Seq<HalfPlane> boundaries) {
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(boundaries, "boundaries is null");
        boundaries.forEach(h -> Objects.requireNonNull(h, "boundaries holds null"));
        return new Superposition(region, Vector.ofAll(boundaries));
    }

    private Rational area(HalfPlane h) {
        if (h.isConstant()) {
            return h.c().signum() > 0 ? regionArea.get() : Rational.ZERO;
        }
        return splitter.positiveArea(h);
    }

    private Region part(HalfPlane h) {
        if (h.isConstant()) {
            return h.c().signum() > 0 ? region : Region.EMPTY;
        }
        return splitter.split(h).positive();
    }

    /**
     * The region; {@code Superposition.of(plane, r).region()} is {@code r}.
     *
     * @return the region
     */
    public Region region() {
        return region;
    }

    /**
     * Every dim's half-plane, in dim order: the layer's {@code boundaries()}.
     *
     * @return one half-plane per dim
     */
    public Vector<HalfPlane> boundaries() {
        return boundaries;
    }

    /**
     * The number of dims; {@code Superposition.of(plane, region).d()} is {@code plane.d()}.
     *
     * @return the number of boundaries
     */
    public int d() {
        return boundaries.size();
    }

    /**
     * The exact area of the part of the region where dim {@code i} is active, computed on first use
     * without building the part: {@code activePart(i).area()}.
     *
     * <p>{@code Superposition.of(Regions.box(Rational.ONE), Vector.of(HalfPlane.of(0, 1, -1))).activeArea(0)}
     * is {@code 0}.
     *
     * @param i a dim
     * @return the exact area
     * @throws IndexOutOfBoundsException if {@code i} is not a dim
     */
    public Rational activeArea(int i) {
        return areas.get(i).get();
    }

    /**
     * Every dim's active area, in dim order: {@code activeAreas().get(i)} is {@code activeArea(i)}.
     * The dims not yet computed are computed in parallel.
     *
     * <p>{@code Superposition.of(Regions.box(Rational.ONE), Vector.of(HalfPlane.of(1, 0, 0), HalfPlane.of(0, 0, 1))).activeAreas()}
     * is {@code [2, 4]}.
     *
     * @return the exact areas
     */
    public Vector<Rational> activeAreas() {
        return Vector.of(IntStream.range(0, d()).parallel().mapToObj(this::activeArea).toArray(Rational[]::new));
    }

    /**
     * The part of the region where dim {@code i} is active, assembled on first use: exactly
     * {@code Split.of(region(), boundaries().get(i)).positive()}, or for a constant dim the whole
     * region ({@code b[i] > 0}) or the empty region.
     *
     * <p>{@code Superposition.of(Regions.box(Rational.ONE), Vector.of(HalfPlane.of(1, 0, 0))).activePart(0)}
     * is the rectangle {@code [0, 1] × [-1, 1]}.
     *
     * @param i a dim
     * @return a valid region
     * @throws IndexOutOfBoundsException if {@code i} is not a dim
     */
    public Region activePart(int i) {
        return parts.get(i).get();
    }

    /**
     * Every dim's active part, in dim order: {@code active().get(i)} is {@code activePart(i)}. The
     * parts not yet assembled are assembled in parallel; this materializes every polygon (for a
     * figure), which for thousands of dims on a large outline is millions of exact points.
     *
     * <p>{@code Superposition.of(Regions.box(Rational.ONE), Vector.of(HalfPlane.of(0, 0, -1))).active()}
     * is {@code [Region.EMPTY]}.
     *
     * @return the parts
     */
    public Vector<Region> active() {
        return Vector.of(IntStream.range(0, d()).parallel().mapToObj(this::activePart).toArray(Region[]::new));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Superposition s && region.equals(s.region) && boundaries.equals(s.boundaries);
    }

    @Override
    public int hashCode() {
        return 31 * region.hashCode() + boundaries.hashCode();
    }

    /** {@code "Superposition[d=6, region=1 pieces]"}. */
    @Override
    public String toString() {
        return "Superposition[d=" + d() + ", region=" + region.pieces().size() + " pieces]";
    }
}

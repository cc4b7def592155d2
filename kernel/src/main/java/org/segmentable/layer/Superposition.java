package org.segmentable.layer;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Region;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Split;

/**
 * What the seed draws: for every dim {@code i}, the part of a region of the latent plane where dim
 * {@code i} is active ({@code z_i > 0}), as exact polygons with exact area. A constant dim (zero
 * row of {@code W_dec}) is active on the whole region when {@code b[i] > 0} and nowhere otherwise.
 *
 * <p>For the seed's example (6 regularly spaced features, bias {@code -cos(2π/6)}) on its outline,
 * every {@code activeArea(i)} is about {@code 0.4330}, a sixth of the hexagon's area.
 *
 * @param region the region
 * @param active per dim, the part of the region where the dim is active
 */
public record Superposition(Region region, Vector<Region> active) {

    /** Checks the parts; use the factories. */
    public Superposition {
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(active, "active is null");
    }

    /**
     * The superposition of a layer's dims on a region of its latent plane.
     *
     * @param plane the latent plane, not null
     * @param region a region of it, not null
     * @return per dim the active part of {@code region}, exactly
     */
    public static Superposition of(LatentPlane plane, Region region) {
        Objects.requireNonNull(plane, "plane is null");
        Objects.requireNonNull(region, "region is null");
        return new Superposition(region, plane.boundaries().map(h -> activePart(region, h)));
    }

    /**
     * The superposition of a layer on a region of its latent plane.
     *
     * @param layer not null
     * @param region not null
     * @return the superposition, or the problem when {@code h != 2}
     */
    public static Validation<Seq<String>, Superposition> of(ReluLayer layer, Region region) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(region, "region is null");
        return LatentPlane.of(layer).map(plane -> of(plane, region));
    }

    private static Region activePart(Region region, HalfPlane h) {
        if (h.isConstant()) {
            return h.c().signum() > 0 ? region : Region.EMPTY;
        }
        return Split.of(region, h).positive();
    }

    /** The number of dims; {@code Superposition.of(plane, region).d()} is {@code plane.d()}. */
    public int d() {
        return active.size();
    }

    /**
     * The exact area of the part of the region where dim {@code i} is active.
     *
     * @param i a dim
     * @throws IndexOutOfBoundsException if {@code i} is not a dim
     */
    public Rational activeArea(int i) {
        return active.get(i).area();
    }

    /** Every dim's active area, in dim order: {@code activeAreas().get(i)} is {@code activeArea(i)}. */
    public Vector<Rational> activeAreas() {
        return active.map(Region::area);
    }
}

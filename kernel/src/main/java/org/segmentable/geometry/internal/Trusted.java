package org.segmentable.geometry.internal;

import io.vavr.collection.Vector;
import java.util.Objects;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;

/**
 * The unchecked construction path of {@link Polygon} and {@link Region}, for kernel operations
 * whose results are valid by construction (the winding resolution, split, clip, the cells of the
 * activation complex, the regions of the deep engine, {@code Regions.box}). Not API: the module does
 * not export this package, and a caller that passes invalid rings gets a value that breaks its
 * documented invariant. Everyone else uses {@link Polygon#of} and {@link Region#of}, which check.
 *
 * <p>The geometry classes register their private constructors here from their static initialisers
 * (the pattern of the JDK's {@code SharedSecrets}), so the constructors stay private.
 */
public final class Trusted {

    /** The private constructors of the geometry values. */
    public interface Access {

        /**
         * A polygon without checks.
         *
         * @param shell a simple counter-clockwise ring
         * @param holes simple clockwise rings inside the shell with disjoint interiors
         * @return the polygon
         */
        Polygon polygon(Ring shell, Vector<Ring> holes);

        /**
         * A region without checks.
         *
         * @param pieces valid polygons with disjoint interiors, touching only at points
         * @return the region
         */
        Region region(Vector<Polygon> pieces);
    }

    private static volatile Access access;

    private Trusted() {
    }

    /**
     * Registers the constructors; called once by the geometry classes.
     *
     * @param a the access, not null
     * @throws IllegalStateException if called a second time
     */
    public static synchronized void register(Access a) {
        Objects.requireNonNull(a, "a is null");
        if (access != null) {
            throw new IllegalStateException("access is already registered");
        }
        access = a;
    }

    private static Access access() {
        Access a = access;
        if (a == null) {
            Region.EMPTY.isEmpty(); // runs Region's static initialiser, which registers
            a = access;
        }
        return a;
    }

    /**
     * A polygon from rings that already satisfy the invariant; no check runs.
     *
     * @param shell a simple counter-clockwise ring
     * @param holes simple clockwise rings inside the shell with disjoint interiors
     * @return the polygon
     */
    public static Polygon polygon(Ring shell, Vector<Ring> holes) {
        return access().polygon(shell, holes);
    }

    /**
     * A polygon without holes from a ring that already satisfies the invariant; no check runs.
     *
     * @param shell a simple counter-clockwise ring
     * @return the polygon
     */
    public static Polygon polygon(Ring shell) {
        return access().polygon(shell, Vector.empty());
    }

    /**
     * A region from polygons that already satisfy the invariant; no check runs.
     *
     * @param pieces valid polygons with disjoint interiors, touching only at points
     * @return the region
     */
    public static Region region(Vector<Polygon> pieces) {
        return access().region(pieces);
    }
}

package org.segmentable.geometry;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.segmentable.numbers.Rational;

/**
 * A polygon: a simple counter-clockwise shell and zero or more simple clockwise holes inside it,
 * the holes with disjoint interiors. Rings may touch each other at isolated points, but never cross,
 * never run along each other, and never touch in a cycle that would cut the interior apart (the
 * validity rules of a JTS polygon). A {@code Polygon} that exists satisfies all of this.
 *
 * <p>{@code Polygon.of(Ring.of(Point2.of(0, 0), Point2.of(2, 0), Point2.of(2, 2), Point2.of(0, 2))).get().area()}
 * is {@code 4}; the same ring given clockwise gives the same polygon, turned counter-clockwise.
 */
public final class Polygon {

    private final Ring shell;
    private final Vector<Ring> holes;

    private Polygon(Ring shell, Vector<Ring> holes) {
        this.shell = shell;
        this.holes = holes;
    }

    /** The unchecked path, registered with {@code geometry.internal.Trusted} by {@link Region}. */
    static Polygon trusted(Ring shell, Vector<Ring> holes) {
        return new Polygon(shell, holes);
    }

    /**
     * A polygon without holes: {@link #of(Ring, Seq)} with no holes.
     *
     * @param shell the boundary, either orientation, not null
     * @return the polygon, or every problem found
     * @throws NullPointerException if {@code shell} is null
     */
    public static Validation<Seq<String>, Polygon> of(Ring shell) {
        return of(shell, Vector.empty());
    }

    /**
     * Checks the rings and builds the polygon, turning the shell counter-clockwise and the holes
     * clockwise (either orientation is read as the same boundary). The problems listed, all at
     * once: a ring with fewer than three vertices, a vertex repeated at once, all vertices on one
     * line, a ring doubling back, touching or crossing itself; a hole crossing, running along or
     * leaving the shell; holes overlapping or running along each other; rings touching in a cycle.
     *
     * <p>{@code Polygon.of(square(0, 0, 4, 4), Vector.of(square(4, 1, 5, 2)))} is invalid with
     * {@code "hole 0 runs along the shell from (4, 1) to (4, 2)"}.
     *
     * <p>Cost: {@code O(n²)} exact orientation tests for {@code n} vertices in all (see the
     * package notes); kernel operations that build valid polygons skip the check.
     *
     * @param shell the outer boundary, either orientation, not null
     * @param holes the holes, either orientation, not null
     * @return the polygon, or every problem found
     * @throws NullPointerException if an argument is or holds null
     */
    public static Validation<Seq<String>, Polygon> of(Ring shell, Seq<Ring> holes) {
        Objects.requireNonNull(shell, "shell is null");
        Objects.requireNonNull(holes, "holes is null");
        holes.forEach(h -> Objects.requireNonNull(h, "holes holds null"));
        Set<String> problems = new LinkedHashSet<>();
        if (!Invariants.checkSimple("the shell", shell, problems)) {
            for (int i = 0; i < holes.size(); i++) {
                Invariants.checkSimple("hole " + i, holes.get(i), problems);
            }
            return Validation.invalid(Vector.ofAll(problems));
        }
        Ring s = shell.signedArea().signum() < 0 ? shell.reverse() : shell;
        Vector<Ring> hs = Vector.empty();
        Vector<Integer> simple = Vector.empty();
        for (int i = 0; i < holes.size(); i++) {
            Ring h = holes.get(i);
            if (Invariants.checkSimple("hole " + i, h, problems)) {
                hs = hs.append(h.signedArea().signum() > 0 ? h.reverse() : h);
                simple = simple.append(i);
            }
        }
        Invariants.checkRings(s, hs, simple, problems);
        return problems.isEmpty() ? Validation.valid(new Polygon(s, hs)) : Validation.invalid(Vector.ofAll(problems));
    }

    /**
     * The outer boundary.
     *
     * @return the shell, counter-clockwise
     */
    public Ring shell() {
        return shell;
    }

    /**
     * The holes.
     *
     * @return the holes, each clockwise
     */
    public Vector<Ring> holes() {
        return holes;
    }

    /**
     * The exact area: shell area minus hole areas.
     *
     * @return the area, positive
     */
    public Rational area() {
        Rational a = shell.signedArea().abs();
        for (Ring h : holes) {
            a = a.subtract(h.signedArea().abs());
        }
        return a;
    }

    /** The same rings in the same order, each starting at the same vertex. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Polygon p && shell.equals(p.shell) && holes.equals(p.holes);
    }

    @Override
    public int hashCode() {
        return 31 * shell.hashCode() + holes.hashCode();
    }

    @Override
    public String toString() {
        return "Polygon[shell=" + shell + ", holes=" + holes + "]";
    }
}

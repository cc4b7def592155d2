package org.segmentable.predicates;

import java.util.Objects;
import org.segmentable.geometry.Point2;

/**
 * The exact counter-clockwise order of directions, measured from the positive x-axis: the angular
 * order the engines use to sort edges around a vertex. No trigonometry: a direction's half-turn
 * ({@code 0} for angles in {@code [0, π)}, that is {@code y > 0} or {@code y = 0, x > 0}; {@code 1}
 * for {@code [π, 2π)}) orders directions in different half-turns, and the sign of the cross product
 * orders two in the same half-turn (there the angle from {@code u} to {@code v} is below {@code π},
 * so {@code u} comes first exactly when {@code u × v > 0}).
 *
 * <p>The rule is one law, {@link #compare(int, int, int)}, on a direction's half-turn and a cross
 * product's sign, so that engines holding directions in any exact form (rational points, signs of
 * integer line coefficients with a filtered determinant) order them the same way; {@link
 * #compare(Point2, Point2, Point2)} applies it to rational points with the filtered exact
 * {@link Orientation}.
 *
 * <p>{@code Angular.compare(Point2.ORIGIN, Point2.of(0, 1), Point2.of(-1, -1))} is {@code -1}: the
 * direction at 90° comes before the one at 225°.
 */
public final class Angular {

    private Angular() {
    }

    /**
     * The half-turn of a non-zero direction from the signs (or values) of its coordinates.
     *
     * <p>{@code Angular.halfTurn(1, 0)} is {@code 0}, {@code Angular.halfTurn(-1, 0)} is {@code 1}.
     *
     * @param x the sign (or value) of the direction's x coordinate
     * @param y the sign (or value) of the direction's y coordinate
     * @return 0 for angles in {@code [0, π)}, 1 for {@code [π, 2π)} (and for the zero direction)
     */
    public static int halfTurn(int x, int y) {
        return y > 0 || (y == 0 && x > 0) ? 0 : 1;
    }

    /**
     * The counter-clockwise order of two directions {@code u} and {@code v} from their half-turns
     * and the sign of {@code u × v}; the cross product is only read when the half-turns are equal,
     * so a caller may pass {@code 0} for it otherwise.
     *
     * <p>{@code Angular.compare(0, 0, 1)} is {@code -1}: in the same half-turn, {@code v}
     * counter-clockwise of {@code u} comes after it.
     *
     * @param halfU the half-turn of {@code u} ({@link #halfTurn})
     * @param halfV the half-turn of {@code v}
     * @param crossSign the sign of {@code u × v} (any int of that sign)
     * @return negative when {@code u} comes first, zero for the same direction, positive otherwise
     */
    public static int compare(int halfU, int halfV, int crossSign) {
        if (halfU != halfV) {
            return Integer.compare(halfU, halfV);
        }
        return -Integer.signum(crossSign);
    }

    /**
     * The counter-clockwise order of the directions {@code a - o} and {@code b - o}, exactly.
     *
     * <p>{@code Angular.compare(Point2.of(1, 1), Point2.of(2, 1), Point2.of(1, 2))} is {@code -1}.
     *
     * @param o the common origin
     * @param a the end of the first direction, not {@code o}
     * @param b the end of the second direction, not {@code o}
     * @return -1 when {@code a - o} comes first, 0 for the same direction, 1 otherwise
     * @throws NullPointerException if an argument is null
     */
    public static int compare(Point2 o, Point2 a, Point2 b) {
        Objects.requireNonNull(o, "o is null");
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        int ha = halfTurn(a.x().compareTo(o.x()), a.y().compareTo(o.y()));
        int hb = halfTurn(b.x().compareTo(o.x()), b.y().compareTo(o.y()));
        return compare(ha, hb, ha == hb ? Orientation.index(o, a, b) : 0);
    }
}

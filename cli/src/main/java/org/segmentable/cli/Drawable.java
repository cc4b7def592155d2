package org.segmentable.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.numbers.Rational;

/**
 * Whether a figure's exact coordinates can be placed with doubles: the render commands refuse, with
 * one message, a figure they could only draw with infinite or meaningless pixel coordinates.
 *
 * <p>The geometry itself is exact at any size ({@code analyze} answers {@code --box 1e350} and
 * layers scaled by {@code 10^±400} exactly); only ink is placed with doubles, in
 * {@code svg.Frame}, as {@code left + (x − xmin) / (xmax − xmin) · width}. The checks below are
 * exact comparisons of rationals that make every term of that formula a finite double:
 * <ul>
 *   <li>the viewport half-width {@code Z} lies in {@code [2^−950, 2^950]}, so {@code ±Z} and
 *       {@code 2Z} are finite normal doubles (the double range is {@code [2^−1022, 2^1024)});</li>
 *   <li>every drawn coordinate (the region's vertices, which bound every piece and cell drawn, and
 *       the feature points) has {@code |c| ≤ 2^64 · Z}: its double is finite (at most
 *       {@code 2^1014}) and its pixel lies within {@code 2^65} plot widths of the plot area.</li>
 * </ul>
 * A figure outside these bounds is refused rather than rescaled, because the viewport {@code Z} is
 * what the user asked to see: the message says which bound failed and what to change.
 *
 * <p>{@code Drawable.box(Rational.parse("1e285").get())} is none (drawable);
 * {@code Drawable.box(Rational.parse("1e309").get())} is a message.
 */
final class Drawable {

    /** The largest binary exponent of a drawable viewport half-width, and minus the smallest. */
    static final int BOX_EXPONENT = 950;

    /** The binary exponent of the largest drawn coordinate, relative to the viewport half-width. */
    static final int SPREAD_EXPONENT = 64;

    private static final Rational BOX_MAX = Rational.ofBinary(1, BOX_EXPONENT);
    private static final Rational BOX_MIN = Rational.ofBinary(1, -BOX_EXPONENT);

    private Drawable() {
    }

    /**
     * Why a viewport half-width cannot be drawn, if it cannot.
     *
     * @param z the viewport half-width, positive, not null
     * @return one message, or none when it can be drawn
     */
    static Option<String> box(Rational z) {
        Objects.requireNonNull(z, "z is null");
        if (z.compareTo(BOX_MAX) > 0 || z.compareTo(BOX_MIN) < 0) {
            return Option.some("--box " + approx(z) + " cannot be drawn: a figure's viewport half-width must lie "
                    + "in [2^-" + BOX_EXPONENT + ", 2^" + BOX_EXPONENT + "] (about 1.05e-286 to 9.52e285), the range "
                    + "of the doubles that place ink; 'segmentable analyze' gives the exact answer at any size");
        }
        return Option.none();
    }

    /**
     * Why a figure of {@code region} and {@code points} in the viewport {@code [−z, z]²} cannot be
     * drawn, if it cannot.
     *
     * @param z the viewport half-width, not null
     * @param region the region drawn, not null: it bounds every piece and cell
     * @param points the feature points drawn, not null
     * @return one message, or none when it can be drawn
     */
    static Option<String> figure(Rational z, Region region, Seq<Point2> points) {
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(points, "points is null");
        Option<String> box = box(z);
        if (box.isDefined()) {
            return box;
        }
        Rational limit = z.multiply(Rational.ofBinary(1, SPREAD_EXPONENT));
        Seq<Point2> vertices = region.pieces().flatMap(Drawable::vertices);
        Option<Point2> far = vertices.appendAll(points)
                .find(p -> p.x().abs().compareTo(limit) > 0 || p.y().abs().compareTo(limit) > 0);
        return far.map(p -> "the figure cannot be drawn in the viewport [-" + approx(z) + ", " + approx(z)
                + "]^2: it has a point at (" + approx(p.x()) + ", " + approx(p.y()) + "), more than 2^"
                + SPREAD_EXPONENT + " times the viewport's half-width away; give --box near the model's "
                + "scale ('segmentable analyze' gives the exact answer at any size)");
    }

    private static Seq<Point2> vertices(Polygon p) {
        return p.holes().prepend(p.shell()).flatMap(Ring::vertices);
    }

    /** A rational written with three significant digits (for messages only). */
    private static String approx(Rational r) {
        return r.isZero() ? "0" : r.toDecimal(3).toString();
    }
}

package org.segmentable.figure;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.geometry.Region;
import org.segmentable.layer.LatentPlane;
import org.segmentable.layer.Outline;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.Superposition;
import org.segmentable.ops.Regions;
import org.segmentable.numbers.Rational;

/**
 * Fills the figures' data values of a layer with {@code h = 2} from the kernel's computations (the
 * region, the superposition, the activation complex), then draws them; it draws what the kernel
 * returns. {@link SliceFigures} does the same for slices of a layer with {@code h > 2}.
 *
 * <p>{@code Figures.svg(layer, Mode.SUPERPOSITION, RegionChoice.OUTLINE, FigureOptions.defaults())} is
 * {@code Right(svgText)}.
 */
public final class Figures {

    private Figures() {
    }

    /**
     * Draws a layer.
     *
     * @param layer the layer, with {@code h = 2}, not null
     * @param mode which figure, not null
     * @param region which region, not null; the box is {@code options.box()}
     * @param options how to draw, not null
     * @return the SVG text, or a message saying why the layer cannot be drawn
     */
    public static Either<String, String> svg(ReluLayer layer, Mode mode, RegionChoice region, FigureOptions options) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(mode, "mode is null");
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(options, "options is null");
        return mode == Mode.SUPERPOSITION
                ? superposition(layer, region, options.box()).map(d -> SuperpositionFigure.svg(d, options))
                : complex(layer, region, options.box()).map(d -> ComplexFigure.svg(d, options));
    }

    /**
     * The region a figure shows, from the kernel: the layer's outline resolved by the non-zero
     * winding rule ({@code Outline.of}, {@code Regions.fromRing}), or the box {@code [-Z, Z]²}.
     *
     * <p>{@code Figures.region(layer, RegionChoice.BOX, Rational.of(3))} is {@code Right(the 6 × 6 square)}.
     *
     * @param layer the layer, not null
     * @param region which region, not null
     * @param box the box half-width, positive
     * @return the region, or why it cannot be built (e.g. {@code h != 2})
     */
    public static Either<String, Region> region(ReluLayer layer, RegionChoice region, Rational box) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(box, "box is null");
        Validation<Seq<String>, LatentPlane> plane = LatentPlane.of(layer);
        if (plane.isInvalid()) {
            return Either.left(plane.getError().mkString("; "));
        }
        return Either.right(region == RegionChoice.BOX ? Regions.box(box)
                : Regions.fromRing(Outline.of(plane.get()).ring()));
    }

    /**
     * The superposition of a layer on a region, from the kernel: for each dim, its active part
     * ({@code Superposition.active()}, the positive part of {@code Split.of(region, boundary(i))},
     * one prepared region for every dim, the dims in parallel).
     *
     * @param layer the layer, not null
     * @param region which region, not null
     * @param box the box half-width (for {@link RegionChoice#BOX}), positive
     * @return the data, or why it cannot be computed
     */
    public static Either<String, SuperpositionData> superposition(ReluLayer layer, RegionChoice region, Rational box) {
        return region(layer, region, box).map(r -> new SuperpositionData(title(layer), r,
                Superposition.of(r, layer.boundaries()).active(), layer.featurePoints(), layer.boundaries()));
    }

    /**
     * The activation complex of a layer on a region, from the kernel ({@code ActivationComplex.of}).
     *
     * @param layer the layer, not null
     * @param region which region, not null
     * @param box the box half-width (for {@link RegionChoice#BOX}), positive
     * @return the data, or why the region cannot be computed
     */
    public static Either<String, ComplexData> complex(ReluLayer layer, RegionChoice region, Rational box) {
        return region(layer, region, box).map(r -> {
            ActivationComplex cx = ActivationComplex.of(r, layer.boundaries());
            return new ComplexData(title(layer), r, layer.d(),
                    cx.cells().map(c -> new CellData(c.pattern().toString(), c.polygon())),
                    layer.featurePoints(), layer.boundaries());
        });
    }

    /** The layer's title, else its name. */
    static String title(ReluLayer layer) {
        return layer.title().isEmpty() ? layer.name() : layer.title();
    }
}

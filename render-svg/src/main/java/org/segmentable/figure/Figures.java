package org.segmentable.figure;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Objects;
import org.segmentable.analysis.AnalysisOptions;
import org.segmentable.analysis.LayerAnalysis;
import org.segmentable.analysis.PlaneRegion;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.geometry.Region;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.SlicedLayer;
import org.segmentable.numbers.Rational;

/**
 * Fills the figures' data values of a layer from a {@link LayerAnalysis} (the kernel's region,
 * superposition and activation complex of the layer on its plane), then draws them: the picture shows
 * the very values {@code analyze} prints, computed once. The {@link ReluLayer} overloads analyse a layer
 * with {@code h = 2} on the region asked for; {@link SliceFigures} draws slices of a layer with
 * {@code h > 2} and their grid.
 *
 * <p>{@code Figures.svg(LayerAnalysis.of(seed, AnalysisOptions.defaults()).get(), Mode.SUPERPOSITION,
 * FigureOptions.defaults())} and {@code Figures.svg(seed, Mode.SUPERPOSITION, PlaneRegion.OUTLINE,
 * FigureOptions.defaults())} are the same {@code Right(svgText)}.
 */
public final class Figures {

    private Figures() {
    }

    /**
     * Draws a layer analysed on its plane: the superposition or the complex of the analysis's region;
     * on a slice, the feature points that are projections ({@code SlicedLayer.onSlice()} false) are
     * drawn hollow. The analysis's box is its region's; {@code options.box()} is the viewport.
     *
     * @param analysis the layer on its plane, not null
     * @param mode which figure, not null
     * @param options how to draw, not null
     * @return the SVG text, or why the complex cannot be built (e.g. too many cells for memory)
     * @throws NullPointerException if an argument is null
     */
    public static Either<String, String> svg(LayerAnalysis analysis, Mode mode, FigureOptions options) {
        Objects.requireNonNull(analysis, "analysis is null");
        Objects.requireNonNull(mode, "mode is null");
        Objects.requireNonNull(options, "options is null");
        Vector<Boolean> onSlice = analysis.sliced().map(SlicedLayer::onSlice)
                .getOrElse(() -> Vector.fill(analysis.d(), () -> true));
        return draw(analysis, mode, options, onSlice);
    }

    /**
     * Draws a layer.
     *
     * @param layer the layer, with {@code h = 2}, not null
     * @param mode which figure, not null
     * @param region which region, not null; the box is {@code options.box()}
     * @param options how to draw, not null
     * @return the SVG text, or a message saying why the layer cannot be drawn
     * @throws NullPointerException if an argument is null
     */
    public static Either<String, String> svg(ReluLayer layer, Mode mode, PlaneRegion region, FigureOptions options) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(mode, "mode is null");
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(options, "options is null");
        return analysis(layer, region, options.box()).flatMap(a -> svg(a, mode, options));
    }

    /**
     * The analysis of a layer with {@code h = 2} on a region ({@code LayerAnalysis.of}).
     *
     * <p>{@code Figures.analysis(seed, PlaneRegion.BOX, Rational.of(3)).get().region()} is the
     * {@code 6 × 6} square.
     *
     * @param layer the layer, not null
     * @param region which region: the outline (resolved by the non-zero winding rule) or the box, not null
     * @param box the box half-width, positive
     * @return the analysis, or why it cannot be made (e.g. {@code h != 2})
     * @throws NullPointerException if an argument is null
     */
    public static Either<String, LayerAnalysis> analysis(ReluLayer layer, PlaneRegion region, Rational box) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(region, "region is null");
        Objects.requireNonNull(box, "box is null");
        AnalysisOptions options = AnalysisOptions.defaults().withRegion(region).withBox(box);
        return LayerAnalysis.of(layer, options).toEither().mapLeft(problems -> problems.mkString("; "));
    }

    /**
     * The region a figure shows, from the kernel ({@link LayerAnalysis#region()}): the layer's outline
     * resolved by the non-zero winding rule, or the box {@code [-Z, Z]²}.
     *
     * <p>{@code Figures.region(layer, PlaneRegion.BOX, Rational.of(3))} is {@code Right(the 6 × 6 square)}.
     *
     * @param layer the layer, not null
     * @param region which region, not null
     * @param box the box half-width, positive
     * @return the region, or why it cannot be built (e.g. {@code h != 2})
     * @throws NullPointerException if an argument is null
     */
    public static Either<String, Region> region(ReluLayer layer, PlaneRegion region, Rational box) {
        return analysis(layer, region, box).map(LayerAnalysis::region);
    }

    /**
     * The superposition data of an analysis: its region and, for each dim, its active part
     * ({@code analysis.superposition().active()}, assembled once and shared with the active areas).
     *
     * @param analysis the layer on its plane, not null
     * @return the data
     * @throws NullPointerException if {@code analysis} is null
     */
    public static SuperpositionData superposition(LayerAnalysis analysis) {
        Objects.requireNonNull(analysis, "analysis is null");
        ReluLayer planar = analysis.planar();
        return new SuperpositionData(title(planar), analysis.region(), analysis.superposition().active(),
                planar.featurePoints(), planar.boundaries());
    }

    /**
     * The superposition of a layer on a region ({@link #analysis}, {@link #superposition(LayerAnalysis)}).
     *
     * @param layer the layer, with {@code h = 2}, not null
     * @param region which region, not null
     * @param box the box half-width (for {@link PlaneRegion#BOX}), positive
     * @return the data, or why it cannot be computed
     * @throws NullPointerException if an argument is null
     */
    public static Either<String, SuperpositionData> superposition(ReluLayer layer, PlaneRegion region, Rational box) {
        return analysis(layer, region, box).map(Figures::superposition);
    }

    /**
     * The activation complex data of an analysis ({@link LayerAnalysis#complex()}, built once per call).
     *
     * @param analysis the layer on its plane, not null
     * <p>The complex is built whatever its size; a caller with a memory budget checks
     * {@link LayerAnalysis#complexEstimate()} first.
     *
     * @return the data
     * @throws NullPointerException if {@code analysis} is null
     */
    public static ComplexData complex(LayerAnalysis analysis) {
        Objects.requireNonNull(analysis, "analysis is null");
        ReluLayer planar = analysis.planar();
        ActivationComplex cx = analysis.complex();
        return new ComplexData(title(planar), analysis.region(), planar.d(),
                cx.cells().map(c -> new CellData(c.pattern().toString(), c.polygon())),
                planar.featurePoints(), planar.boundaries());
    }

    /**
     * The activation complex of a layer on a region ({@link #analysis}, {@link #complex(LayerAnalysis)}).
     *
     * @param layer the layer, with {@code h = 2}, not null
     * @param region which region, not null
     * @param box the box half-width (for {@link PlaneRegion#BOX}), positive
     * @return the data, or why the layer's plane or region cannot be computed
     * @throws NullPointerException if an argument is null
     */
    public static Either<String, ComplexData> complex(ReluLayer layer, PlaneRegion region, Rational box) {
        return analysis(layer, region, box).map(Figures::complex);
    }

    /**
     * Draws an analysis with the given feature markers.
     *
     * @param analysis the layer on its plane
     * @param mode which figure
     * @param options how to draw
     * @param onSlice per feature, whether its point is drawn filled (on the plane) or hollow (a projection)
     * @return the SVG text, or why the complex cannot be built
     */
    static Either<String, String> draw(LayerAnalysis analysis, Mode mode, FigureOptions options,
            Vector<Boolean> onSlice) {
        return mode == Mode.SUPERPOSITION
                ? Either.right(SuperpositionFigure.svg(superposition(analysis), options, onSlice))
                : Either.right(ComplexFigure.svg(complex(analysis), options, onSlice));
    }

    /**
     * The layer's title, else its name.
     *
     * @param layer the layer
     * @return the title shown on its figures
     */
    static String title(ReluLayer layer) {
        return layer.title().isEmpty() ? layer.name() : layer.title();
    }
}

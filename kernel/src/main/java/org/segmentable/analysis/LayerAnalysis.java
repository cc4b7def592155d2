package org.segmentable.analysis;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import org.segmentable.complex.ActivationComplex;
import org.segmentable.complex.Estimate;
import org.segmentable.geometry.Region;
import org.segmentable.io.ModelFile;
import org.segmentable.io.SliceJson;
import org.segmentable.layer.LatentPlane;
import org.segmentable.layer.Outline;
import org.segmentable.layer.ReluLayer;
import org.segmentable.layer.SlicedLayer;
import org.segmentable.layer.Superposition;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.ops.Regions;

/**
 * One ReLU layer analysed on a plane: the layer brought to its 2-D plane (itself when {@code h = 2},
 * else the slice chosen by {@link AnalysisOptions#slice()}), the region (the feature outline under
 * the non-zero winding rule, or the box {@code [-Z, Z]²}; by default the box on a slice and the
 * outline otherwise), the superposition of the dims on it (each active area computed on demand), the
 * features exactly at the origin, and the activation complex ({@link #complex()}, computed on each call:
 * it can be far larger than the areas).
 *
 * <p>For the seed example ({@code h = 2}, six dims) and the default options,
 * {@code LayerAnalysis.of(layer, AnalysisOptions.defaults()).get()} has {@code regionChoice() == OUTLINE},
 * {@code d() == 6}, {@code zeroFeatures()} empty and {@code superposition().activeAreas()} the six exact
 * active areas of the fixture's {@code expected_exact}.
 */
public final class LayerAnalysis {

    private final ReluLayer planar;
    private final Option<SlicedLayer> sliced;
    private final LatentPlane plane;
    private final PlaneRegion regionChoice;
    private final Region region;
    private final Outline outline;
    private final Superposition superposition;

    private LayerAnalysis(ReluLayer planar, Option<SlicedLayer> sliced, LatentPlane plane, PlaneRegion regionChoice,
            Region region, Outline outline) {
        this.planar = planar;
        this.sliced = sliced;
        this.plane = plane;
        this.regionChoice = regionChoice;
        this.region = region;
        this.outline = outline;
        this.superposition = Superposition.of(plane, region);
    }

    /**
     * Analyses the single layer of a model file, with the file's inline slice when the options choose
     * the model's own.
     *
     * @param model the model read, not null
     * @param options the slice, region and box, not null
     * @return the analysis, or every problem: a deep model, a slice that does not fit the layer, a layer
     *     with {@code h > 2} and no slice
     * @throws NullPointerException if an argument is null
     */
    public static Validation<Seq<String>, LayerAnalysis> of(ModelFile model, AnalysisOptions options) {
        Objects.requireNonNull(model, "model is null");
        Objects.requireNonNull(options, "options is null");
        if (model.layer().isEmpty()) {
            return Validation.invalid(Vector.of(model.path() + ": a deep model, not a single layer: its analysis is"
                    + " its linear regions (deep.LinearRegions)"));
        }
        return analyse(model.layer().get(), model.inlineSlice(), options);
    }

    /**
     * Analyses a layer.
     *
     * @param layer the layer, any {@code h >= 2}, not null
     * @param options the slice, region and box, not null
     * @return the analysis, or every problem: a slice that does not fit the layer, a layer with
     *     {@code h > 2} and no slice
     * @throws NullPointerException if an argument is null
     */
    public static Validation<Seq<String>, LayerAnalysis> of(ReluLayer layer, AnalysisOptions options) {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(options, "options is null");
        return analyse(layer, Option.none(), options);
    }

    /**
     * Whether a layer needs a slice it does not have: {@code h != 2}, the model's own slice chosen, and
     * no inline slice.
     *
     * @param model the model read, not null
     * @param choice the slice chosen, not null
     * @return true when {@link #of(ModelFile, AnalysisOptions)} would refuse the layer for want of a slice
     * @throws NullPointerException if an argument is null
     */
    public static boolean needsSlice(ModelFile model, SliceChoice choice) {
        Objects.requireNonNull(model, "model is null");
        Objects.requireNonNull(choice, "choice is null");
        return model.layer().exists(l -> l.h() != 2) && choice.isModel() && model.inlineSlice().isEmpty();
    }

    private static Validation<Seq<String>, LayerAnalysis> analyse(ReluLayer layer,
            Option<Validation<Seq<String>, AffineSlice>> inline, AnalysisOptions options) {
        SliceChoice choice = options.slice();
        Option<Validation<Seq<String>, AffineSlice>> chosen = choice.features()
                .map(f -> SlicedLayer.featureSlice(layer, f._1, f._2))
                .orElse(() -> choice.file().map(SliceJson::read))
                .orElse(() -> inline);
        if (chosen.isEmpty() && layer.h() != 2) {
            return Validation.invalid(Vector.of("layer '" + layer.name() + "' has h = " + layer.h()
                    + " latent dimensions: choose a 2-D slice"));
        }
        Validation<Seq<String>, Option<SlicedLayer>> sliced = chosen.isEmpty()
                ? Validation.valid(Option.none())
                : chosen.get().flatMap(slice -> SlicedLayer.of(layer, slice)).map(Option::some);
        return sliced.flatMap(s -> {
            ReluLayer planar = s.map(SlicedLayer::planar).getOrElse(layer);
            return LatentPlane.of(planar).map(plane -> onPlane(planar, s, plane, options));
        });
    }

    private static LayerAnalysis onPlane(ReluLayer planar, Option<SlicedLayer> sliced, LatentPlane plane,
            AnalysisOptions options) {
        PlaneRegion choice = options.region().getOrElse(sliced.isDefined() ? PlaneRegion.BOX : PlaneRegion.OUTLINE);
        Outline outline = Outline.of(plane);
        Region region = choice == PlaneRegion.BOX ? Regions.box(options.box()) : outline.region();
        return new LayerAnalysis(planar, sliced, plane, choice, region, outline);
    }

    /**
     * The layer's name ({@code ReluLayer.name()} of the layer on its plane).
     *
     * @return the name
     */
    public String name() {
        return planar.name();
    }

    /**
     * The number of dims.
     *
     * @return {@code d}
     */
    public int d() {
        return planar.d();
    }

    /**
     * The layer on its plane ({@code h = 2}): the layer itself, or its slice's planar layer.
     *
     * @return the planar layer
     */
    public ReluLayer planar() {
        return planar;
    }

    /**
     * The slice taken, for a layer analysed on a slice.
     *
     * @return the sliced layer (which features lie on the slice), or none
     */
    public Option<SlicedLayer> sliced() {
        return sliced;
    }

    /**
     * Which region was analysed: the one chosen, else the box on a slice and the outline otherwise.
     *
     * @return the region's kind
     */
    public PlaneRegion regionChoice() {
        return regionChoice;
    }

    /**
     * The region analysed.
     *
     * @return the outline's region or the box
     */
    public Region region() {
        return region;
    }

    /**
     * The superposition of the dims on the region (active areas and parts computed on demand).
     *
     * @return the superposition
     */
    public Superposition superposition() {
        return superposition;
    }

    /**
     * The features exactly at the latent origin, left out of the outline.
     *
     * @return their indices, ascending
     */
    public Vector<Integer> zeroFeatures() {
        return outline.zeroFeatures();
    }

    /**
     * The size of the activation complex before it is built: a caller that must stay within a
     * memory budget compares {@link Estimate#bytes()} with it and decides.
     *
     * @return the estimate of cells and working memory (cheap: one pass over the boundary crossings)
     */
    public Estimate complexEstimate() {
        return ActivationComplex.estimate(region, plane.boundaries());
    }

    /**
     * The activation complex of the dims on the region, computed on each call (check
     * {@link #complexEstimate()} first when its size matters).
     *
     * @return the complex
     */
    public ActivationComplex complex() {
        return ActivationComplex.of(region, plane.boundaries());
    }

    @Override
    public String toString() {
        return "LayerAnalysis(" + name() + ", d = " + d() + ", " + regionChoice.word()
                + sliced.map(s -> ", on a slice").getOrElse("") + ")";
    }
}

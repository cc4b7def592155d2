/**
 * The analysis of one ReLU layer on its latent plane, as a service for the command line and the
 * figures: {@link org.segmentable.analysis.LayerAnalysis} takes a model read once
 * ({@link org.segmentable.io.ModelFile}) or a layer, and {@link org.segmentable.analysis.AnalysisOptions}
 * (which slice, which region, the box), and returns the values that {@code analyze} prints and the
 * figures draw: the layer on its plane (and its slice), the region, the superposition, the zero
 * features and, on demand, the activation complex. Inputs are values; problems come back as values
 * about the data, never as flags or file-system policy.
 *
 * <p>{@code LayerAnalysis.of(layer, AnalysisOptions.defaults()).get().superposition().activeAreas()} is
 * the exact area where each dim is active inside the layer's outline.
 */
package org.segmentable.analysis;

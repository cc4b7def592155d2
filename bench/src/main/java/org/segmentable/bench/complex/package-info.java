/**
 * Benchmarks of the activation complex: d random float32 lines across {@code [-3, 3]²} (the CGAL
 * peer's recipe), building the complex, the full analysis with exact areas, and a JTS
 * noding-plus-polygonizing baseline; {@code bench/run-complex.sh} runs them beside the CGAL peer.
 */
package org.segmentable.bench.complex;

/**
 * Exact predicates: functions that return the exact sign of a polynomial in exact inputs. They
 * construct nothing (the constructions live in {@code constructions}). This package is the
 * kernel's one predicate layer: every double filter of the kernel takes its bound from here.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>{@link org.segmentable.predicates.Orientation}: the sign of {@code (b - a) × (c - a)} for
 *   three points (1 counter-clockwise, -1 clockwise, 0 collinear).</li>
 *   <li>{@link org.segmentable.predicates.Side}: the sign of {@code a·x + b·y + c} for a point
 *   against a line with rational or double coefficients, and a block of vertices against one line
 *   (the hot loop of {@code ops}' area splits).</li>
 *   <li>{@link org.segmentable.predicates.Order}: the sign of {@code d·(p - q)}, the order of two
 *   points along a direction.</li>
 *   <li>{@link org.segmentable.predicates.IntegerLines}: the 2×2 and 3×3 determinants of lines with
 *   integer coefficients (parallelism, the side of a line at the crossing of two others, the order
 *   of crossings along a line: the tests of the activation complex's arrangement).</li>
 *   <li>{@link org.segmentable.predicates.Approximations}: doubles with a proven error radius and
 *   the radius arithmetic of long sums (the {@code deep} engine's rows).</li>
 * </ul>
 * Every double input denotes the exact rational it holds; every answer is the exact sign of the
 * exact inputs, for any finite doubles and any rationals, however large or small. There is no
 * tie-break (no symbolic perturbation): zero means exactly degenerate, and a caller that needs a
 * perturbation decides zeros itself. The exact signs obey the laws stated on each class
 * ({@code index(b, c, a) == index(a, b, c)}, {@code index(b, a, c) == -index(a, b, c)}, invariance
 * under translation and positive scaling), so the filtered results obey them too.
 *
 * <h2>Algorithm</h2>
 * Each predicate runs named stages, in the manner of s2's {@code S2Predicates}:
 * <ol>
 *   <li><b>Triage</b>: the polynomial evaluated in doubles and compared with an error bound
 *   derived from the floating-point model; it returns the sign when the bound separates the value
 *   from zero, else {@link org.segmentable.predicates.Rounding#UNCERTAIN}. A few nanoseconds,
 *   allocation-free, and it decides almost every call.</li>
 *   <li><b>Exact</b>: for double inputs, Shewchuk's error-free transformations ({@code TwoSum},
 *   {@code fma}) and expansion sums, then {@code BigDecimal}; for rational inputs exact
 *   {@code Rational} arithmetic; for integer lines {@code BigInteger} determinants. Engines that
 *   keep their own exact data ({@code ops.ScaledRing}'s integer vertices, {@code complex.LineTable}'s
 *   integer lines, the deep rows) call the triage and run their exact stage only on
 *   {@code UNCERTAIN}.</li>
 * </ol>
 *
 * <h2>Bounds</h2>
 * The model, its constants and its range checks are in
 * {@link org.segmentable.predicates.Rounding}: {@code u = 2^-53},
 * {@code γ_n = n·u/(1 - n·u)}; the triage answers only when its magnitude sum lies in
 * {@code [2^-900, 2^1000]}, and a rational enters a filter only when its nearest double lies in
 * {@code [2^-1000, 2^500]} or both are zero, so neither overflow nor underflow can turn a
 * filtered sign wrong: a nonzero rational whose double underflows to zero ({@code 10^-400}) or
 * overflows ({@code 10^400}) always reaches the exact stage. The factors: {@code 4u} for the
 * orientation and the affine sign of doubles, {@code 8u} for rational inputs (all in
 * {@code Rounding}), {@code 16u} for a block of vertices ({@link org.segmentable.predicates.Side#blockBound}),
 * {@code 2^-49} and {@code 2^-48} for the integer-line determinants (derived in
 * {@code IntegerLines}), and the radius arithmetic {@code K(m) = (m + 6)·2^-52} of
 * {@code Approximations}.
 */
package org.segmentable.predicates;

/**
 * Immutable exact values of the plane: points, segments, half-planes (affine functions read as
 * {@code z > 0}), rings, polygons with holes and regions.
 *
 * <p><b>The error rule</b> (the whole kernel follows it):
 * <ul>
 *   <li>Values are final classes with private constructors; a value that exists is valid.</li>
 *   <li>A factory {@code of} whose input can be wrong returns a {@code Validation<Seq<String>, T>}
 *   (or an {@code Either}) that lists every problem found, in words about the data:
 *   {@code Polygon.of(shell, holes)} may answer {@code "hole 0 crosses the shell at (1/2, 0)"},
 *   {@code Region.of(pieces)} {@code "pieces 0 and 1 share the edge (1, 0)–(1, 1)"}. Where the
 *   meaning is clear the factory normalises instead of refusing: a clockwise shell is turned
 *   counter-clockwise, a counter-clockwise hole clockwise.</li>
 *   <li>A factory whose input cannot be wrong returns the value itself ({@code Point2.of},
 *   {@code HalfPlane.of}, {@code Segment2.of}, {@code Ring.of}, {@code Region.of(Polygon)}).</li>
 *   <li>Validation runs once, in the factory.</li>
 *   <li>Programmer errors throw and name the argument: a null ({@code "shell is null"}), an index
 *   out of range.</li>
 * </ul>
 *
 * <p><b>Invariants.</b> A {@link org.segmentable.geometry.Ring} is a closed path and may cross
 * itself (an outline does; {@code ops.Regions.fromRing} resolves one by the non-zero winding rule).
 * A {@link org.segmentable.geometry.Polygon} has a simple counter-clockwise shell and simple
 * clockwise holes inside it with disjoint interiors; rings touch only at isolated points and never
 * in a cycle that disconnects the interior. A {@link org.segmentable.geometry.Region} has valid
 * pieces with disjoint interiors that meet only at isolated points. These are the validity rules of
 * JTS ({@code IsValidOp}) for polygons and multipolygons. The checks are exact (orientations from
 * {@code predicates}, exact intersection points) and cost {@code O(n²)} for {@code n} edges: meant
 * for user input. Kernel operations whose results are valid by construction use the unchecked
 * path in {@code org.segmentable.geometry.internal}, which is not API and not exported.
 *
 * <p>Values only otherwise: the signs that decide geometry live in {@code predicates}, the exact
 * intersections in {@code constructions}, the operations (split, winding resolution) in {@code ops}.
 */
package org.segmentable.geometry;

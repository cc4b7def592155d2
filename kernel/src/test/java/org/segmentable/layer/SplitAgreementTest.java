package org.segmentable.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentable.geometry.HalfPlane;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Region;
import org.segmentable.geometry.Ring;
import org.segmentable.io.JsonModels;
import org.segmentable.linalg.AffineSlice;
import org.segmentable.numbers.Rational;
import org.segmentable.ops.Split;
import org.segmentable.predicates.Orientation;

/**
 * Splitting in {@code R^d} by {@code x_i = 0} ({@link PlanarPolygon#split}, on the {@code R^d}
 * coordinates) and splitting the projected polygon by the corresponding 2-D half-plane
 * ({@code ops.Split}, an independent implementation) agree exactly: the same pieces (as point sets:
 * compared after dropping collinear vertices and rotating to a canonical start) and the same parts
 * on the line.
 */
class SplitAgreementTest {

    /** A ring's canonical form: no repeated or collinear vertices, counter-clockwise, smallest vertex first. */
    static Vector<Point2> canonical(Vector<Point2> ring) {
        Vector<Point2> r = ring;
        boolean changed = true;
        while (changed && r.size() >= 3) {
            changed = false;
            for (int k = 0; k < r.size(); k++) {
                Point2 prev = r.get((k + r.size() - 1) % r.size());
                Point2 next = r.get((k + 1) % r.size());
                if (r.get(k).equals(next) || Orientation.index(prev, r.get(k), next) == 0) {
                    r = r.removeAt(k);
                    changed = true;
                    break;
                }
            }
        }
        if (Ring.of(r).signedArea().signum() < 0) {
            r = r.reverse();
        }
        Point2 min = r.min().get();
        int at = r.indexOf(min);
        return r.drop(at).appendAll(r.take(at));
    }

    static Set<Vector<Point2>> canonical2d(Region region) {
        region.pieces().forEach(p -> assertTrue(p.holes().isEmpty(), "a piece of a simple polygon's split has a hole"));
        return HashSet.ofAll(region.pieces().map(p -> canonical(p.shell().vertices())));
    }

    static Set<Vector<Point2>> canonicalRd(Vector<PlanarPolygon> pieces, AffineSlice frame) {
        return HashSet.ofAll(pieces.map(p -> canonical(p.project(frame).get().shell().vertices())));
    }

    /** Unordered segment ends in frame coordinates. */
    static Set<Set<Point2>> segmentsRd(Vector<PlanarSegment> segments, AffineSlice frame) {
        return HashSet.ofAll(segments.map(s -> HashSet.of(frame.project(s.start()).get(), frame.project(s.end()).get())));
    }

    static Set<Set<Point2>> segments2d(Split split) {
        return HashSet.ofAll(split.onBoundary().map(s -> HashSet.of(s.start(), s.end())));
    }

    static void assertAgree(PlanarPolygon polygon, AffineSlice frame, int i, String what) {
        PlanarSplit inRd = polygon.split(i);
        Polygon flat = polygon.project(frame).get();
        HalfPlane h = frame.halfPlane(i);
        Split in2d = Split.of(Region.of(flat), h);
        assertEquals(canonical2d(in2d.positive()), canonicalRd(inRd.positive(), frame), what + ": positive pieces");
        assertEquals(canonical2d(in2d.negative()), canonicalRd(inRd.negative(), frame), what + ": negative pieces");
        assertEquals(segments2d(in2d), segmentsRd(inRd.onHyperplane(), frame), what + ": parts on the line");
        Rational positiveArea = inRd.positive().map(p -> p.project(frame).get().area()).fold(Rational.ZERO, Rational::add);
        assertEquals(in2d.positive().area(), positiveArea, what + ": positive area");
    }

    static Stream<Path> polygonFixtures() {
        return Fixtures.named("polygon-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("polygonFixtures")
    void testSplit_polygonFixturesAgreeWithProjectedSplit(Path file) {
        JsonNode json = Fixtures.json(file);
        var polygon = PlanarPolygon.of(Fixtures.matrix(json.get("plane_vertices")));
        if (polygon.isInvalid()) {
            return; // the rank-3 fixture: no plane to project
        }
        int dim = json.get("split_dim").asInt();
        AffineSlice frame = polygon.get().slice();
        if (polygon.get().split(dim).liesInHyperplane()) {
            assertTrue(frame.halfPlane(dim).isConstant() && frame.halfPlane(dim).c().isZero());
            return;
        }
        for (int i = 0; i < polygon.get().dimension(); i++) {
            if (!polygon.get().split(i).liesInHyperplane()) {
                assertAgree(polygon.get(), frame, i, file.getFileName() + " x_" + i);
            }
        }
    }

    static Stream<Path> seedFixtures() {
        return Fixtures.named("seed-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFixtures")
    void testSplit_seedOutlinePiecesInRdAgreeWithLatentSplit(Path file) {
        ReluLayer layer = JsonModels.read(file).get();
        LatentPlane plane = LatentPlane.of(layer).get();
        AffineSlice seed = LatentPlane.seedSlice(layer).get();
        Region region = Outline.of(plane).region();
        int compared = 0;
        for (Polygon piece : region.pieces().filter(p -> p.holes().isEmpty())) {
            PlanarPolygon lifted = PlanarPolygon.of(piece.shell().vertices().map(plane::lift)).get();
            for (int i = 0; i < layer.d(); i++) {
                assertEquals(layer.boundary(i), seed.halfPlane(i));
                assertAgree(lifted, seed, i, file.getFileName() + " dim " + i);
                compared++;
            }
        }
        assertTrue(compared > 0);
    }

    @Test
    void testSplit_randomPolygonsInR5AgreeWithProjectedSplit() {
        Random random = new Random(5);
        int[][] dirs = {{1, 0}, {2, 1}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
        for (int trial = 0; trial < 60; trial++) {
            Vector<Point2> star = Vector.empty();
            for (int[] dir : dirs) {
                int r = 1 + random.nextInt(3);
                star = star.append(Point2.of((long) dir[0] * r, (long) dir[1] * r));
            }
            Vector<Rational> origin = Vector.fill(5, () -> Rational.of(random.nextInt(5) - 2, 1 + random.nextInt(3)));
            Vector<Rational> u = Vector.fill(5, () -> Rational.of(random.nextInt(5) - 2));
            Vector<Rational> v = Vector.fill(5, () -> Rational.of(random.nextInt(5) - 2));
            var frame = AffineSlice.of(origin, u, v);
            if (frame.isInvalid()) {
                continue;
            }
            PlanarPolygon polygon = PlanarPolygon.of(star.map(frame.get()::point)).get();
            for (int i = 0; i < 5; i++) {
                if (!polygon.split(i).liesInHyperplane()) {
                    assertAgree(polygon, frame.get(), i, "trial " + trial + " x_" + i);
                }
            }
        }
    }
}

package org.segmentable.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The checks of {@link Polygon#of} and {@link Region#of} against JTS's {@code IsValidOp} on random
 * rings of small integer coordinates, where JTS's predicates are exact. Rings with a vertex repeated
 * at once are left out: JTS drops such repeats, the kernel reports them.
 */
class JtsAgreementTest {

    private static final GeometryFactory F = new GeometryFactory();

    private static Ring randomRing(Random rnd, int grid) {
        int n = 3 + rnd.nextInt(5);
        Vector<Point2> ps = Vector.empty();
        for (int i = 0; i < n; i++) {
            ps = ps.append(Point2.of(rnd.nextInt(grid), rnd.nextInt(grid)));
        }
        return Ring.of(ps);
    }

    private static boolean repeatsAtOnce(Ring r) {
        for (int i = 0; i < r.size(); i++) {
            if (r.vertex(i).equals(r.vertex(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static LinearRing jts(Ring r) {
        Coordinate[] cs = new Coordinate[r.size() + 1];
        for (int i = 0; i <= r.size(); i++) {
            cs[i] = new Coordinate(r.vertex(i).x().doubleValue(), r.vertex(i).y().doubleValue());
        }
        return F.createLinearRing(cs);
    }

    private static org.locationtech.jts.geom.Polygon jts(Ring shell, Vector<Ring> holes) {
        return F.createPolygon(jts(shell), holes.map(JtsAgreementTest::jts).toJavaArray(LinearRing[]::new));
    }

    @Test
    void testOf_singleRingsAgreeWithJts() {
        Random rnd = new Random(13);
        int valid = 0;
        for (int k = 0; k < 3000; k++) {
            Ring r = randomRing(rnd, 4);
            if (repeatsAtOnce(r)) {
                continue;
            }
            boolean ours = Polygon.of(r).isValid();
            assertEquals(IsValidOp.isValid(jts(r, Vector.empty())), ours, r::toString);
            valid += ours ? 1 : 0;
        }
        assertTrue(valid > 100, "too few valid cases: " + valid);
    }

    @Test
    void testOf_shellsWithHolesAgreeWithJts() {
        Random rnd = new Random(14);
        Ring shell = PolygonTest.ring(0, 0, 6, 0, 6, 3, 3, 3, 3, 6, 0, 6);
        int valid = 0;
        int invalid = 0;
        for (int k = 0; k < 3000; k++) {
            Vector<Ring> holes = Vector.of(randomRing(rnd, 7), randomRing(rnd, 7)).take(1 + rnd.nextInt(2));
            if (holes.exists(JtsAgreementTest::repeatsAtOnce) || holes.exists(h -> Polygon.of(h).isInvalid())) {
                continue;
            }
            boolean ours = Polygon.of(shell, holes).isValid();
            assertEquals(IsValidOp.isValid(jts(shell, holes)), ours, holes::toString);
            valid += ours ? 1 : 0;
            invalid += ours ? 0 : 1;
        }
        assertTrue(valid > 20 && invalid > 50, "too few cases: " + valid + " valid, " + invalid + " invalid");
    }

    @Test
    void testOf_regionsAgreeWithJts() {
        Random rnd = new Random(15);
        int valid = 0;
        int invalid = 0;
        for (int k = 0; k < 3000; k++) {
            Vector<Polygon> pieces = Vector.fill(2 + rnd.nextInt(2), () -> Polygon.of(randomRing(rnd, 5)))
                    .filter(v -> v.isValid()).map(v -> v.get());
            if (pieces.size() < 2) {
                continue;
            }
            boolean ours = Region.of(pieces).isValid();
            var multi = F.createMultiPolygon(pieces.map(p -> jts(p.shell(), p.holes()))
                    .toJavaArray(org.locationtech.jts.geom.Polygon[]::new));
            assertEquals(IsValidOp.isValid(multi), ours, pieces::toString);
            valid += ours ? 1 : 0;
            invalid += ours ? 0 : 1;
        }
        assertTrue(valid > 50 && invalid > 50, "too few cases: " + valid + " valid, " + invalid + " invalid");
    }
}

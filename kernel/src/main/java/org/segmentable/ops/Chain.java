package org.segmentable.ops;

import java.util.ArrayList;
import java.util.List;
import org.segmentable.geometry.Point2;
import org.segmentable.numbers.Rational;

/**
 * A chain of a split: a maximal run of a ring's edges lying on one side of the line, from a point
 * of the line ({@code start}) through the ring's vertices {@code first..last} (cyclically, all
 * strictly on that side) back to a point of the line ({@code end}).
 */
final class Chain {

    final PreparedRing ring;
    final int first;
    final int last;
    final Point2 start;
    final Point2 end;
    int startJunction;
    int endJunction;

    Chain(PreparedRing ring, int first, int last, Point2 start, Point2 end) {
        this.ring = ring;
        this.first = first;
        this.last = last;
        this.start = start;
        this.end = end;
    }

    /** The vertex after {@code start}: it gives the chain's direction at its start. */
    Point2 firstVertex() {
        return ring.v[first];
    }

    /** The vertex before {@code end}: it gives the reversed direction at its end. */
    Point2 lastVertex() {
        return ring.v[last];
    }

    /** Twice the signed area swept by the chain's edges (shoelace terms about the origin). */
    Rational twiceArea() {
        return start.cross(firstVertex()).add(ring.twiceAreaOfRun(first, last)).add(lastVertex().cross(end));
    }

    /** Appends the chain's points except {@code end}. */
    void appendTo(List<Point2> walk) {
        walk.add(start);
        int m = ring.size();
        int i = first;
        while (true) {
            walk.add(ring.v[i]);
            if (i == last) {
                break;
            }
            i = (i + 1) % m;
        }
    }

    /** The chain's points, {@code start} to {@code end}. */
    List<Point2> points() {
        List<Point2> out = new ArrayList<>();
        appendTo(out);
        out.add(end);
        return out;
    }
}

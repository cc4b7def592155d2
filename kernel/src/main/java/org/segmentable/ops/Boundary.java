package org.segmentable.ops;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.segmentable.geometry.Segment2;

/** Merges closed intervals and points of one line into maximal segments and isolated points. */
final class Boundary {

    private Boundary() {
    }

    /**
     * The union of the intervals and points, ordered along the line.
     *
     * @param intervals closed intervals given by their two ends (in any order)
     * @param points single points
     * @return maximal segments (start before end along the line) and isolated points as degenerate segments
     */
    static Vector<Segment2> merge(List<SidePart.OnLine[]> intervals, List<SidePart.OnLine> points) {
        List<SidePart.OnLine[]> all = new ArrayList<>();
        for (SidePart.OnLine[] iv : intervals) {
            boolean ordered = iv[0].t().compareTo(iv[1].t()) <= 0;
            all.add(ordered ? iv : new SidePart.OnLine[] {iv[1], iv[0]});
        }
        for (SidePart.OnLine p : points) {
            all.add(new SidePart.OnLine[] {p, p});
        }
        all.sort(Comparator.comparing((SidePart.OnLine[] iv) -> iv[0].t()));
        List<Segment2> out = new ArrayList<>();
        SidePart.OnLine[] cur = null;
        for (SidePart.OnLine[] iv : all) {
            if (cur != null && iv[0].t().compareTo(cur[1].t()) <= 0) {
                if (iv[1].t().compareTo(cur[1].t()) > 0) {
                    cur = new SidePart.OnLine[] {cur[0], iv[1]};
                }
            } else {
                if (cur != null) {
                    out.add(Segment2.of(cur[0].p(), cur[1].p()));
                }
                cur = iv;
            }
        }
        if (cur != null) {
            out.add(Segment2.of(cur[0].p(), cur[1].p()));
        }
        return Vector.ofAll(out);
    }
}

package org.segmentable.properties.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.segmentable.geometry.Point2;
import org.segmentable.geometry.Polygon;
import org.segmentable.geometry.Ring;
import org.segmentable.properties.gen.Exact;

/**
 * The Euler characteristic of a union of closed polygons with disjoint interiors, computed from
 * the planar graph of their boundaries: {@code V - E + Σ (2 - b)}, where {@code V} and {@code E}
 * count the vertices and edges of the boundary graph once every edge is split at every ring vertex
 * lying on it, and a face bounded by {@code b} connected boundary components (rings touching at a
 * point count as one) contributes {@code 2 - b} (an open disk 1, an open annulus 0). The compactly
 * supported Euler characteristic is additive, so for a correct subdivision the cells give the
 * same number as the region they tile.
 *
 * <p>{@code Euler.characteristic(List.of(square))} is {@code 1}; a square with a hole gives {@code 0}.
 */
public final class Euler {

    private Euler() {
    }

    /** {@code V - E + Σ (2 - b)} of the faces' boundary graph. */
    public static int characteristic(List<Polygon> faces) {
        List<Point2[]> segments = new ArrayList<>();
        Set<Point2> points = new HashSet<>();
        int faceTerm = 0;
        for (Polygon f : faces) {
            List<Ring> rings = new ArrayList<>();
            rings.add(f.shell());
            f.holes().forEach(rings::add);
            for (Ring r : rings) {
                for (int i = 0; i < r.size(); i++) {
                    points.add(r.vertex(i));
                    if (!r.vertex(i).equals(r.vertex(i + 1))) {
                        segments.add(new Point2[] {r.vertex(i), r.vertex(i + 1)});
                    }
                }
            }
            faceTerm += 2 - boundaryComponents(rings);
        }
        java.util.TreeSet<Point2> byX = new java.util.TreeSet<>(points); // lexicographic: x, then y
        Set<List<Point2>> edges = new HashSet<>();
        for (Point2[] s : segments) {
            List<Point2> on = new ArrayList<>();
            on.add(s[0]);
            on.add(s[1]);
            Point2 lo = s[0].compareTo(s[1]) < 0 ? s[0] : s[1];
            Point2 hi = s[0].compareTo(s[1]) < 0 ? s[1] : s[0];
            for (Point2 p : byX.subSet(lo, false, hi, false)) {
                if (!p.equals(s[0]) && !p.equals(s[1]) && Exact.orient(s[0], s[1], p) == 0
                        && Exact.onSegment(s[0], s[1], p)) {
                    on.add(p);
                }
            }
            on.sort(null); // lexicographic order is the order along any segment
            for (int k = 0; k + 1 < on.size(); k++) {
                edges.add(List.of(on.get(k), on.get(k + 1)));
            }
        }
        return points.size() - edges.size() + faceTerm;
    }

    /** Connected components of the union of rings (rings sharing a point are one component). */
    private static int boundaryComponents(List<Ring> rings) {
        int n = rings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(rings.get(i), rings.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Set<Integer> roots = new HashSet<>();
        for (int i = 0; i < n; i++) {
            roots.add(find(parent, i));
        }
        return roots.size();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static boolean touch(Ring a, Ring b) {
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                if (Exact.intersects(a.vertex(i), a.vertex(i + 1), b.vertex(j), b.vertex(j + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.segmentable.deep;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.segmentable.geometry.Ring;

/**
 * A whole refinement, possibly on several threads, with a result that does not depend on them.
 * Internal.
 *
 * <p>One job ({@link Refiner}) splits the region by the first hidden layer and orders the pieces
 * along a Hilbert curve. The pieces are then cut into groups of consecutive pieces, the group size
 * a function of the piece count only ({@link #groupSize}); each group is refined by its own job
 * with its own vertices, lines and crossing cache, seeded with copies of its pieces' vertices and
 * lines, so a group's result depends on nothing but the group. Groups run on {@code threads}
 * threads in any order; the results are then merged in group order, on one thread: cells,
 * patterns, maps and signs are appended, and each vertex a group built is replayed from its recipe
 * (edge end vertices and neuron, mapped to merged ids): when that crossing exists already (built by
 * the first layer or by an earlier group beside the same edge) the group's copy is dropped for it,
 * else the vertex is added. The merged vertices, like the cells, are therefore the same for any
 * number of threads. A vertex on the edge between two groups is built in both (the only work
 * threads add).
 */
final class Refinement {

    final ScaledNetwork net;
    final VertexStore vertices;
    final int words;
    final int[] wordOffset;
    final int[][] cells;
    final long[] patterns;
    final byte[] outputSigns;
    final BigInteger[][] maps;
    /** Level-set segments as pairs of vertex ids. */
    final List<int[]> segments;
    final long[] depthCounts;
    final long exactSigns;

    private Refinement(ScaledNetwork net, VertexStore vertices, Refiner first, List<Refiner> groups) {
        this.net = net;
        this.vertices = vertices;
        this.words = first.words;
        this.wordOffset = first.wordOffset;
        List<Refiner> all = new ArrayList<>(groups);
        if (all.isEmpty()) {
            all.add(first);
        }
        int n = 0;
        for (Refiner r : all) {
            n += r.cells.size();
        }
        cells = new int[n][];
        patterns = new long[n * words];
        outputSigns = new byte[n];
        maps = new BigInteger[n][];
        segments = new ArrayList<>();
        depthCounts = first.depthCounts.clone();
        long exact = first.exactSigns();
        HashSet<Long> edges = new HashSet<>();
        int at = 0;
        for (Refiner r : all) {
            int[] map = r == first ? null : merge(first.splitter, r);
            for (int i = 0; i < r.cells.size(); i++) {
                cells[at + i] = remap(r.cells.get(i), map);
            }
            System.arraycopy(r.patterns, 0, patterns, at * words, r.cells.size() * words);
            System.arraycopy(r.outputSigns, 0, outputSigns, at, r.cells.size());
            for (int i = 0; i < r.maps.size(); i++) {
                maps[at + i] = r.maps.get(i);
            }
            for (int[] s : r.segments) {
                int a = map == null ? s[0] : map[s[0]];
                int b = map == null ? s[1] : map[s[1]];
                if (s[2] == 0 || edges.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) {
                    segments.add(new int[] {a, b});
                }
            }
            if (r != first) {
                for (int k = 0; k < depthCounts.length; k++) {
                    depthCounts[k] += r.depthCounts[k];
                }
                exact += r.exactSigns();
            }
            at += r.cells.size();
        }
        this.exactSigns = exact;
    }

    /**
     * Refines the convex polygon {@code ring} (counter-clockwise).
     *
     * @param net the network
     * @param ring the region
     * @param levelOutput the output whose zero set to trace, or -1
     * @param exactMaps whether to build every cell's exact affine map
     * @param threads the number of threads, at least 1
     * @return the refinement
     */
    static Refinement run(ScaledNetwork net, Ring ring, int levelOutput, boolean exactMaps, int threads) {
        VertexStore vertices = new VertexStore();
        LineStore lines = new LineStore();
        int n = ring.size();
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = vertices.add(ring.vertex(i));
        }
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            e[i] = lines.through(vertices, v[i], v[(i + 1) % n]);
        }
        Refiner first = new Refiner(net, vertices, lines, levelOutput, exactMaps);
        Cell root = first.root();
        if (first.hidden == 0) {
            first.refine(root, v, e, new long[first.words]);
            return new Refinement(net, vertices, first, List.of());
        }
        first.depthCounts[0]++;
        List<Piece> pieces = first.pieces(root, v, e);
        int size = groupSize(pieces.size());
        int groups = (pieces.size() + size - 1) / size;
        Refiner[] done = new Refiner[groups];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int g = next.getAndIncrement(); g < groups && failure.get() == null; g = next.getAndIncrement()) {
                try {
                    done[g] = group(net, vertices, lines, pieces.subList(g * size, Math.min(pieces.size(),
                            (g + 1) * size)), levelOutput, exactMaps);
                } catch (RuntimeException | Error t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, groups); t++) {
            Thread h = new Thread(worker, "segmentable-deep-" + t);
            h.setDaemon(true);
            h.start();
            helpers.add(h);
        }
        worker.run();
        for (Thread h : helpers) {
            try {
                h.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while refining", ex);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        return new Refinement(net, vertices, first, List.of(done));
    }

    /**
     * The number of consecutive first-layer pieces per group: {@code ⌊pieces / 64⌋} clamped to
     * {@code [1, 64]}, so there are enough groups to share among threads and few group edges.
     */
    static int groupSize(int pieces) {
        return Math.max(1, Math.min(64, pieces / 64));
    }

    /** Refines one group of first-layer pieces with its own stores, seeded with its pieces' vertices and lines. */
    private static Refiner group(ScaledNetwork net, VertexStore globalVertices, LineStore globalLines,
            List<Piece> pieces, int levelOutput, boolean exactMaps) {
        VertexStore vertices = new VertexStore();
        LineStore lines = new LineStore();
        Map<Integer, Integer> vertexIds = new HashMap<>();
        Map<Integer, Integer> lineIds = new HashMap<>();
        List<Integer> seeds = new ArrayList<>();
        List<Piece> local = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            int[] lv = new int[p.v.length];
            int[] le = new int[p.e.length];
            for (int q = 0; q < p.v.length; q++) {
                Integer id = vertexIds.get(p.v[q]);
                if (id == null) {
                    id = vertices.copy(globalVertices, p.v[q]);
                    vertexIds.put(p.v[q], id);
                    seeds.add(p.v[q]);
                }
                lv[q] = id;
                Integer line = lineIds.get(p.e[q]);
                if (line == null) {
                    line = lines.copy(globalLines, p.e[q]);
                    lineIds.put(p.e[q], line);
                }
                le[q] = line;
            }
            local.add(new Piece(lv, le, p.bits));
        }
        Refiner job = new Refiner(net, vertices, lines, levelOutput, exactMaps);
        job.seedIds = seeds.stream().mapToInt(Integer::intValue).toArray();
        job.refineChildren(job.root(), local, new long[job.words]);
        return job;
    }

    /**
     * Merges the vertices of a group job into the first job's store: returns the merged id of each
     * of the group's vertex ids.
     */
    private static int[] merge(Splitter into, Refiner job) {
        Splitter from = job.splitter;
        int size = from.vertices.size();
        int[] map = new int[size];
        int[] seeds = job.seedIds;
        for (int l = 0; l < from.seeds; l++) {
            map[l] = seeds[l];
        }
        for (int l = from.seeds; l < size; l++) {
            int r = 3 * (l - from.seeds);
            int a = map[from.recipes[r]];
            int b = map[from.recipes[r + 1]];
            int g = from.recipes[r + 2];
            map[l] = into.adopt(from.vertices, l, a, b, g);
        }
        return map;
    }

    private static int[] remap(int[] ids, int[] map) {
        if (map == null) {
            return ids;
        }
        int[] out = new int[ids.length];
        for (int q = 0; q < ids.length; q++) {
            out[q] = map[ids[q]];
        }
        return out;
    }
}

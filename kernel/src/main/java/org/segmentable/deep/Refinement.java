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
 * lines (read from the first job's stores, which no one writes meanwhile), so a group's result
 * depends on nothing but the group. Groups run on {@code threads} threads in any order; their
 * results are merged strictly in group order (by whichever thread completes the next one, under a
 * lock): cells, patterns, maps and signs are appended, and each vertex a group built is replayed
 * from its recipe (edge end vertices and neuron, mapped to merged ids): when that crossing exists
 * already (built by an earlier group beside the same edge) the group's copy is dropped for it, else
 * it is added. The merged vertices, like the cells, are therefore the same for any number of
 * threads. A vertex on the edge between two groups is built in both (the only work threads add).
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

    private Refinement(ScaledNetwork net, Merger m) {
        this.net = net;
        this.vertices = m.vertices;
        this.words = m.words;
        this.wordOffset = m.wordOffset;
        this.cells = m.cells.toArray(new int[0][]);
        this.patterns = java.util.Arrays.copyOf(m.patterns, cells.length * words);
        this.outputSigns = java.util.Arrays.copyOf(m.signs, cells.length);
        this.maps = m.maps.toArray(new BigInteger[0][]);
        this.segments = m.segments;
        this.depthCounts = m.depthCounts;
        this.exactSigns = m.exactSigns;
    }

    /** What the merge needs of a finished job (the job's lines, cache and cells are left behind). */
    private static final class Result {
        final List<int[]> cells;
        final long[] patterns;
        final byte[] signs;
        final List<BigInteger[]> maps;
        final List<int[]> segments;
        final long[] depthCounts;
        final long exactSigns;
        final VertexStore vertices;
        final int seeds;
        final int[] seedIds;
        final int[] recipes;

        Result(Refiner job, int[] seedIds) {
            cells = job.cells;
            patterns = job.patterns;
            signs = job.outputSigns;
            maps = job.maps;
            segments = job.segments;
            depthCounts = job.depthCounts;
            exactSigns = job.exactSigns();
            vertices = job.splitter.vertices;
            seeds = job.splitter.seeds;
            recipes = job.splitter.recipes;
            this.seedIds = seedIds;
        }
    }

    /** The merged result so far; {@link #add} takes the groups in order. */
    private static final class Merger {
        final VertexStore vertices;
        final int words;
        final int[] wordOffset;
        final List<int[]> cells = new ArrayList<>();
        long[] patterns = new long[0];
        byte[] signs = new byte[0];
        final List<BigInteger[]> maps = new ArrayList<>();
        final List<int[]> segments = new ArrayList<>();
        final long[] depthCounts;
        long exactSigns;
        private final EdgeCache crossings = new EdgeCache();
        private final HashSet<Long> edges = new HashSet<>();

        Merger(VertexStore vertices, Refiner first) {
            this.vertices = vertices;
            this.words = first.words;
            this.wordOffset = first.wordOffset;
            this.depthCounts = first.depthCounts.clone();
            this.exactSigns = first.exactSigns();
        }

        void add(Result r, boolean own) {
            int[] map = own ? null : vertexIds(r);
            int n = cells.size();
            int m = r.cells.size();
            for (int[] cell : r.cells) {
                if (map != null) {
                    for (int q = 0; q < cell.length; q++) {
                        cell[q] = map[cell[q]];
                    }
                }
                cells.add(cell);
            }
            if ((n + m) * words > patterns.length) {
                patterns = java.util.Arrays.copyOf(patterns, Math.max(2 * patterns.length, (n + m) * words));
            }
            if (n + m > signs.length) {
                signs = java.util.Arrays.copyOf(signs, Math.max(2 * signs.length, n + m));
            }
            System.arraycopy(r.patterns, 0, patterns, n * words, m * words);
            System.arraycopy(r.signs, 0, signs, n, m);
            maps.addAll(r.maps);
            for (int[] s : r.segments) {
                int a = map == null ? s[0] : map[s[0]];
                int b = map == null ? s[1] : map[s[1]];
                if (s[2] == 0 || edges.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) {
                    segments.add(new int[] {a, b});
                }
            }
            if (!own) {
                for (int k = 0; k < depthCounts.length; k++) {
                    depthCounts[k] += r.depthCounts[k];
                }
                exactSigns += r.exactSigns;
            }
        }

        /** The merged id of each of a group's vertex ids: seeds by their ids, built ones by their recipes. */
        private int[] vertexIds(Result r) {
            int size = r.vertices.size();
            int[] map = new int[size];
            System.arraycopy(r.seedIds, 0, map, 0, r.seeds);
            for (int l = r.seeds; l < size; l++) {
                int q = 3 * (l - r.seeds);
                int a = map[r.recipes[q]];
                int b = map[r.recipes[q + 1]];
                int g = r.recipes[q + 2];
                int id = crossings.get(a, b, g);
                if (id < 0) {
                    id = vertices.copy(r.vertices, l);
                    crossings.put(a, b, g, id);
                }
                map[l] = id;
            }
            return map;
        }
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
        LayerCell root = first.root();
        if (first.hidden == 0) {
            first.refine(root, v, e, new long[first.words]);
            Merger m = new Merger(vertices, first);
            m.add(new Result(first, new int[0]), true);
            return new Refinement(net, m);
        }
        first.depthCounts[0]++;
        List<Piece> pieces = first.pieces(root, v, e);
        int size = groupSize(pieces.size());
        int groups = (pieces.size() + size - 1) / size;
        // the first job's stores stay as they are (groups read their seeds there); merging writes a copy
        Merger merger = new Merger(vertices.copyAll(), first);
        Result[] done = new Result[groups];
        int[] merged = {0};
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int g = next.getAndIncrement(); g < groups && failure.get() == null; g = next.getAndIncrement()) {
                try {
                    Result r = group(net, vertices, lines, pieces.subList(g * size, Math.min(pieces.size(),
                            (g + 1) * size)), levelOutput, exactMaps);
                    synchronized (merger) {
                        done[g] = r;
                        while (merged[0] < groups && done[merged[0]] != null) {
                            merger.add(done[merged[0]], false);
                            done[merged[0]++] = null;
                        }
                    }
                } catch (RuntimeException | Error t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        runOnThreads(worker, Math.min(threads, groups) - 1);
        Throwable t = failure.get();
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        synchronized (merger) {
            return new Refinement(net, merger);
        }
    }

    /** Runs {@code worker} on the calling thread and on {@code helpers} daemon threads, and waits for all. */
    private static void runOnThreads(Runnable worker, int helpers) {
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t <= helpers; t++) {
            Thread h = new Thread(worker, "segmentable-deep-" + t);
            h.setDaemon(true);
            h.start();
            started.add(h);
        }
        worker.run();
        for (Thread h : started) {
            try {
                h.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while refining", ex);
            }
        }
    }

    /**
     * The number of consecutive first-layer pieces per group: {@code ⌊pieces / 64⌋} clamped to
     * {@code [1, 64]}, so there are enough groups to share among threads and few group edges.
     */
    static int groupSize(int pieces) {
        return Math.max(1, Math.min(64, pieces / 64));
    }

    /** Refines one group of first-layer pieces with its own stores, seeded with its pieces' vertices and lines. */
    private static Result group(ScaledNetwork net, VertexStore globalVertices, LineStore globalLines,
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
        job.refineChildren(job.root(), local, new long[job.words]);
        return new Result(job, seeds.stream().mapToInt(Integer::intValue).toArray());
    }
}

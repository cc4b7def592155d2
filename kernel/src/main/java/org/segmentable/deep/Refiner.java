package org.segmentable.deep;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * The refinement engine behind {@link LinearRegions}: depth-first, layer by layer, it splits each
 * convex cell of the first {@code k} layers by the boundary lines of layer {@code k + 1}'s neurons
 * (affine inside that cell), by exact convex clipping. Internal; not thread-safe; used once.
 *
 * <p>Signs of a neuron at a vertex come from the double filter ({@link Approx}); when the filter
 * cannot decide, the neuron's exact integer row in that cell is built ({@link ScaledNetwork#row})
 * and the sign is evaluated exactly on the vertex's homogeneous coordinates. Every new vertex is
 * the exact meeting point of two exact lines, built once per (edge, neuron) ({@link EdgeCache}):
 * a neuron's pre-activation is continuous, so the cells on both sides of an edge see the same
 * zero on it, and the subdivision stays conforming.
 */
final class Refiner {

    /** Output sign codes of {@link #outputSigns}; 0 means not computed. */
    static final byte POSITIVE = 1;
    static final byte NEGATIVE = 2;
    static final byte ZERO = 3;
    static final byte CROSSING = 4;

    /** Per-cell context: the rows of layer {@code depth} in this cell, approximate and (lazily) exact. */
    static final class Ctx {
        final int depth;
        final Ctx parent;
        final int[] active;
        final double[] approx;
        final double[] radius;
        final BigInteger[][] exact;
        final long[][] limb;
        final int[] line;

        Ctx(int depth, Ctx parent, int[] active, double[] approx, double[] radius, BigInteger[][] exact) {
            this.depth = depth;
            this.parent = parent;
            this.active = active;
            this.approx = approx;
            this.radius = radius;
            this.exact = exact;
            this.limb = new long[exact.length][];
            this.line = new int[exact.length];
            Arrays.fill(line, -1);
        }
    }

    /** A piece of a cell being split by one layer: vertices, edge lines, and the layer's pattern. */
    private static final class Piece {
        final int[] v;
        final int[] e;
        final long[] bits;

        Piece(int[] v, int[] e, long[] bits) {
            this.v = v;
            this.e = e;
            this.bits = bits;
        }
    }

    final ScaledNetwork net;
    final VertexStore vertices = new VertexStore();
    final LineStore lines = new LineStore();
    private final EdgeCache cache = new EdgeCache();
    final int hidden;
    private final int levelOutput;
    private final boolean exactMaps;
    final int[] wordOffset;
    final int words;

    private int[] stamp = new int[1024];
    private byte[] memo = new byte[1024];
    private int stampCounter;
    private long exactSigns;

    final List<int[]> cells = new ArrayList<>();
    final List<int[]> cellLines = new ArrayList<>();
    long[] patterns = new long[1024];
    byte[] outputSigns = new byte[1024];
    final List<BigInteger[]> maps = new ArrayList<>();
    final List<int[]> segments = new ArrayList<>();
    private final HashSet<Long> zeroEdges = new HashSet<>();
    final long[] depthCounts;

    Refiner(ScaledNetwork net, int levelOutput, boolean exactMaps) {
        this.net = net;
        this.hidden = net.layers - 1;
        this.levelOutput = levelOutput;
        this.exactMaps = exactMaps;
        this.wordOffset = new int[hidden + 1];
        for (int k = 0; k < hidden; k++) {
            wordOffset[k + 1] = wordOffset[k] + (net.width[k] + 63) / 64;
        }
        this.words = wordOffset[hidden];
        this.depthCounts = new long[hidden + 1];
    }

    /** Number of signs the filter could not decide (decided exactly). */
    long exactSigns() {
        return exactSigns;
    }

    /** Runs the refinement of the convex polygon with the given vertices (ccw) and edge lines. */
    void run(int[] v, int[] e) {
        Ctx root = new Ctx(0, null, new int[0], net.firstApprox, net.firstRadius, net.first.clone());
        refine(root, v, e, new long[words]);
    }

    private void refine(Ctx c, int[] v, int[] e, long[] prefix) {
        depthCounts[c.depth]++;
        if (c.depth == hidden) {
            emit(c, v, e, prefix);
            return;
        }
        List<Piece> pieces = split(c, v, e);
        int off = wordOffset[c.depth];
        for (Piece p : pieces) {
            long[] next = prefix.clone();
            System.arraycopy(p.bits, 0, next, off, p.bits.length);
            refine(child(c, p.bits), p.v, p.e, next);
        }
    }

    // ------------------------------------------------------------------ signs

    private int sign(Ctx c, int j, int vid) {
        if (vid >= stamp.length) {
            int n = Math.max(vid + 1, stamp.length * 2);
            stamp = Arrays.copyOf(stamp, n);
            memo = Arrays.copyOf(memo, n);
        }
        if (stamp[vid] == stampCounter) {
            return memo[vid];
        }
        int s = filteredSign(c, j, vid);
        stamp[vid] = stampCounter;
        memo[vid] = (byte) s;
        return s;
    }

    private int filteredSign(Ctx c, int j, int vid) {
        int b = 3 * j;
        double a = c.approx[b];
        double bb = c.approx[b + 1];
        double cc = c.approx[b + 2];
        double ra = c.radius[b];
        double rb = c.radius[b + 1];
        double rc = c.radius[b + 2];
        double x = vertices.ax[vid];
        double y = vertices.ay[vid];
        double rx = vertices.rx[vid];
        double ry = vertices.ry[vid];
        double px = a * x;
        double py = bb * y;
        double f = px + py + cc;
        double magnitude = Math.abs(px) + Math.abs(py) + Math.abs(cc);
        double propagated = Math.abs(a) * rx + Math.abs(x) * ra + ra * rx
                + Math.abs(bb) * ry + Math.abs(y) * rb + rb * ry + rc;
        double r = Approx.radius(propagated, magnitude, 3);
        if (f > r) {
            return 1;
        }
        if (f < -r) {
            return -1;
        }
        exactSigns++;
        BigInteger[] row = exactRow(c, j);
        return vertices.sign(row[0], row[1], row[2], vid);
    }

    // ------------------------------------------------------------------ rows

    private long[] limbRow(Ctx c, int j) {
        long[] row = c.limb[j];
        if (row == null) {
            if (c.depth == 0) {
                row = net.firstLimbRow(j);
            } else {
                for (int i : c.active) {
                    limbRow(c.parent, i);
                }
                row = net.limbRow(c.depth, j, c.active, c.parent.limb);
            }
            c.limb[j] = row;
        }
        return row;
    }

    BigInteger[] exactRow(Ctx c, int j) {
        BigInteger[] row = c.exact[j];
        if (row == null && net.fast) {
            row = net.toBig(c.depth, limbRow(c, j));
            c.exact[j] = row;
        } else if (row == null) {
            for (int i : c.active) {
                exactRow(c.parent, i);
            }
            row = net.row(c.depth, j, c.active, c.parent.exact);
            c.exact[j] = row;
        }
        return row;
    }

    private int lineOf(Ctx c, int j) {
        if (c.line[j] < 0) {
            BigInteger[] r = exactRow(c, j);
            c.line[j] = lines.add(r[0], r[1], r[2]);
        }
        return c.line[j];
    }

    private Ctx child(Ctx p, long[] bits) {
        int d = p.depth;
        int in = net.width[d];
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        int[] active = new int[count];
        int q = 0;
        for (int i = 0; i < in; i++) {
            if ((bits[i >>> 6] & (1L << i)) != 0) {
                active[q++] = i;
            }
        }
        int k = d + 1;
        int out = net.width[k];
        double[] w = net.wApprox[k];
        double[] wr = net.wRadius[k];
        boolean exactW = net.wExact[k];
        double[] pa = p.approx;
        double[] pr = p.radius;
        double[] ap = new double[3 * out];
        double[] rad = new double[3 * out];
        int m = count + 1;
        for (int j = 0; j < out; j++) {
            double s0 = 0;
            double s1 = 0;
            double s2 = net.bApprox[k][j];
            double m0 = 0;
            double m1 = 0;
            double m2 = Math.abs(s2);
            double e0 = 0;
            double e1 = 0;
            double e2 = net.bRadius[k][j];
            int row = j * in;
            for (int i : active) {
                double wij = w[row + i];
                double aw = Math.abs(wij);
                int b = 3 * i;
                double p0 = wij * pa[b];
                double p1 = wij * pa[b + 1];
                double p2 = wij * pa[b + 2];
                s0 += p0;
                s1 += p1;
                s2 += p2;
                m0 += Math.abs(p0);
                m1 += Math.abs(p1);
                m2 += Math.abs(p2);
                e0 += aw * pr[b];
                e1 += aw * pr[b + 1];
                e2 += aw * pr[b + 2];
                if (!exactW) {
                    double wri = wr[row + i];
                    e0 += wri * (Math.abs(pa[b]) + pr[b]);
                    e1 += wri * (Math.abs(pa[b + 1]) + pr[b + 1]);
                    e2 += wri * (Math.abs(pa[b + 2]) + pr[b + 2]);
                }
            }
            ap[3 * j] = s0;
            ap[3 * j + 1] = s1;
            ap[3 * j + 2] = s2;
            rad[3 * j] = Approx.radius(e0, m0, m);
            rad[3 * j + 1] = Approx.radius(e1, m1, m);
            rad[3 * j + 2] = Approx.radius(e2, m2, m);
        }
        return new Ctx(k, p, active, ap, rad, new BigInteger[out][]);
    }

    // ------------------------------------------------------------------ splitting

    private List<Piece> split(Ctx c, int[] v, int[] e) {
        int n = net.width[c.depth];
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(v, e, new long[(n + 63) / 64]));
        for (int j = 0; j < n; j++) {
            stampCounter++;
            boolean pos = false;
            boolean neg = false;
            for (int vid : v) {
                int s = sign(c, j, vid);
                pos |= s > 0;
                neg |= s < 0;
            }
            if (!neg) {
                if (pos) {
                    for (Piece p : pieces) {
                        p.bits[j >>> 6] |= 1L << j;
                    }
                }
                continue;
            }
            if (!pos) {
                continue;
            }
            int g = net.offset[c.depth] + j;
            int count = pieces.size();
            for (int idx = 0; idx < count; idx++) {
                Piece p = pieces.get(idx);
                int[] sg = new int[p.v.length];
                boolean pp = false;
                boolean nn = false;
                for (int q = 0; q < p.v.length; q++) {
                    sg[q] = sign(c, j, p.v[q]);
                    pp |= sg[q] > 0;
                    nn |= sg[q] < 0;
                }
                if (pp && nn) {
                    Piece[] halves = cut(c, j, g, p, sg);
                    halves[0].bits[j >>> 6] |= 1L << j;
                    pieces.set(idx, halves[0]);
                    pieces.add(halves[1]);
                } else if (pp) {
                    p.bits[j >>> 6] |= 1L << j;
                }
            }
        }
        return pieces;
    }

    private int crossing(int va, int vb, int edgeLine, int line, int g) {
        int id = cache.get(va, vb, g);
        if (id < 0) {
            id = lines.meet(vertices, edgeLine, line);
            cache.put(va, vb, g, id);
        }
        return id;
    }

    /** Splits a piece whose signs are mixed: returns the positive half, then the negative half. */
    private Piece[] cut(Ctx c, int j, int g, Piece p, int[] sg) {
        int m = p.v.length;
        int line = lineOf(c, j);
        int[] av = new int[m + 2];
        int[] ae = new int[m + 2];
        int[] as = new int[m + 2];
        int size = 0;
        int z1 = -1;
        int z2 = -1;
        for (int q = 0; q < m; q++) {
            int r = (q + 1) % m;
            av[size] = p.v[q];
            ae[size] = p.e[q];
            as[size] = sg[q];
            if (sg[q] == 0) {
                if (z1 < 0) {
                    z1 = size;
                } else {
                    z2 = size;
                }
            }
            size++;
            if (sg[q] * sg[r] < 0) {
                if (size >= av.length) {
                    throw new IllegalStateException("a line meets a convex cell in more than two points");
                }
                av[size] = crossing(p.v[q], p.v[r], p.e[q], line, g);
                ae[size] = p.e[q];
                as[size] = 0;
                if (z1 < 0) {
                    z1 = size;
                } else {
                    z2 = size;
                }
                size++;
            }
        }
        if (z1 < 0 || z2 < 0) {
            throw new IllegalStateException("a mixed convex cell has fewer than two boundary zeros");
        }
        int lenA = z2 - z1 + 1;
        int[] va = new int[lenA];
        int[] ea = new int[lenA];
        for (int q = 0; q < lenA; q++) {
            va[q] = av[z1 + q];
            ea[q] = ae[z1 + q];
        }
        ea[lenA - 1] = line;
        int lenB = size - lenA + 2;
        int[] vb = new int[lenB];
        int[] eb = new int[lenB];
        for (int q = 0; q < lenB; q++) {
            int idx = (z2 + q) % size;
            vb[q] = av[idx];
            eb[q] = ae[idx];
        }
        eb[lenB - 1] = line;
        Piece a = new Piece(va, ea, p.bits.clone());
        Piece b = new Piece(vb, eb, p.bits.clone());
        boolean aPositive = as[z1 + 1] > 0;
        return aPositive ? new Piece[] {a, b} : new Piece[] {b, a};
    }

    // ------------------------------------------------------------------ final cells

    private void emit(Ctx c, int[] v, int[] e, long[] prefix) {
        int index = cells.size();
        cells.add(v);
        cellLines.add(e);
        if ((index + 1) * words > patterns.length) {
            patterns = Arrays.copyOf(patterns, Math.max(patterns.length * 2, (index + 1) * words));
        }
        System.arraycopy(prefix, 0, patterns, index * words, words);
        if (index >= outputSigns.length) {
            outputSigns = Arrays.copyOf(outputSigns, outputSigns.length * 2);
        }
        if (levelOutput >= 0) {
            outputSigns[index] = levelSet(c, v, e);
        }
        if (exactMaps) {
            int outs = net.width[hidden];
            BigInteger[] map = new BigInteger[3 * outs];
            for (int o = 0; o < outs; o++) {
                BigInteger[] r = exactRow(c, o);
                map[3 * o] = r[0];
                map[3 * o + 1] = r[1];
                map[3 * o + 2] = r[2];
            }
            maps.add(map);
        }
    }

    private byte levelSet(Ctx c, int[] v, int[] e) {
        int k = levelOutput;
        stampCounter++;
        int m = v.length;
        int[] sg = new int[m];
        boolean pos = false;
        boolean neg = false;
        for (int q = 0; q < m; q++) {
            sg[q] = sign(c, k, v[q]);
            pos |= sg[q] > 0;
            neg |= sg[q] < 0;
        }
        if (pos && neg) {
            int g = net.offset[hidden] + k;
            int line = lineOf(c, k);
            int[] ends = new int[2];
            int found = 0;
            for (int q = 0; q < m; q++) {
                int r = (q + 1) % m;
                if (sg[q] == 0) {
                    ends[found++] = v[q];
                }
                if (sg[q] * sg[r] < 0) {
                    ends[found++] = crossing(v[q], v[r], e[q], line, g);
                }
            }
            segments.add(ends);
            return CROSSING;
        }
        if (!pos && !neg) {
            return ZERO;
        }
        for (int q = 0; q < m; q++) {
            int r = (q + 1) % m;
            if (sg[q] == 0 && sg[r] == 0) {
                long key = ((long) Math.min(v[q], v[r]) << 32) | Math.max(v[q], v[r]);
                if (zeroEdges.add(key)) {
                    segments.add(new int[] {v[q], v[r]});
                }
            }
        }
        return pos ? POSITIVE : NEGATIVE;
    }
}

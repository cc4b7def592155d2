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
        long[] bits;
        /** The previous sibling and the active neurons added and removed relative to it (or null). */
        Ctx prev;
        int[] added;
        int[] removed;
        int chain;

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
        List<Piece> pieces = spatialOrder(split(c, v, e));
        int off = wordOffset[c.depth];
        Ctx previous = null;
        for (Piece p : pieces) {
            long[] next = prefix.clone();
            System.arraycopy(p.bits, 0, next, off, p.bits.length);
            Ctx ch = child(c, p.bits, previous);
            if (previous != null) {
                previous.prev = null;
            }
            refine(ch, p.v, p.e, next);
            previous = ch;
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
            } else if (c.prev != null && c.prev.limb[j] != null) {
                for (int i : c.added) {
                    limbRow(c.parent, i);
                }
                for (int i : c.removed) {
                    limbRow(c.parent, i);
                }
                row = net.limbRowDiff(c.depth, j, c.prev.limb[j], c.added, c.removed, c.parent.limb);
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

    /**
     * Orders pieces along a Hilbert curve through their vertex centroids, so consecutive siblings
     * are mostly neighbours and differ in few neurons (see {@link #child}).
     */
    private List<Piece> spatialOrder(List<Piece> pieces) {
        if (pieces.size() < 3) {
            return pieces;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double[] cx = new double[pieces.size()];
        double[] cy = new double[pieces.size()];
        for (int q = 0; q < pieces.size(); q++) {
            int[] v = pieces.get(q).v;
            double sx = 0;
            double sy = 0;
            for (int id : v) {
                sx += vertices.ax[id];
                sy += vertices.ay[id];
            }
            cx[q] = sx / v.length;
            cy[q] = sy / v.length;
            minX = Math.min(minX, cx[q]);
            minY = Math.min(minY, cy[q]);
            maxX = Math.max(maxX, cx[q]);
            maxY = Math.max(maxY, cy[q]);
        }
        double span = Math.max(maxX - minX, maxY - minY);
        if (!(span > 0) || !Double.isFinite(span)) {
            return pieces;
        }
        long[] keys = new long[pieces.size()];
        for (int q = 0; q < pieces.size(); q++) {
            int x = (int) Math.min(65535, (cx[q] - minX) / span * 65535);
            int y = (int) Math.min(65535, (cy[q] - minY) / span * 65535);
            keys[q] = (hilbert(x, y) << 20) | q;
        }
        Arrays.sort(keys);
        List<Piece> out = new ArrayList<>(pieces.size());
        for (long k : keys) {
            out.add(pieces.get((int) (k & 0xfffff)));
        }
        return out.size() == pieces.size() && pieces.size() < (1 << 20) ? out : pieces;
    }

    /** The index of {@code (x, y)} on the Hilbert curve of the {@code 2^16 × 2^16} grid. */
    static long hilbert(int x, int y) {
        long d = 0;
        for (int s = 1 << 15; s > 0; s >>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }

    /**
     * The context of a child cell: the rows of layer {@code p.depth + 1} under the child's
     * pattern {@code bits} of layer {@code p.depth}. When the previous sibling differs in fewer
     * neurons than the child has active ones, its rows are updated by those differences (the
     * approximations at most 32 times in a row, each time with a fresh error bound over the
     * previous radius; the exact rows exactly, on demand); otherwise they are summed afresh.
     */
    private Ctx child(Ctx p, long[] bits, Ctx sibling) {
        Ctx c = sibling == null ? null : diffChild(p, bits, sibling);
        if (c != null) {
            return c;
        }
        c = freshChild(p, bits);
        c.bits = bits;
        return c;
    }

    private static int[] indices(long[] bits, int n) {
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        int[] out = new int[count];
        int q = 0;
        for (int i = 0; i < n; i++) {
            if ((bits[i >>> 6] & (1L << i)) != 0) {
                out[q++] = i;
            }
        }
        return out;
    }

    private Ctx diffChild(Ctx p, long[] bits, Ctx sib) {
        int d = p.depth;
        int in = net.width[d];
        long[] addBits = new long[bits.length];
        long[] remBits = new long[bits.length];
        for (int w = 0; w < bits.length; w++) {
            addBits[w] = bits[w] & ~sib.bits[w];
            remBits[w] = sib.bits[w] & ~bits[w];
        }
        int[] added = indices(addBits, in);
        int[] removed = indices(remBits, in);
        int[] active = indices(bits, in);
        if (added.length + removed.length >= active.length) {
            return null;
        }
        int k = d + 1;
        int out = net.width[k];
        double[] ap;
        double[] rad;
        int chain;
        if (sib.chain < 32) {
            chain = sib.chain + 1;
            ap = new double[3 * out];
            rad = new double[3 * out];
            double[] w = net.wApprox[k];
            double[] wr = net.wRadius[k];
            boolean exactW = net.wExact[k];
            double[] pa = p.approx;
            double[] pr = p.radius;
            int m = added.length + removed.length + 1;
            for (int j = 0; j < out; j++) {
                int row = j * in;
                for (int q = 0; q < 3; q++) {
                    double s = sib.approx[3 * j + q];
                    double mag = Math.abs(s);
                    double err = sib.radius[3 * j + q];
                    for (int pass = 0; pass < 2; pass++) {
                        int[] set = pass == 0 ? added : removed;
                        for (int i : set) {
                            double wij = w[row + i];
                            double x = pa[3 * i + q];
                            double t = wij * x;
                            s = pass == 0 ? s + t : s - t;
                            mag += Math.abs(t);
                            err += Math.abs(wij) * pr[3 * i + q];
                            if (!exactW) {
                                err += wr[row + i] * (Math.abs(x) + pr[3 * i + q]);
                            }
                        }
                    }
                    ap[3 * j + q] = s;
                    rad[3 * j + q] = Approx.radius(err, mag, m);
                }
            }
        } else {
            Ctx fresh = freshChild(p, bits);
            ap = fresh.approx;
            rad = fresh.radius;
            chain = 0;
        }
        Ctx c = new Ctx(k, p, active, ap, rad, new BigInteger[out][]);
        c.bits = bits;
        c.prev = sib;
        c.added = added;
        c.removed = removed;
        c.chain = chain;
        return c;
    }

    private Ctx freshChild(Ctx p, long[] bits) {
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
        if (exactW) {
            transposedRows(k, active, pa, pr, ap, rad);
            return new Ctx(k, p, active, ap, rad, new BigInteger[out][]);
        }
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

    /**
     * The fresh rows for exact double weights, column by column over the transposed weights so
     * the inner loop runs over contiguous arrays (the same sums, the same bound as the row loop).
     */
    private void transposedRows(int k, int[] active, double[] pa, double[] pr, double[] ap, double[] rad) {
        int out = net.width[k];
        double[] wt = net.wTransposed[k];
        double[] awt = net.wTransposedAbs[k];
        double[] s0 = new double[out];
        double[] s1 = new double[out];
        double[] s2 = net.bApprox[k].clone();
        double[] m0 = new double[out];
        double[] m1 = new double[out];
        double[] m2 = new double[out];
        double[] e0 = new double[out];
        double[] e1 = new double[out];
        double[] e2 = net.bRadius[k].clone();
        for (int j = 0; j < out; j++) {
            m2[j] = Math.abs(s2[j]);
        }
        for (int i : active) {
            int b = 3 * i;
            double x0 = pa[b];
            double x1 = pa[b + 1];
            double x2 = pa[b + 2];
            double a0 = Math.abs(x0);
            double a1 = Math.abs(x1);
            double a2 = Math.abs(x2);
            double r0 = pr[b];
            double r1 = pr[b + 1];
            double r2 = pr[b + 2];
            int base = i * out;
            for (int j = 0; j < out; j++) {
                double w = wt[base + j];
                double aw = awt[base + j];
                s0[j] += w * x0;
                s1[j] += w * x1;
                s2[j] += w * x2;
                m0[j] += aw * a0;
                m1[j] += aw * a1;
                m2[j] += aw * a2;
                e0[j] += aw * r0;
                e1[j] += aw * r1;
                e2[j] += aw * r2;
            }
        }
        int m = active.length + 1;
        for (int j = 0; j < out; j++) {
            ap[3 * j] = s0[j];
            ap[3 * j + 1] = s1[j];
            ap[3 * j + 2] = s2[j];
            rad[3 * j] = Approx.radius(e0[j], m0[j], m);
            rad[3 * j + 1] = Approx.radius(e1[j], m1[j], m);
            rad[3 * j + 2] = Approx.radius(e2[j], m2[j], m);
        }
    }

    // ------------------------------------------------------------------ splitting

    private List<Piece> split(Ctx c, int[] v, int[] e) {
        int n = net.width[c.depth];
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(v, e, new long[(n + 63) / 64]));
        double[] box = boundingBox(v);
        for (int j = 0; j < n; j++) {
            stampCounter++;
            int whole = boxSign(c, j, box);
            if (whole > 0) {
                for (Piece p : pieces) {
                    p.bits[j >>> 6] |= 1L << j;
                }
                continue;
            }
            if (whole < 0) {
                continue;
            }
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

    /**
     * A box {@code (cx, cy, hx, hy)} with {@code |x - cx| ≤ hx} and {@code |y - cy| ≤ hy} for the
     * exact coordinates of every vertex (each within its radius of its double), so it holds the cell.
     */
    private double[] boundingBox(int[] v) {
        double xlo = Double.POSITIVE_INFINITY;
        double xhi = Double.NEGATIVE_INFINITY;
        double ylo = Double.POSITIVE_INFINITY;
        double yhi = Double.NEGATIVE_INFINITY;
        for (int id : v) {
            xlo = Math.min(xlo, Math.nextDown(vertices.ax[id] - vertices.rx[id]));
            xhi = Math.max(xhi, Math.nextUp(vertices.ax[id] + vertices.rx[id]));
            ylo = Math.min(ylo, Math.nextDown(vertices.ay[id] - vertices.ry[id]));
            yhi = Math.max(yhi, Math.nextUp(vertices.ay[id] + vertices.ry[id]));
        }
        double cx = (xlo + xhi) * 0.5;
        double cy = (ylo + yhi) * 0.5;
        double hx = Math.nextUp(Math.max(xhi - cx, cx - xlo) * (1 + 0x1p-50));
        double hy = Math.nextUp(Math.max(yhi - cy, cy - ylo) * (1 + 0x1p-50));
        return new double[] {cx, cy, hx, hy};
    }

    /**
     * The sign of neuron {@code j} on the whole box when the filter can prove it, else 0. For
     * {@code (x, y)} in the box, {@code f(x, y) - f̃(cx, cy)} is at most
     * {@code |ã|·hx + |b̃|·hy + ra·(|cx| + hx) + rb·(|cy| + hy) + rc} plus the rounding of
     * {@code f̃(cx, cy)}, bounded as in {@link Approx#radius} ({@code Approx.radius} with the
     * propagated part above); a box of non-finite size decides nothing.
     */
    private int boxSign(Ctx c, int j, double[] box) {
        int b = 3 * j;
        double a = c.approx[b];
        double bb = c.approx[b + 1];
        double cc = c.approx[b + 2];
        double cx = box[0];
        double cy = box[1];
        double hx = box[2];
        double hy = box[3];
        double px = a * cx;
        double py = bb * cy;
        double f = px + py + cc;
        double magnitude = Math.abs(px) + Math.abs(py) + Math.abs(cc);
        double propagated = Math.abs(a) * hx + Math.abs(bb) * hy + c.radius[b] * (Math.abs(cx) + hx)
                + c.radius[b + 1] * (Math.abs(cy) + hy) + c.radius[b + 2];
        double r = Approx.radius(propagated, magnitude, 3);
        if (f > r) {
            return 1;
        }
        if (f < -r) {
            return -1;
        }
        return 0;
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

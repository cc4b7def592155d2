package org.segmentable.deep;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.segmentable.predicates.Approximations;

/**
 * Splits a convex cell by the boundary lines of its layer's neurons, exactly: the geometry of one
 * refinement job ({@link Refiner}), with its own vertices, lines and crossing cache. Internal; one
 * thread.
 *
 * <p>Signs of a neuron at a vertex come from the double filter; when the filter cannot decide, the
 * neuron's exact row in that cell is built ({@link ExactRows}) and the sign is evaluated exactly on
 * the vertex's homogeneous coordinates. Every new vertex is the exact meeting point of two exact
 * lines, built once per (edge, neuron) ({@link EdgeCache}): a neuron's pre-activation is continuous,
 * so the cells on both sides of an edge see the same zero on it, and the subdivision stays
 * conforming. Each new vertex's recipe (the edge's end vertices and the global neuron) is kept, so
 * a job's vertices can be merged with another job's ({@link Refinement}).
 */
final class CellSplitter {

    final ScaledNetwork net;
    final VertexStore vertices;
    final LineStore lines;
    private final EdgeCache cache = new EdgeCache();
    /** Vertex ids below this one were given (seeds); the others were built here, with recipes. */
    final int seeds;
    /** Per built vertex {@code seeds + r}: edge end vertices and global neuron, at {@code 3r .. 3r+2}. */
    int[] recipes = new int[3 * 1024];

    private int[] stamp = new int[1024];
    private byte[] memo = new byte[1024];
    private int stampCounter;
    long exactSigns;

    CellSplitter(ScaledNetwork net, VertexStore vertices, LineStore lines) {
        this.net = net;
        this.vertices = vertices;
        this.lines = lines;
        this.seeds = vertices.size();
    }

    /** Starts a new neuron: forgets the memoized vertex signs. */
    void newNeuron() {
        stampCounter++;
    }

    /** The sign of neuron {@code j} of cell {@code c}'s layer at vertex {@code vid}, memoized per neuron. */
    int sign(LayerCell c, int j, int vid) {
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

    /**
     * The sign from the doubles when {@code |f̃| > r}: the vertex is within {@code (rx, ry)} of its
     * doubles and the row within its radii, so {@code f - f̃} is at most the propagated part below
     * plus the rounding of {@code f̃} ({@link Approximations#sumRadius} with three terms); else exact.
     */
    private int filteredSign(LayerCell c, int j, int vid) {
        double a = c.approx[0][j];
        double bb = c.approx[1][j];
        double cc = c.approx[2][j];
        double ra = c.radius(0, j);
        double rb = c.radius(1, j);
        double rc = c.radius(2, j);
        double[] va = vertices.approx;
        double x = va[4 * vid];
        double y = va[4 * vid + 1];
        double rx = va[4 * vid + 2];
        double ry = va[4 * vid + 3];
        double px = a * x;
        double py = bb * y;
        double f = px + py + cc;
        double magnitude = Math.abs(px) + Math.abs(py) + Math.abs(cc);
        double propagated = Math.abs(a) * rx + Math.abs(x) * ra + ra * rx
                + Math.abs(bb) * ry + Math.abs(y) * rb + rb * ry + rc;
        double r = Approximations.sumRadius(propagated, magnitude, 3);
        if (f > r) {
            return 1;
        }
        if (f < -r) {
            return -1;
        }
        exactSigns++;
        BigInteger[] row = ExactRows.row(net, c, j);
        return vertices.sign(row[0], row[1], row[2], vid);
    }

    /** The line id of neuron {@code j}'s boundary in cell {@code c}. */
    int lineOf(LayerCell c, int j) {
        int id = c.line(j);
        if (id < 0) {
            BigInteger[] r = ExactRows.row(net, c, j);
            id = lines.add(r[0], r[1], r[2]);
            c.setLine(j, id);
        }
        return id;
    }

    /** The vertex where global neuron {@code g}'s line meets edge {@code (va, vb)} (on line {@code edgeLine}). */
    int crossing(int va, int vb, int edgeLine, int line, int g) {
        int id = cache.get(va, vb, g);
        if (id < 0) {
            id = lines.meet(vertices, edgeLine, line);
            cache.put(va, vb, g, id);
            int r = 3 * (id - seeds);
            if (r + 3 > recipes.length) {
                recipes = Arrays.copyOf(recipes, Math.max(r + 3, 2 * recipes.length));
            }
            recipes[r] = va;
            recipes[r + 1] = vb;
            recipes[r + 2] = g;
        }
        return id;
    }

    /**
     * The pieces of the convex cell {@code (v, e)} under cell {@code c}'s layer: each piece's
     * pattern has bit {@code j} set when neuron {@code j} is positive on it. A neuron decided on the
     * cell's bounding box, or on a piece's, is not looked at vertex by vertex there.
     */
    List<Piece> split(LayerCell c, int[] v, int[] e) {
        int n = c.width();
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(v, e, new long[(n + 63) / 64]));
        double[] box = boundingBox(v);
        for (int j = 0; j < n; j++) {
            newNeuron();
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
                if (count > 1) {
                    if (p.box == null) {
                        p.box = boundingBox(p.v);
                    }
                    int ws = boxSign(c, j, p.box);
                    if (ws != 0) {
                        if (ws > 0) {
                            p.bits[j >>> 6] |= 1L << j;
                        }
                        continue;
                    }
                }
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
        double[] va = vertices.approx;
        for (int id : v) {
            double x = va[4 * id];
            double y = va[4 * id + 1];
            double rx = va[4 * id + 2];
            double ry = va[4 * id + 3];
            xlo = Math.min(xlo, Math.nextDown(x - rx));
            xhi = Math.max(xhi, Math.nextUp(x + rx));
            ylo = Math.min(ylo, Math.nextDown(y - ry));
            yhi = Math.max(yhi, Math.nextUp(y + ry));
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
     * {@code f̃(cx, cy)}, bounded as in {@link Approximations#sumRadius} ({@code Approximations.sumRadius} with the
     * propagated part above); a box of non-finite size decides nothing.
     */
    private int boxSign(LayerCell c, int j, double[] box) {
        double a = c.approx[0][j];
        double bb = c.approx[1][j];
        double cc = c.approx[2][j];
        double cx = box[0];
        double cy = box[1];
        double hx = box[2];
        double hy = box[3];
        double px = a * cx;
        double py = bb * cy;
        double f = px + py + cc;
        double magnitude = Math.abs(px) + Math.abs(py) + Math.abs(cc);
        double propagated = Math.abs(a) * hx + Math.abs(bb) * hy + c.radius(0, j) * (Math.abs(cx) + hx)
                + c.radius(1, j) * (Math.abs(cy) + hy) + c.radius(2, j);
        double r = Approximations.sumRadius(propagated, magnitude, 3);
        if (f > r) {
            return 1;
        }
        if (f < -r) {
            return -1;
        }
        return 0;
    }

    /** Splits a piece whose signs are mixed: returns the positive half, then the negative half. */
    private Piece[] cut(LayerCell c, int j, int g, Piece p, int[] sg) {
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
}

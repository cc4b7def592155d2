package org.segmentable.util;

/**
 * Disjoint sets of the integers {@code 0..n-1} (union-find with path halving). The representative
 * of a set is always its smallest member, so the result of a sequence of unions does not depend on
 * their order, and numbering the sets by their representatives numbers them in the order of their
 * smallest members.
 *
 * <p>A mutable working structure for one engine run on one thread (see the package notes):
 * <pre>{@code
 * IntUnionFind sets = IntUnionFind.of(4);
 * sets.union(3, 1);
 * sets.find(3);   // 1
 * sets.find(2);   // 2
 * }</pre>
 */
public final class IntUnionFind {

    private final int[] parent;

    private IntUnionFind(int[] parent) {
        this.parent = parent;
    }

    /**
     * The {@code n} singletons {@code {0}, ..., {n-1}}.
     *
     * @param n the number of elements
     * @return the structure, every element its own set
     * @throws IllegalArgumentException if n is negative
     */
    public static IntUnionFind of(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n is negative: " + n);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        return new IntUnionFind(parent);
    }

    /**
     * The number of elements.
     *
     * @return {@code n} of {@link #of}
     */
    public int size() {
        return parent.length;
    }

    /**
     * The representative (smallest member) of {@code p}'s set.
     *
     * @param p an element in {@code [0, size())}
     * @return the smallest member of the set holding {@code p}
     * @throws ArrayIndexOutOfBoundsException if p is out of range
     */
    public int find(int p) {
        int[] up = parent;
        while (up[p] != p) {
            up[p] = up[up[p]];
            p = up[p];
        }
        return p;
    }

    /**
     * Merges the sets of {@code p} and {@code q}.
     *
     * @param p an element in {@code [0, size())}
     * @param q an element in {@code [0, size())}
     * @return true when they were in different sets
     * @throws ArrayIndexOutOfBoundsException if p or q is out of range
     */
    public boolean union(int p, int q) {
        int a = find(p);
        int b = find(q);
        if (a == b) {
            return false;
        }
        if (a < b) {
            parent[b] = a;
        } else {
            parent[a] = b;
        }
        return true;
    }

    /**
     * Whether {@code p} and {@code q} are in the same set.
     *
     * @param p an element in {@code [0, size())}
     * @param q an element in {@code [0, size())}
     * @return true when their sets are the same
     */
    public boolean connected(int p, int q) {
        return find(p) == find(q);
    }
}

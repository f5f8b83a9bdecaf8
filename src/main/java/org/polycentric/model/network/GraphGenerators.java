package org.polycentric.model.network;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Classic random-graph models, all producing {@link TieKind#GENERIC} ties. Each method draws all of
 * its randomness from the generator passed in, so a given seed always yields the same graph.
 * Logarithms use {@link StrictMath} so that results are bit-identical on every JVM and platform.
 */
public final class GraphGenerators {
    private GraphGenerators() {
    }

    /**
     * Erdős–Rényi graph G(n, p) with {@code p = meanDegree / (n - 1)}: every pair of nodes is tied
     * independently with probability {@code p} (Erdős &amp; Rényi 1959; Gilbert 1959).
     *
     * <p>Instead of testing all {@code n(n-1)/2} pairs, the gaps between successive edges are drawn
     * from the geometric distribution, which takes {@code O(n + m)} time (Batagelj, V. &amp;
     * Brandes, U. 2005, "Efficient generation of large random networks", Physical Review E 71,
     * 036113, algorithm G(n,p)).
     *
     * @param n          number of nodes, {@code >= 0}
     * @param meanDegree expected mean degree, in {@code [0, max(0, n - 1)]}
     * @param random     source of all randomness
     * @return the graph, with {@code m ~ Binomial(n(n-1)/2, p)} edges
     * @throws IllegalArgumentException on invalid arguments
     */
    public static TieGraph erdosRenyi(int n, double meanDegree, MersenneTwisterFast random) {
        requireNodes(n);
        if (!(meanDegree >= 0 && meanDegree <= Math.max(0, n - 1))) {
            throw new IllegalArgumentException(
                    "meanDegree must be in [0, " + Math.max(0, n - 1) + "], was " + meanDegree);
        }
        if (n < 2 || meanDegree == 0) {
            return TieGraph.builder(n).build();
        }
        double p = Math.min(1.0, meanDegree / (n - 1));
        long pairs = (long) n * (n - 1) / 2;
        double expected = p * pairs;
        TieGraph.Builder builder =
                TieGraph.builder(n, (long) (expected + 4 * Math.sqrt(expected) + 16));

        // Walk the lower triangle (v, w), w < v, in row-major order; w is the linear position
        // within row v. log(1 - p) is -infinity for p = 1, which makes every skip 0.
        double logQ = StrictMath.log1p(-p);
        int v = 1;
        long w = -1;
        while (v < n) {
            double skip = Math.floor(StrictMath.log1p(-random.nextDouble()) / logQ);
            // Capping avoids long overflow; a skip that large ends the walk either way.
            w += 1 + (skip < pairs ? (long) skip : pairs);
            while (w >= v && v < n) {
                w -= v;
                v++;
            }
            if (v < n) {
                builder.addEdge(v, (int) w, TieKind.GENERIC);
            }
        }
        return builder.build();
    }

    /**
     * Watts–Strogatz small-world graph (Watts, D. J. &amp; Strogatz, S. H. 1998, "Collective
     * dynamics of 'small-world' networks", Nature 393, 440–442).
     *
     * <p>Starts from a ring lattice in which every node is tied to its {@code k/2} nearest
     * neighbours on each side. Then, lap by lap as in the paper (first all edges to the nearest
     * clockwise neighbour, then to the second nearest, ...), each edge {@code (u, u + j)} is
     * rewired with probability {@code beta} to {@code (u, w)}, {@code w} uniform among the nodes
     * that are neither {@code u} nor already tied to it; a node already tied to all others keeps
     * its edge. The edge count stays {@code n k / 2}.
     *
     * @param n      number of nodes
     * @param k      lattice degree, even, {@code 0 <= k < n}
     * @param beta   rewiring probability in {@code [0, 1]}
     * @param random source of all randomness
     * @return the graph, with {@code n k / 2} edges
     * @throws IllegalArgumentException on invalid arguments, in particular an odd {@code k}
     */
    public static TieGraph wattsStrogatz(int n, int k, double beta, MersenneTwisterFast random) {
        requireNodes(n);
        if (k < 0 || k % 2 != 0) {
            throw new IllegalArgumentException("k must be even and >= 0, was " + k);
        }
        if (k >= Math.max(1, n)) {
            throw new IllegalArgumentException("k must be < n = " + n + ", was " + k);
        }
        if (!(beta >= 0 && beta <= 1)) {
            throw new IllegalArgumentException("beta must be in [0, 1], was " + beta);
        }
        int half = k / 2;
        long edgeCount = (long) n * half;
        requireEdgeCount(edgeCount);

        // Edge slot (j - 1) * n + u is the lattice edge (u, u + j); other[slot] is its current
        // far end. Slots keep their near end u, so rewiring only changes other[].
        int[] other = new int[(int) edgeCount];
        for (int j = 1; j <= half; j++) {
            int base = (j - 1) * n;
            for (int u = 0; u < n; u++) {
                other[base + u] = (u + j) % n;
            }
        }

        if (beta > 0) {
            LongSet present = new LongSet((int) edgeCount);
            for (int slot = 0; slot < other.length; slot++) {
                present.add(pairKey(slot % n, other[slot], n));
            }
            int[] degree = new int[n];
            Arrays.fill(degree, k);
            for (int j = 1; j <= half; j++) {
                int base = (j - 1) * n;
                for (int u = 0; u < n; u++) {
                    if (random.nextDouble() >= beta || degree[u] >= n - 1) {
                        continue;
                    }
                    int w;
                    do {
                        w = random.nextInt(n);
                    } while (w == u || present.contains(pairKey(u, w, n)));
                    int v = other[base + u];
                    present.remove(pairKey(u, v, n));
                    present.add(pairKey(u, w, n));
                    degree[v]--;
                    degree[w]++;
                    other[base + u] = w;
                }
            }
        }

        TieGraph.Builder builder = TieGraph.builder(n, edgeCount);
        for (int slot = 0; slot < other.length; slot++) {
            builder.addEdge(slot % n, other[slot], TieKind.GENERIC);
        }
        return builder.build();
    }

    /**
     * Barabási–Albert preferential-attachment graph (Barabási, A.-L. &amp; Albert, R. 1999,
     * "Emergence of scaling in random networks", Science 286, 509–512).
     *
     * <p>Starts from a complete graph on nodes {@code 0..m}; every later node attaches {@code m}
     * edges to distinct earlier nodes chosen with probability proportional to their degree. The
     * degree-proportional choice is a uniform pick from an array listing every edge endpoint (a
     * node of degree {@code d} appears {@code d} times), so the whole graph takes {@code O(n m)}
     * time. The result has {@code m(m+1)/2 + (n-m-1)m} edges, every degree is at least {@code m},
     * and the degree distribution has a power-law tail with exponent 3.
     *
     * @param n      number of nodes, {@code >= m + 1}
     * @param m      edges added per new node, {@code >= 1}
     * @param random source of all randomness
     * @return the graph
     * @throws IllegalArgumentException on invalid arguments
     */
    public static TieGraph barabasiAlbert(int n, int m, MersenneTwisterFast random) {
        if (m < 1) {
            throw new IllegalArgumentException("m must be >= 1, was " + m);
        }
        if (n < m + 1) {
            throw new IllegalArgumentException("n must be >= m + 1 = " + (m + 1) + ", was " + n);
        }
        long edgeCount = (long) m * (m + 1) / 2 + (long) (n - m - 1) * m;
        requireEdgeCount(edgeCount);
        TieGraph.Builder builder = TieGraph.builder(n, edgeCount);
        int[] endpoints = new int[(int) (2 * edgeCount)];
        int length = 0;
        for (int a = 0; a <= m; a++) {
            for (int b = a + 1; b <= m; b++) {
                builder.addEdge(a, b, TieKind.GENERIC);
                endpoints[length++] = a;
                endpoints[length++] = b;
            }
        }

        // chosenBy[c] == v marks c as already picked for node v; new nodes start at m + 1 >= 2,
        // so the initial zeros never match.
        int[] chosenBy = new int[n];
        int[] chosen = new int[m];
        for (int v = m + 1; v < n; v++) {
            // Sample from the endpoints as they were before v arrived: v's own edges must not
            // raise the weight of targets it picks later.
            int pool = length;
            for (int t = 0; t < m; t++) {
                int c;
                do {
                    c = endpoints[random.nextInt(pool)];
                } while (chosenBy[c] == v);
                chosenBy[c] = v;
                chosen[t] = c;
            }
            for (int t = 0; t < m; t++) {
                builder.addEdge(v, chosen[t], TieKind.GENERIC);
                endpoints[length++] = v;
                endpoints[length++] = chosen[t];
            }
        }
        return builder.build();
    }

    private static void requireNodes(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
    }

    private static void requireEdgeCount(long edges) {
        if (edges > TieGraph.MAX_EDGES) {
            throw new IllegalArgumentException(
                    "graph would have " + edges + " edges, more than the limit " + TieGraph.MAX_EDGES);
        }
    }

    /** Order-independent key of the pair {@code {a, b}}; unique because both are below {@code n}. */
    private static long pairKey(int a, int b, int n) {
        return a < b ? (long) a * n + b : (long) b * n + a;
    }

    /**
     * Set of non-negative longs with open addressing and linear probing. Deletion shifts later
     * entries back instead of leaving tombstones, so probe lengths stay short under the steady
     * remove/add traffic of rewiring. It is only ever queried, never iterated, so its layout cannot
     * influence results.
     */
    private static final class LongSet {
        private static final long EMPTY = -1;

        private final long[] slots;
        private final int mask;

        /** A set sized for at most {@code maxSize} elements at a load factor of at most 0.7. */
        LongSet(int maxSize) {
            long needed = (long) (maxSize / 0.7) + 1;
            if (needed >= 1 << 30) {
                throw new IllegalArgumentException("too many edges to rewire: " + maxSize);
            }
            int capacity = Integer.highestOneBit((int) needed) << 1;
            slots = new long[capacity];
            Arrays.fill(slots, EMPTY);
            mask = capacity - 1;
        }

        boolean contains(long key) {
            for (int i = home(key); ; i = (i + 1) & mask) {
                long s = slots[i];
                if (s == key) {
                    return true;
                }
                if (s == EMPTY) {
                    return false;
                }
            }
        }

        void add(long key) {
            int i = home(key);
            while (slots[i] != EMPTY && slots[i] != key) {
                i = (i + 1) & mask;
            }
            slots[i] = key;
        }

        void remove(long key) {
            int i = home(key);
            while (slots[i] != key) {
                if (slots[i] == EMPTY) {
                    return;
                }
                i = (i + 1) & mask;
            }
            // Backward-shift deletion (Knuth, TAOCP vol. 3, algorithm 6.4R): move up any later
            // entry of the cluster whose home position does not lie cyclically in (i, j].
            int j = i;
            while (true) {
                j = (j + 1) & mask;
                long s = slots[j];
                if (s == EMPTY) {
                    break;
                }
                int h = home(s);
                boolean stays = i <= j ? (i < h && h <= j) : (i < h || h <= j);
                if (!stays) {
                    slots[i] = s;
                    i = j;
                }
            }
            slots[i] = EMPTY;
        }

        private int home(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
    }
}

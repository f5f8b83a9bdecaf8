package org.polycentric.model.network;

import java.util.Arrays;
import java.util.Objects;

/**
 * An undirected simple graph over nodes {@code 0..n-1} in compressed sparse row (CSR) form.
 *
 * <p>Each undirected edge is stored twice, once in each endpoint's row; rows are sorted by target
 * and contain neither self loops nor duplicates. The neighbours of node {@code i} are
 * {@code targets()[offsets()[i] .. offsets()[i + 1] - 1]}, and {@code kinds()} holds one byte per
 * such directed entry: the low two bits are the {@link TieKind#code()} and bit {@link #CROSS_BLOC}
 * is set by {@link #markCrossBloc(int[])}. Memory is {@code 4(n + 1) + 10m} bytes for {@code m}
 * edges, with no per-node objects.
 *
 * <p>A {@linkplain #complete(int) complete graph} stores no edges at all; callers are expected to
 * treat it with a mean-field shortcut instead of iterating neighbours.
 *
 * <p>The arrays returned by {@link #offsets()}, {@link #targets()} and {@link #kinds()} are the
 * backing arrays, returned without copying because they can hold tens of millions of entries;
 * callers must not modify them.
 */
public final class TieGraph {
    /** Mask selecting the {@link TieKind#code()} in a {@link #kinds()} byte. */
    public static final int KIND_MASK = 0x03;
    /** Flag in a {@link #kinds()} byte: the two endpoints belong to different blocs. */
    public static final int CROSS_BLOC = 0x04;

    /** Both directions of every edge must fit in int-indexed arrays. */
    static final int MAX_EDGES = (Integer.MAX_VALUE - 8) / 2;

    private static final int[] NO_INTS = new int[0];
    private static final byte[] NO_BYTES = new byte[0];

    private final int n;
    private final boolean complete;
    private final int[] offsets;
    private final int[] targets;
    private final byte[] kinds;

    private TieGraph(int n, boolean complete, int[] offsets, int[] targets, byte[] kinds) {
        this.n = n;
        this.complete = complete;
        this.offsets = offsets;
        this.targets = targets;
        this.kinds = kinds;
    }

    /**
     * The complete graph on {@code n} nodes, represented implicitly: no edges are stored and
     * {@link #offsets()}, {@link #targets()} and {@link #kinds()} are empty.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static TieGraph complete(int n) {
        requireNodeCount(n);
        return new TieGraph(n, true, NO_INTS, NO_INTS, NO_BYTES);
    }

    /**
     * A builder for a graph on {@code n} nodes.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static Builder builder(int n) {
        return new Builder(n, 16);
    }

    /**
     * A builder for a graph on {@code n} nodes that pre-allocates room for about
     * {@code expectedEdges} edges, avoiding repeated growth when the count is known.
     *
     * @throws IllegalArgumentException if {@code n < 0} or {@code expectedEdges < 0}
     */
    public static Builder builder(int n, long expectedEdges) {
        if (expectedEdges < 0) {
            throw new IllegalArgumentException("expectedEdges must be >= 0, was " + expectedEdges);
        }
        return new Builder(n, (int) Math.min(expectedEdges, MAX_EDGES));
    }

    /** Number of nodes. */
    public int nodes() {
        return n;
    }

    /** Number of undirected edges ({@code n(n-1)/2} for a complete graph). */
    public long edges() {
        return complete ? (long) n * (n - 1) / 2 : targets.length / 2;
    }

    /** Whether this is an implicit complete graph that stores no edges. */
    public boolean isComplete() {
        return complete;
    }

    /** Number of neighbours of node {@code i}. */
    public int degree(int i) {
        Objects.checkIndex(i, n);
        return complete ? n - 1 : offsets[i + 1] - offsets[i];
    }

    /** Mean degree {@code 2m/n}; 0 for an empty node set. */
    public double meanDegree() {
        if (n == 0) {
            return 0;
        }
        return complete ? n - 1 : (double) targets.length / n;
    }

    /**
     * Whether nodes {@code a} and {@code b} are adjacent, by binary search in the sorted row of
     * {@code a}.
     */
    public boolean hasEdge(int a, int b) {
        Objects.checkIndex(a, n);
        Objects.checkIndex(b, n);
        if (complete) {
            return a != b;
        }
        return Arrays.binarySearch(targets, offsets[a], offsets[a + 1], b) >= 0;
    }

    /** Row start positions, length {@code n + 1} (empty for a complete graph). Do not modify. */
    public int[] offsets() {
        return offsets;
    }

    /** Neighbour of each directed entry, rows sorted ascending (empty for a complete graph). Do not modify. */
    public int[] targets() {
        return targets;
    }

    /**
     * Kind code and {@link #CROSS_BLOC} flag of each directed entry (empty for a complete graph).
     * Do not modify; use {@link #markCrossBloc(int[])} to set the flag.
     */
    public byte[] kinds() {
        return kinds;
    }

    /** The tie kind encoded in a {@link #kinds()} byte. */
    public static TieKind kindOf(byte entry) {
        return TieKind.fromCode(entry & KIND_MASK);
    }

    /** Whether a {@link #kinds()} byte carries the {@link #CROSS_BLOC} flag. */
    public static boolean isCrossBloc(byte entry) {
        return (entry & CROSS_BLOC) != 0;
    }

    /**
     * Sets the {@link #CROSS_BLOC} flag on exactly the directed entries whose endpoints have
     * different blocs, clearing it elsewhere, so the method can be called again after blocs change.
     * A negative id means "in no rival bloc": such a node's ties are never cross-bloc. Does nothing
     * on a complete graph, which has no entries.
     *
     * @param blocOfNode bloc id of each node (negative: none), length {@link #nodes()}
     * @throws IllegalArgumentException if the array length is not {@link #nodes()}
     */
    public void markCrossBloc(int[] blocOfNode) {
        if (blocOfNode.length != n) {
            throw new IllegalArgumentException(
                    "blocOfNode has length " + blocOfNode.length + ", expected " + n);
        }
        if (complete) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int bloc = blocOfNode[i];
            for (int e = offsets[i], end = offsets[i + 1]; e < end; e++) {
                int other = blocOfNode[targets[e]];
                boolean cross = bloc >= 0 && other >= 0 && other != bloc;
                kinds[e] = (byte) (cross ? kinds[e] | CROSS_BLOC : kinds[e] & ~CROSS_BLOC);
            }
        }
    }

    private static void requireNodeCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("node count must be >= 0, was " + n);
        }
    }

    /**
     * Collects edges and produces a {@link TieGraph}. Pending edges are kept in growable primitive
     * arrays (9 bytes per edge). A builder can be built once.
     */
    public static final class Builder {
        private final int n;
        private int[] from;
        private int[] to;
        private byte[] kind;
        private int size;
        private boolean built;

        private Builder(int n, int capacity) {
            requireNodeCount(n);
            this.n = n;
            this.from = new int[capacity];
            this.to = new int[capacity];
            this.kind = new byte[capacity];
        }

        /**
         * Adds the undirected edge {@code a–b}. Self loops are ignored; if the same pair is added
         * more than once, {@link #build()} keeps a single edge with the smallest kind code.
         *
         * @return this builder
         * @throws IndexOutOfBoundsException if an endpoint is not in {@code 0..n-1}
         * @throws IllegalStateException     if the builder was already built or the edge limit
         *                                   (about 1.07 billion) is reached
         */
        public Builder addEdge(int a, int b, TieKind kind) {
            Objects.checkIndex(a, n);
            Objects.checkIndex(b, n);
            Objects.requireNonNull(kind, "kind");
            requireNotBuilt();
            if (a == b) {
                return this;
            }
            if (size == from.length) {
                grow();
            }
            from[size] = a;
            to[size] = b;
            this.kind[size] = (byte) kind.code();
            size++;
            return this;
        }

        /**
         * Produces the CSR graph: both directions of each edge, rows sorted by target, duplicate
         * pairs merged keeping the smallest kind code. Runs in {@code O(n + m log d)} time, where
         * {@code d} is the largest degree.
         *
         * @throws IllegalStateException if the builder was already built
         */
        public TieGraph build() {
            requireNotBuilt();
            built = true;

            int[] offsets = new int[n + 1];
            for (int e = 0; e < size; e++) {
                offsets[from[e] + 1]++;
                offsets[to[e] + 1]++;
            }
            int maxRow = 0;
            for (int i = 0; i < n; i++) {
                maxRow = Math.max(maxRow, offsets[i + 1]);
                offsets[i + 1] += offsets[i];
            }

            int entries = 2 * size;
            int[] targets = new int[entries];
            byte[] kinds = new byte[entries];
            int[] cursor = Arrays.copyOf(offsets, n);
            for (int e = 0; e < size; e++) {
                int a = from[e];
                int b = to[e];
                int pa = cursor[a]++;
                targets[pa] = b;
                kinds[pa] = kind[e];
                int pb = cursor[b]++;
                targets[pb] = a;
                kinds[pb] = kind[e];
            }
            // Release the pending edges before sorting so that peak memory stays near one copy.
            from = null;
            to = null;
            kind = null;

            // Packing target and kind into one long makes a plain primitive sort order rows by
            // target and, among duplicates, by kind code, so the first of a run is the one to keep.
            long[] row = new long[maxRow];
            int write = 0;
            for (int i = 0; i < n; i++) {
                int start = offsets[i];
                int length = offsets[i + 1] - start;
                offsets[i] = write;
                for (int t = 0; t < length; t++) {
                    row[t] = ((long) targets[start + t] << 2) | kinds[start + t];
                }
                Arrays.sort(row, 0, length);
                int previous = -1;
                for (int t = 0; t < length; t++) {
                    int target = (int) (row[t] >>> 2);
                    if (target != previous) {
                        targets[write] = target;
                        kinds[write] = (byte) (row[t] & KIND_MASK);
                        write++;
                        previous = target;
                    }
                }
            }
            offsets[n] = write;
            if (write < entries) {
                targets = Arrays.copyOf(targets, write);
                kinds = Arrays.copyOf(kinds, write);
            }
            return new TieGraph(n, false, offsets, targets, kinds);
        }

        private void grow() {
            if (size >= MAX_EDGES) {
                throw new IllegalStateException("a TieGraph can hold at most " + MAX_EDGES + " edges");
            }
            int capacity = (int) Math.min(MAX_EDGES, Math.max(16L, size + (size >> 1)));
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            kind = Arrays.copyOf(kind, capacity);
        }

        private void requireNotBuilt() {
            if (built) {
                throw new IllegalStateException("this builder has already been built");
            }
        }
    }
}

package org.polycentric.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GraphGeneratorsTest {

    /** Tolerances are this many standard deviations; with fixed seeds the tests are deterministic. */
    private static final double Z = 5;

    // ---------------------------------------------------------------- Erdős–Rényi

    @Test
    void erdosRenyiMeanDegreeMatchesWithinBinomialSd() {
        int n = 20_000;
        double z = 4;
        TieGraph g = GraphGenerators.erdosRenyi(n, z, new MersenneTwisterFast(1));
        GraphChecks.assertWellFormed(g);

        double p = z / (n - 1);
        double pairs = (double) n * (n - 1) / 2;
        // m ~ Binomial(pairs, p) and the mean degree is 2m/n.
        double sdMeanDegree = 2 * Math.sqrt(pairs * p * (1 - p)) / n;
        assertEquals(z, g.meanDegree(), Z * sdMeanDegree);
        assertAllGeneric(g);
    }

    @Test
    void erdosRenyiDegreesFollowTheBinomialLaw() {
        int n = 20_000;
        double z = 4;
        TieGraph g = GraphGenerators.erdosRenyi(n, z, new MersenneTwisterFast(2));
        int[] count = new int[64];
        for (int i = 0; i < n; i++) {
            count[g.degree(i)]++;
        }
        double p = z / (n - 1);
        // P(degree = d) for Binomial(n - 1, p), which is Poisson(z) up to O(1/n); P(0) ~ e^-z.
        double pd = Math.pow(1 - p, n - 1);
        assertEquals(Math.exp(-z), pd, 1e-4);
        for (int d = 0; d <= 10; d++) {
            double expected = n * pd;
            double sd = Math.sqrt(n * pd * (1 - pd));
            assertEquals(expected, count[d], Z * sd, "nodes of degree " + d);
            pd *= (double) (n - 1 - d) / (d + 1) * p / (1 - p);
        }
    }

    @Test
    void erdosRenyiTiesEveryPairWithTheSameProbability() {
        // Small graphs, many replicates: checks that the geometric skipping neither favours nor
        // misses any pair, including the first (1, 0) and the last (n-1, n-2).
        int n = 10;
        int replicates = 20_000;
        double p = 1.0 / 3;
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        int[][] count = new int[n][n];
        for (int r = 0; r < replicates; r++) {
            TieGraph g = GraphGenerators.erdosRenyi(n, p * (n - 1), random);
            for (int i = 0; i < n; i++) {
                for (int e = g.offsets()[i]; e < g.offsets()[i + 1]; e++) {
                    count[i][g.targets()[e]]++;
                }
            }
        }
        double sd = Math.sqrt(replicates * p * (1 - p));
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                assertEquals(replicates * p, count[a][b], Z * sd, "pair " + a + "-" + b);
            }
        }
    }

    @Test
    void erdosRenyiExtremes() {
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        assertEquals(0, GraphGenerators.erdosRenyi(100, 0, random).edges());
        TieGraph full = GraphGenerators.erdosRenyi(60, 59, random);
        GraphChecks.assertWellFormed(full);
        assertFalse(full.isComplete());
        assertEquals(60L * 59 / 2, full.edges());
        assertEquals(0, GraphGenerators.erdosRenyi(1, 0, random).edges());
        assertEquals(0, GraphGenerators.erdosRenyi(0, 0, random).nodes());
        assertThrows(IllegalArgumentException.class, () -> GraphGenerators.erdosRenyi(10, 9.5, random));
        assertThrows(IllegalArgumentException.class, () -> GraphGenerators.erdosRenyi(10, -1, random));
        assertThrows(IllegalArgumentException.class, () -> GraphGenerators.erdosRenyi(10, Double.NaN, random));
    }

    @Test
    void erdosRenyiIsReproducibleFromTheSeed() {
        assertSameGraph(GraphGenerators.erdosRenyi(5000, 6, new MersenneTwisterFast(42)),
                GraphGenerators.erdosRenyi(5000, 6, new MersenneTwisterFast(42)));
        assertFalse(Arrays.equals(GraphGenerators.erdosRenyi(5000, 6, new MersenneTwisterFast(42)).targets(),
                GraphGenerators.erdosRenyi(5000, 6, new MersenneTwisterFast(43)).targets()));
    }

    // ---------------------------------------------------------------- Watts–Strogatz

    @Test
    void wattsStrogatzWithoutRewiringIsTheRingLattice() {
        int n = 1000;
        int k = 6;
        TieGraph g = GraphGenerators.wattsStrogatz(n, k, 0, new MersenneTwisterFast(1));
        GraphChecks.assertWellFormed(g);
        assertEquals((long) n * k / 2, g.edges());
        for (int i = 0; i < n; i++) {
            assertEquals(k, g.degree(i));
            for (int j = 1; j <= k / 2; j++) {
                assertTrue(g.hasEdge(i, (i + j) % n), i + " not tied to " + (i + j) % n);
            }
        }
        assertEquals(3.0 * (k - 2) / (4 * (k - 1)), GraphChecks.meanLocalClustering(g), 1e-12);
        assertAllGeneric(g);
    }

    @Test
    void wattsStrogatzFullRewiringKeepsEdgeCountWithoutDuplicates() {
        int n = 2000;
        int k = 8;
        TieGraph g = GraphGenerators.wattsStrogatz(n, k, 1, new MersenneTwisterFast(2));
        GraphChecks.assertWellFormed(g);
        assertEquals((long) n * k / 2, g.edges());
        // Each node keeps the near end of its own k/2 lattice edges.
        assertTrue(GraphChecks.minDegree(g) >= k / 2);
        // A random graph of this density has clustering about k/n, far below the lattice's 9/14.
        assertTrue(GraphChecks.meanLocalClustering(g) < 0.02);
    }

    @Test
    void wattsStrogatzRewiresAboutBetaOfTheEdges() {
        int n = 10_000;
        int k = 6;
        double beta = 0.1;
        TieGraph g = GraphGenerators.wattsStrogatz(n, k, beta, new MersenneTwisterFast(3));
        GraphChecks.assertWellFormed(g);
        long m = (long) n * k / 2;
        assertEquals(m, g.edges());
        long lattice = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 1; j <= k / 2; j++) {
                lattice += g.hasEdge(i, (i + j) % n) ? 1 : 0;
            }
        }
        // Rewired edges ~ Binomial(m, beta); landing back on a lattice pair is O(k/n) rare.
        assertEquals(beta * m, m - lattice, Z * Math.sqrt(m * beta * (1 - beta)));
    }

    @Test
    void wattsStrogatzValidatesArguments() {
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        assertThrows(IllegalArgumentException.class, () -> GraphGenerators.wattsStrogatz(100, 5, 0.1, random));
        assertThrows(IllegalArgumentException.class, () -> GraphGenerators.wattsStrogatz(10, 10, 0.1, random));
        assertThrows(IllegalArgumentException.class, () -> GraphGenerators.wattsStrogatz(100, 4, 1.5, random));
        // A triangle is complete, so nothing can be rewired and the call must still terminate.
        assertEquals(3, GraphGenerators.wattsStrogatz(3, 2, 1, random).edges());
    }

    @Test
    void wattsStrogatzIsReproducibleFromTheSeed() {
        assertSameGraph(GraphGenerators.wattsStrogatz(3000, 4, 0.3, new MersenneTwisterFast(7)),
                GraphGenerators.wattsStrogatz(3000, 4, 0.3, new MersenneTwisterFast(7)));
        assertFalse(Arrays.equals(GraphGenerators.wattsStrogatz(3000, 4, 0.3, new MersenneTwisterFast(7)).targets(),
                GraphGenerators.wattsStrogatz(3000, 4, 0.3, new MersenneTwisterFast(8)).targets()));
    }

    // ---------------------------------------------------------------- Barabási–Albert

    @Test
    void barabasiAlbertHasTheExpectedEdgesAndAHeavyTail() {
        int n = 20_000;
        int m = 3;
        TieGraph g = GraphGenerators.barabasiAlbert(n, m, new MersenneTwisterFast(1));
        GraphChecks.assertWellFormed(g);
        assertEquals((long) m * (m + 1) / 2 + (long) (n - m - 1) * m, g.edges());
        assertTrue(GraphChecks.minDegree(g) >= m);
        for (int a = 0; a <= m; a++) {
            for (int b = a + 1; b <= m; b++) {
                assertTrue(g.hasEdge(a, b), "seed clique misses " + a + "-" + b);
            }
        }
        // The largest hub grows like m sqrt(n) (~400 here); an ER graph of the same mean degree
        // would have a maximum degree below 20.
        assertTrue(GraphChecks.maxDegree(g) > 15 * g.meanDegree(),
                "max degree " + GraphChecks.maxDegree(g) + " vs mean " + g.meanDegree());
        assertAllGeneric(g);
    }

    @Test
    void barabasiAlbertWithOneEdgePerNodeIsATree() {
        TieGraph g = GraphGenerators.barabasiAlbert(5000, 1, new MersenneTwisterFast(2));
        GraphChecks.assertWellFormed(g);
        assertEquals(4999, g.edges());
        assertTrue(GraphChecks.minDegree(g) >= 1);
    }

    @Test
    void barabasiAlbertValidatesArgumentsAndIsReproducible() {
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        assertThrows(IllegalArgumentException.class, () -> GraphGenerators.barabasiAlbert(10, 0, random));
        assertThrows(IllegalArgumentException.class, () -> GraphGenerators.barabasiAlbert(3, 3, random));
        assertEquals(6, GraphGenerators.barabasiAlbert(4, 3, random).edges());
        assertSameGraph(GraphGenerators.barabasiAlbert(3000, 2, new MersenneTwisterFast(9)),
                GraphGenerators.barabasiAlbert(3000, 2, new MersenneTwisterFast(9)));
        assertFalse(Arrays.equals(GraphGenerators.barabasiAlbert(3000, 2, new MersenneTwisterFast(9)).targets(),
                GraphGenerators.barabasiAlbert(3000, 2, new MersenneTwisterFast(10)).targets()));
    }

    private static void assertSameGraph(TieGraph expected, TieGraph actual) {
        assertArrayEquals(expected.offsets(), actual.offsets());
        assertArrayEquals(expected.targets(), actual.targets());
        assertArrayEquals(expected.kinds(), actual.kinds());
    }

    private static void assertAllGeneric(TieGraph g) {
        for (byte kind : g.kinds()) {
            assertEquals(TieKind.GENERIC, TieGraph.kindOf(kind));
        }
    }
}

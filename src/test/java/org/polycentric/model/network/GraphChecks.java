package org.polycentric.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

/** Structural invariants and measures shared by the graph tests. */
final class GraphChecks {
    private GraphChecks() {
    }

    /**
     * Asserts the CSR invariants: consistent array lengths, rows strictly increasing (sorted, no
     * duplicates), no self loops, and every entry mirrored by a reverse entry with the same byte.
     */
    static void assertWellFormed(TieGraph g) {
        int n = g.nodes();
        int[] offsets = g.offsets();
        int[] targets = g.targets();
        byte[] kinds = g.kinds();
        assertEquals(n + 1, offsets.length, "offsets length");
        assertEquals(0, offsets[0]);
        assertEquals(targets.length, offsets[n]);
        assertEquals(targets.length, kinds.length);
        assertEquals(2 * g.edges(), targets.length);
        for (int i = 0; i < n; i++) {
            assertTrue(offsets[i] <= offsets[i + 1], "offsets decrease at " + i);
            assertEquals(offsets[i + 1] - offsets[i], g.degree(i));
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                int t = targets[e];
                assertTrue(t >= 0 && t < n, "target out of range");
                assertNotEquals(i, t, "self loop at " + i);
                if (e > offsets[i]) {
                    assertTrue(targets[e - 1] < t, "row " + i + " not strictly increasing");
                }
                int back = Arrays.binarySearch(targets, offsets[t], offsets[t + 1], i);
                assertTrue(back >= 0, "edge " + i + "-" + t + " has no reverse entry");
                assertEquals(kinds[e], kinds[back], "kind differs between directions of " + i + "-" + t);
            }
        }
    }

    /** Mean over all nodes of the local clustering coefficient (0 for nodes of degree below 2). */
    static double meanLocalClustering(TieGraph g) {
        int[] offsets = g.offsets();
        int[] targets = g.targets();
        double sum = 0;
        for (int i = 0; i < g.nodes(); i++) {
            int d = g.degree(i);
            if (d < 2) {
                continue;
            }
            long links = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                int a = targets[e];
                // Count each triangle edge a-b once, with a < b, by merging the two sorted rows.
                int x = e + 1;
                int y = offsets[a];
                while (x < offsets[i + 1] && y < offsets[a + 1]) {
                    if (targets[x] < targets[y]) {
                        x++;
                    } else if (targets[x] > targets[y]) {
                        y++;
                    } else {
                        links++;
                        x++;
                        y++;
                    }
                }
            }
            sum += links / (d * (d - 1) / 2.0);
        }
        return sum / g.nodes();
    }

    static int maxDegree(TieGraph g) {
        int max = 0;
        for (int i = 0; i < g.nodes(); i++) {
            max = Math.max(max, g.degree(i));
        }
        return max;
    }

    static int minDegree(TieGraph g) {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < g.nodes(); i++) {
            min = Math.min(min, g.degree(i));
        }
        return min;
    }
}

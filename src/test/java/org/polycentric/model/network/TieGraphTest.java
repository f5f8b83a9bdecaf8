package org.polycentric.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TieGraphTest {

    @Test
    void tieKindCodesAreStable() {
        assertEquals(0, TieKind.SAME_NATION.code());
        assertEquals(1, TieKind.PROXIMITY.code());
        assertEquals(2, TieKind.LONG_RANGE.code());
        assertEquals(3, TieKind.GENERIC.code());
        for (TieKind kind : TieKind.values()) {
            assertEquals(kind, TieKind.fromCode(kind.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> TieKind.fromCode(4));
    }

    @Test
    void builderMergesDuplicatesKeepingSmallestKindAndIgnoresSelfLoops() {
        TieGraph g = TieGraph.builder(5)
                .addEdge(0, 1, TieKind.PROXIMITY)
                .addEdge(1, 0, TieKind.SAME_NATION)
                .addEdge(0, 1, TieKind.LONG_RANGE)
                .addEdge(2, 2, TieKind.GENERIC)
                .addEdge(3, 1, TieKind.GENERIC)
                .addEdge(4, 0, TieKind.LONG_RANGE)
                .build();

        assertFalse(g.isComplete());
        assertEquals(5, g.nodes());
        assertEquals(3, g.edges());
        assertArrayEquals(new int[] {0, 2, 4, 4, 5, 6}, g.offsets());
        assertArrayEquals(new int[] {1, 4, 0, 3, 1, 0}, g.targets());
        byte same = (byte) TieKind.SAME_NATION.code();
        byte longRange = (byte) TieKind.LONG_RANGE.code();
        byte generic = (byte) TieKind.GENERIC.code();
        assertArrayEquals(new byte[] {same, longRange, same, generic, generic, longRange}, g.kinds());
        assertEquals(0, g.degree(2));
        assertEquals(6.0 / 5, g.meanDegree(), 1e-12);
        assertTrue(g.hasEdge(1, 3));
        assertTrue(g.hasEdge(3, 1));
        assertFalse(g.hasEdge(2, 2));
        assertFalse(g.hasEdge(3, 4));
        GraphChecks.assertWellFormed(g);
    }

    @Test
    void builderMatchesReferenceOnRandomInputWithManyDuplicates() {
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        int n = 300;
        TieGraph.Builder builder = TieGraph.builder(n);
        // Reference: unordered pair -> smallest kind code seen.
        Map<Long, Integer> expected = new TreeMap<>();
        for (int e = 0; e < 6000; e++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            TieKind kind = TieKind.fromCode(random.nextInt(4));
            builder.addEdge(a, b, kind);
            if (a != b) {
                expected.merge((long) Math.min(a, b) * n + Math.max(a, b), kind.code(), Math::min);
            }
        }
        TieGraph g = builder.build();

        GraphChecks.assertWellFormed(g);
        assertEquals(expected.size(), g.edges());
        for (Map.Entry<Long, Integer> pair : expected.entrySet()) {
            int a = (int) (pair.getKey() / n);
            int b = (int) (pair.getKey() % n);
            int e = Arrays.binarySearch(g.targets(), g.offsets()[a], g.offsets()[a + 1], b);
            assertTrue(e >= 0, "missing edge " + a + "-" + b);
            assertEquals(TieKind.fromCode(pair.getValue()), TieGraph.kindOf(g.kinds()[e]));
        }
    }

    @Test
    void markCrossBlocFlagsExactlyTheEntriesBetweenBlocsAndKeepsKinds() {
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        int n = 400;
        TieGraph.Builder builder = TieGraph.builder(n);
        for (int e = 0; e < 3000; e++) {
            builder.addEdge(random.nextInt(n), random.nextInt(n), TieKind.fromCode(random.nextInt(4)));
        }
        TieGraph g = builder.build();
        byte[] kindsBefore = g.kinds().clone();

        for (int round = 0; round < 2; round++) {
            int[] bloc = new int[n];
            for (int i = 0; i < n; i++) {
                bloc[i] = random.nextInt(3);
            }
            g.markCrossBloc(bloc);
            int crossEntries = 0;
            for (int i = 0; i < n; i++) {
                for (int e = g.offsets()[i]; e < g.offsets()[i + 1]; e++) {
                    boolean cross = bloc[i] != bloc[g.targets()[e]];
                    assertEquals(cross, TieGraph.isCrossBloc(g.kinds()[e]), "entry " + i + "->" + g.targets()[e]);
                    assertEquals(kindsBefore[e] & TieGraph.KIND_MASK, g.kinds()[e] & TieGraph.KIND_MASK);
                    crossEntries += cross ? 1 : 0;
                }
            }
            assertTrue(crossEntries > 0 && crossEntries < g.targets().length, "both cases exercised");
        }
        assertThrows(IllegalArgumentException.class, () -> g.markCrossBloc(new int[n - 1]));
    }

    @Test
    void completeGraphStoresNoEdges() {
        TieGraph g = TieGraph.complete(1000);
        assertTrue(g.isComplete());
        assertEquals(1000, g.nodes());
        assertEquals(999, g.degree(0));
        assertEquals(999, g.degree(999));
        assertEquals(1000L * 999 / 2, g.edges());
        assertEquals(999.0, g.meanDegree());
        assertEquals(0, g.offsets().length);
        assertEquals(0, g.targets().length);
        assertEquals(0, g.kinds().length);
        assertTrue(g.hasEdge(3, 7));
        assertFalse(g.hasEdge(7, 7));
        g.markCrossBloc(new int[1000]);
        assertEquals(0, g.kinds().length);
        assertThrows(IndexOutOfBoundsException.class, () -> g.degree(1000));
    }

    @Test
    void builderRejectsBadInputAndReuse() {
        TieGraph.Builder builder = TieGraph.builder(3);
        assertThrows(IndexOutOfBoundsException.class, () -> builder.addEdge(0, 3, TieKind.GENERIC));
        assertThrows(IndexOutOfBoundsException.class, () -> builder.addEdge(-1, 0, TieKind.GENERIC));
        assertThrows(NullPointerException.class, () -> builder.addEdge(0, 1, null));
        builder.addEdge(0, 1, TieKind.GENERIC);
        TieGraph g = builder.build();
        assertEquals(1, g.edges());
        assertThrows(IllegalStateException.class, builder::build);
        assertThrows(IllegalStateException.class, () -> builder.addEdge(1, 2, TieKind.GENERIC));
        assertThrows(IllegalArgumentException.class, () -> TieGraph.builder(-1));
    }

    @Test
    void emptyGraphs() {
        TieGraph none = TieGraph.builder(0).build();
        assertEquals(0, none.nodes());
        assertEquals(0, none.edges());
        assertEquals(0.0, none.meanDegree());
        assertArrayEquals(new int[] {0}, none.offsets());
        TieGraph isolated = TieGraph.builder(4).build();
        GraphChecks.assertWellFormed(isolated);
        assertEquals(0, isolated.edges());
    }
}

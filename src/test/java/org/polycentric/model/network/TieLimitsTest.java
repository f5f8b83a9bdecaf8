package org.polycentric.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.polycentric.scenario.WorldSpec;

/**
 * The scenario checks (WorldSpec) refuse a graph too large to build with the limits of the graph
 * code here; they hold copies of those limits, which must not drift apart.
 */
class TieLimitsTest {
    @Test
    void theScenarioKnowsHowManyTiesATieGraphHolds() {
        assertEquals(TieGraph.MAX_EDGES, WorldSpec.MAX_TIES);
        // One more than the limit is refused by the generator itself (before allocating anything).
        long n = 2 * (TieGraph.MAX_EDGES / 3) + 2; // Barabasi-Albert with m = 3: about 3n ties
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphGenerators.barabasiAlbert((int) n, 3, new MersenneTwisterFast(1)));
        assertEquals(true, e.getMessage().contains("more than the limit " + TieGraph.MAX_EDGES), e.getMessage());
    }

    /** Rewiring's hash set holds at most 0.7 * (2^30 - 1) ties: the largest size whose table stays below 2^30. */
    @Test
    void theScenarioKnowsHowManyTiesRewiringTracks() {
        long limit = WorldSpec.MAX_REWIRED_TIES;
        assertEquals(true, (long) (limit / 0.7) + 1 < 1L << 30, "the limit itself fits");
        assertEquals(true, (long) ((limit + 1) / 0.7) + 1 >= 1L << 30, "one more does not");
    }
}

package org.polycentric.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.scenario.WorldSpec.GraphSpec.GraphKind;

/**
 * The graph settings are checked against the city count for every graph kind, on the settings that
 * kind uses (docs/SCENARIOS.md, ODD 8): a scenario that passes builds its world at the very bounds,
 * and one a step past them stops with a bad-input message naming the setting, never an internal
 * error from a generator.
 */
class GraphChecksTest {
    private static final Map<GraphKind, String> NAMES = Map.of(GraphKind.SYNTHETIC, "synthetic",
            GraphKind.COMPLETE, "complete", GraphKind.ERDOS_RENYI, "erdos-renyi",
            GraphKind.WATTS_STROGATZ, "watts-strogatz", GraphKind.BARABASI_ALBERT, "barabasi-albert");

    /** The baseline shrunk to {@code cities} cities and two years, with {@code kind} and {@code more} settings. */
    private static Scenario load(int cities, GraphKind kind, String... more) throws ScenarioException {
        List<String> overrides = new ArrayList<>(List.of("world.cities=" + cities, "world.firms.count=20",
                "time.endYear=2007", "world.graph.kind=" + NAMES.get(kind)));
        overrides.addAll(List.of(more));
        return new ScenarioLoader(RuleCatalogue.STANDARD).load(Path.of("scenarios", "baseline.json"), overrides)
                .value();
    }

    private static String rejection(int cities, GraphKind kind, String... more) {
        return assertThrows(ScenarioException.class, () -> load(cities, kind, more),
                kind + " " + List.of(more) + " with " + cities + " cities").getMessage();
    }

    private static void builds(int cities, GraphKind kind, String... more) throws ScenarioException {
        ReplicationResult result = TestScenarios.run(load(cities, kind, more), 0);
        assertEquals(cities, result.world().cities().count(), kind + " " + List.of(more));
    }

    @Test
    void everyKindIsNamedHere() {
        assertEquals(List.of(GraphKind.values()).size(), NAMES.size(), "a new graph kind needs its checks and tests");
    }

    @Test
    void eachKindsSettingIsCheckedAgainstTheCityCount() {
        assertTrue(rejection(5, GraphKind.ERDOS_RENYI, "world.graph.meanDegree=4.5")
                .contains("world.graph.meanDegree: must be at most cities - 1 (4), was 4.5"));
        assertTrue(rejection(1, GraphKind.ERDOS_RENYI, "world.graph.meanDegree=0.5")
                .contains("world.graph.meanDegree: must be at most cities - 1 (0), was 0.5"));
        assertTrue(rejection(6, GraphKind.WATTS_STROGATZ, "world.graph.k=6")
                .contains("world.graph.k: must be less than cities (6), was 6"));
        assertTrue(rejection(5, GraphKind.WATTS_STROGATZ, "world.graph.k=3")
                .contains("world.graph.k: must be even"), "k/2 neighbours on each side");
        assertTrue(rejection(5, GraphKind.BARABASI_ALBERT, "world.graph.m=5")
                .contains("world.graph.m: must be less than cities (5), was 5"));
        assertTrue(rejection(1, GraphKind.BARABASI_ALBERT, "world.graph.m=1")
                .contains("world.graph.m: must be less than cities (1), was 1"));
    }

    @Test
    void everyKindBuildsItsWorldAtTheBounds() throws ScenarioException {
        builds(5, GraphKind.ERDOS_RENYI, "world.graph.meanDegree=4"); // p = 1: every pair tied
        builds(1, GraphKind.ERDOS_RENYI, "world.graph.meanDegree=0");
        builds(5, GraphKind.WATTS_STROGATZ, "world.graph.k=4", "world.graph.rewiring=1");
        builds(6, GraphKind.WATTS_STROGATZ, "world.graph.k=4", "world.graph.rewiring=0.5");
        builds(1, GraphKind.WATTS_STROGATZ, "world.graph.k=0");
        builds(5, GraphKind.BARABASI_ALBERT, "world.graph.m=4");
        builds(2, GraphKind.BARABASI_ALBERT, "world.graph.m=1");
        builds(1, GraphKind.COMPLETE);
        builds(1, GraphKind.SYNTHETIC);
        builds(2, GraphKind.SYNTHETIC);
    }

    @Test
    void aKindIgnoresTheOthersSettings() throws ScenarioException {
        // The defaults meanDegree 4, k 4, m 2 are too large for 2 cities, but only their own kind uses them.
        for (GraphKind kind : List.of(GraphKind.SYNTHETIC, GraphKind.COMPLETE)) {
            builds(2, kind);
        }
        builds(2, GraphKind.ERDOS_RENYI, "world.graph.meanDegree=1");
        builds(2, GraphKind.WATTS_STROGATZ, "world.graph.k=0");
        builds(2, GraphKind.BARABASI_ALBERT, "world.graph.m=1");
    }

    /** A world too large for a tie graph is refused up front (no world is built: these are checks only). */
    @Test
    void theTiesMustFitInATieGraph() throws ScenarioException {
        int cities = 50_000_000;
        // Watts-Strogatz: n k / 2 ties; rewiring tracks at most MAX_REWIRED_TIES of them.
        assertTrue(rejection(cities, GraphKind.WATTS_STROGATZ, "world.graph.k=32", "world.graph.rewiring=0.1")
                .contains("world.graph.k: 50,000,000 cities would have up to 800,000,000 ties, more than the "
                        + "751,619,276 the rewiring can track"));
        load(cities, GraphKind.WATTS_STROGATZ, "world.graph.k=30", "world.graph.rewiring=0.1"); // 750,000,000
        load(cities, GraphKind.WATTS_STROGATZ, "world.graph.k=42", "world.graph.rewiring=0"); // 1,050,000,000
        assertTrue(rejection(cities, GraphKind.WATTS_STROGATZ, "world.graph.k=44", "world.graph.rewiring=0")
                .contains("world.graph.k: 50,000,000 cities would have up to 1,100,000,000 ties, more than the "
                        + "1,073,741,819 the tie graph holds"));
        // Barabasi-Albert: m(m+1)/2 + (n-m-1)m ties.
        load(cities, GraphKind.BARABASI_ALBERT, "world.graph.m=21"); // 1,049,999,769
        assertTrue(rejection(cities, GraphKind.BARABASI_ALBERT, "world.graph.m=22").contains("world.graph.m: "));
        // Erdos-Renyi: a random number of ties, n z / 2 on average.
        load(cities, GraphKind.ERDOS_RENYI, "world.graph.meanDegree=42");
        assertTrue(rejection(cities, GraphKind.ERDOS_RENYI, "world.graph.meanDegree=43")
                .contains("world.graph.meanDegree: "));
        // Synthetic: at most sameNation + proximity + ceil(longRange) ties per city.
        load(cities, GraphKind.SYNTHETIC, "world.ties.sameNation=10", "world.ties.proximity=9",
                "world.ties.longRange=1.5"); // 21 per city: 1,050,000,000
        assertTrue(rejection(cities, GraphKind.SYNTHETIC, "world.ties.sameNation=10", "world.ties.proximity=10",
                "world.ties.longRange=1.5").contains("world.ties: 50,000,000 cities would have up to "
                        + "1,100,000,000 ties"));
        // A complete graph stores no ties at all.
        load(cities, GraphKind.COMPLETE);
    }
}

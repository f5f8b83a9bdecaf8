package org.polycentric.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polycentric.experiment.PairedEffects.Arm;
import org.polycentric.experiment.PairedEffects.Effect;

/**
 * The future branches of the real world (scenarios extending world-2005 to 2060) against
 * {@code us-stays}, their common reference, checked like the synthetic scenarios in
 * {@link ScenarioCausalPathsTest}: same replication seeds in every arm, the effect the description
 * claims significant, and most of it gone when the mechanism it names is switched off in both.
 * Section 11 of docs/ODD.md gives the numbers.
 */
class BranchCausalPathsTest {

    private static final int REPLICATIONS = Integer.getInteger("causalPaths.replications", 6);
    private static final double MOST = 0.6;
    private static final Arm STAYS = Arm.of("us-stays");

    private static PairedEffects runs;

    @BeforeAll
    static void measures() {
        Map<String, PairedEffects.Measure> m = new LinkedHashMap<>();
        m.put("autonomous US cities' pledges in the year after the turn", ScenarioCausalPathsTest::usPledgesAfterTurn);
        m.put("US cities pledged, 2035", r -> ScenarioCausalPathsTest.usPledgedShare(r, 2035));
        m.put("pledged share, east bloc, 2040", PairedEffects.metric("pledged_share", "bloc_east", 2040));
        m.put("pledged share, nonaligned bloc, 2040", PairedEffects.metric("pledged_share", "bloc_nonaligned", 2040));
        m.put("pledged share, South, 2035", PairedEffects.metric("pledged_share", "south", 2035));
        m.put("mean capacity, South, 2035", PairedEffects.metric("mean_capacity", "south", 2035));
        m.put("pledged share, all, 2035", PairedEffects.metric("pledged_share", "all", 2035));
        m.put("Global Covenant members, 2030", PairedEffects.metric("network_members", "Global Covenant of Mayors", 2030));
        runs = new PairedEffects(REPLICATIONS, m);
    }

    @Test
    void usExit2025CountersWithASurgeOfPledges() throws Exception {
        Arm exit = Arm.of("us-exit-2025");
        List<String> pulseOff = List.of("rules.nationalContext.mobilisation=0");
        Effect surge = decompose(exit, "autonomous US cities' pledges in the year after the turn",
                Map.of("M6 counter-mobilisation off", pulseOff));
        assertTrue(surge.low() > 0, "the US exit brings a surge of US pledges: " + surge);
        assertMostRemoved(exit, "autonomous US cities' pledges in the year after the turn", surge, pulseOff);
        decompose(exit, "US cities pledged, 2035", Map.of("M6 off", List.of("rules.nationalContext.enabled=false"),
                "M6 counter-mobilisation off", pulseOff));
    }

    @Test
    void rivalryHighSlowsTheEastBlocThroughRivalry() throws Exception {
        Arm rivalry = Arm.of("rivalry-high");
        List<String> m7Off = List.of("rules.greatPowerInterference.enabled=false");
        Effect east = decompose(rivalry, "pledged share, east bloc, 2040", Map.of("M7 off", m7Off));
        assertTrue(east.high() < 0, "rivalry slows the east bloc: " + east);
        assertMostRemoved(rivalry, "pledged share, east bloc, 2040", east, m7Off);
        decompose(rivalry, "pledged share, nonaligned bloc, 2040", Map.of(
                "competing offers to the nonaligned off", List.of("rules.greatPowerInterference.fragmentation=0")));
    }

    @Test
    void southFinanceScaledUpActsThroughCapacity() throws Exception {
        Arm finance = Arm.of("south-finance-scaled-up");
        List<String> grantsOff = List.of("rules.capacityAndSupport.maxRecipients=0");
        Effect south = decompose(finance, "pledged share, South, 2035", Map.of("M8 grants off", grantsOff,
                "capacity barrier off (gamma 0)", List.of("rules.capacityAndSupport.gamma=0")));
        assertTrue(south.low() > 0, "more finance, more Southern pledges: " + south);
        assertMostRemoved(finance, "pledged share, South, 2035", south, grantsOff);
        decompose(finance, "mean capacity, South, 2035", Map.of("M8 grants off", grantsOff));
    }

    @Test
    void networksMergeIsMeasuredAgainstTheSameFuture() throws Exception {
        Arm merge = Arm.of("networks-merge");
        Effect members = decompose(merge, "Global Covenant members, 2030", Map.of());
        assertTrue(members.low() > 0, "C40's members join the Global Covenant: " + members);
        // the question the scenario asks; its answer is printed, not asserted (section 11)
        decompose(merge, "pledged share, all, 2035", Map.of());
    }

    private static Effect decompose(Arm scenario, String measure, Map<String, List<String>> changes) throws Exception {
        return runs.decompose(STAYS, scenario, measure, changes);
    }

    private static void assertMostRemoved(Arm scenario, String measure, Effect whole, List<String> off)
            throws Exception {
        runs.assertMostRemoved(STAYS, scenario, measure, whole, off, MOST);
    }
}

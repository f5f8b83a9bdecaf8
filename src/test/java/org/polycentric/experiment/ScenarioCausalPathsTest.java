package org.polycentric.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polycentric.experiment.PairedEffects.Arm;
import org.polycentric.experiment.PairedEffects.Effect;
import org.polycentric.model.Cities;
import org.polycentric.model.EventLog;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;

/**
 * Each shipped scenario's description is a causal claim; this test checks it as a reviewer would
 * (issue #11, docs/ODD.md section 11). For every scenario against the baseline, with common random
 * numbers (the same replication seeds in every arm): the effect its description names is
 * significant (95% t-interval of the paired difference excludes 0), and switching off the
 * mechanism it names, in the baseline and the scenario alike, removes most of it. Other channels
 * are switched off one at a time too and their shares printed, so the output is the scenario's
 * decomposition. bench/decompose.sh runs it with more replications.
 */
class ScenarioCausalPathsTest {

    /**
     * 8 by default, enough for paired intervals of about +/- 1 pp on the headline shares (see the
     * output); bench/decompose.sh asks for more with -DcausalPaths.replications=N.
     */
    private static final int REPLICATIONS = Integer.getInteger("causalPaths.replications", 8);
    /** "Most of it": switching the named mechanism off must remove at least this share of the effect. */
    private static final double MOST = 0.6;

    private static final Arm BASELINE = Arm.of("baseline");
    /** Cities above this autonomy counter-mobilise (nationalContext.autonomyThreshold); all US cities are above it. */
    private static final double AUTONOMY_THRESHOLD = 0.5;
    /** The US turn of great-power-withdrawal.json. */
    private static final double TURN = 2025.05;

    private static PairedEffects runs;

    @BeforeAll
    static void measures() {
        Map<String, PairedEffects.Measure> m = new LinkedHashMap<>();
        m.put("pledged share, all, 2030", PairedEffects.metric("pledged_share", "all", 2030));
        m.put("pledged share, all, 2050", PairedEffects.metric("pledged_share", "all", 2050));
        m.put("pledged share, South, 2030", PairedEffects.metric("pledged_share", "south", 2030));
        m.put("pledged share, North, 2030", PairedEffects.metric("pledged_share", "north", 2030));
        m.put("mean capacity, South, 2030", PairedEffects.metric("mean_capacity", "south", 2030));
        m.put("pledged share, nonaligned bloc, 2040", PairedEffects.metric("pledged_share", "bloc_nonaligned", 2040));
        m.put("pledged share, east bloc, 2040", PairedEffects.metric("pledged_share", "bloc_east", 2040));
        m.put("emissions total, 2040 (Mt)", PairedEffects.metric("emissions_total", "all", 2040));
        m.put("off-track cities, 2050", PairedEffects.metric("off_track_count", "all", 2050));
        m.put("firms pledged share, 2035", PairedEffects.metric("firms_pledged_share", "all", 2035));
        m.put("US cities pledged, 2040", r -> usPledgedShare(r, 2040));
        m.put("autonomous US cities' pledges in the year after the turn", ScenarioCausalPathsTest::usPledgesAfterTurn);
        runs = new PairedEffects(REPLICATIONS, m);
    }

    @Test
    void greatPowerWithdrawalActsThroughNationalContext() throws Exception {
        Arm scenario = Arm.of("great-power-withdrawal");
        // autonomous US cities counter-mobilise at once: M6's pulse
        Effect surge = decompose(scenario, "autonomous US cities' pledges in the year after the turn", Map.of(
                "M6 counter-mobilisation off", List.of("rules.nationalContext.mobilisation=0"),
                "M6 off", List.of("rules.nationalContext.enabled=false")));
        assertTrue(surge.low() > 0, "autonomous US cities pledge more after the turn: " + surge);
        assertMostRemoved(scenario, "autonomous US cities' pledges in the year after the turn", surge,
                List.of("rules.nationalContext.mobilisation=0"));
        // afterwards: national support gone, dependence (M6), withdrawals (M12); small, printed only
        // (most US cities had pledged by 2025, all have autonomy of 0.8 or more)
        decompose(scenario, "US cities pledged, 2040", Map.of(
                "M6 off", List.of("rules.nationalContext.enabled=false"),
                "M6 dependence off", List.of("rules.nationalContext.dependence=0"),
                "M6 counter-mobilisation off", List.of("rules.nationalContext.mobilisation=0"),
                "M12 withdrawals off", List.of("rules.implementation.turnWithdrawal=0",
                        "rules.implementation.governmentTurnover=0"),
                "M7 allies' alignment off", List.of("rules.greatPowerInterference.alignment=0")));
        decompose(scenario, "pledged share, North, 2030", Map.of(
                "M6 off", List.of("rules.nationalContext.enabled=false"),
                "M7 allies' alignment off", List.of("rules.greatPowerInterference.alignment=0")));
    }

    @Test
    void northSouthSupportActsThroughCapacity() throws Exception {
        Arm scenario = Arm.of("north-south-support");
        List<String> supportOff = List.of("rules.capacityAndSupport.maxRecipients=0",
                "rules.networkServices.mentoringRate=0");
        Effect effect = decompose(scenario, "pledged share, South, 2030", Map.of(
                "M8 support (grants and mentoring) off", supportOff,
                "grants off", List.of("rules.capacityAndSupport.maxRecipients=0"),
                "mentoring off", List.of("rules.networkServices.mentoringRate=0"),
                "capacity barrier off (gamma 0)", List.of("rules.capacityAndSupport.gamma=0")));
        assertTrue(effect.low() > 0, "support raises Southern pledging: " + effect);
        assertMostRemoved(scenario, "pledged share, South, 2030", effect, supportOff);
        decompose(scenario, "mean capacity, South, 2030", Map.of("M8 support off", supportOff));
    }

    @Test
    void noCityNetworksActsThroughNetworkChannels() throws Exception {
        Arm scenario = Arm.of("no-city-networks");
        List<String> channelsOff = List.of("rules.peerInfluence.tieWeights.coMembership=0",
                "rules.networkServices.enabled=false");
        Effect effect = decompose(scenario, "pledged share, all, 2030", Map.of(
                "network influence and services off", channelsOff,
                "co-membership influence off", List.of("rules.peerInfluence.tieWeights.coMembership=0"),
                "services (standards, mentoring) off", List.of("rules.networkServices.enabled=false"),
                "campaigns off", List.of("rules.campaigns.enabled=false")));
        assertTrue(effect.high() < 0, "without networks fewer cities pledge: " + effect);
        assertMostRemoved(scenario, "pledged share, all, 2030", effect, channelsOff);
    }

    @Test
    void carbonMarketActsThroughPrices() throws Exception {
        Arm scenario = Arm.of("carbon-market");
        List<String> marketOff = List.of("rules.carbonMarket.enabled=false");
        Effect emissions = decompose(scenario, "emissions total, 2040 (Mt)", Map.of(
                "M10 off", marketOff,
                "price on business as usual off", List.of("rules.carbonMarket.bauCut=0"),
                "faster implementation off", List.of("rules.carbonMarket.priceEffect=0")));
        assertTrue(emissions.high() < 0, "prices lower emissions: " + emissions);
        assertMostRemoved(scenario, "emissions total, 2040 (Mt)", emissions, marketOff);
        Effect firms = decompose(scenario, "firms pledged share, 2035", Map.of(
                "M10 off", marketOff, "price on firms off", List.of("rules.carbonMarket.firmWeight=0")));
        assertTrue(firms.low() > 0, "prices make firms pledge: " + firms);
        assertMostRemoved(scenario, "firms pledged share, 2035", firms, marketOff);
        Effect offTrack = decompose(scenario, "off-track cities, 2050", Map.of("M10 off", marketOff));
        assertTrue(offTrack.high() < 0, "prices speed implementation: " + offTrack);
        decompose(scenario, "pledged share, all, 2030", Map.of(
                "M10 off", marketOff, "price on firms off", List.of("rules.carbonMarket.firmWeight=0"),
                "price signal to cities off", List.of("rules.carbonMarket.weight=0")));
    }

    @Test
    void rivalryFragmentedActsThroughRivalry() throws Exception {
        Arm scenario = Arm.of("rivalry-fragmented");
        Effect effect = decompose(scenario, "pledged share, all, 2050", Map.of(
                "competing offers to the nonaligned off", List.of("rules.greatPowerInterference.fragmentation=0"),
                "M7 off (rivalry has no effect)", List.of("rules.greatPowerInterference.enabled=false")));
        assertTrue(effect.high() < 0, "rivalry slows pledging: " + effect);
        assertMostRemoved(scenario, "pledged share, all, 2050", effect,
                List.of("rules.greatPowerInterference.enabled=false"));
        decompose(scenario, "pledged share, nonaligned bloc, 2040", Map.of(
                "competing offers to the nonaligned off", List.of("rules.greatPowerInterference.fragmentation=0")));
        decompose(scenario, "pledged share, east bloc, 2040", Map.of());
    }

    private static Effect decompose(Arm scenario, String measure, Map<String, List<String>> changes) throws Exception {
        return runs.decompose(BASELINE, scenario, measure, changes);
    }

    private static void assertMostRemoved(Arm scenario, String measure, Effect whole, List<String> off)
            throws Exception {
        runs.assertMostRemoved(BASELINE, scenario, measure, whole, off, MOST);
    }

    // ---- measures read from the event log of one replication ----

    /** Share of US cities pledged at the start of a year. */
    static double usPledgedShare(ReplicationResult r, int year) {
        World w = r.world();
        Cities c = w.cities();
        int end = w.scenario().time().stepOf(year);
        boolean[] pledged = new boolean[c.count()];
        EventLog log = w.events();
        for (int e = 0; e < log.size() && log.step(e) < end; e++) {
            if (log.kind(e) == EventLog.Kind.PLEDGE) {
                pledged[log.subject(e)] = true;
            } else if (log.kind(e) == EventLog.Kind.WITHDRAWAL) {
                pledged[log.subject(e)] = false;
            }
        }
        int n = 0;
        int p = 0;
        for (int i = 0; i < c.count(); i++) {
            if (isUs(w, i)) {
                n++;
                p += pledged[i] ? 1 : 0;
            }
        }
        return (double) p / n;
    }

    /** Pledges made by autonomous US cities in the four quarters from the step of the US turn on. */
    static double usPledgesAfterTurn(ReplicationResult r) {
        World w = r.world();
        Cities c = w.cities();
        int from = w.scenario().time().stepOf(TURN); // the step the stance event fires in
        int to = from + w.scenario().time().stepsPerYear();
        EventLog log = w.events();
        int pledges = 0;
        for (int e = 0; e < log.size(); e++) {
            int s = log.step(e);
            int i = log.subject(e);
            if (log.kind(e) == EventLog.Kind.PLEDGE && s >= from && s < to && isUs(w, i)
                    && c.autonomy[i] > AUTONOMY_THRESHOLD) {
                pledges++;
            }
        }
        return pledges;
    }

    private static boolean isUs(World w, int city) {
        return w.nations()[w.cities().nation[city]].code().equals("USA");
    }
}

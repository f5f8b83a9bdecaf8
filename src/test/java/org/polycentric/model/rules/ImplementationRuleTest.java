package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.model.Cities;
import org.polycentric.model.EventLog;
import org.polycentric.model.Nation;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.RandomStream;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.scenario.Scenario;

/** M12 implementation: pathways, on/off track, achievement and withdrawal under hostile nations. */
class ImplementationRuleTest {

    private static ImplementationRule rule(String... more) {
        String[] base = {"rules.implementation.effort=1", "rules.implementation.capacityExponent=0.5",
            "rules.implementation.tolerance=0.05", "rules.implementation.withdrawalRate=0.2"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return new ImplementationRule(Worlds.rules(all).get("implementation", ImplementationRule.Params.class));
    }

    private static void step(ImplementationRule rule, World w, int s, RandomStream random) {
        w.setStep(s);
        rule.update(w, random);
    }

    @Test
    void implementationTakesOverPledgedCitiesEmissions() {
        assertTrue(rule().implementsPledges(), "with the rule on, business as usual leaves pledged cities alone");
    }

    private static final double[][] PATHWAYS = {{1000, 0.9, 2015}, {1234.5, 0.83, 2012}, {7e6, 1.0, 2030},
        {3.3e5, 0.8, 2050}, {1000, 1.0, 2015}};

    /**
     * Runs a city of capacity 1, pledged at the start of step 0, until it is achieved; checks that it
     * follows its straight line and is on track every step before; returns the end of the step in
     * which it was achieved.
     */
    private static double achievedAt(double e0, double ambition, int target) {
        World w = Worlds.hand(1).build();
        Cities c = w.cities();
        c.emissions[0] = e0;
        Worlds.pledge(w, 0, 2005.0, target, ambition);
        ImplementationRule rule = rule();
        RandomStream random = Worlds.stream(1);
        rule.start(w, random);
        String label = "E0 " + e0 + ", ambition " + ambition + ", target " + target;
        for (int s = 0; s < 400; s++) {
            step(rule, w, s, random);
            double end = w.time().yearAt(s + 1);
            if (c.status(0) == PledgeStatus.ACHIEVED) {
                assertEquals(e0 * (1 - ambition), c.emissions[0], 1e-9 * e0, label + ": promised cut");
                assertEquals(1, w.events().count(EventLog.Kind.ACHIEVED));
                double achieved = c.emissions[0];
                step(rule, w, s + 1, random);
                assertEquals(achieved, c.emissions[0], 0.0, "an achieved city is left alone");
                assertEquals(PledgeStatus.ACHIEVED, c.status(0));
                return end;
            }
            assertEquals(c.pathway(0, end), c.emissions[0], 1e-9 * e0, label + ": off the line at " + end);
            assertEquals(PledgeStatus.ON_TRACK, c.status(0), label + " at " + end);
        }
        throw new AssertionError(label + ": never achieved");
    }

    @Test
    void aFullCapacityCityFollowsTheStraightLineAndAchievesWithinAStepOfItsTargetYear() {
        for (double[] k : PATHWAYS) {
            double end = achievedAt(k[0], k[1], (int) k[2]);
            assertTrue(end >= k[2] && end <= k[2] + 0.25, "achieved at " + end + " for " + (int) k[2]);
        }
    }

    /**
     * The cut reaches the floor exactly in the step that ends at the target year, but the test
     * {@code emissions <= floor} compares a sum of float subtractions with {@code E0 * (1 - ambition)}
     * exactly: for E0 = 1000 and ambition 0.9 the emissions are 100.0 and the floor
     * 99.99999999999997, so the city is declared achieved one step (a quarter) late.
     */
    @Test
    void aFullCapacityCityAchievesInTheStepEndingAtItsTargetYear() {
        for (double[] k : PATHWAYS) {
            assertEquals(k[2], achievedAt(k[0], k[1], (int) k[2]), 0.0,
                    "E0 " + k[0] + ", ambition " + k[1] + ": achieved off the target year");
        }
    }

    /**
     * A pledge made during a step is dated at the end of that step (as the pledge decision does), so
     * its pathway starts there: the city is not cut in that step, and from the next one on it sits
     * exactly on its line.
     */
    @Test
    void aPledgeMadeInThisStepStartsCuttingInTheNext() {
        World w = Worlds.hand(1).build();
        Cities c = w.cities();
        int s0 = 12;
        Worlds.pledge(w, 0, w.time().yearAt(s0 + 1), 2020, 1.0);
        ImplementationRule rule = rule();
        RandomStream random = Worlds.stream(1);
        rule.start(w, random);
        step(rule, w, s0, random);
        assertEquals(1000.0, c.emissions[0], 0.0, "cut before the pledge's date");
        assertEquals(PledgeStatus.PLEDGED, c.status(0));
        for (int s = s0 + 1; s < s0 + 5; s++) {
            step(rule, w, s, random);
            assertEquals(c.pathway(0, w.time().yearAt(s + 1)), c.emissions[0], 1e-9, "off the line after step " + s);
        }
    }

    @Test
    void aSlowCityFallsOffTrackAndAchievesLate() {
        World w = Worlds.hand(1).build();
        Cities c = w.cities();
        c.capacity[0] = 0.25; // speed 0.25^0.5 = half the straight line
        Worlds.pledge(w, 0, 2005.0, 2015, 1.0);
        ImplementationRule rule = rule();
        RandomStream random = Worlds.stream(1);
        rule.start(w, random);
        // gap after k quarters: 1000 * 0.5 * k / 40, tolerance 0.05 * 1000 = 50, so on track up to k = 4
        for (int s = 0; s < 3; s++) {
            step(rule, w, s, random);
        }
        assertEquals(PledgeStatus.ON_TRACK, c.status(0));
        assertEquals(1000 - 3 * 12.5, c.emissions[0], 1e-9);
        step(rule, w, 3, random);
        step(rule, w, 4, random);
        assertEquals(PledgeStatus.OFF_TRACK, c.status(0), "gap 62.5 exceeds the tolerance 50");
        int s = 5;
        while (c.status(0) != PledgeStatus.ACHIEVED && s < 200) {
            step(rule, w, s++, random);
            // off track until, past its target year, it comes within the tolerance of its promised cut
            PledgeStatus expected = c.emissions[0] <= 50 ? PledgeStatus.ON_TRACK : PledgeStatus.OFF_TRACK;
            if (c.status(0) != PledgeStatus.ACHIEVED) {
                assertEquals(expected, c.status(0), "at emissions " + c.emissions[0]);
            }
        }
        // twice as long as promised: 80 quarters instead of 40 (a rounding step either way)
        assertEquals(80, s, 1, "steps until achieved");
        assertEquals(0.0, c.emissions[0], 1e-9);
    }

    @Test
    void speedMultipliersOfOtherRulesApplyAndZeroEffortDoesNothing() {
        World w = Worlds.hand(2).build();
        Worlds.pledge(w, 0, 2005.0, 2015, 1.0);
        Worlds.pledge(w, 1, 2005.0, 2015, 1.0);
        w.pressures().implementationSpeed[0] = 2.0; // e.g. a carbon price and a service city
        ImplementationRule rule = rule();
        rule.start(w, Worlds.stream(1));
        step(rule, w, 0, Worlds.stream(1));
        assertEquals(1000 - 2 * 25, w.cities().emissions[0], 1e-9);
        assertEquals(1000 - 25, w.cities().emissions[1], 1e-9);

        World idle = Worlds.hand(1).build();
        Worlds.pledge(idle, 0, 2005.0, 2015, 1.0);
        ImplementationRule lazy = rule("rules.implementation.effort=0");
        lazy.start(idle, Worlds.stream(1));
        step(lazy, idle, 0, Worlds.stream(1));
        assertEquals(1000, idle.cities().emissions[0], 0.0);
    }

    /** 3 nations x 2000 stalled cities (capacity 0, pledged in 2000 for 2020, so far off track). */
    @Test
    void offTrackCitiesWithdrawOnlyUnderAHostileNation() {
        int per = 2000;
        Nation[] nations = {Worlds.nation(0, 0, -0.5, 0.5), Worlds.nation(1, 0, 0.5, 0.5), Worlds.nation(2, 0, 0.0, 0.5)};
        Worlds.Hand h = Worlds.hand(3 * per).nations(nations);
        for (int i = 0; i < 3 * per; i++) {
            h.cities.nation[i] = i / per;
            h.cities.capacity[i] = 0.0;
        }
        World w = h.build();
        for (int i = 0; i < 3 * per; i++) {
            Worlds.pledge(w, i, 2000.0, 2020, 1.0);
        }
        ImplementationRule rule = rule();
        RandomStream random = Worlds.stream(4);
        rule.start(w, random);
        step(rule, w, 0, random);
        int[] withdrawn = new int[3];
        for (int i = 0; i < 3 * per; i++) {
            if (w.cities().status(i) == PledgeStatus.WITHDRAWN) {
                withdrawn[i / per]++;
            } else {
                assertEquals(PledgeStatus.OFF_TRACK, w.cities().status(i));
            }
        }
        double p = -Math.expm1(-0.25 * 0.2);
        assertEquals(per * p, withdrawn[0], 4 * Math.sqrt(per * p * (1 - p)), "under the hostile nation");
        assertEquals(0, withdrawn[1], "under a supportive nation");
        assertEquals(0, withdrawn[2], "under a neutral nation (stance 0 is not hostile)");
        assertEquals(withdrawn[0], w.events().count(EventLog.Kind.WITHDRAWAL));
        // a withdrawn pledge is out of implementation: the rule no longer touches it
        boolean[] gone = new boolean[per];
        for (int i = 0; i < per; i++) {
            gone[i] = w.cities().status(i) == PledgeStatus.WITHDRAWN;
        }
        step(rule, w, 1, random);
        for (int i = 0; i < per; i++) {
            if (gone[i]) {
                assertEquals(PledgeStatus.WITHDRAWN, w.cities().status(i));
            }
        }
    }

    @Test
    void onTrackCitiesNeverWithdrawEvenUnderAHostileNation() {
        int n = 500;
        Worlds.Hand h = Worlds.hand(n).nations(Worlds.nation(0, 0, -1.0, 0.0));
        World w = h.build();
        for (int i = 0; i < n; i++) {
            Worlds.pledge(w, i, 2005.0, 2050, 1.0);
        }
        ImplementationRule rule = rule("rules.implementation.withdrawalRate=100");
        RandomStream random = Worlds.stream(5);
        rule.start(w, random);
        for (int s = 0; s < 40; s++) {
            step(rule, w, s, random);
        }
        assertEquals(0, w.events().count(EventLog.Kind.WITHDRAWAL));
    }

    // ---- model level ----

    /** Every rule but implementation off, every city at capacity 1 and pledging fast. */
    private static final String[] IMPLEMENTATION_ONLY = {"rules.peerInfluence.enabled=false",
        "rules.networkRecruitment.enabled=false", "rules.networkServices.enabled=false",
        "rules.demonstration.enabled=false", "rules.campaigns.enabled=false", "rules.nationalContext.enabled=false",
        "rules.greatPowerInterference.enabled=false", "rules.capacityAndSupport.enabled=false",
        "rules.firms.enabled=false", "rules.carbonMarket.enabled=false", "rules.cityTypes.enabled=false",
        "world.capacity.north=1", "world.capacity.south=1", "world.capacity.sd=0", "decision.baseRate=0.1",
        "time.endYear=2060", "events=[]"};

    /** Step-end years of every ACHIEVED event minus the city's target year, for a run. */
    private static List<Double> achievementOffsets(ReplicationResult r) {
        World w = r.world();
        EventLog log = w.events();
        List<Double> out = new ArrayList<>();
        for (int e = 0; e < log.size(); e++) {
            if (log.kind(e) == EventLog.Kind.ACHIEVED) {
                int i = log.subject(e);
                out.add(w.time().yearAt(log.step(e) + 1) - w.cities().targetYear[i]);
            }
        }
        return out;
    }

    /**
     * Through the model (pledge decision, then implementation from the next step), every city of
     * capacity 1 should reach its promised cut in the step that ends at its target year.
     */
    @Test
    void throughTheModelAFullCapacityCityAchievesAtItsTargetYear() {
        List<Double> offsets = achievementOffsets(Worlds.run(Worlds.small(IMPLEMENTATION_ONLY), 0));
        assertTrue(offsets.size() > 100);
        long off = offsets.stream().filter(d -> d != 0.0).count();
        assertEquals(0, off, off + " of " + offsets.size() + " cities achieved off their target year");
    }

    /** The part of the above that holds: never early, and at most one step late. */
    @Test
    void throughTheModelAFullCapacityCityAchievesWithinOneStepOfItsTargetYear() {
        List<Double> offsets = achievementOffsets(Worlds.run(Worlds.small(IMPLEMENTATION_ONLY), 0));
        assertTrue(offsets.size() > 100, "too few achievements to judge: " + offsets.size());
        for (double d : offsets) {
            assertTrue(d >= 0 && d <= 0.25 + 1e-9, "achieved " + d + " years after the target year");
        }
    }

    @Test
    void implementationCutsEmissions() {
        int reps = 4;
        Scenario on = Worlds.small();
        Scenario off = Worlds.small("rules.implementation.enabled=false");
        double[] a = Worlds.perReplication(on, reps, r -> Worlds.last(r, "emissions_total", "all"));
        double[] b = Worlds.perReplication(off, reps, r -> Worlds.last(r, "emissions_total", "all"));
        Worlds.assertAbove(b, a, 4, 0.05 * Worlds.mean(b), "final total emissions, implementation off vs on");
    }

    @Test
    void switchedOffPledgesStayPledgesAndEmissionsFollowBusinessAsUsual() {
        Scenario off = Worlds.small("rules.implementation.enabled=false");
        assertFalse(Worlds.switchedOn(off, ImplementationRule.class));
        ReplicationResult r = Worlds.run(off, 0);
        for (String m : new String[] {"on_track_count", "off_track_count", "achieved_count", "withdrawn_count"}) {
            for (double v : r.table().column(m, "all")) {
                assertEquals(0.0, v, 0.0, m);
            }
        }
        assertTrue(Worlds.last(r, "pledged_count", "all") > 0);
        World initial = Worlds.initial(off, r.seed()); // the same replication's world before any step
        var e = off.world().emissions();
        double north = Math.pow(1 + e.growthNorth(), off.time().dt());
        double south = Math.pow(1 + e.growthSouth(), off.time().dt());
        Cities c = r.world().cities();
        for (int i = 0; i < c.count(); i++) {
            double expected = initial.cities().emissions[i];
            for (int s = 0; s < off.time().steps(); s++) {
                expected *= c.north[i] ? north : south;
            }
            assertEquals(expected, c.emissions[i], 1e-9 * expected, c.name[i] + " (" + c.status(i) + ")");
        }
    }

    @Test
    void withdrawalsHappenOnlyWhereSomeNationIsHostile() {
        // stances drawn without spread (0.35 North, 0.1 South), no populist turns, no events: nobody hostile
        Scenario friendly = Worlds.small("events=[]", "world.nationDefaults.stanceSd=0",
                "rules.greatPowerInterference.enabled=false");
        Scenario hostile = Worlds.small("events=[]", "world.greatPowers[0].autonomy=0.2",
                "addEvents=[{\"year\": 2006, \"type\": \"stance\", \"nation\": \"USA\", \"value\": -0.8}]");
        int total = 0;
        for (int r = 0; r < 3; r++) {
            for (double v : Worlds.run(friendly, r).table().column("withdrawn_count", "all")) {
                assertEquals(0.0, v, 0.0, "a city withdrew although no nation was ever hostile");
            }
            total += (int) Worlds.last(Worlds.run(hostile, r), "withdrawn_count", "all");
        }
        assertTrue(total > 0, "no withdrawal under a lasting hostile great power");
    }
}

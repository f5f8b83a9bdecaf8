package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polycentric.model.CityPressures;
import org.polycentric.model.Nation;
import org.polycentric.model.RandomStream;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.scenario.Scenario;

/**
 * M6 national context: supportive stance and targets add a signal, a hostile stance multiplies the
 * hazard by 1 + stance * (1 - autonomy), and autonomous cities counter-mobilise.
 */
class NationalContextRuleTest {

    private static final double W = 0.02;
    private static final double BONUS = 0.5;
    private static final double MOBILISATION = 1.5;
    private static final double THRESHOLD = 0.5;

    private static NationalContextRule rule(String... more) {
        String[] base = {"rules.nationalContext.weight=" + W, "rules.nationalContext.targetBonus=" + BONUS,
            "rules.nationalContext.mobilisation=" + MOBILISATION,
            "rules.nationalContext.autonomyThreshold=" + THRESHOLD};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return new NationalContextRule(Worlds.rules(all).get("nationalContext", NationalContextRule.Params.class));
    }

    /** One city per nation; city i belongs to nation i and has the given autonomy. */
    private static World oneCityEach(Nation[] nations, double[] autonomy) {
        Worlds.Hand h = Worlds.hand(nations.length).nations(nations);
        for (int i = 0; i < nations.length; i++) {
            h.cities.nation[i] = i;
            h.cities.autonomy[i] = autonomy[i];
        }
        return h.build();
    }

    @Test
    void supportiveStanceAndNationalTargetAddASignal() {
        Nation supportive = Worlds.nation(0, 0, 0.4, 0.5);
        Nation withTarget = Worlds.nation(1, 0, 0.4, 0.5);
        withTarget.setNetZeroTargetYear(2050);
        Nation neutral = Worlds.nation(2, 0, 0.0, 0.5);
        World w = oneCityEach(new Nation[] {supportive, withTarget, neutral}, new double[] {0.5, 0.5, 0.9});
        CityPressures p = Worlds.pressures(w);
        rule().contribute(w, p);
        assertEquals(W * 0.4, p.signal[0], 1e-12);
        assertEquals(W * (0.4 + BONUS), p.signal[1], 1e-12);
        assertEquals(0.0, p.signal[2], 0.0, "a neutral nation without a target gives nothing");
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0, p.multiplier[i], 0.0, "only a hostile stance touches the hazard multiplier");
        }
    }

    @Test
    void hostileStanceCutsTheHazardUnlessCitiesAreAutonomousAndTheseCounterMobilise() {
        double stance = -0.6;
        Nation[] hostile = new Nation[4];
        for (int k = 0; k < 4; k++) {
            hostile[k] = Worlds.nation(k, 0, stance, 0.5);
        }
        hostile[3].setNetZeroTargetYear(2050);
        // autonomy 0.2 (dependent), 0.9 (autonomous), 0.5 (at the threshold: not above it), 0.9 with a target
        World w = oneCityEach(hostile, new double[] {0.2, 0.9, 0.5, 0.9});
        CityPressures p = Worlds.pressures(w);
        rule().contribute(w, p);
        assertEquals(1 + stance * (1 - 0.2), p.multiplier[0], 1e-12);
        assertEquals(0.0, p.signal[0], 0.0, "no counter-mobilisation below the autonomy threshold");
        assertEquals(1 + stance * (1 - 0.9), p.multiplier[1], 1e-12);
        assertEquals(W * -stance * 0.9 * MOBILISATION, p.signal[1], 1e-12, "counter-mobilisation");
        assertEquals(1 + stance * (1 - 0.5), p.multiplier[2], 1e-12);
        assertEquals(0.0, p.signal[2], 0.0, "autonomy equal to the threshold is not above it");
        assertEquals(W * (BONUS - stance * 0.9 * MOBILISATION), p.signal[3], 1e-12, "target bonus still counts");
        assertTrue(p.multiplier[0] < p.multiplier[2] && p.multiplier[2] < p.multiplier[1],
                "the more autonomous, the more shielded");
    }

    @Test
    void nationsAdoptTargetsFromSupportiveStanceOrFromTheirPledgedCities() {
        int n = 400;
        Nation[] nations = new Nation[n];
        for (int k = 0; k < n; k++) {
            // 0..99 supportive; 100..199 neutral with all cities pledged; 200..299 neutral, none pledged;
            // 300..399 hostile, none pledged
            double stance = k < 100 ? 0.5 : k < 300 ? 0.0 : -0.5;
            nations[k] = Worlds.nation(k, 0, stance, 0.5);
        }
        World w = oneCityEach(nations, new double[n]);
        Worlds.pledgedAtStart(w, true, java.util.stream.IntStream.range(100, 200).toArray());
        NationalContextRule rule = rule("rules.nationalContext.targetAdoptionRate=4",
                "rules.nationalContext.bottomUpRate=2", "rules.nationalContext.nationalTargetYear=2050");
        RandomStream random = Worlds.stream(42);
        rule.start(w, random);
        w.setStep(0);
        rule.update(w, random);
        // both hazards are 2 a year: P = 1 - exp(-0.25 * 2) per quarter, binomial over 100 nations
        double p = -Math.expm1(-0.25 * 2);
        double sd = Math.sqrt(100 * p * (1 - p));
        assertEquals(100 * p, count(nations, 0, 100), 4 * sd, "supportive nations adopting a target");
        assertEquals(100 * p, count(nations, 100, 200), 4 * sd, "nations whose cities all pledged");
        assertEquals(0, count(nations, 200, 400), "neutral or hostile nations with no pledged city");
        for (Nation x : nations) {
            if (x.hasNetZeroTarget()) {
                assertEquals(2050, x.netZeroTargetYear());
            }
        }
        // late adopters promise at least ten years ahead
        int from = w.time().stepOf(2045);
        for (int s = 0; s < 40; s++) {
            w.setStep(from + s);
            rule.update(w, random);
        }
        for (int k = 0; k < 100; k++) {
            assertTrue(nations[k].hasNetZeroTarget(), "a supportive nation still has no target after ten years");
            int year = nations[k].netZeroTargetYear();
            // 2050 if adopted at the first step; from 2045 on, at least ten years ahead (2055 .. 2065)
            assertTrue(year == 2050 || (year >= 2055 && year <= 2065), "target year " + year);
        }
    }

    private static int count(Nation[] nations, int from, int to) {
        int c = 0;
        for (int k = from; k < to; k++) {
            c += nations[k].hasNetZeroTarget() ? 1 : 0;
        }
        return c;
    }

    // ---- model level: the US turns hostile in 2006 and stays so ----

    private static final String HOSTILE_US =
            "addEvents=[{\"year\": 2006, \"type\": \"stance\", \"nation\": \"USA\", \"value\": -0.8}]";


    private static double[] usShares(int reps, String... overrides) {
        String[] all = java.util.Arrays.copyOf(overrides, overrides.length + 1);
        all[overrides.length] = "events=[]"; // no scheduled history: only what the test adds
        return Worlds.perReplication(Worlds.small(all), reps, Worlds.pledgedShareOfNation("USA"));
    }

    @Test
    void aHostileGreatPowerLowersItsDependentCitiesAdoption() {
        int reps = 6;
        double[] supportive = usShares(reps, "world.greatPowers[0].autonomy=0.2");
        double[] hostile = usShares(reps, "world.greatPowers[0].autonomy=0.2", HOSTILE_US);
        Worlds.assertAbove(supportive, hostile, 4, 0.05, "US cities' pledged share, supportive vs hostile (autonomy 0.2)");
    }

    @Test
    void autonomousCitiesCounterMobiliseUnderAHostileGreatPower() {
        int reps = 12;
        double[] dependent = usShares(reps, "world.greatPowers[0].autonomy=0.2", HOSTILE_US);
        double[] autonomous = usShares(reps, "world.greatPowers[0].autonomy=0.9", HOSTILE_US);
        Worlds.assertAbove(autonomous, dependent, 4, 0.05, "US cities under hostility, autonomy 0.9 vs 0.2");
        // the counter-mobilisation signal itself, shielding held fixed: same autonomy, mobilisation on vs off
        double[] silent = usShares(reps, "world.greatPowers[0].autonomy=0.9", HOSTILE_US,
                "rules.nationalContext.mobilisation=0");
        Worlds.assertAbove(autonomous, silent, 4, 0.03, "US cities under hostility, mobilisation 1.5 vs 0");
    }

    @Test
    void switchedOffNationalStanceNoLongerReachesTheCities() {
        // with the national, great-power and implementation rules off, nothing else reads a stance
        String[] off = {"rules.nationalContext.enabled=false", "rules.greatPowerInterference.enabled=false",
            "rules.implementation.enabled=false", "events=[]", "world.greatPowers[0].autonomy=0.2"};
        Scenario calm = Worlds.small(off);
        String[] withHostile = java.util.Arrays.copyOf(off, off.length + 1);
        withHostile[off.length] = HOSTILE_US;
        Scenario hostile = Worlds.small(withHostile);
        assertFalse(Worlds.switchedOn(calm, NationalContextRule.class));
        for (int r = 0; r < 2; r++) {
            ReplicationResult a = Worlds.run(calm, r);
            ReplicationResult b = Worlds.run(hostile, r);
            assertArrayEquals(a.world().cities().status, b.world().cities().status, "replication " + r);
            assertArrayEquals(a.table().column("pledged_share", "all"), b.table().column("pledged_share", "all"));
            for (double v : a.table().column("nations_net_zero_count", "all")) {
                assertEquals(0.0, v, 0.0, "a nation adopted a target with the rule off and no events");
            }
        }
    }

    @Test
    void nationsAdoptTargetsInTheModelOnlyWithTheRuleOn() {
        ReplicationResult on = Worlds.run(Worlds.small("events=[]"), 0);
        assertTrue(Worlds.last(on, "nations_net_zero_count", "all") > 0, "no nation adopted a net-zero target");
    }
}

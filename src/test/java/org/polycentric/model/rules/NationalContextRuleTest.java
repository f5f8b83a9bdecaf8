package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.model.Campaign;
import org.polycentric.model.CityPressures;
import org.polycentric.model.Nation;
import org.polycentric.model.RandomStream;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.World;
import org.polycentric.params.BodyKind;
import org.polycentric.scenario.Scenario;

/**
 * M6 national context: supportive stance and targets add a signal; a hostile stance acts through
 * dependence (the hazard multiplier max(0, 1 + stance * dependence * (1 - autonomy))) and through a
 * counter-mobilisation pulse of autonomous cities after the turn; nations adopt targets as a norm
 * cascade driven by the share of nations with targets, focal events and their pledged cities.
 */
class NationalContextRuleTest {

    private static final double W = 0.02;
    private static final double BONUS = 0.5;
    private static final double MOBILISATION = 3;
    private static final double PULSE_YEARS = 1;
    private static final double THRESHOLD = 0.5;

    private static NationalContextRule rule(String... more) {
        String[] base = {"rules.nationalContext.weight=" + W, "rules.nationalContext.targetBonus=" + BONUS,
            "rules.nationalContext.dependence=1", "rules.nationalContext.mobilisation=" + MOBILISATION,
            "rules.nationalContext.pulseYears=" + PULSE_YEARS, "rules.nationalContext.autonomyThreshold=" + THRESHOLD};
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

    private static CityPressures at(NationalContextRule rule, World w, double year) {
        w.setStep(w.time().stepOf(year));
        assertEquals(year, w.year(), 1e-9, "pick a year on a step boundary");
        CityPressures p = Worlds.pressures(w);
        rule.contribute(w, p);
        return p;
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

    /** Four nations turning from supportive (0.3) to hostile (-0.6) at 2010; one city each. */
    private static World turnedHostile(double stance) {
        Nation[] hostile = new Nation[4];
        for (int k = 0; k < 4; k++) {
            hostile[k] = Worlds.nation(k, 0, 0.3, 0.5);
            hostile[k].changeCourse(stance, 2010);
        }
        hostile[3].setNetZeroTargetYear(2050);
        // autonomy 0.2 (dependent), 0.9 (autonomous), 0.5 (at the threshold: not above it), 0.9 with a target
        return oneCityEach(hostile, new double[] {0.2, 0.9, 0.5, 0.9});
    }

    @Test
    void aHostileTurnStallsDependentCitiesAndSetsOffADecayingPulseInAutonomousOnes() {
        double stance = -0.6;
        World w = turnedHostile(stance);
        NationalContextRule rule = rule();
        CityPressures p = at(rule, w, 2010);
        assertEquals(1 + stance * (1 - 0.2), p.multiplier[0], 1e-12, "dependence");
        assertEquals(0.0, p.signal[0], 0.0, "no counter-mobilisation below the autonomy threshold");
        assertEquals(1 + stance * (1 - 0.9), p.multiplier[1], 1e-12);
        assertEquals(W * MOBILISATION * 0.9 * -stance, p.signal[1], 1e-12, "the pulse at the turn");
        assertEquals(1 + stance * (1 - 0.5), p.multiplier[2], 1e-12);
        assertEquals(0.0, p.signal[2], 0.0, "autonomy equal to the threshold is not above it");
        assertEquals(W * (BONUS + MOBILISATION * 0.9 * -stance), p.signal[3], 1e-12, "target bonus still counts");
        assertTrue(p.multiplier[0] < p.multiplier[2] && p.multiplier[2] < p.multiplier[1],
                "the more autonomous, the less stalled");

        // hazard (baseRate + S) * m of the autonomous city: above its supportive level at the turn, then decaying
        double base = 0.002;
        double supportive = base + W * 0.3;
        double[] hazard = new double[4];
        double[] years = {2010, 2010.5, 2011, 2013};
        for (int k = 0; k < years.length; k++) {
            CityPressures q = at(rule, w, years[k]);
            hazard[k] = (base + q.signal[1]) * q.multiplier[1];
            assertEquals(W * MOBILISATION * 0.9 * -stance * Math.exp(-(years[k] - 2010) / PULSE_YEARS), q.signal[1],
                    1e-12, "pulse at " + years[k]);
            assertEquals(1 + stance * (1 - 0.2), q.multiplier[0], 1e-12, "dependence lasts while the stance does");
        }
        assertTrue(hazard[0] > 2 * supportive, "the turn raises the autonomous city's hazard: " + hazard[0]);
        assertTrue(hazard[0] > hazard[1] && hazard[1] > hazard[2] && hazard[2] > hazard[3], "a decaying pulse");
        assertTrue(hazard[3] < supportive, "no lasting counter-mobilisation: " + hazard[3] + " vs " + supportive);
    }

    @Test
    void aNationHostileWithoutATurnStallsItsCitiesButSetsOffNoPulse() {
        Nation born = Worlds.nation(0, 0, -0.6, 0.5); // hostile from the start: no turn recorded
        Nation drifted = Worlds.nation(1, 0, 0.2, 0.5);
        drifted.setStance(-0.6); // a drift across zero (alignment) is not a turn either
        World w = oneCityEach(new Nation[] {born, drifted}, new double[] {0.9, 0.9});
        CityPressures p = at(rule(), w, 2010);
        for (int i = 0; i < 2; i++) {
            assertEquals(0.0, p.signal[i], 0.0, "no pulse without a turn, city " + i);
            assertEquals(1 - 0.6 * (1 - 0.9), p.multiplier[i], 1e-12);
        }
    }

    @Test
    void eachHostileChannelAtZeroIsGone() {
        double stance = -0.6;
        World w = turnedHostile(stance);
        CityPressures noDependence = at(rule("rules.nationalContext.dependence=0"), w, 2010.5);
        CityPressures both = at(rule(), w, 2010.5);
        CityPressures noMobilisation = at(rule("rules.nationalContext.mobilisation=0"), w, 2010.5);
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, noDependence.multiplier[i], 0.0, "dependence 0: no stalling, city " + i);
            assertEquals(both.signal[i], noDependence.signal[i], 0.0, "dependence 0 keeps the pulse, city " + i);
            assertEquals(i == 3 ? W * BONUS : 0.0, noMobilisation.signal[i], 0.0, "mobilisation 0: no pulse, city " + i);
            assertEquals(both.multiplier[i], noMobilisation.multiplier[i], 0.0, "mobilisation 0 keeps dependence");
        }
        // a strong dependence stalls dependent cities completely, never below zero
        CityPressures strong = at(rule("rules.nationalContext.dependence=3"), w, 2010.5);
        assertEquals(0.0, strong.multiplier[0], 0.0);
        assertEquals(1 + stance * 3 * (1 - 0.9), strong.multiplier[1], 1e-12);
    }

    // ---- national targets: a norm cascade ----

    /**
     * Nations 0..99 supportive (0.5), 100..199 neutral with every city pledged, 200..299 neutral,
     * 300..399 hostile, and {@code withTargets} more supportive nations that already have a target;
     * one city each; a framework body with a campaign of intensity 1 at 2010 and a regional union's
     * campaign (which does not count as a focal event).
     */
    private static World nationsWorld(int withTargets) {
        int n = 400 + withTargets;
        Nation[] nations = new Nation[n];
        for (int k = 0; k < n; k++) {
            double stance = k < 100 || k >= 400 ? 0.5 : k < 300 ? 0.0 : -0.5;
            nations[k] = Worlds.nation(k, 0, stance, 0.5);
            if (k >= 400) {
                nations[k].setNetZeroTargetYear(2040);
            }
        }
        Worlds.Hand h = Worlds.hand(n).nations(nations).bodies(
                new SupranationalBody(0, "UN", BodyKind.FRAMEWORK, -1, -1, 0,
                        List.of(new Campaign("summit", 0, 2010, 1.0, 0, -1))),
                new SupranationalBody(1, "union", BodyKind.REGIONAL_UNION, 0, -1, 0,
                        List.of(new Campaign("union", 1, 2010, 5.0, 0, -1))));
        for (int i = 0; i < n; i++) {
            h.cities.nation[i] = i;
        }
        World w = h.build();
        Worlds.pledgedAtStart(w, true, java.util.stream.IntStream.range(100, 200).toArray());
        return w;
    }

    /**
     * Runs one update at {@code year} and checks that exactly the nations whose draw falls below
     * 1 - exp(-dt h) adopted, h from the cascade form; returns how many adopted in 0..99 and 100..199.
     */
    private static int[] adoptAt(World w, double year, NationalContextRule rule, double cascade, double focal,
                                 double focalDecay, double bottomUp) {
        w.setStep(w.time().stepOf(year));
        Nation[] nations = w.nations();
        double share = 0;
        for (Nation x : nations) {
            share += x.hasNetZeroTarget() ? 1 : 0;
        }
        share /= nations.length;
        double f = year >= 2010 ? Math.exp(-(year - 2010) / focalDecay) : 0;
        boolean[] had = new boolean[nations.length];
        for (Nation x : nations) {
            had[x.index()] = x.hasNetZeroTarget();
        }
        RandomStream random = Worlds.stream(42);
        rule.start(w, random);
        rule.update(w, random);
        RandomStream same = Worlds.stream(42);
        int[] adopted = new int[2];
        for (Nation x : nations) {
            int k = x.index();
            if (had[k]) {
                continue;
            }
            double pledged = k >= 100 && k < 200 ? 1 : 0;
            double h = Math.max(0, x.stance()) * (cascade * share + focal * f) + bottomUp * pledged;
            boolean expected = h > 0 && same.uniform(w.step(), k, 0) < -Math.expm1(-w.dt() * h);
            assertEquals(expected, x.hasNetZeroTarget(), "nation " + k + " at " + year);
            if (x.hasNetZeroTarget()) {
                adopted[k < 100 ? 0 : 1]++;
            }
        }
        return adopted;
    }

    private static NationalContextRule adoption(double cascade, double focal, double focalDecay, double bottomUp) {
        return rule("rules.nationalContext.cascade=" + cascade, "rules.nationalContext.focal=" + focal,
                "rules.nationalContext.focalDecayYears=" + focalDecay, "rules.nationalContext.bottomUpRate=" + bottomUp,
                "rules.nationalContext.nationalTargetYear=2050");
    }

    @Test
    void theShareOfNationsWithATargetPullsSupportiveNationsAlong() {
        // 200 of 600 nations have a target: T = 1/3; cascade 12 gives a supportive (0.5) nation h = 2
        int[] some = adoptAt(nationsWorld(200), 2005, adoption(12, 0, 1, 0), 12, 0, 1, 0);
        int[] none = adoptAt(nationsWorld(0), 2005, adoption(12, 0, 1, 0), 12, 0, 1, 0);
        double p = -Math.expm1(-0.25 * 2);
        double sd = Math.sqrt(100 * p * (1 - p));
        assertEquals(100 * p, some[0], 4 * sd, "supportive nations, a third of nations with a target");
        assertEquals(0, none[0], "no nation has a target yet: no cascade");
        assertEquals(0, some[1] + none[1], "neutral nations do not follow the cascade");
    }

    @Test
    void aFocalEventIsAPulseOfAdoptionForSupportiveNations() {
        double focal = 4 * Math.E; // h = 0.5 * focal * exp(-1) = 2 a year after the summit
        int[] before = adoptAt(nationsWorld(0), 2009.75, adoption(0, focal, 1, 0), 0, focal, 1, 0);
        int[] after = adoptAt(nationsWorld(0), 2011, adoption(0, focal, 1, 0), 0, focal, 1, 0);
        int[] later = adoptAt(nationsWorld(0), 2016, adoption(0, focal, 1, 0), 0, focal, 1, 0);
        double p = -Math.expm1(-0.25 * 2);
        assertEquals(0, before[0], "nothing before the summit (the union's campaign is no focal event)");
        assertEquals(100 * p, after[0], 4 * Math.sqrt(100 * p * (1 - p)), "a year after the summit");
        assertTrue(later[0] < after[0] / 4, "six years later the pulse has faded: " + later[0]);
    }

    @Test
    void nationsAdoptTargetsFromTheirPledgedCities() {
        int[] adopted = adoptAt(nationsWorld(0), 2005, adoption(0, 0, 1, 2), 0, 0, 1, 2);
        double p = -Math.expm1(-0.25 * 2);
        assertEquals(100 * p, adopted[1], 4 * Math.sqrt(100 * p * (1 - p)), "nations whose cities all pledged");
        assertEquals(0, adopted[0], "supportive nations without pledged cities, no cascade, no focal event");
    }

    @Test
    void lateAdoptersPromiseAtLeastTenYearsAhead() {
        World w = nationsWorld(200);
        NationalContextRule rule = adoption(12, 0, 1, 2);
        RandomStream random = Worlds.stream(42);
        rule.start(w, random);
        int from = w.time().stepOf(2045);
        for (int s = 0; s < 40; s++) {
            w.setStep(from + s);
            rule.update(w, random);
        }
        for (int k = 0; k < 200; k++) {
            Nation x = w.nations()[k];
            assertTrue(x.hasNetZeroTarget(), "nation " + k + " still has no target after ten years");
            // from 2045 on, at least ten years ahead (2055 .. 2065)
            assertTrue(x.netZeroTargetYear() >= 2055 && x.netZeroTargetYear() <= 2065, "target year "
                    + x.netZeroTargetYear());
        }
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
    void autonomousCitiesAreLessStalledAndCounterMobiliseAfterAHostileTurn() {
        int reps = 12;
        double[] dependent = usShares(reps, "world.greatPowers[0].autonomy=0.2", HOSTILE_US);
        double[] autonomous = usShares(reps, "world.greatPowers[0].autonomy=0.9", HOSTILE_US);
        Worlds.assertAbove(autonomous, dependent, 4, 0.05, "US cities under hostility, autonomy 0.9 vs 0.2");
        // the pulse itself, dependence held fixed: three years after the turn, mobilisation on vs off
        double[] pulse = usShares(reps, "world.greatPowers[0].autonomy=0.9", HOSTILE_US, "time.endYear=2009");
        double[] silent = usShares(reps, "world.greatPowers[0].autonomy=0.9", HOSTILE_US, "time.endYear=2009",
                "rules.nationalContext.mobilisation=0");
        Worlds.assertAbove(pulse, silent, 4, 0.03, "US cities' pledged share in 2009 after the 2006 turn,"
                + " mobilisation on vs off");
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

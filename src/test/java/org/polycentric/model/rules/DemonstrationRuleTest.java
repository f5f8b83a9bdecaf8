package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polycentric.experiment.ReplicationRun;
import org.polycentric.model.BuildProgress;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.RandomStream;
import org.polycentric.model.RandomStreams;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.Tier;
import org.polycentric.model.World;
import org.polycentric.model.WorldSource;
import org.polycentric.model.network.SpatialIndex;
import org.polycentric.scenario.Scenario;
import org.polycentric.world.SyntheticWorldBuilder;

/** M4 demonstration: pledged global cities pull cities near them, exp(-d/L) summed, capped at 1. */
class DemonstrationRuleTest {

    private static DemonstrationRule rule(String... overrides) {
        return new DemonstrationRule(Worlds.rules(overrides).get("demonstration", DemonstrationRule.Params.class));
    }

    /** Longitude on the equator at {@code km} east of (0, 0). */
    private static double lonAt(double km) {
        return Math.toDegrees(km / SpatialIndex.EARTH_RADIUS_KM);
    }

    /** Cities on the equator at the given km east of (0, 0); the listed ones are global-tier. */
    private static World equator(double[] km, int... global) {
        Worlds.Hand h = Worlds.hand(km.length);
        for (int i = 0; i < km.length; i++) {
            h.cities.lon[i] = lonAt(km[i]);
        }
        for (int g : global) {
            h.cities.tier[g] = (byte) Tier.GLOBAL.ordinal();
        }
        return h.build();
    }

    private static CityPressures contribute(DemonstrationRule rule, World w) {
        rule.start(w, Worlds.stream(1));
        CityPressures p = Worlds.pressures(w);
        rule.contribute(w, p);
        return p;
    }

    @Test
    void signalIsTheDistanceKernelOfPledgedLeadersWithinTheCutoff() {
        //           0 leader, 1 at 500 km, 2 at 2100 km (beyond the 2000 km cutoff), 3 at 1000 km
        World w = equator(new double[] {0, 500, 2100, 1000}, 0);
        Worlds.pledgedAtStart(w, true, 0);
        double weight = 0.04;
        CityPressures p = contribute(rule("rules.demonstration.weight=" + weight,
                "rules.demonstration.lengthScaleKm=500", "rules.demonstration.cutoffKm=2000"), w);
        assertEquals(weight * Math.exp(-1), p.signal[1], 1e-9);
        assertEquals(weight * Math.exp(-2), p.signal[3], 1e-9);
        assertEquals(0.0, p.signal[2], 0.0, "beyond the cutoff");
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, p.multiplier[i], 0.0);
        }
    }

    @Test
    void onlyPledgedGlobalCitiesDemonstrate() {
        // 0 global but unpledged, 1 pledged but not global, 2 the follower between them
        World w = equator(new double[] {0, 200, 100}, 0);
        Worlds.pledgedAtStart(w, true, 1);
        w.cities().setStatus(0, PledgeStatus.PLEDGED); // pledged during the step: not yet visible
        assertEquals(0.0, contribute(rule(), w).signal[2], 0.0);
        Worlds.pledgedAtStart(w, true, 0);
        assertEquals(0.04 * Math.exp(-100.0 / 500), contribute(rule(), w).signal[2], 1e-9);
    }

    @Test
    void severalNearLeadersAreCappedAtOne() {
        // leaders at -100 and 0 km, follower at 100 km: exp(-0.2) + exp(-0.4) = 1.49, capped at 1;
        // a follower at 1000 km gets exp(-1.8) + exp(-2), well below the cap, the plain sum
        World w = equator(new double[] {-100, 0, 100, 1000}, 0, 1);
        Worlds.pledgedAtStart(w, true, 0);
        Worlds.pledgedAtStart(w, true, 1);
        CityPressures p = contribute(rule("rules.demonstration.weight=0.05"), w);
        assertEquals(0.05, p.signal[2], 1e-12);
        assertEquals(0.05 * (Math.exp(-1100.0 / 500) + Math.exp(-1000.0 / 500)), p.signal[3], 1e-9);
    }

    @Test
    void anUnpledgedGlobalCityIsPulledByOtherLeadersButNotByItself() {
        World w = equator(new double[] {0, 300}, 0, 1);
        Worlds.pledgedAtStart(w, true, 0);
        CityPressures p = contribute(rule(), w);
        assertEquals(0.04 * Math.exp(-300.0 / 500), p.signal[1], 1e-9);
        // and once 0 is no longer pledged, global city 1 feels nothing, although it is a leader itself
        Worlds.pledgedAtStart(w, false, 0);
        assertEquals(0.0, contribute(rule(), w).signal[1], 0.0);
    }

    @Test
    void onlyTheNearestMaxLeadersCountPledgedOrNot() {
        // follower 0; leader 1 at 100 km (unpledged), leader 2 at 200 km (pledged)
        World w = equator(new double[] {0, 100, 200}, 1, 2);
        Worlds.pledgedAtStart(w, true, 2);
        assertEquals(0.0, contribute(rule("rules.demonstration.maxLeaders=1"), w).signal[0], 0.0,
                "the one nearest leader has not pledged");
        assertEquals(0.04 * Math.exp(-200.0 / 500), contribute(rule("rules.demonstration.maxLeaders=2"), w).signal[0],
                1e-9);
    }

    /** Builds the synthetic world and pledges every global-tier city before the run starts. */
    private static final class LeadersPledged implements WorldSource {
        @Override
        public World build(Scenario scenario, RandomStreams streams, BuildProgress progress) {
            World w = new SyntheticWorldBuilder().build(scenario, streams, progress);
            Cities c = w.cities();
            for (int i = 0; i < c.count(); i++) {
                if (c.tier(i) == Tier.GLOBAL) {
                    c.setStatus(i, PledgeStatus.PLEDGED);
                    c.pledgeYear[i] = scenario.time().startYear();
                    c.targetYear[i] = 2050;
                    c.ambition[i] = 1;
                    c.pledgeEmissions[i] = c.emissions[i];
                }
            }
            return w;
        }
    }

    /** Nearest global city to each city, km (infinite for global cities themselves, which are excluded). */
    private static double[] distanceToLeader(Cities c) {
        double[] d = new double[c.count()];
        for (int i = 0; i < c.count(); i++) {
            d[i] = Double.POSITIVE_INFINITY;
            if (c.tier(i) == Tier.GLOBAL) {
                continue;
            }
            for (int j = 0; j < c.count(); j++) {
                if (c.tier(j) == Tier.GLOBAL) {
                    d[i] = Math.min(d[i], SpatialIndex.distanceKm(c.lat[i], c.lon[i], c.lat[j], c.lon[j]));
                }
            }
        }
        return d;
    }

    /**
     * Every other rule off and every global city pledged from the start: cities within 300 km of a
     * leader end up far more often pledged than cities beyond the cutoff, and than the same cities
     * with the rule off; with the rule off, near and far cities do not differ.
     */
    @Test
    void pledgedLeadersPullTheirNeighboursAndOnlyThem() {
        String[] alone = {"rules.peerInfluence.enabled=false", "rules.networkRecruitment.enabled=false",
            "rules.networkServices.enabled=false", "rules.campaigns.enabled=false",
            "rules.nationalContext.enabled=false", "rules.greatPowerInterference.enabled=false",
            "rules.capacityAndSupport.enabled=false", "rules.firms.enabled=false",
            "rules.carbonMarket.enabled=false", "rules.cityTypes.enabled=false", "events=[]"};
        Scenario on = Worlds.small(alone);
        String[] withOff = java.util.Arrays.copyOf(alone, alone.length + 1);
        withOff[alone.length] = "rules.demonstration.enabled=false";
        Scenario off = Worlds.small(withOff);
        int reps = 5;
        double[] nearOn = new double[reps];
        double[] nearOff = new double[reps];
        double[] farOn = new double[reps];
        double[] farOff = new double[reps];
        for (int r = 0; r < reps; r++) {
            ReplicationResult a = ReplicationRun.run(on, r, new LeadersPledged());
            ReplicationResult b = ReplicationRun.run(off, r, new LeadersPledged());
            Cities ca = a.world().cities();
            Cities cb = b.world().cities();
            double[] d = distanceToLeader(ca);
            assertArrayEquals(d, distanceToLeader(cb), "same replication, same world");
            nearOn[r] = Worlds.share(a.world(), i -> d[i] <= 300, ca::isPledged);
            nearOff[r] = Worlds.share(b.world(), i -> d[i] <= 300, cb::isPledged);
            farOn[r] = Worlds.share(a.world(), i -> d[i] > 2000 && d[i] < Double.POSITIVE_INFINITY, ca::isPledged);
            farOff[r] = Worlds.share(b.world(), i -> d[i] > 2000 && d[i] < Double.POSITIVE_INFINITY, cb::isPledged);
        }
        Worlds.assertAbove(nearOn, nearOff, 4, 0.05, "near cities, demonstration on vs off");
        Worlds.assertAbove(nearOn, farOn, 4, 0.05, "near vs far cities with demonstration on");
        // with the rule off (and nothing else either) distance does not matter: near and far follow the base rate
        double gap = Worlds.mean(Worlds.diff(nearOff, farOff));
        assertTrue(Math.abs(gap) <= Math.max(4 * Worlds.pairedSe(nearOff, farOff), 0.02),
                "near and far differ without demonstration: " + gap);
        double farGap = Worlds.mean(Worlds.diff(farOn, farOff));
        assertTrue(Math.abs(farGap) <= Math.max(4 * Worlds.pairedSe(farOn, farOff), 0.02),
                "cities beyond the cutoff moved with demonstration on: " + farGap);
    }

    @Test
    void switchedOffItIsGoneAndAddsNothing() {
        Worlds.assertOffIsExactlyWeightZero("demonstration", DemonstrationRule.class);
    }
}

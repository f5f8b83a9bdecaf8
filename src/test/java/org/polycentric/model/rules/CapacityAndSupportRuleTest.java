package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.RandomStream;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.World;
import org.polycentric.params.BodyKind;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.WorldSpec.BodySpec;

/** M8 capacity gates the hazard; funds raise South cities' capacity; grants across blocs shrink with rivalry. */
class CapacityAndSupportRuleTest {

    private static final double EFFICIENCY = 0.01;

    /** No growth drift, so that only grants move capacity. */
    private static CapacityAndSupportRule rule(String... more) {
        String[] base = {"rules.capacityAndSupport.efficiency=" + EFFICIENCY, "rules.capacityAndSupport.growthNorth=0",
            "rules.capacityAndSupport.growthSouth=0", "rules.capacityAndSupport.maxRecipients=100"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return new CapacityAndSupportRule(Worlds.rules(all).get("capacityAndSupport", CapacityAndSupportRule.Params.class));
    }

    private static SupranationalBody fund(double budget, int bloc) {
        return new SupranationalBody(0, "fund", BodyKind.FUND, -1, bloc, budget, List.of());
    }

    /** Cities 0-3 South (one million people each), 4 North; all at capacity 0.2. */
    private static World world(SupranationalBody... bodies) {
        Worlds.Hand h = Worlds.hand(5).bodies(bodies);
        for (int i = 0; i < 5; i++) {
            h.cities.north[i] = i == 4;
            h.cities.capacity[i] = 0.2;
        }
        return h.build();
    }

    private static void firstStep(CapacityAndSupportRule rule, World w) {
        RandomStream random = Worlds.stream(1);
        rule.start(w, random);
        w.setStep(0);
        rule.update(w, random);
    }

    @Test
    void capacityGatesTheHazard() {
        World w = world();
        double[] cap = {0.1, 0.5, 0.9, 1.0, 0.0};
        System.arraycopy(cap, 0, w.cities().capacity, 0, 5);
        CityPressures p1 = Worlds.pressures(w);
        rule("rules.capacityAndSupport.gamma=1").contribute(w, p1);
        CityPressures p2 = Worlds.pressures(w);
        rule("rules.capacityAndSupport.gamma=2").contribute(w, p2);
        CityPressures p0 = Worlds.pressures(w);
        rule("rules.capacityAndSupport.gamma=0").contribute(w, p0);
        for (int i = 0; i < 5; i++) {
            assertEquals(cap[i], p1.multiplier[i], 1e-12);
            assertEquals(cap[i] * cap[i], p2.multiplier[i], 1e-12);
            assertEquals(1.0, p0.multiplier[i], 0.0, "gamma 0 switches the gate off");
            assertEquals(0.0, p1.signal[i], 0.0);
        }
    }

    @Test
    void southRecipientsCapacityRisesInProportionToTheBudget() {
        double[] gain = new double[3];
        double[] budgets = {0, 100, 200};
        for (int b = 0; b < 3; b++) {
            World w = world(fund(budgets[b], -1));
            firstStep(rule(), w);
            gain[b] = w.cities().capacity[0] - 0.2;
            for (int i = 1; i < 4; i++) {
                assertEquals(gain[b], w.cities().capacity[i] - 0.2, 1e-12, "equal grants to equal cities");
            }
            assertEquals(0.2, w.cities().capacity[4], 0.0, "a North city gets no grant");
        }
        assertEquals(0.0, gain[0], 0.0);
        // a quarter of the yearly budget shared by four recipients of one million people each
        assertEquals(EFFICIENCY * 100 * 0.25 / 4, gain[1], 1e-12);
        assertEquals(2 * gain[1], gain[2], 1e-12);
    }

    @Test
    void largerCitiesNeedMoreForTheSameGain() {
        World w = world(fund(100, -1));
        w.cities().population[1] = 4e6;
        firstStep(rule(), w);
        double g0 = w.cities().capacity[0] - 0.2;
        double g1 = w.cities().capacity[1] - 0.2;
        assertEquals(g0 / 4, g1, 1e-12);
    }

    @Test
    void grantsToARivalBlocShrinkWithRivalry() {
        // fund of bloc b0; recipients 0 (b0), 2 (non-aligned b2), 3 (rival bloc b1)
        double[] gains = grants(0, 0.4);
        assertTrue(gains[0] > 0);
        assertEquals(gains[0] * (1 - 0.4), gains[3], 1e-12, "rival bloc");
        assertEquals(gains[0], gains[2], 1e-12, "a non-aligned city is nobody's rival");
        // a global fund (no bloc) is not discounted
        double[] global = grants(-1, 0.4);
        assertEquals(global[0], global[3], 1e-12);
    }

    private static double[] grants(int fundBloc, double rivalry) {
        Worlds.Hand h = Worlds.hand(5).threeBlocs().inBloc(2, 2).inBloc(3, 1).bodies(fund(100, fundBloc));
        for (int i = 0; i < 5; i++) {
            h.cities.north[i] = i == 4;
            h.cities.capacity[i] = 0.2;
        }
        World w = h.build();
        w.setRivalry(rivalry);
        firstStep(rule(), w);
        double[] g = new double[5];
        for (int i = 0; i < 5; i++) {
            g[i] = w.cities().capacity[i] - 0.2;
        }
        return g;
    }

    @Test
    void networkMembersAreFundedFirst() {
        World w = world(fund(100, -1));
        w.cities().networkMask[1] = 1;
        w.cities().networkMask[3] = 4;
        firstStep(rule("rules.capacityAndSupport.maxRecipients=2"), w);
        Cities c = w.cities();
        assertTrue(c.capacity[1] > 0.2 && c.capacity[3] > 0.2, "members funded");
        assertEquals(0.2, c.capacity[0], 0.0, "non-member left out while members fill the places");
        assertEquals(0.2, c.capacity[2], 0.0);
        assertEquals(EFFICIENCY * 100 * 0.25 / 2, c.capacity[1] - 0.2, 1e-12);
    }

    @Test
    void capacityDriftsUpWithGrowthAndIsCappedAtOne() {
        World w = world(fund(1e6, -1)); // an enormous fund
        CapacityAndSupportRule rule = rule("rules.capacityAndSupport.growthNorth=0.01");
        firstStep(rule, w);
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, w.cities().capacity[i], 0.0, "capped at 1");
        }
        assertEquals(0.2 + 0.8 * -Math.expm1(-0.01 * 0.25), w.cities().capacity[4], 1e-12, "North growth drift");
    }

    // ---- model level ----

    @Test
    void northSouthSupportRaisesSouthCapacityAndAdoption() {
        int reps = 4;
        Scenario funded = Worlds.small();
        Scenario unfunded = Worlds.small("world.supranational[2].budgetPerYear=0");
        assertEquals("Green Climate Fund", funded.world().supranational().get(2).name());
        double[] capA = new double[reps];
        double[] capB = new double[reps];
        double[] pledgedA = new double[reps];
        double[] pledgedB = new double[reps];
        for (int r = 0; r < reps; r++) {
            ReplicationResult a = Worlds.run(funded, r);
            ReplicationResult b = Worlds.run(unfunded, r);
            capA[r] = Worlds.at(a, "mean_capacity", "south", 2012);
            capB[r] = Worlds.at(b, "mean_capacity", "south", 2012);
            pledgedA[r] = Worlds.last(a, "pledged_share", "south");
            pledgedB[r] = Worlds.last(b, "pledged_share", "south");
            double[] north = a.table().column("mean_capacity", "north");
            double[] northB = b.table().column("mean_capacity", "north");
            assertArrayEquals(northB, north, 1e-12, "the fund touched North cities");
        }
        Worlds.assertAbove(capA, capB, 4, 0.02, "South mean capacity in 2012, fund 500 vs 0");
        Worlds.assertAbove(pledgedA, pledgedB, 4, 10.0 / 600, "South final pledged share, fund 500 vs 0");
    }

    @Test
    void switchedOffTheFundsBudgetChangesNothing() {
        Scenario off = Worlds.small("rules.capacityAndSupport.enabled=false");
        Scenario offUnfunded = Worlds.small("rules.capacityAndSupport.enabled=false",
                "world.supranational[2].budgetPerYear=0");
        assertFalse(Worlds.switchedOn(off, CapacityAndSupportRule.class));
        ReplicationResult a = Worlds.run(off, 0);
        ReplicationResult b = Worlds.run(offUnfunded, 0);
        assertArrayEquals(Worlds.everything(a), Worlds.everything(b));
    }
}

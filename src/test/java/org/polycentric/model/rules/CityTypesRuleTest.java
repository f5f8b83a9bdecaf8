package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.CityType;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.scenario.Scenario;

/** M11 city types: industrial cities pledge and implement slower, service and tourism cities faster. */
class CityTypesRuleTest {

    @Test
    void eachTypeGetsItsPledgeAndImplementationMultiplier() {
        CityTypesRule.Params params = Worlds.rules().get("cityTypes", CityTypesRule.Params.class);
        CityType[] types = CityType.values();
        Worlds.Hand h = Worlds.hand(types.length);
        for (int i = 0; i < types.length; i++) {
            h.cities.type[i] = (byte) types[i].ordinal();
        }
        World w = h.build();
        CityPressures p = Worlds.pressures(w);
        new CityTypesRule(params).contribute(w, p);
        double[] pledge = {params.pledgeMultiplier().industrial(), params.pledgeMultiplier().service(),
            params.pledgeMultiplier().tourism(), params.pledgeMultiplier().mixed()};
        double[] implement = {params.implementationMultiplier().industrial(), params.implementationMultiplier().service(),
            params.implementationMultiplier().tourism(), params.implementationMultiplier().mixed()};
        for (CityType t : types) {
            int i = t.ordinal();
            int k = java.util.List.of(CityType.INDUSTRIAL, CityType.SERVICE, CityType.TOURISM, CityType.MIXED).indexOf(t);
            assertEquals(pledge[k], p.multiplier[i], 0.0, t + " pledge multiplier");
            assertEquals(implement[k], p.implementationSpeed[i], 0.0, t + " implementation multiplier");
            assertEquals(0.0, p.signal[i], 0.0);
        }
        // the defaults say what the class comment claims
        int ind = CityType.INDUSTRIAL.ordinal();
        int mix = CityType.MIXED.ordinal();
        for (CityType fast : new CityType[] {CityType.SERVICE, CityType.TOURISM}) {
            assertTrue(p.multiplier[fast.ordinal()] > p.multiplier[mix] && p.multiplier[mix] > p.multiplier[ind]);
            assertTrue(p.implementationSpeed[fast.ordinal()] > p.implementationSpeed[mix]
                    && p.implementationSpeed[mix] > p.implementationSpeed[ind]);
        }
    }

    @Test
    void multipliersCompoundWithOtherRules() {
        World w = Worlds.hand(1).build();
        w.cities().type[0] = (byte) CityType.SERVICE.ordinal();
        CityPressures p = Worlds.pressures(w);
        p.multiplier[0] = 0.5;
        p.implementationSpeed[0] = 2.0;
        CityTypesRule.Params params = Worlds.rules().get("cityTypes", CityTypesRule.Params.class);
        new CityTypesRule(params).contribute(w, p);
        assertEquals(0.5 * params.pledgeMultiplier().service(), p.multiplier[0], 1e-12);
        assertEquals(2.0 * params.implementationMultiplier().service(), p.implementationSpeed[0], 1e-12);
    }

    /** Pooled over a replication: pledged share of service minus industrial cities, and emissions left. */
    private static double[] typeGaps(ReplicationResult r) {
        Cities c = r.world().cities();
        double[] n = new double[CityType.values().length];
        double[] k = new double[n.length];
        double[] left = new double[n.length];
        double[] implementing = new double[n.length];
        for (int i = 0; i < c.count(); i++) {
            int t = c.type[i];
            n[t]++;
            if (c.isPledged(i)) {
                k[t]++;
                if (c.pledgeYear[i] <= 2020) {
                    left[t] += c.emissions[i] / c.pledgeEmissions[i];
                    implementing[t]++;
                }
            }
        }
        int ind = CityType.INDUSTRIAL.ordinal();
        int svc = CityType.SERVICE.ordinal();
        return new double[] {k[svc] / n[svc] - k[ind] / n[ind],
            left[ind] / implementing[ind] - left[svc] / implementing[svc]};
    }

    @Test
    void serviceCitiesPledgeAndImplementFasterThanIndustrialOnesOnlyWithTheRuleOn() {
        int reps = 5;
        Scenario on = Worlds.small();
        Scenario off = Worlds.small("rules.cityTypes.enabled=false");
        double[] pledgeOn = new double[reps];
        double[] pledgeOff = new double[reps];
        double[] leftOn = new double[reps];
        double[] leftOff = new double[reps];
        for (int r = 0; r < reps; r++) {
            double[] a = typeGaps(Worlds.run(on, r));
            double[] b = typeGaps(Worlds.run(off, r));
            pledgeOn[r] = a[0];
            pledgeOff[r] = b[0];
            leftOn[r] = a[1];
            leftOff[r] = b[1];
        }
        Worlds.assertAbove(pledgeOn, pledgeOff, 4, 0.03, "service minus industrial pledged share, rule on vs off");
        Worlds.assertAbove(leftOn, leftOff, 4, 0.01,
                "industrial minus service emissions left (share of pledge-time), rule on vs off");
        double z = 4 * Worlds.sd(pledgeOff) / Math.sqrt(reps);
        assertTrue(Math.abs(Worlds.mean(pledgeOff)) <= Math.max(z, 0.03),
                "with the rule off types should not differ in pledging: " + Worlds.mean(pledgeOff));
    }

    @Test
    void switchedOffItIsGoneAndNeutralFactorsAddNothing() {
        Scenario off = Worlds.small("rules.cityTypes.enabled=false");
        String[] ones = new String[8];
        String[] names = {"industrial", "service", "tourism", "mixed"};
        for (int k = 0; k < 4; k++) {
            ones[k] = "rules.cityTypes.pledgeMultiplier." + names[k] + "=1";
            ones[4 + k] = "rules.cityTypes.implementationMultiplier." + names[k] + "=1";
        }
        Scenario neutral = Worlds.small(ones);
        assertFalse(Worlds.switchedOn(off, CityTypesRule.class));
        assertArrayEquals(Worlds.everything(Worlds.run(neutral, 0)), Worlds.everything(Worlds.run(off, 0)));
    }
}

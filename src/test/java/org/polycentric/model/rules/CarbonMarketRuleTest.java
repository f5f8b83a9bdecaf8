package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.Nation;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.Polycentric;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.scenario.Scenario;

/**
 * M10 carbon markets, sigma = P / (P + halfPrice): signal weight * sigma, implementation sped up by
 * 1 + priceEffect * sigma, business-as-usual growth cut by bauCut * sigma, firms' hazard raised by
 * firmWeight * sigma.
 */
class CarbonMarketRuleTest {

    @Test
    void priceGivesASaturatingSignalAndFasterImplementation() {
        double[] prices = {0, 50, 150};
        Nation[] nations = new Nation[3];
        for (int k = 0; k < 3; k++) {
            nations[k] = Worlds.nation(k, 0, 0.0, 0.5);
            nations[k].setCarbonPrice(prices[k]);
        }
        Worlds.Hand h = Worlds.hand(3).nations(nations);
        for (int i = 0; i < 3; i++) {
            h.cities.nation[i] = i;
        }
        World w = h.build();
        CarbonMarketRule rule = new CarbonMarketRule(Worlds.rules("rules.carbonMarket.weight=0.03",
                "rules.carbonMarket.halfPrice=50", "rules.carbonMarket.priceEffect=0.5").get("carbonMarket", CarbonMarketRule.Params.class));
        CityPressures p = Worlds.pressures(w);
        rule.contribute(w, p);
        assertEquals(0.0, p.signal[0], 0.0, "no price, no signal");
        assertEquals(1.0, p.implementationSpeed[0], 0.0);
        assertEquals(0.03 * 0.5, p.signal[1], 1e-12, "P = halfPrice gives half the weight");
        assertEquals(1 + 0.5 * 0.5, p.implementationSpeed[1], 1e-12);
        assertEquals(0.03 * 0.75, p.signal[2], 1e-12);
        assertEquals(1 + 0.5 * 0.75, p.implementationSpeed[2], 1e-12);
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0, p.multiplier[i], 0.0, "a price is a signal, not a hazard multiplier");
        }
    }

    @Test
    void priceCutsBusinessAsUsualGrowthAndRaisesTheFirmHazardOfEveryCity() {
        Nation[] nations = {Worlds.nation(0, 0, 0.0, 0.5), Worlds.nation(1, 0, 0.0, 0.5)};
        nations[1].setCarbonPrice(150);
        Worlds.Hand h = Worlds.hand(3).nations(nations);
        h.cities.nation[1] = 1;
        h.cities.nation[2] = 1;
        World w = h.build();
        Worlds.pledgedAtStart(w, true, 2);
        CarbonMarketRule rule = new CarbonMarketRule(Worlds.rules("rules.carbonMarket.halfPrice=50",
                "rules.carbonMarket.bauCut=0.04", "rules.carbonMarket.firmWeight=0.1")
                .get("carbonMarket", CarbonMarketRule.Params.class));
        CityPressures p = Worlds.pressures(w);
        rule.contribute(w, p);
        assertEquals(0.0, p.emissionsGrowthCut[0], 0.0, "no price, no cut");
        assertEquals(0.0, p.firmHazard[0], 0.0);
        for (int i = 1; i < 3; i++) {
            assertEquals(0.04 * 0.75, p.emissionsGrowthCut[i], 1e-15, "sigma 0.75, pledged or not");
            assertEquals(0.1 * 0.75, p.firmHazard[i], 1e-15);
        }
    }

    // ---- business-as-usual emissions in the model's own schedule, on a hand-made world ----

    /**
     * Five North cities of 1000 t: 0 uncommitted in an unpriced nation; in a nation pricing carbon at
     * halfPrice (sigma 0.5): 1 uncommitted, 2 uncommitted in the South, 3 pledged, 4 withdrawn.
     * Every rule off but carbonMarket (no pledge signal) and implementation (effort 0: pledged cities
     * keep their emissions), decision base rate 0, so nobody pledges; one year of quarterly steps.
     */
    private static double[] emissionsAfterOneYear(String... overrides) {
        String[] base = {"events=[]", "decision.baseRate=0", "rules.peerInfluence.enabled=false",
            "rules.networkRecruitment.enabled=false", "rules.networkServices.enabled=false",
            "rules.demonstration.enabled=false", "rules.campaigns.enabled=false",
            "rules.nationalContext.enabled=false", "rules.greatPowerInterference.enabled=false",
            "rules.capacityAndSupport.enabled=false", "rules.firms.enabled=false", "rules.cityTypes.enabled=false",
            "rules.carbonMarket.weight=0", "rules.carbonMarket.halfPrice=50", "rules.implementation.effort=0",
            "world.emissions.growthNorth=-0.01", "world.emissions.growthSouth=0.02", "time.stepsPerYear=4"};
        Scenario s = Worlds.baseline(concat(base, overrides));
        Nation[] nations = {Worlds.nation(0, 0, 0.0, 0.5), Worlds.nation(1, 0, 0.0, 0.5)};
        nations[1].setCarbonPrice(50);
        Worlds.Hand h = Worlds.hand(5).nations(nations).scenario(s);
        for (int i = 1; i < 5; i++) {
            h.cities.nation[i] = 1;
        }
        h.cities.north[2] = false;
        World w = h.build();
        Worlds.pledge(w, 3, 2005, 2050, 0.9);
        w.cities().setStatus(4, PledgeStatus.WITHDRAWN);
        Polycentric model = new Polycentric(1, s, (scenario, streams, progress) -> w);
        model.start();
        for (int k = 0; k < 4; k++) {
            model.schedule.step(model);
        }
        assertEquals(0, w.events().count(org.polycentric.model.EventLog.Kind.PLEDGE), "nobody pledged");
        return w.cities().emissions.clone();
    }

    @Test
    void aPriceSlowsTheEmissionsGrowthOfCitiesNotImplementingAPledge() {
        double[] e = emissionsAfterOneYear("rules.carbonMarket.bauCut=0.04");
        double north = Math.pow(0.99, 0.25);
        double unpriced = 1000 * north * north * north * north;
        assertEquals(unpriced, e[0], 0.0, "no price: business as usual exactly as before");
        assertEquals(1000 * (1 - 0.01 - 0.04 * 0.5), e[1], 1e-9, "priced, uncommitted: 1 pp less than 1000 * 0.99");
        assertEquals(1000 * (1 + 0.02 - 0.04 * 0.5), e[2], 1e-9, "priced South city: growth 2% - 2% = 0");
        assertEquals(1000.0, e[3], 0.0, "a pledged city is left to implementation (effort 0 here)");
        assertEquals(1000 * (1 - 0.01 - 0.04 * 0.5), e[4], 1e-9, "a withdrawn city is back on business as usual");
    }

    @Test
    void withoutTheCutAPriceLeavesBusinessAsUsualExactlyAsItWas() {
        double[] e = emissionsAfterOneYear("rules.carbonMarket.bauCut=0");
        double north = Math.pow(0.99, 0.25);
        double south = Math.pow(1.02, 0.25);
        double oldNorth = 1000 * north * north * north * north;
        assertEquals(oldNorth, e[0], 0.0);
        assertEquals(oldNorth, e[1], 0.0);
        assertEquals(1000 * south * south * south * south, e[2], 0.0);
        assertEquals(oldNorth, e[4], 0.0);
        assertArrayEquals(e, emissionsAfterOneYear("rules.carbonMarket.enabled=false"));
    }

    // ---- model level: Europe prices carbon at 150 USD from 2005 ----

    private static final String[] EUROPE_PRICED = {"events=[{\"year\": 2005.0, \"type\": \"carbonPrice\", "
            + "\"region\": \"europe\", \"value\": 150}]"};

    private static ToDoubleFunction<ReplicationResult> europe(boolean pledgedShare) {
        return r -> {
            World w = r.world();
            int eu = w.regionIndex("europe");
            Cities c = w.cities();
            if (pledgedShare) {
                return Worlds.share(w, i -> c.region[i] == eu, c::isPledged);
            }
            // implementation: mean emissions of Europe's implementing cities as a share of their pledge-time emissions
            double sum = 0;
            int n = 0;
            for (int i = 0; i < c.count(); i++) {
                if (c.region[i] == eu && c.isPledged(i) && c.pledgeYear[i] <= 2020) {
                    sum += c.emissions[i] / c.pledgeEmissions[i];
                    n++;
                }
            }
            return sum / n;
        };
    }

    @Test
    void aCarbonPriceRaisesAdoptionAndSpeedsImplementation() {
        int reps = 12;
        Scenario on = Worlds.small(EUROPE_PRICED);
        Scenario off = Worlds.small(concat(EUROPE_PRICED, "rules.carbonMarket.enabled=false"));
        double[] a = Worlds.perReplication(on, reps, europe(true));
        double[] b = Worlds.perReplication(off, reps, europe(true));
        Worlds.assertAbove(a, b, 4, 0.03, "Europe's pledged share with the carbon market on vs off");
        // isolate the speed-up: no price signal to pledge (weight 0), price effect on vs off
        Scenario fast = Worlds.small(concat(EUROPE_PRICED, "rules.carbonMarket.weight=0"));
        Scenario slow = Worlds.small(concat(EUROPE_PRICED, "rules.carbonMarket.weight=0",
                "rules.carbonMarket.priceEffect=0"));
        double[] fastLeft = Worlds.perReplication(fast, reps, europe(false));
        double[] slowLeft = Worlds.perReplication(slow, reps, europe(false));
        Worlds.assertAbove(slowLeft, fastLeft, 4, 0.01,
                "emissions left (share of pledge-time) of Europe's pledged cities, price effect 0 vs 0.5");
    }

    @Test
    void switchedOffAPriceChangesNothing() {
        Scenario offPriced = Worlds.small(concat(EUROPE_PRICED, "rules.carbonMarket.enabled=false"));
        Scenario offUnpriced = Worlds.small("events=[]", "rules.carbonMarket.enabled=false");
        assertFalse(Worlds.switchedOn(offPriced, CarbonMarketRule.class));
        assertArrayEquals(Worlds.everything(Worlds.run(offUnpriced, 0)), Worlds.everything(Worlds.run(offPriced, 0)));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.Nation;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.scenario.Scenario;

/** M10 carbon markets: signal P / (P + halfPrice), implementation sped up by 1 + priceEffect * signal. */
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

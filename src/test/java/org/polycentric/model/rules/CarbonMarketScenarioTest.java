package org.polycentric.model.rules;

import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;
import org.polycentric.model.ReplicationResult;

/**
 * Issue #11: the shipped carbon-market scenario (60 then 100 USD/t from 2026 in the west bloc's
 * regions and China) against the shipped baseline, same seeds, in a smaller world (1,500 cities,
 * to 2041). The price must move firms and the emissions of cities on business as usual, not only
 * pledged cities; the effect on the cities' pledged share is printed, not asserted.
 */
class CarbonMarketScenarioTest {

    private static final int REPS = 4;
    private static final String[] SMALLER = {"world.cities=1500", "time.endYear=2041"};

    /** What one replication is read for. */
    private record Outcome(double firms2035, double pledged2030, double pledged2040, double total2040,
                           double pledgedEmissions2040) {
        static Outcome of(ReplicationResult r) {
            return new Outcome(Worlds.at(r, "firms_pledged_share", "all", 2035),
                    Worlds.at(r, "pledged_share", "all", 2030), Worlds.at(r, "pledged_share", "all", 2040),
                    Worlds.at(r, "emissions_total", "all", 2040), Worlds.at(r, "emissions_pledged", "all", 2040));
        }

        double unpledged2040() {
            return total2040 - pledgedEmissions2040;
        }
    }

    private static Outcome[] runs(String scenario, String... overrides) {
        String[] all = java.util.Arrays.copyOf(SMALLER, SMALLER.length + overrides.length);
        System.arraycopy(overrides, 0, all, SMALLER.length, overrides.length);
        var s = TestScenarios.load(scenario, all);
        Outcome[] out = new Outcome[REPS];
        for (int r = 0; r < REPS; r++) {
            out[r] = Outcome.of(TestScenarios.run(s, r));
        }
        return out;
    }

    private static double[] values(Outcome[] o, java.util.function.ToDoubleFunction<Outcome> f) {
        return java.util.Arrays.stream(o).mapToDouble(f).toArray();
    }

    /** Prints the paired difference a - b: mean and 95% t-interval over the replications. */
    private static double[] report(String what, double[] a, double[] b) {
        double[] d = Worlds.diff(a, b);
        double t = 3.182; // t quantile 0.975, 3 degrees of freedom (REPS = 4)
        double half = t * Worlds.sd(d) / Math.sqrt(d.length);
        System.out.printf("carbon-market vs baseline, %s: %.4f vs %.4f, paired difference %+.4f [%+.4f, %+.4f]%n",
                what, Worlds.mean(a), Worlds.mean(b), Worlds.mean(d), Worlds.mean(d) - half, Worlds.mean(d) + half);
        return d;
    }

    @Test
    void aCarbonPriceMovesFirmsAndBusinessAsUsualEmissions() {
        Outcome[] market = runs("carbon-market");
        Outcome[] baseline = runs("baseline");
        Outcome[] marketNoCut = runs("carbon-market", "rules.carbonMarket.bauCut=0");
        Outcome[] baselineNoCut = runs("baseline", "rules.carbonMarket.bauCut=0");

        double[] firmsA = values(market, Outcome::firms2035);
        double[] firmsB = values(baseline, Outcome::firms2035);
        report("firms' pledged share 2035", firmsA, firmsB);
        report("cities' pledged share 2030", values(market, Outcome::pledged2030), values(baseline, Outcome::pledged2030));
        report("cities' pledged share 2040", values(market, Outcome::pledged2040), values(baseline, Outcome::pledged2040));
        report("emissions of unpledged cities 2040 (Mt)", values(market, Outcome::unpledged2040),
                values(baseline, Outcome::unpledged2040));
        double[] totalEffect = report("total emissions 2040 (Mt)", values(market, Outcome::total2040),
                values(baseline, Outcome::total2040));
        double[] totalEffectNoCut = report("total emissions 2040 with bauCut=0 (Mt)",
                values(marketNoCut, Outcome::total2040), values(baselineNoCut, Outcome::total2040));

        Worlds.assertAbove(firmsA, firmsB, 4, 0.01, "firms' pledged share in 2035, carbon-market vs baseline");
        // the fall in total emissions beyond what the price does through pledging and implementation:
        // at least 1% of the baseline's 2040 total, and 4 paired standard errors
        double floor = 0.01 * Worlds.mean(values(baseline, Outcome::total2040));
        Worlds.assertAbove(totalEffectNoCut, totalEffect, 4, floor,
                "effect of carbon-market on 2040 total emissions (Mt), bauCut 0 vs default");
    }
}

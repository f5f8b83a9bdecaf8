package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.Firms;
import org.polycentric.model.Nation;
import org.polycentric.model.RandomStream;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.scenario.Scenario;

/** M9 firms and cities push each other. */
class FirmsRuleTest {

    private static FirmsRule rule(String... overrides) {
        return new FirmsRule(Worlds.rules(overrides).get("firms", FirmsRule.Params.class));
    }

    /** {@code perCity} firms in each of two cities, sector = firm index mod sectors, size 1. */
    private static World twoCities(int perCity, int sectors) {
        String[] names = new String[sectors];
        for (int s = 0; s < sectors; s++) {
            names[s] = "s" + s;
        }
        Firms f = new Firms(2 * perCity, names);
        for (int j = 0; j < f.count(); j++) {
            f.homeCity[j] = j < perCity ? 0 : 1;
            f.sector[j] = (byte) (j % sectors);
            f.size[j] = 1;
        }
        return Worlds.hand(2).firms(f).build();
    }

    private static int pledged(Firms f, int from, int to) {
        int k = 0;
        for (int j = from; j < to; j++) {
            k += f.pledged[j] ? 1 : 0;
        }
        return k;
    }

    @Test
    void firmsInPledgedCitiesPledgeAtTheHigherHazard() {
        int n = 20_000;
        World w = twoCities(n, 1);
        Worlds.pledgedAtStart(w, true, 0);
        double base = 0.005;
        double cityWeight = 0.05;
        FirmsRule rule = rule("rules.firms.baseRate=" + base, "rules.firms.cityWeight=" + cityWeight,
                "rules.firms.sectorWeight=0");
        RandomStream random = Worlds.stream(7);
        rule.start(w, random);
        w.setStep(0);
        rule.update(w, random);
        double pIn = -Math.expm1(-0.25 * (base + cityWeight));
        double pOut = -Math.expm1(-0.25 * base);
        assertEquals(n * pIn, pledged(w.firms(), 0, n), 4 * Math.sqrt(n * pIn * (1 - pIn)), "firms of the pledged city");
        assertEquals(n * pOut, pledged(w.firms(), n, 2 * n), 4 * Math.sqrt(n * pOut * (1 - pOut)),
                "firms of the unpledged city");
        for (int j = 0; j < 2 * n; j++) {
            if (w.firms().pledged[j]) {
                assertEquals(2005.25, w.firms().pledgeYear[j], 1e-12, "pledge dated at the end of the step");
            }
        }
    }

    /** {@code perCity} firms in each of two cities, city 1 in a nation pricing carbon at {@code price}. */
    private static World twoCitiesOnePriced(int perCity, double price) {
        Firms f = new Firms(2 * perCity, new String[] {"s0"});
        for (int j = 0; j < f.count(); j++) {
            f.homeCity[j] = j < perCity ? 0 : 1;
            f.size[j] = 1;
        }
        Nation[] nations = {Worlds.nation(0, 0, 0.0, 0.5), Worlds.nation(1, 0, 0.0, 0.5)};
        nations[1].setCarbonPrice(price);
        Worlds.Hand h = Worlds.hand(2).firms(f).nations(nations);
        h.cities.nation[1] = 1;
        return h.build();
    }

    /** One firm step after the carbon market's contribution to this step's pressures (as in the model). */
    private static Firms firmStepUnderPrice(World w, String... carbonMarket) {
        CarbonMarketRule market = new CarbonMarketRule(Worlds.rules(carbonMarket)
                .get("carbonMarket", CarbonMarketRule.Params.class));
        FirmsRule rule = rule("rules.firms.baseRate=0.005", "rules.firms.cityWeight=0.05",
                "rules.firms.sectorWeight=0");
        RandomStream random = Worlds.stream(9);
        rule.start(w, random);
        w.setStep(0);
        w.pressures().reset();
        market.contribute(w, w.pressures());
        rule.update(w, random);
        return w.firms();
    }

    @Test
    void firmsInAPricedNationPledgeAtTheHazardThePriceAdds() {
        int n = 20_000;
        World w = twoCitiesOnePriced(n, 50);
        firmStepUnderPrice(w, "rules.carbonMarket.halfPrice=50", "rules.carbonMarket.firmWeight=0.1");
        double pPriced = -Math.expm1(-0.25 * (0.005 + 0.1 * 0.5));
        double pUnpriced = -Math.expm1(-0.25 * 0.005);
        assertEquals(n * pPriced, pledged(w.firms(), n, 2 * n), 4 * Math.sqrt(n * pPriced * (1 - pPriced)),
                "firms of the priced city: hazard baseRate + firmWeight * 0.5");
        assertEquals(n * pUnpriced, pledged(w.firms(), 0, n), 4 * Math.sqrt(n * pUnpriced * (1 - pUnpriced)),
                "firms of the unpriced city");
    }

    @Test
    void withFirmWeightZeroFirmsPledgeExactlyAsWithoutAPrice() {
        int n = 5_000;
        Firms muted = firmStepUnderPrice(twoCitiesOnePriced(n, 50), "rules.carbonMarket.firmWeight=0");
        Firms unpriced = firmStepUnderPrice(twoCitiesOnePriced(n, 0), "rules.carbonMarket.firmWeight=0.1");
        Firms priced = firmStepUnderPrice(twoCitiesOnePriced(n, 50), "rules.carbonMarket.firmWeight=0.1");
        org.junit.jupiter.api.Assertions.assertArrayEquals(unpriced.pledged, muted.pledged);
        org.junit.jupiter.api.Assertions.assertArrayEquals(unpriced.pledgeYear, muted.pledgeYear);
        assertTrue(pledged(priced, n, 2 * n) > pledged(muted, n, 2 * n), "the same dice, a higher hazard");
    }

    @Test
    void firmsFollowTheirSectorPeers() {
        int n = 10_000;
        World w = twoCities(n, 2);
        Firms f = w.firms();
        // half of sector 0 has pledged already (firms 0, 2, 4, ... are sector 0; take every other one)
        int sector0 = 0;
        for (int j = 0; j < f.count(); j++) {
            if (f.sector[j] == 0 && sector0++ % 2 == 0) {
                f.pledged[j] = true;
            }
        }
        FirmsRule rule = rule("rules.firms.baseRate=0", "rules.firms.cityWeight=0", "rules.firms.sectorWeight=0.4");
        RandomStream random = Worlds.stream(8);
        rule.start(w, random);
        int before = pledged(f, 0, f.count());
        w.setStep(0);
        rule.update(w, random);
        int sector1 = 0;
        int newInSector0 = 0;
        for (int j = 0; j < f.count(); j++) {
            if (f.pledged[j]) {
                if (f.sector[j] == 1) {
                    sector1++;
                }
            }
        }
        newInSector0 = pledged(f, 0, f.count()) - before - sector1;
        assertEquals(0, sector1, "no hazard at all in a sector nobody has joined");
        int candidates = n - before; // unpledged firms of sector 0
        double p = -Math.expm1(-0.25 * 0.4 * 0.5);
        assertEquals(candidates * p, newInSector0, 4 * Math.sqrt(candidates * p * (1 - p)));
    }

    @Test
    void aCityGainsTheSizeWeightedShareOfItsPledgedFirms() {
        Firms f = new Firms(3, new String[] {"s"});
        f.homeCity[0] = 0;
        f.size[0] = 1;
        f.homeCity[1] = 0;
        f.size[1] = 3;
        f.homeCity[2] = 1;
        f.size[2] = 2;
        f.pledged[1] = true;
        World w = Worlds.hand(3).firms(f).build();
        FirmsRule rule = rule("rules.firms.weight=0.2");
        rule.start(w, Worlds.stream(1));
        CityPressures p = Worlds.pressures(w);
        rule.contribute(w, p);
        assertEquals(0.2 * 3 / 4, p.signal[0], 1e-12);
        assertEquals(0.0, p.signal[1], 0.0, "its one firm has not pledged");
        assertEquals(0.0, p.signal[2], 0.0, "a city without firms");
    }

    @Test
    void theCitySignalFollowsItsFirmsAfterTheirStep() {
        Firms f = new Firms(1, new String[] {"s"});
        f.homeCity[0] = 0;
        f.size[0] = 2;
        World w = Worlds.hand(1).firms(f).build();
        // a base rate of 100 a year: the firm pledges in its first step all but surely (1 - e^-25)
        FirmsRule rule = rule("rules.firms.weight=0.2", "rules.firms.baseRate=100");
        rule.start(w, Worlds.stream(1));
        CityPressures before = Worlds.pressures(w);
        rule.contribute(w, before);
        assertEquals(0.0, before.signal[0], 0.0);
        w.setStep(0);
        rule.update(w, Worlds.stream(2));
        assertTrue(f.pledged[0]);
        CityPressures after = Worlds.pressures(w);
        rule.contribute(w, after);
        assertEquals(0.2, after.signal[0], 1e-12);
    }

    // ---- model level ----

    /** Firms in pledged home cities end up pledged more often than firms in other cities. */
    @Test
    void firmsOfPledgedCitiesPledgeMoreInTheModel() {
        int reps = 4;
        double[] inPledged = new double[reps];
        double[] inOthers = new double[reps];
        for (int r = 0; r < reps; r++) {
            ReplicationResult res = Worlds.run(Worlds.small("world.firms.count=3000"), r);
            Firms f = res.world().firms();
            Cities c = res.world().cities();
            int[] n = new int[2];
            int[] k = new int[2];
            for (int j = 0; j < f.count(); j++) {
                int g = c.isPledged(f.homeCity[j]) ? 0 : 1;
                n[g]++;
                k[g] += f.pledged[j] ? 1 : 0;
            }
            inPledged[r] = (double) k[0] / n[0];
            inOthers[r] = (double) k[1] / n[1];
        }
        Worlds.assertAbove(inPledged, inOthers, 4, 0.05, "firms' pledged share, pledged vs unpledged home cities");
    }

    /** Every rule but firms off: cities can only be pushed by their firms (and their base rate). */
    private static final String[] FIRMS_ONLY = {"rules.peerInfluence.enabled=false",
        "rules.networkRecruitment.enabled=false", "rules.networkServices.enabled=false",
        "rules.demonstration.enabled=false", "rules.campaigns.enabled=false", "rules.nationalContext.enabled=false",
        "rules.greatPowerInterference.enabled=false", "rules.capacityAndSupport.enabled=false",
        "rules.carbonMarket.enabled=false", "rules.cityTypes.enabled=false", "events=[]",
        "world.firms.count=3000", "rules.firms.baseRate=0.3"};

    /**
     * Cities pledging only at their base rate and firms not pushing back (weight 0): firms' pledged
     * share follows how strongly their cities pledge.
     */
    @Test
    void strongerCityPledgingRaisesFirmsPledging() {
        int reps = 4;
        String[] weak = concat(FIRMS_ONLY, "rules.firms.baseRate=0.005", "rules.firms.weight=0", "decision.baseRate=0.002");
        String[] strong = concat(FIRMS_ONLY, "rules.firms.baseRate=0.005", "rules.firms.weight=0", "decision.baseRate=0.2");
        double[] a = Worlds.perReplication(Worlds.small(strong), reps, r -> Worlds.last(r, "firms_pledged_share", "all"));
        double[] b = Worlds.perReplication(Worlds.small(weak), reps, r -> Worlds.last(r, "firms_pledged_share", "all"));
        Worlds.assertAbove(a, b, 4, 0.05, "firms' pledged share, strong vs weak city pledging");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * With the default city weight, the firms' push is one of many pressures (it moves final adoption
     * in the full baseline by only ~0.035, about 3.6 paired standard errors over eight runs); alone,
     * with firms pledging on their own (base rate 0.3 a year), it is unmistakable.
     */
    @Test
    void pledgedFirmsRaiseCityAdoption() {
        int reps = 4;
        String[] off = java.util.Arrays.copyOf(FIRMS_ONLY, FIRMS_ONLY.length + 1);
        off[FIRMS_ONLY.length] = "rules.firms.enabled=false";
        double[] with = Worlds.perReplication(Worlds.small(FIRMS_ONLY), reps, r -> Worlds.last(r, "pledged_share", "all"));
        double[] without = Worlds.perReplication(Worlds.small(off), reps, r -> Worlds.last(r, "pledged_share", "all"));
        Worlds.assertAbove(with, without, 4, 0.05, "cities' final pledged share, pushed by firms vs no firm rule");
    }

    @Test
    void switchedOffNoFirmEverPledges() {
        Scenario off = Worlds.small("rules.firms.enabled=false");
        assertFalse(Worlds.switchedOn(off, FirmsRule.class));
        ReplicationResult r = Worlds.run(off, 0);
        for (double v : r.table().column("firms_pledged_share", "all")) {
            assertEquals(0.0, v, 0.0);
        }
        assertTrue(Worlds.last(Worlds.run(Worlds.small(), 0), "firms_pledged_share", "all") > 0);
    }
}

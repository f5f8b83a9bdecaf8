package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.model.Campaign;
import org.polycentric.model.CityPressures;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.World;
import org.polycentric.params.BodyKind;
import org.polycentric.params.MembershipPolicy;
import org.polycentric.scenario.WorldSpec.BodySpec;

/** M5 campaigns: intensity * exp(-(t - t_k) / decay), in full for members and hosts, else scaled by reach. */
class CampaignsRuleTest {

    private static final double W = 0.03;
    private static final double DECAY = 3;
    private static final double REACH = 0.3;

    private static CampaignsRule rule() {
        return new CampaignsRule(Worlds.rules("rules.campaigns.weight=" + W, "rules.campaigns.decayYears=" + DECAY,
                "rules.campaigns.reach=" + REACH).get("campaigns", CampaignsRule.Params.class));
    }

    /**
     * Five cities: 0 a member of network 0 (which the campaign names), 1 a member of network 1 (not
     * named), 2 in no network, 3 the summit host, 4 in region 1.
     */
    private static World world(BodyKind kind, int bodyRegion, Campaign... campaigns) {
        return world(0, kind, bodyRegion, campaigns);
    }

    /** As above, with {@code extra} more networks nobody belongs to. */
    private static World world(int extra, BodyKind kind, int bodyRegion, Campaign... campaigns) {
        Worlds.Hand h = Worlds.hand(5)
                .network(Worlds.network("named", 2000, MembershipPolicy.OPEN, null, 1, 10, false, false), -1)
                .network(Worlds.network("other", 2000, MembershipPolicy.OPEN, null, 1, 10, false, false), -1)
                .bodies(new SupranationalBody(0, "body", kind, bodyRegion, -1, 0, List.of(campaigns)));
        for (int k = 0; k < extra; k++) {
            h.network(Worlds.network("extra" + k, 2000, MembershipPolicy.OPEN, null, 1, 10, false, false), -1);
        }
        h.cities.region[4] = 1;
        World w = h.build();
        w.networks()[0].admit(0, w.cities());
        w.networks()[1].admit(1, w.cities());
        return w;
    }

    private static CityPressures at(World w, double year) {
        w.setStep(w.time().stepOf(year));
        assertEquals(year, w.year(), 1e-9, "pick a year on a step boundary");
        CityPressures p = Worlds.pressures(w);
        rule().contribute(w, p);
        return p;
    }

    @Test
    void membersAndTheHostGetTheDecayedIntensityInFullOthersScaledByReach() {
        World w = world(BodyKind.FRAMEWORK, -1, new Campaign("summit", 0, 2010, 0.8, 1 /* network 0 */, 3));
        CityPressures p = at(w, 2013);
        double full = W * 0.8 * Math.exp(-(2013 - 2010) / DECAY);
        assertEquals(full, p.signal[0], 1e-12, "member of a named network");
        assertEquals(full, p.signal[3], 1e-12, "host city");
        assertEquals(full * REACH, p.signal[1], 1e-12, "member of another network");
        assertEquals(full * REACH, p.signal[2], 1e-12, "no network");
        assertEquals(full * REACH, p.signal[4], 1e-12, "a framework body reaches every region");
        for (int i = 0; i < 5; i++) {
            assertEquals(1.0, p.multiplier[i], 0.0);
        }
    }

    /** The rule has a fast path for a dozen networks or fewer; with more, signals are summed per city. */
    @Test
    void manyNetworksGiveTheSameSignals() {
        Campaign summit = new Campaign("summit", 0, 2010, 0.8, 1, 3);
        Campaign union = new Campaign("union", 0, 2011, 0.5, 1, -1);
        for (BodyKind kind : new BodyKind[] {BodyKind.FRAMEWORK, BodyKind.REGIONAL_UNION}) {
            Campaign k = kind == BodyKind.FRAMEWORK ? summit : union;
            CityPressures few = at(world(0, kind, 1, k), 2013);
            CityPressures many = at(world(20, kind, 1, k), 2013);
            for (int i = 0; i < 5; i++) {
                assertEquals(few.signal[i], many.signal[i], 1e-15, kind + ", city " + i);
            }
        }
    }

    @Test
    void aHostOutsideTheUnionsRegionGetsNothing() {
        // host 3 lies in region 0, outside the union's region 1
        World w = world(BodyKind.REGIONAL_UNION, 1, new Campaign("union", 0, 2010, 1.0, 1, 3));
        CityPressures p = at(w, 2010);
        assertEquals(0.0, p.signal[3], 0.0, "a host outside the union's region");
        assertEquals(W * REACH, p.signal[4], 1e-12);
    }

    @Test
    void nothingBeforeTheCampaignAndExponentialDecayAfter() {
        World w = world(BodyKind.FRAMEWORK, -1, new Campaign("summit", 0, 2010, 1.0, 1, 3));
        CityPressures before = at(w, 2009.75);
        for (int i = 0; i < 5; i++) {
            assertEquals(0.0, before.signal[i], 0.0, "before the campaign starts");
        }
        assertEquals(W, at(w, 2010).signal[0], 1e-12, "full intensity in its first step");
        double s1 = at(w, 2011).signal[2];
        double s4 = at(w, 2014).signal[2];
        assertEquals(Math.exp(-3 / DECAY), s4 / s1, 1e-12, "decays by exp(-3/decayYears) over three years");
        assertTrue(s4 < s1);
        // after ~28 decay times (exp < 1e-4) the campaign is negligible and skipped
        assertEquals(0.0, at(w, 2050).signal[0], 0.0);
    }

    @Test
    void campaignsAddUp() {
        World w = world(BodyKind.FRAMEWORK, -1, new Campaign("a", 0, 2010, 0.5, 0, -1),
                new Campaign("b", 0, 2012, 1.0, 0, -1));
        double expected = W * REACH * (0.5 * Math.exp(-3 / DECAY) + 1.0 * Math.exp(-1 / DECAY));
        assertEquals(expected, at(w, 2013).signal[2], 1e-12);
    }

    @Test
    void aRegionalUnionReachesOnlyItsRegion() {
        World w = world(BodyKind.REGIONAL_UNION, 1, new Campaign("union", 0, 2010, 1.0, 0, -1));
        CityPressures p = at(w, 2011);
        assertEquals(W * REACH * Math.exp(-1 / DECAY), p.signal[4], 1e-12, "the union's own region");
        for (int i = 0; i < 4; i++) {
            assertEquals(0.0, p.signal[i], 0.0, "city " + i + " lies outside the union's region");
        }
    }

    /**
     * With the shipped defaults a campaign is a focal event: most of its pull on a member falls in
     * its first half-year, and its integrated pull per unit of intensity is that of earlier versions
     * (weight 0.03 over 3 years: 0.09).
     */
    @Test
    void withTheDefaultsACampaignIsASharpPulseOfTheSameTotalPull() {
        CampaignsRule.Params d = Worlds.rules().get("campaigns", CampaignsRule.Params.class);
        assertEquals(0.09, d.weight() * d.decayYears(), 1e-12, "integrated pull per unit of intensity");
        CampaignsRule rule = new CampaignsRule(d);
        World w = world(BodyKind.FRAMEWORK, -1, new Campaign("summit", 0, 2010, 1.0, 1, -1));
        double dt = w.dt();
        double firstHalfYear = 0;
        double total = 0;
        for (int s = w.time().stepOf(2010); s < w.time().steps(); s++) {
            w.setStep(s);
            CityPressures p = Worlds.pressures(w);
            rule.contribute(w, p);
            total += p.signal[0] * dt;
            firstHalfYear += w.year() < 2010.5 ? p.signal[0] * dt : 0;
        }
        // a left-point sum over quarters: weight * dt / (1 - exp(-dt / decayYears)), 27% above the integral
        // (less the tail below 1e-4 of the intensity, which is skipped)
        assertEquals(d.weight() * dt / -Math.expm1(-dt / d.decayYears()), total, 2e-4 * total, "the member's summed pull");
        assertEquals(d.weight() * d.decayYears(), total, 0.3 * total, "about the integrated pull");
        assertTrue(firstHalfYear > 0.5 * total, "share of the pull in the first half-year: " + firstHalfYear / total);
    }

    @Test
    void campaignsRaiseAdoption() {
        Worlds.assertRaisesAdoption("campaigns", 4, "campaigns");
    }

    @Test
    void switchedOffItIsGoneAndAddsNothing() {
        Worlds.assertOffIsExactlyWeightZero("campaigns", CampaignsRule.class);
    }
}

package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.RandomStream;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.params.MembershipPolicy;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.WorldSpec.NetworkSpec;

/** M3 recruitment: invitation by size, open by signal, regional by region, up to a yearly intake. */
class NetworkRecruitmentRuleTest {

    private static NetworkRecruitmentRule rule(String... overrides) {
        return new NetworkRecruitmentRule(Worlds.rules(overrides).get("networkRecruitment", NetworkRecruitmentRule.Params.class));
    }

    /** Cities whose population rises with their index (city n-1 is the largest). */
    private static Worlds.Hand ranked(int n) {
        Worlds.Hand h = Worlds.hand(n);
        for (int i = 0; i < n; i++) {
            h.cities.population[i] = 1e5 * (i + 1);
        }
        return h;
    }

    private static void step(NetworkRecruitmentRule rule, World w, int step, RandomStream random) {
        w.setStep(step);
        rule.update(w, random);
    }

    private static int[] members(CityNetwork n) {
        int[] m = new int[n.memberCount()];
        for (int k = 0; k < m.length; k++) {
            m[k] = n.member(k);
        }
        return m;
    }

    @Test
    void invitationAdmitsTheLargestCitiesFirstAtTheYearlyIntake() {
        // founded in the first year of the run: no members at the start, 4 a year (1 a quarter), at most 10
        World w = ranked(20).network(Worlds.network("inv", 2005, MembershipPolicy.INVITATION, null, 4, 10, false, false), -1)
                .build();
        NetworkRecruitmentRule rule = rule();
        RandomStream random = Worlds.stream(1);
        rule.start(w, random);
        CityNetwork net = w.networks()[0];
        assertEquals(0, net.memberCount());
        for (int s = 0; s < 4; s++) {
            step(rule, w, s, random);
        }
        assertArrayEquals(new int[] {19, 18, 17, 16}, members(net), "one year: the four largest, largest first");
        for (int s = 4; s < 20; s++) {
            step(rule, w, s, random);
        }
        assertArrayEquals(new int[] {19, 18, 17, 16, 15, 14, 13, 12, 11, 10}, members(net), "full at maxMembers");
        for (int i = 0; i < 20; i++) {
            assertEquals(i >= 10, w.cities().isMember(i, 0), "membership mask of city " + i);
        }
    }

    @Test
    void aNetworkFoundedBeforeTheRunStartsWithTheMembersItWouldHaveRecruited() {
        // founded 2000, the run starts 2005: five years at 3 a year
        World w = ranked(40).network(Worlds.network("old", 2000, MembershipPolicy.INVITATION, null, 3, 100, false, false), -1)
                .network(Worlds.network("young", 2010, MembershipPolicy.INVITATION, null, 3, 100, false, false), -1).build();
        rule().start(w, Worlds.stream(1));
        assertEquals(15, w.networks()[0].memberCount());
        assertEquals(39, w.networks()[0].member(0));
        assertEquals(0, w.networks()[1].memberCount(), "not founded yet");
        NetworkRecruitmentRule rule = rule();
        World w2 = ranked(40).network(Worlds.network("young", 2010, MembershipPolicy.INVITATION, null, 3, 100, false, false), -1)
                .build();
        RandomStream random = Worlds.stream(1);
        rule.start(w2, random);
        int foundingStep = (2010 - 2005) * 4;
        for (int s = 0; s < foundingStep; s++) {
            step(rule, w2, s, random);
        }
        assertEquals(0, w2.networks()[0].memberCount(), "no recruitment before the founding year");
        for (int s = foundingStep; s < foundingStep + 8; s++) {
            step(rule, w2, s, random);
        }
        assertEquals(6, w2.networks()[0].memberCount(), "two years at 3 a year");
    }

    @Test
    void aFoundingCohortJoinsInTheFoundingStepThenTheIntakeBegins() {
        // C40-like: 5 cities at once in the founding step (2006), then 4 a year; one founded before the
        // run starts has its cohort plus the intake of the years before
        NetworkSpec young = new NetworkSpec("young", 2006, MembershipPolicy.INVITATION, null, 5, 4, 100, false, false);
        NetworkSpec old = new NetworkSpec("old", 2003, MembershipPolicy.INVITATION, null, 5, 4, 100, false, false);
        World w = ranked(40).network(young, -1).network(old, -1).build();
        NetworkRecruitmentRule rule = rule();
        RandomStream random = Worlds.stream(1);
        rule.start(w, random);
        assertEquals(0, w.networks()[0].memberCount(), "not founded yet");
        assertEquals(13, w.networks()[1].memberCount(), "5 founders + 2 years at 4 a year");
        int foundingStep = (2006 - 2005) * 4;
        for (int s = 0; s < foundingStep; s++) {
            step(rule, w, s, random);
        }
        assertEquals(0, w.networks()[0].memberCount(), "nobody before the founding step");
        step(rule, w, foundingStep, random);
        assertArrayEquals(new int[] {39, 38, 37, 36, 35, 34}, members(w.networks()[0]),
                "the five largest at once, then the first quarter's intake (1)");
        for (int s = foundingStep + 1; s < foundingStep + 4; s++) {
            step(rule, w, s, random);
        }
        assertEquals(9, w.networks()[0].memberCount(), "5 founders + a year at 4 a year");
    }

    @Test
    void openRecruitmentRespectsTheYearlyIntake() {
        // 6 a year = 1.5 a quarter: 1, 2, 1, 2, ... and exactly 18 after three years
        World w = ranked(200).network(Worlds.network("open", 2005, MembershipPolicy.OPEN, null, 6, 1000, false, false), -1)
                .build();
        NetworkRecruitmentRule rule = rule();
        RandomStream random = Worlds.stream(5);
        rule.start(w, random);
        int[] expected = {1, 3, 4, 6};
        for (int s = 0; s < 4; s++) {
            step(rule, w, s, random);
            assertEquals(expected[s], w.networks()[0].memberCount(), "after step " + s);
        }
        for (int s = 4; s < 12; s++) {
            step(rule, w, s, random);
        }
        assertEquals(18, w.networks()[0].memberCount());
    }

    @Test
    void regionalNetworkRecruitsOnlyItsRegionAndStopsWhenItIsExhausted() {
        Worlds.Hand h = ranked(30).network(Worlds.network("reg", 2005, MembershipPolicy.REGIONAL, "r1", 40, 100, false, false), 1);
        for (int i = 0; i < 30; i++) {
            h.cities.region[i] = i % 2;
        }
        World w = h.build();
        NetworkRecruitmentRule rule = rule();
        RandomStream random = Worlds.stream(3);
        rule.start(w, random);
        step(rule, w, 0, random);
        CityNetwork net = w.networks()[0];
        assertEquals(10, net.memberCount(), "40 a year is 10 a quarter");
        for (int s = 1; s < 8; s++) {
            step(rule, w, s, random);
        }
        assertEquals(15, net.memberCount(), "all 15 cities of region r1 and no more");
        for (int k = 0; k < net.memberCount(); k++) {
            assertEquals(1, w.cities().region[net.member(k)], "member " + net.member(k) + " is outside the region");
        }
    }

    /** Share of 100 open admissions taken by the half of the cities that felt a signal last step. */
    private static double signalledShareOfAdmissions(double signalEffect, long seed) {
        Worlds.Hand h = ranked(400).network(Worlds.network("open", 2005, MembershipPolicy.OPEN, null, 400, 1000, false, false), -1);
        for (int i = 0; i < 400; i += 2) {
            h.cities.lastSignal[i] = 1.0; // even cities felt pressure, odd ones none
        }
        World w = h.build();
        NetworkRecruitmentRule rule = rule("rules.networkRecruitment.signalEffect=" + signalEffect);
        RandomStream random = Worlds.stream(seed);
        rule.start(w, random);
        step(rule, w, 0, random);
        CityNetwork net = w.networks()[0];
        assertEquals(100, net.memberCount());
        int even = 0;
        for (int k = 0; k < 100; k++) {
            even += net.member(k) % 2 == 0 ? 1 : 0;
        }
        return even / 100.0;
    }

    @Test
    void openApplicantsJoinTheLikelierTheMorePressureTheyFelt() {
        // acceptance 1 for signalled cities and 1/21 for the others: expected share 21/22 = 0.955 (sd 0.02)
        double favoured = signalledShareOfAdmissions(20, 11);
        assertTrue(favoured >= 0.85, "share of signalled cities among admissions " + favoured);
        // with no signal effect both halves are alike: 0.5 with sd 0.05 over 100 admissions
        double neutral = signalledShareOfAdmissions(0, 11);
        assertEquals(0.5, neutral, 4 * 0.05, "share of signalled cities without signal effect");
    }

    /** In the model, every invitation network of the baseline grows by exactly its intake a year up to its cap. */
    @Test
    void invitationNetworksGrowAtTheirIntakeInTheModel() {
        Scenario s = Worlds.small();
        ReplicationResult r = Worlds.run(s, 0);
        int start = s.time().startYear();
        int checked = 0;
        for (var spec : s.world().networks()) {
            if (spec.policy() != MembershipPolicy.INVITATION || spec.yearlyIntake() != Math.rint(spec.yearlyIntake())) {
                continue;
            }
            double[] members = r.table().column("network_members", spec.name());
            for (int year = start; year <= s.time().endYear(); year++) {
                double expected = year < spec.foundingYear() ? 0
                        : Math.min(spec.maxMembers(), spec.yearlyIntake() * (year - spec.foundingYear()));
                assertEquals(expected, members[(year - start) * s.time().stepsPerYear()], 0.0,
                        spec.name() + " members on 1 January " + year);
            }
            checked++;
        }
        assertTrue(checked >= 1, "no invitation network in the baseline");
    }

    @Test
    void withoutRecruitmentThereAreNoMembersAndLessAdoption() {
        Scenario on = Worlds.small();
        Scenario off = Worlds.small("rules.networkRecruitment.enabled=false");
        assertFalse(Worlds.switchedOn(off, NetworkRecruitmentRule.class));
        int reps = 4;
        double[] a = new double[reps];
        double[] b = new double[reps];
        for (int k = 0; k < reps; k++) {
            ReplicationResult withNets = Worlds.run(on, k);
            ReplicationResult without = Worlds.run(off, k);
            for (double v : without.table().column("network_member_count", "all")) {
                assertEquals(0.0, v, 0.0, "a network has members although recruitment is off");
            }
            for (CityNetwork n : without.world().networks()) {
                assertEquals(0, n.memberCount(), n.name());
            }
            assertTrue(Worlds.last(withNets, "network_member_count", "all") > 0);
            a[k] = Worlds.last(withNets, "pledged_share", "all");
            b[k] = Worlds.last(without, "pledged_share", "all");
        }
        Worlds.assertAbove(a, b, 4, 10.0 / 600, "final pledged share with networks recruiting vs none");
    }

    @Test
    void theNoCityNetworksScenarioLowersAdoption() {
        Scenario base = Worlds.small();
        Scenario none;
        try {
            none = new org.polycentric.scenario.ScenarioLoader(RuleCatalogue.STANDARD).load(java.nio.file.Path.of("scenarios",
                    "no-city-networks.json"), java.util.List.of(Worlds.SMALL)).value();
        } catch (org.polycentric.scenario.ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assertFalse(Worlds.switchedOn(none, NetworkRecruitmentRule.class));
        assertFalse(Worlds.switchedOn(none, NetworkServicesRule.class));
        int reps = 4;
        double[] a = Worlds.perReplication(base, reps, r -> Worlds.last(r, "pledged_share", "all"));
        double[] b = Worlds.perReplication(none, reps, r -> Worlds.last(r, "pledged_share", "all"));
        Worlds.assertAbove(a, b, 4, 10.0 / 600, "final pledged share, baseline vs no-city-networks");
    }
}

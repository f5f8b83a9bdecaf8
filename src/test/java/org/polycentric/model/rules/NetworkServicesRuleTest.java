package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityPressures;
import org.polycentric.model.RandomStream;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;
import org.polycentric.params.MembershipPolicy;
import org.polycentric.scenario.Scenario;

/** M3/M8 network services: shared standards multiply the hazard, mentoring raises mentees' capacity. */
class NetworkServicesRuleTest {

    private static NetworkServicesRule rule(String... overrides) {
        return new NetworkServicesRule(Worlds.rules(overrides).get("networkServices", NetworkServicesRule.Params.class));
    }

    @Test
    void membersOfANetworkWithStandardsHaveTheirHazardMultipliedOnce() {
        World w = Worlds.hand(4)
                .network(Worlds.network("std-a", 2000, MembershipPolicy.OPEN, null, 1, 10, true, false), -1)
                .network(Worlds.network("plain", 2000, MembershipPolicy.OPEN, null, 1, 10, false, false), -1)
                .network(Worlds.network("std-b", 2000, MembershipPolicy.OPEN, null, 1, 10, true, false), -1).build();
        CityNetwork[] n = w.networks();
        n[0].admit(0, w.cities());
        n[1].admit(1, w.cities());
        n[0].admit(2, w.cities());
        n[2].admit(2, w.cities());
        NetworkServicesRule rule = rule("rules.networkServices.standardsBoost=0.5");
        rule.start(w, Worlds.stream(1));
        CityPressures p = Worlds.pressures(w);
        rule.contribute(w, p);
        assertEquals(1.5, p.multiplier[0], 1e-12, "member of a network with standards");
        assertEquals(1.0, p.multiplier[1], 0.0, "member of a network without standards");
        assertEquals(1.5, p.multiplier[2], 1e-12, "two networks with standards still count once");
        assertEquals(1.0, p.multiplier[3], 0.0, "not a member");
        for (int i = 0; i < 4; i++) {
            assertEquals(0.0, p.signal[i], 0.0);
        }
    }

    @Test
    void southMembersArePairedWithNorthMentorsAsSoonAsTheNetworkHasOne() {
        Worlds.Hand h = Worlds.hand(6)
                .network(Worlds.network("mentoring", 2000, MembershipPolicy.OPEN, null, 1, 10, false, true), -1)
                .network(Worlds.network("plain", 2000, MembershipPolicy.OPEN, null, 1, 10, false, false), -1);
        for (int i : new int[] {0, 1, 3, 5}) {
            h.cities.north[i] = false;
        }
        World w = h.build();
        Cities c = w.cities();
        CityNetwork net = w.networks()[0];
        CityNetwork plain = w.networks()[1];
        NetworkServicesRule rule = rule();
        RandomStream random = Worlds.stream(1);
        rule.start(w, random);
        net.admit(0, c); // two South members join before any North one
        net.admit(1, c);
        plain.admit(5, c);
        plain.admit(4, c);
        w.setStep(0);
        rule.update(w, random);
        assertEquals(0, net.mentoringPairs(), "no North member to mentor yet");
        net.admit(2, c); // the first North member
        rule.update(w, random);
        assertEquals(2, net.mentoringPairs(), "the waiting South members are paired once a North member joins");
        net.admit(3, c);
        net.admit(4, c);
        rule.update(w, random);
        rule.update(w, random);
        assertEquals(3, net.mentoringPairs(), "every South member is paired exactly once");
        Set<Integer> mentees = new HashSet<>();
        for (int k = 0; k < net.mentoringPairs(); k++) {
            assertFalse(c.north[net.mentee(k)], "mentee " + net.mentee(k) + " is North");
            assertTrue(c.north[net.mentor(k)], "mentor " + net.mentor(k) + " is South");
            assertTrue(c.isMember(net.mentor(k), 0), "mentor outside the network");
            mentees.add(net.mentee(k));
        }
        assertEquals(Set.of(0, 1, 3), mentees);
        assertEquals(0, plain.mentoringPairs(), "a network without mentoring pairs nobody");
    }

    @Test
    void menteesConvergeTowardTheirMentorsCapacityDiscountedByRivalry() {
        // mentor 1 (North, bloc b0, capacity 0.8); mentees 0 (b0), 2 (rival bloc b1), 3 (non-aligned b2)
        // at 0.3 and 5 (b0) at 0.9, above its mentor; 4 (South, no network)
        Worlds.Hand h = Worlds.hand(6).threeBlocs().inBloc(2, 1).inBloc(3, 2)
                .network(Worlds.network("m", 2000, MembershipPolicy.OPEN, null, 1, 10, false, true), -1);
        Cities c = h.cities;
        for (int i : new int[] {0, 2, 3, 4, 5}) {
            c.north[i] = false;
        }
        for (int i = 0; i < 6; i++) {
            c.capacity[i] = 0.3;
        }
        c.capacity[1] = 0.8;
        c.capacity[5] = 0.9;
        World w = h.build();
        CityNetwork net = w.networks()[0];
        for (int i : new int[] {0, 1, 2, 3, 5}) {
            net.admit(i, c);
        }
        w.setRivalry(0.5);
        w.setFragmentation(0.4);
        NetworkServicesRule rule = rule("rules.networkServices.mentoringRate=0.4");
        RandomStream random = Worlds.stream(1);
        rule.start(w, random);
        for (int s = 0; s < 4; s++) { // one year
            w.setStep(s);
            rule.update(w, random);
        }
        assertEquals(4, net.mentoringPairs());
        double closed = -Math.expm1(-0.4 * 0.25); // share of the gap closed in a quarter
        assertEquals(0.8 - 0.5 * Math.pow(1 - closed, 4), c.capacity[0], 1e-12, "mentee in the mentor's bloc");
        assertEquals(0.8 - 0.5 * Math.exp(-0.4), c.capacity[0], 1e-12, "a year at hazard 0.4");
        assertEquals(0.8 - 0.5 * Math.pow(1 - closed * (1 - 0.5), 4), c.capacity[2], 1e-12,
                "mentee in the rival bloc");
        assertEquals(0.8 - 0.5 * Math.pow(1 - closed * (1 - 0.5 * 0.4), 4), c.capacity[3], 1e-12,
                "non-aligned mentee of a great power's bloc: competing offers");
        assertEquals(0.9, c.capacity[5], 0.0, "a mentee above its mentor gains nothing");
        assertEquals(0.8, c.capacity[1], 0.0, "the mentor gains nothing");
        assertEquals(0.3, c.capacity[4], 0.0, "a city outside the network gains nothing");

        for (int s = 4; s < 400; s++) {
            w.setStep(s);
            rule.update(w, random);
        }
        assertEquals(0.8, c.capacity[0], 1e-9, "the gap closes; mentoring gives no more than the mentor has");
        assertTrue(c.capacity[2] <= 0.8 && c.capacity[3] <= 0.8);
    }

    @Test
    void servicesRaiseAdoption() {
        assertFalse(Worlds.switchedOn(Worlds.small("rules.networkServices.enabled=false"), NetworkServicesRule.class));
        Worlds.assertRaisesAdoption("networkServices", 4, "network services");
    }

    /**
     * With the capacity rule off, only mentoring moves capacity: switched off, every city keeps its
     * initial capacity; switched on, exactly the mentees gain (the world is built before the rules
     * start, so the same replication starts from the same capacities).
     */
    @Test
    void mentoringIsTheOnlyThingThatMovesCapacityWhenSupportIsOff() {
        Scenario on = Worlds.small("rules.capacityAndSupport.enabled=false");
        Scenario off = Worlds.small("rules.capacityAndSupport.enabled=false", "rules.networkServices.enabled=false");
        ReplicationResult a = Worlds.run(on, 0);
        ReplicationResult b = Worlds.run(off, 0);
        double[] flat = b.table().column("mean_capacity", "all");
        for (double v : flat) {
            assertEquals(flat[0], v, 0.0, "capacity moved with services and support off");
        }
        Cities ca = a.world().cities();
        Cities cb = b.world().cities();
        Set<Integer> mentees = new HashSet<>();
        for (CityNetwork n : a.world().networks()) {
            for (int k = 0; k < n.mentoringPairs(); k++) {
                mentees.add(n.mentee(k));
            }
        }
        assertTrue(mentees.size() >= 10, "too few mentoring pairs to test: " + mentees.size());
        int gained = 0;
        for (int i = 0; i < ca.count(); i++) {
            if (mentees.contains(i)) {
                assertTrue(ca.capacity[i] >= cb.capacity[i], "mentee " + i + " lost capacity");
                gained += ca.capacity[i] > cb.capacity[i] ? 1 : 0;
            } else {
                assertEquals(cb.capacity[i], ca.capacity[i], 0.0, "city " + i + " is no mentee but its capacity moved");
            }
        }
        assertTrue(gained >= 10, "too few mentees gained: " + gained);
        double[] rising = a.table().column("mean_capacity", "south");
        assertTrue(rising[rising.length - 1] > rising[0], "South mean capacity did not rise with mentoring");
    }
}

package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polycentric.model.Campaign;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityPressures;
import org.polycentric.model.EventLog;
import org.polycentric.model.Polycentric;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.World;
import org.polycentric.params.BodyKind;
import org.polycentric.params.InvalidValueException;
import org.polycentric.params.MembershipPolicy;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.world.SyntheticWorldBuilder;

/** The networkMerge event (ODD 7.1): members move, the merged network is dissolved, the rules see the new masks. */
class NetworkMergeTest {

    private static int[] members(CityNetwork n) {
        int[] m = new int[n.memberCount()];
        for (int k = 0; k < m.length; k++) {
            m[k] = n.member(k);
        }
        return m;
    }

    /** Six cities; network 0 "from" has 0, 1, 2; network 1 "into" has 2, 3; city 5 hosts nothing and is in no network. */
    private static World hand() {
        World w = Worlds.hand(6)
                .network(Worlds.network("from", 2000, MembershipPolicy.OPEN, null, 1, 10, false, true), -1)
                .network(Worlds.network("into", 2000, MembershipPolicy.OPEN, null, 1, 3, false, false), -1)
                .bodies(new SupranationalBody(0, "body", BodyKind.FRAMEWORK, -1, -1, 0,
                        List.of(new Campaign("summit", 0, 2010, 1.0, 1 << 1 /* "into" */, -1))))
                .build();
        CityNetwork from = w.networks()[0];
        CityNetwork into = w.networks()[1];
        for (int c : new int[] {0, 1, 2}) {
            from.admit(c, w.cities());
        }
        for (int c : new int[] {2, 3}) {
            into.admit(c, w.cities());
        }
        from.pair(1, 0);
        return w;
    }

    @Test
    void membersMoveBeyondTheCapAndTheMergedNetworkIsEmpty() {
        World w = hand();
        CityNetwork from = w.networks()[0];
        CityNetwork into = w.networks()[1];
        int[] joined = from.mergeInto(into, w.cities());
        System.out.printf("merge: joined %s; into now %s (maxMembers %d); from %d members, %d pairs%n",
                java.util.Arrays.toString(joined), java.util.Arrays.toString(members(into)), into.maxMembers(),
                from.memberCount(), from.mentoringPairs());
        assertArrayEquals(new int[] {0, 1}, joined, "city 2 was already a member of 'into'");
        assertArrayEquals(new int[] {2, 3, 0, 1}, members(into), "joiners after the old members, in joining order");
        assertTrue(into.memberCount() > into.maxMembers(), "a merger may take a network beyond its maxMembers");
        assertEquals(0, from.memberCount());
        assertEquals(0, from.mentoringPairs(), "mentoring pairs of a dissolved network end");
        assertTrue(from.isDissolved());
        Cities c = w.cities();
        int[] expectedMask = {0b10, 0b10, 0b10, 0b10, 0, 0};
        for (int i = 0; i < 6; i++) {
            assertEquals(expectedMask[i], c.networkMask[i], "mask of city " + i);
        }
        assertEquals(4, into.membersInBloc(0), "bloc counts follow the members");
        assertEquals(0, from.membersInBloc(0));
        assertThrows(IllegalStateException.class, () -> from.admit(5, c), "a dissolved network admits no one");
    }

    @Test
    void coMembershipAndCampaignsSeeTheNewMasks() {
        World w = hand();
        Worlds.pledgedAtStart(w, true, 3);
        PeerInfluenceRule peer = new PeerInfluenceRule(Worlds.rules("rules.peerInfluence.weight=1",
                "rules.peerInfluence.tieWeights.coMembership=1").get("peerInfluence", PeerInfluenceRule.Params.class));
        CampaignsRule campaigns = new CampaignsRule(Worlds.rules().get("campaigns", CampaignsRule.Params.class));
        w.setStep(w.time().stepOf(2010));
        double[][] before = signals(w, peer, campaigns);
        w.networks()[0].mergeInto(w.networks()[1], w.cities());
        double[][] after = signals(w, peer, campaigns);
        System.out.printf("city 0 before/after the merge: co-membership %.4f -> %.4f, campaign %.4f -> %.4f"
                + " (a member of the campaign's network gets %.4f)%n",
                before[0][0], after[0][0], before[1][0], after[1][0], before[1][2]);
        // before: 0's only network is 'from' (others 1, 2 unpledged); after: 'into' (others 1, 2, 3; 3 pledged)
        assertEquals(0.0, before[0][0], 1e-12);
        assertEquals(1.0 / 3, after[0][0], 1e-12);
        // the campaign names 'into': city 0 gets what a non-member gets before, what a member gets after
        assertEquals(before[1][5], before[1][0], 1e-12);
        assertEquals(before[1][2], after[1][0], 1e-12);
        assertTrue(after[1][0] > before[1][0]);
    }

    private static double[][] signals(World w, PeerInfluenceRule peer, CampaignsRule campaigns) {
        CityPressures p = Worlds.pressures(w);
        peer.start(w, Worlds.stream(1));
        peer.update(w, Worlds.stream(1));
        peer.contribute(w, p);
        CityPressures q = Worlds.pressures(w);
        campaigns.start(w, Worlds.stream(1));
        campaigns.contribute(w, q);
        return new double[][] {p.signal, q.signal};
    }

    private static final String MERGE = "addEvents=[{\"year\": 2018.0, \"type\": \"networkMerge\","
            + " \"network\": \"C40\", \"into\": \"EU Covenant of Mayors\"}]";

    @Test
    void inARunTheMergedNetworksMembersJoinAndItRecruitsNobodyAfterwards() {
        Scenario s = Worlds.small(MERGE, "time.endYear=2022");
        Polycentric model = new Polycentric(7, s, new SyntheticWorldBuilder(), RuleCatalogue.STANDARD);
        model.start();
        World w = model.world();
        CityNetwork merged = w.networks()[0]; // C40, merged away
        CityNetwork into = w.networks()[2]; // the EU Covenant of Mayors, regional: C40's members outside Europe join it too
        assertEquals("C40", merged.name());
        assertEquals("EU Covenant of Mayors", into.name());
        int mergeStep = w.time().stepOf(2018.0);
        Set<Integer> union = new HashSet<>();
        int mergedBefore = 0;
        int intoBefore = 0;
        while (!model.finished()) {
            int step = (int) model.schedule.getSteps();
            if (step == mergeStep) {
                mergedBefore = merged.memberCount();
                intoBefore = into.memberCount();
                for (int k = 0; k < mergedBefore; k++) {
                    union.add(merged.member(k));
                }
                for (int k = 0; k < intoBefore; k++) {
                    union.add(into.member(k));
                }
            }
            model.schedule.step(model);
            if (step == mergeStep) {
                System.out.printf("2018.0: C40 %d + EU Covenant %d members (%d distinct) -> EU Covenant %d, C40 %d%n",
                        mergedBefore, intoBefore, union.size(), into.memberCount(), merged.memberCount());
                assertTrue(mergedBefore > 0 && intoBefore > 0, "both networks had members before the merger");
                for (int city : union) {
                    assertTrue(w.cities().isMember(city, into.index()), "city " + city + " is a member of the EU Covenant");
                }
                assertTrue(into.memberCount() >= union.size());
            }
            assertTrue(step < mergeStep || merged.memberCount() == 0, "C40 stays empty after the merger");
        }
        model.finish();
        Cities c = w.cities();
        List<Integer> maskMembers = new ArrayList<>();
        for (int i = 0; i < c.count(); i++) {
            assertEquals(0, c.networkMask[i] & (1 << merged.index()), "no city keeps C40's bit");
            if (c.isMember(i, into.index())) {
                maskMembers.add(i);
            }
        }
        assertEquals(into.memberCount(), maskMembers.size(), "the Covenant's members are exactly the cities with its bit");
        EventLog log = w.events();
        int merges = 0;
        int laterIcleiJoins = 0;
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventLog.Kind.NETWORK_MERGE) {
                merges++;
                assertEquals(mergeStep, log.step(i));
                assertEquals(merged.index(), log.subject(i));
                assertEquals(into.index(), log.related(i));
                assertEquals(union.size() - intoBefore, (int) log.value(i), "value: cities that joined");
            }
            if (log.kind(i) == EventLog.Kind.NETWORK_JOIN && log.related(i) == merged.index() && log.step(i) >= mergeStep) {
                laterIcleiJoins++;
            }
        }
        assertEquals(1, merges);
        assertEquals(0, laterIcleiJoins, "the dissolved network recruits nobody");
    }

    private static String message(String... overrides) {
        return assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(RuleCatalogue.STANDARD).load(Worlds.BASELINE, List.of(overrides)))
                .getMessage();
    }

    private static InvalidValueException unresolved(String set) {
        Scenario s = Worlds.small(set, "time.endYear=2006");
        return assertThrows(InvalidValueException.class,
                () -> new Polycentric(1, s, new SyntheticWorldBuilder(), RuleCatalogue.STANDARD).start());
    }

    @Test
    void unknownNamesAndMisusedFieldsAreClearErrors() {
        InvalidValueException unknown = unresolved(MERGE.replace("\"C40\"", "\"C-40\""));
        System.out.println(unknown.field() + ": " + unknown.getMessage());
        assertEquals("addEvents[0].network", unknown.field());
        assertEquals("no network 'C-40' in this world; allowed: C40, ICLEI, EU Covenant of Mayors,"
                + " Carbon Neutral Cities Alliance, Global Covenant of Mayors, Urban Shift", unknown.getMessage());
        InvalidValueException into = unresolved(MERGE.replace("\"EU Covenant of Mayors\"", "\"GCoM\""));
        assertEquals("addEvents[0].into", into.field());
        String twice = "addEvents=[{\"year\": 2010, \"type\": \"networkMerge\", \"network\": \"ICLEI\", \"into\": \"C40\"},"
                + " {\"year\": 2012, \"type\": \"networkMerge\", \"network\": \"Urban Shift\", \"into\": \"ICLEI\"}]";
        InvalidValueException dissolved = unresolved(twice);
        System.out.println(dissolved.field() + ": " + dissolved.getMessage());
        assertEquals("addEvents[1].into", dissolved.field());

        String noInto = "addEvents=[{\"year\": 2018, \"type\": \"networkMerge\", \"network\": \"ICLEI\"}]";
        String m = message(noInto);
        System.out.println(m);
        assertEquals("--set " + noInto + ": addEvents[0].into: is required (list items have no defaults)", m);
        String withValue = MERGE.replace("}]", ", \"value\": 1}]");
        assertEquals("--set " + withValue + ": addEvents[0].value: networkMerge takes no value; leave 'value' out",
                message(withValue));
        String self = MERGE.replace("\"EU Covenant of Mayors\"", "\"C40\"");
        assertEquals("--set " + self + ": addEvents[0].into: must differ from 'network' ('C40')", message(self));
        String stray = "addEvents=[{\"year\": 2030, \"type\": \"rivalry\", \"value\": 0.5, \"network\": \"C40\"}]";
        assertEquals("--set " + stray + ": addEvents[0].network: is only for a networkMerge event", message(stray));
    }
}

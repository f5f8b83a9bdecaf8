package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityPressures;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.World;
import org.polycentric.model.network.TieGraph;
import org.polycentric.model.network.TieKind;
import org.polycentric.params.MembershipPolicy;

/** M3 peer influence: the weighted share of pledged neighbours, ties weighted by kind and bloc. */
class PeerInfluenceRuleTest {

    private static PeerInfluenceRule rule(String... overrides) {
        return new PeerInfluenceRule(Worlds.rules(overrides).get("peerInfluence", PeerInfluenceRule.Params.class));
    }

    private static CityPressures contribute(PeerInfluenceRule rule, World w) {
        CityPressures p = Worlds.pressures(w);
        rule.start(w, Worlds.stream(1));
        rule.contribute(w, p);
        return p;
    }

    @Test
    void twoOfFourPledgedNeighboursGiveHalfTheWeight() {
        World w = Worlds.hand(6).ties(TieGraph.builder(6)
                .addEdge(0, 1, TieKind.GENERIC).addEdge(0, 2, TieKind.GENERIC)
                .addEdge(0, 3, TieKind.GENERIC).addEdge(0, 4, TieKind.GENERIC).build()).build();
        Worlds.pledgedAtStart(w, true, 1);
        Worlds.pledgedAtStart(w, true, 2);
        CityPressures p = contribute(rule("rules.peerInfluence.weight=0.3"), w);
        assertEquals(0.3 * 0.5, p.signal[0], 1e-12);
        assertEquals(0.0, p.signal[1], 0.0, "city 1's only neighbour (0) is unpledged");
        assertEquals(0.0, p.signal[5], 0.0, "an isolated city feels nothing");
        for (int i = 0; i < 6; i++) {
            assertEquals(1.0, p.multiplier[i], 0.0, "peer influence is a signal, not a multiplier");
        }
    }

    @Test
    void readsTheStartOfStepSnapshotNotTheLiveStatus() {
        World w = Worlds.hand(3).ties(TieGraph.builder(3)
                .addEdge(0, 1, TieKind.GENERIC).addEdge(0, 2, TieKind.GENERIC).build()).build();
        Worlds.pledgedAtStart(w, true, 2);
        w.cities().setStatus(1, PledgeStatus.PLEDGED); // pledged during this step: not yet visible
        CityPressures p = contribute(rule("rules.peerInfluence.weight=1"), w);
        assertEquals(0.5, p.signal[0], 1e-12);
    }

    @Test
    void tiesAreWeightedByKind() {
        World w = Worlds.hand(4).ties(TieGraph.builder(4)
                .addEdge(0, 1, TieKind.SAME_NATION).addEdge(0, 2, TieKind.PROXIMITY)
                .addEdge(0, 3, TieKind.LONG_RANGE).build()).build();
        Worlds.pledgedAtStart(w, true, 1);
        Worlds.pledgedAtStart(w, true, 3);
        CityPressures p = contribute(rule("rules.peerInfluence.weight=0.2",
                "rules.peerInfluence.tieWeights.sameNation=3", "rules.peerInfluence.tieWeights.proximity=1",
                "rules.peerInfluence.tieWeights.longRange=0.5"), w);
        assertEquals(0.2 * (3 + 0.5) / (3 + 1 + 0.5), p.signal[0], 1e-12);
    }

    @Test
    void tiesBetweenRivalBlocsAreDiscountedByRivalry() {
        // 0 in bloc b0 (led by a great power) tied to 1 (rival bloc b1, pledged) and 2 (own bloc, not pledged)
        World w = Worlds.hand(3).threeBlocs().inBloc(1, 1).ties(TieGraph.builder(3)
                .addEdge(0, 1, TieKind.GENERIC).addEdge(0, 2, TieKind.GENERIC).build()).build();
        Worlds.pledgedAtStart(w, true, 1);
        PeerInfluenceRule rule = rule("rules.peerInfluence.weight=1");
        for (double r : new double[] {0.0, 0.6, 1.0}) {
            w.setRivalry(r);
            assertEquals((1 - r) / 2, contribute(rule, w).signal[0], 1e-12, "rivalry " + r);
        }
        // the other way round: 0 pledged, 1 and 2 not; 1's only tie is to a rival, 2's to its own bloc
        w.setRivalry(0.6);
        Worlds.pledgedAtStart(w, false, 1);
        Worlds.pledgedAtStart(w, true, 0);
        assertEquals(1 - 0.6, contribute(rule, w).signal[1], 1e-12, "a rival's pledge counts 1 - rivalry");
        assertEquals(1.0, contribute(rule, w).signal[2], 1e-12);
    }

    /**
     * Rivalry lowers the signal rather than re-weighting the neighbours: pledged rivals count
     * (1 - rivalry) in the numerator, every neighbour fully in the denominator.
     */
    @Test
    void rivalryLowersTheSignalFromPledgedRivals() {
        // 0 (bloc b0) tied to 1 (b0, pledged), 2 and 3 (rival bloc b1, pledged), 4 (b0, not pledged),
        // 5 (non-aligned b2, pledged)
        World w = Worlds.hand(6).threeBlocs().inBloc(2, 1).inBloc(3, 1).inBloc(5, 2).ties(TieGraph.builder(6)
                .addEdge(0, 1, TieKind.GENERIC).addEdge(0, 2, TieKind.GENERIC).addEdge(0, 3, TieKind.GENERIC)
                .addEdge(0, 4, TieKind.GENERIC).addEdge(0, 5, TieKind.GENERIC).build()).build();
        Worlds.pledgedAtStart(w, true, 1, 2, 3, 5);
        PeerInfluenceRule rule = rule("rules.peerInfluence.weight=0.5");
        double[] expected = {0.5 * 4 / 5, 0.5 * 3 / 5, 0.5 * 2 / 5}; // (1 + 2 (1 - r) + 1) / 5
        double[] rivalry = {0.0, 0.5, 1.0};
        for (int k = 0; k < 3; k++) {
            w.setRivalry(rivalry[k]);
            assertEquals(expected[k], contribute(rule, w).signal[0], 1e-12, "rivalry " + rivalry[k]);
        }
        // at rivalry 1 a city whose pledged neighbours are all rivals feels nothing from them
        Worlds.pledgedAtStart(w, false, 1, 5);
        assertEquals(0.0, contribute(rule, w).signal[0], 1e-12);
        w.setRivalry(0.0);
        assertEquals(0.5 * 2 / 5, contribute(rule, w).signal[0], 1e-12, "rivalry 0: the plain share");
    }

    @Test
    void tiesToNonAlignedCitiesAreNotDiscounted() {
        // as above, but the pledged neighbour is in the non-aligned bloc b2: rivalry does not apply
        World w = Worlds.hand(3).threeBlocs().inBloc(1, 2).ties(TieGraph.builder(3)
                .addEdge(0, 1, TieKind.GENERIC).addEdge(0, 2, TieKind.GENERIC).build()).build();
        Worlds.pledgedAtStart(w, true, 1);
        w.setRivalry(0.9);
        assertEquals(0.5, contribute(rule("rules.peerInfluence.weight=1"), w).signal[0], 1e-12);
    }

    @Test
    void coMembershipCountsTheNetworksPledgedShareAsOneTie() {
        Worlds.Hand h = Worlds.hand(6).threeBlocs().inBloc(3, 1)
                .network(Worlds.network("net", 2000, MembershipPolicy.OPEN, null, 10, 100, false, false), -1)
                .ties(TieGraph.builder(6).addEdge(0, 5, TieKind.GENERIC).build());
        World w = h.build();
        CityNetwork net = w.networks()[0];
        for (int i = 0; i < 4; i++) {
            net.admit(i, w.cities());
        }
        // 1: same bloc as 0; 3: rival bloc; 5: 0's tie neighbour, not a member
        Worlds.pledgedAtStart(w, true, 1, 3, 5);
        w.setRivalry(0.5);
        double co = 2.0;
        CityPressures p = contribute(rule("rules.peerInfluence.weight=1",
                "rules.peerInfluence.tieWeights.coMembership=" + co), w);
        // other members of 0: 1 (pledged), 2 (not) in bloc b0; 3 (pledged) in rival bloc b1, whose pledge
        // counts 0.5 while every other member counts fully in the denominator
        double share = (1 + 0.5) / 3;
        assertEquals((1 + co * share) / (1 + co), p.signal[0], 1e-12);
        // city 2 has no ties: the network share alone, its own unpledged self excluded
        assertEquals(share, p.signal[2], 1e-12);
        assertEquals(0.0, p.signal[4], 0.0, "city 4 has neither ties nor networks");
    }

    @Test
    void onTheCompleteGraphTheSignalIsTheMeanField() {
        World w = Worlds.hand(5).ties(TieGraph.complete(5)).build();
        Worlds.pledgedAtStart(w, true, 0);
        Worlds.pledgedAtStart(w, true, 1);
        CityPressures p = contribute(rule("rules.peerInfluence.weight=0.4"), w);
        assertEquals(0.4 * 1 / 4, p.signal[0], 1e-12);
        assertEquals(0.4 * 2 / 4, p.signal[2], 1e-12);
    }

    @Test
    void peerInfluenceRaisesAdoption() {
        Worlds.assertRaisesAdoption("peerInfluence", 5, "peer influence");
    }

    @Test
    void switchedOffItIsGoneAndAddsNothing() {
        Worlds.assertOffIsExactlyWeightZero("peerInfluence", PeerInfluenceRule.class);
    }
}

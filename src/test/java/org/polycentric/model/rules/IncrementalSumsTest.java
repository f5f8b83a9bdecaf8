package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.World;

/**
 * Peer influence and demonstration keep their sums over pledged cities up to date from the cities
 * that changed at each snapshot (SnapshotFollower). After many steps of random pledges and
 * withdrawals, sometimes several snapshots between two decisions, the signals they give must equal
 * those of a rule that counts everything afresh.
 */
class IncrementalSumsTest {

    @Test
    void peerInfluenceSumsEqualAFullRecountAfterManyRandomSteps() {
        World w = Worlds.initial(Worlds.small("rules.networkRecruitment.enabled=false"), 3);
        checkAgainstRecount(w, () -> new PeerInfluenceRule(
                Worlds.rules().get("peerInfluence", PeerInfluenceRule.Params.class)));
    }

    @Test
    void demonstrationSumsEqualAFullRecountAfterManyRandomSteps() {
        World w = Worlds.initial(Worlds.small(), 4);
        checkAgainstRecount(w, () -> new DemonstrationRule(
                Worlds.rules().get("demonstration", DemonstrationRule.Params.class)));
    }

    private static void checkAgainstRecount(World w, java.util.function.Supplier<Rule> make) {
        Cities c = w.cities();
        Rule incremental = make.get();
        incremental.start(w, Worlds.stream(1));
        MersenneTwisterFast random = new MersenneTwisterFast(99);
        int checks = 0;
        for (int step = 0; step < 120; step++) {
            // flip a few per cent of the cities: pledges, withdrawals, re-pledges
            int flips = 1 + random.nextInt(c.count() / 20);
            for (int k = 0; k < flips; k++) {
                int i = random.nextInt(c.count());
                c.setStatus(i, PledgeStatus.isPledged(c.status[i]) ? PledgeStatus.WITHDRAWN : PledgeStatus.PLEDGED);
            }
            w.setStep(step);
            c.snapshotPledges();
            if (random.nextDouble() < 0.2) {
                continue; // no decision this step: the next one catches up over two snapshots
            }
            CityPressures kept = Worlds.pressures(w);
            incremental.contribute(w, kept);
            Rule fresh = make.get();
            fresh.start(w, Worlds.stream(1));
            CityPressures recount = Worlds.pressures(w);
            fresh.contribute(w, recount);
            assertArrayEquals(recount.signal, kept.signal, "step " + step);
            checks++;
        }
        System.out.printf("%s: incremental sums equal a full recount at %d of 120 steps%n",
                incremental.getClass().getSimpleName(), checks);
    }
}

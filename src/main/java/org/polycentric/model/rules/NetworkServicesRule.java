package org.polycentric.model.rules;

import ec.util.MersenneTwisterFast;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityPressures;
import org.polycentric.model.IntList;
import org.polycentric.model.RandomStream;
import org.polycentric.model.World;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Services of city networks (M3, M8): shared standards (e.g. the GCoM common reporting framework)
 * lower the cost of pledging, so members of a network with standards have their hazard multiplied
 * by (1 + standardsBoost). Mentoring networks pair every South member with a random North member
 * as soon as the network has one; the mentee's capacity converges toward its mentor's at hazard
 * {@code mentoringRate} a year (it learns what the mentor knows, so it gains less the closer it is and
 * nothing once level; the rate is an assumption), the step's gain times
 * {@link World#offerEffectiveness} of the mentor's bloc toward the mentee's (rivalry). Rests on
 * Bulkeley &amp; Betsill (2005), Kern &amp; Bulkeley (2009) and on C40's peer-to-peer mentoring
 * programmes.
 */
public final class NetworkServicesRule implements Rule {

    /** @param mentoringRate yearly hazard at which a mentee closes the capacity gap to its mentor */
    public record Params(boolean enabled, double standardsBoost, double mentoringRate) implements RuleParams {
        public Params {
            Check.range("standardsBoost", standardsBoost, 0, 100);
            Check.range("mentoringRate", mentoringRate, 0, 100);
        }
    }

    private final Params params;
    private int standardsMask;
    /** Per network: members already looked at, North members, South members still without a mentor. */
    private int[] seen;
    private IntList[] northMembers;
    private IntList[] waiting;

    public NetworkServicesRule(Params params) {
        this.params = params;
    }

    @Override
    public void start(World world, RandomStream random) {
        int n = world.networks().length;
        seen = new int[n];
        northMembers = new IntList[n];
        waiting = new IntList[n];
        for (CityNetwork net : world.networks()) {
            northMembers[net.index()] = new IntList();
            waiting[net.index()] = new IntList();
            if (net.spec().standards()) {
                standardsMask |= 1 << net.index();
            }
        }
    }

    @Override
    public void update(World world, RandomStream random) {
        Cities c = world.cities();
        double closed = -Math.expm1(-params.mentoringRate() * world.dt());
        for (CityNetwork n : world.networks()) {
            if (!n.spec().mentoring()) {
                continue;
            }
            pairNewMembers(c, n, random.generator());
            for (int k = 0; k < n.mentoringPairs(); k++) {
                int mentee = n.mentee(k);
                int mentor = n.mentor(k);
                double gap = c.capacity[mentor] - c.capacity[mentee];
                if (gap > 0) {
                    double g = closed * gap * world.offerEffectiveness(c.bloc[mentor], c.bloc[mentee]);
                    c.capacity[mentee] = Math.min(1.0, c.capacity[mentee] + g);
                }
            }
        }
    }

    /** Files members who joined since the last step; pairs every waiting South member once a North one exists. */
    private void pairNewMembers(Cities c, CityNetwork n, MersenneTwisterFast random) {
        int k = n.index();
        for (; seen[k] < n.memberCount(); seen[k]++) {
            int city = n.member(seen[k]);
            (c.north[city] ? northMembers[k] : waiting[k]).add(city);
        }
        IntList mentors = northMembers[k];
        if (mentors.size() == 0 || waiting[k].size() == 0) {
            return;
        }
        for (int w = 0; w < waiting[k].size(); w++) {
            n.pair(waiting[k].get(w), mentors.get(random.nextInt(mentors.size())));
        }
        waiting[k] = new IntList();
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        if (standardsMask == 0) {
            return;
        }
        int[] mask = world.cities().networkMask;
        double boost = 1.0 + params.standardsBoost();
        for (int i = 0; i < mask.length; i++) {
            if ((mask[i] & standardsMask) != 0 && !world.cities().pledgedAtStepStart[i]) {
                pressures.multiplier[i] *= boost;
            }
        }
    }
}

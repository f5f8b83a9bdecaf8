package org.polycentric.model.rules;

import ec.util.MersenneTwisterFast;
import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityPressures;
import org.polycentric.model.ScheduleTier;
import org.polycentric.model.World;
import org.polycentric.scenario.Check;

/**
 * Services of city networks (M3, M8): shared standards (e.g. the GCoM common reporting framework)
 * lower the cost of pledging, so members of a network with standards have their hazard multiplied
 * by (1 + standardsBoost); mentoring pairs a South member with a North one and raises the mentee's
 * capacity by {@code mentoringGain} per year, discounted by rivalry across blocs. Rests on Bulkeley
 * &amp; Betsill (2005), Kern &amp; Bulkeley (2009) and on C40's peer-to-peer mentoring programmes.
 */
public final class NetworkServicesRule implements Rule {

    public record Params(boolean enabled, double standardsBoost, double mentoringGain) {
        public Params {
            Check.range("standardsBoost", standardsBoost, 0, 100);
            Check.range("mentoringGain", mentoringGain, 0, 1);
        }
    }

    private final Params params;
    private int standardsMask;

    public NetworkServicesRule(Params params) {
        this.params = params;
    }

    @Override
    public String key() {
        return "networkServices";
    }

    @Override
    public ScheduleTier tier() {
        return ScheduleTier.NETWORKS;
    }

    @Override
    public void start(World world, MersenneTwisterFast random) {
        for (CityNetwork n : world.networks()) {
            if (n.spec().standards()) {
                standardsMask |= 1 << n.index();
            }
        }
    }

    @Override
    public void update(World world, MersenneTwisterFast random) {
        Cities c = world.cities();
        double gain = params.mentoringGain() * world.dt();
        double cross = 1.0 - world.rivalry();
        for (CityNetwork n : world.networks()) {
            for (int k = 0; k < n.mentoringPairs(); k++) {
                int mentee = n.mentee(k);
                double g = c.bloc[mentee] == c.bloc[n.mentor(k)] ? gain : gain * cross;
                c.capacity[mentee] = Math.min(1.0, c.capacity[mentee] + g);
            }
        }
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        if (standardsMask == 0) {
            return;
        }
        int[] mask = world.cities().networkMask;
        double boost = 1.0 + params.standardsBoost();
        for (int i = 0; i < mask.length; i++) {
            if ((mask[i] & standardsMask) != 0) {
                pressures.multiplier[i] *= boost;
            }
        }
    }
}

package org.polycentric.model.rules;

import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.RandomStream;
import org.polycentric.model.World;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Extreme weather as a focusing event (the worked example of docs/ADDING-A-RULE.md). Each year, each
 * nation suffers a heatwave with probability {@code yearlyChance}; for the next {@code memoryYears}
 * its cities feel the signal weight * exp(-(t - t_heatwave) / memoryYears). Rests on focusing events
 * in agenda setting (Birkland 1997) and on extreme weather raising support for climate policy
 * (Demski et al. 2017).
 */
public final class HeatwavesRule implements Rule {

    public record Params(boolean enabled, double weight, double yearlyChance, double memoryYears)
            implements RuleParams {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.range("yearlyChance", yearlyChance, 0, 1);
            Check.positive("memoryYears", memoryYears);
        }
    }

    private final Params params;
    /** Year of each nation's latest heatwave, or -infinity. */
    private double[] lastHeatwave;

    public HeatwavesRule(Params params) {
        this.params = params;
    }

    @Override
    public void start(World world, RandomStream random) {
        lastHeatwave = new double[world.nations().length];
        java.util.Arrays.fill(lastHeatwave, Double.NEGATIVE_INFINITY);
    }

    @Override
    public void update(World world, RandomStream random) {
        if (!world.isFirstStepOfYear()) {
            return;
        }
        for (int n = 0; n < lastHeatwave.length; n++) {
            // the nation's own die for this step: other nations and other rules keep theirs
            if (random.uniform(world.step(), n, 0) < params.yearlyChance()) {
                lastHeatwave[n] = world.year();
            }
        }
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        Cities c = world.cities();
        double now = world.year();
        for (int i = 0; i < c.count(); i++) {
            double since = now - lastHeatwave[c.nation[i]];
            if (!c.pledgedAtStepStart[i] && since >= 0) {
                pressures.signal[i] += params.weight() * Math.exp(-since / params.memoryYears());
            }
        }
    }
}

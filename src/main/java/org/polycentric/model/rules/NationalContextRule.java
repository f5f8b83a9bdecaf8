package org.polycentric.model.rules;

import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.EventLog;
import org.polycentric.model.Nation;
import org.polycentric.model.RandomStream;
import org.polycentric.model.World;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * National context (M6). A supportive stance and a national net-zero target add the signal
 * max(0, stance) + targetBonus; a hostile stance multiplies the hazard by (1 + stance * (1 - autonomy)),
 * so autonomous cities are shielded; and under a hostile nation, cities with autonomy above
 * {@code autonomyThreshold} counter-mobilise with the signal -stance * autonomy * mobilisation
 * ("America's Pledge", "We Are Still In" after 2017). Nations without a target adopt one (for
 * {@code nationalTargetYear}) at the yearly hazard targetAdoptionRate * max(0, stance) +
 * bottomUpRate * (share of their cities pledged). Rests on multilevel governance (Hooghe &amp; Marks
 * 2003; Bulkeley &amp; Betsill 2005) and on sub-national counter-mobilisation (Hsueh et al. 2020).
 */
public final class NationalContextRule implements Rule {

    public record Params(boolean enabled, double weight, double targetBonus, double mobilisation,
                         double autonomyThreshold, double targetAdoptionRate, double bottomUpRate,
                         int nationalTargetYear) implements RuleParams {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.range("targetBonus", targetBonus, 0, 10);
            Check.range("mobilisation", mobilisation, 0, 10);
            Check.range("autonomyThreshold", autonomyThreshold, 0, 1);
            Check.range("targetAdoptionRate", targetAdoptionRate, 0, 10);
            Check.range("bottomUpRate", bottomUpRate, 0, 10);
            Check.range("nationalTargetYear", nationalTargetYear, 2000, 2200);
        }
    }

    private final Params params;
    private double[] pledgedShare;

    public NationalContextRule(Params params) {
        this.params = params;
    }

    @Override
    public void start(World world, RandomStream random) {
        pledgedShare = new double[world.nations().length];
    }

    @Override
    public void update(World world, RandomStream random) {
        Cities c = world.cities();
        Nation[] nations = world.nations();
        double[] cities = new double[nations.length];
        java.util.Arrays.fill(pledgedShare, 0);
        for (int i = 0; i < c.count(); i++) {
            cities[c.nation[i]]++;
            if (c.pledgedAtStepStart[i]) {
                pledgedShare[c.nation[i]]++;
            }
        }
        for (Nation n : nations) {
            int k = n.index();
            pledgedShare[k] = cities[k] > 0 ? pledgedShare[k] / cities[k] : 0;
            if (n.hasNetZeroTarget()) {
                continue;
            }
            double h = params.targetAdoptionRate() * Math.max(0, n.stance()) + params.bottomUpRate() * pledgedShare[k];
            if (h > 0 && random.uniform(world.step(), k, 0) < -Math.expm1(-world.dt() * h)) {
                int year = Math.max(params.nationalTargetYear(), (int) Math.ceil(world.year()) + 10);
                n.setNetZeroTargetYear(year);
                world.events().add(world.step(), EventLog.Kind.NET_ZERO_TARGET, k, -1, year);
            }
        }
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        Cities c = world.cities();
        Nation[] nations = world.nations();
        double w = params.weight();
        for (int i = 0; i < c.count(); i++) {
            if (c.pledgedAtStepStart[i]) {
                continue;
            }
            Nation n = nations[c.nation[i]];
            double stance = n.stance();
            double s = Math.max(0, stance) + (n.hasNetZeroTarget() ? params.targetBonus() : 0);
            if (stance < 0) {
                double autonomy = c.autonomy[i];
                pressures.multiplier[i] *= 1 + stance * (1 - autonomy);
                if (autonomy > params.autonomyThreshold()) {
                    s += -stance * autonomy * params.mobilisation();
                }
            }
            pressures.signal[i] += w * s;
        }
    }
}

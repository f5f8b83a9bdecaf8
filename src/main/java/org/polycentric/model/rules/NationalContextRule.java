package org.polycentric.model.rules;

import org.polycentric.model.Campaign;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.EventLog;
import org.polycentric.model.Nation;
import org.polycentric.model.RandomStream;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.World;
import org.polycentric.params.BodyKind;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * National context (M6). A supportive stance and a national net-zero target add the signal
 * max(0, stance) + targetBonus. A hostile stance acts through two channels (multilevel governance:
 * Hooghe &amp; Marks 2003; Bulkeley &amp; Betsill 2005): <em>dependence</em>, the hazard multiplier
 * max(0, 1 + stance * dependence * (1 - autonomy)), so cities that rely on national funds or
 * permission stall; and a <em>counter-mobilisation pulse</em> after the nation turned hostile at T,
 * the signal mobilisation * autonomy * (-stance) * exp(-(t - T) / pulseYears) for cities with
 * autonomy above {@code autonomyThreshold}, as US coalitions ("We Are Still In", America's Pledge)
 * formed within weeks of June 2017 (Hultman et al. 2020, Nature Communications 11:5255). There is
 * no lasting counter-mobilisation signal. Nations without a target adopt one (for
 * {@code nationalTargetYear}) as a norm cascade (Finnemore &amp; Sikkink 1998, International
 * Organization 52(4)): yearly hazard max(0, stance) * (cascade * T(t) + focal * F(t)) +
 * bottomUpRate * (share of their cities pledged), T the share of nations with a target, F the
 * decaying pulse of the framework bodies' campaigns (COPs, Paris, Race to Zero).
 */
public final class NationalContextRule implements Rule {

    public record Params(boolean enabled, double weight, double targetBonus, double dependence, double mobilisation,
                         double pulseYears, double autonomyThreshold, double cascade, double focal,
                         double focalDecayYears, double bottomUpRate, int nationalTargetYear) implements RuleParams {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.range("targetBonus", targetBonus, 0, 10);
            Check.range("dependence", dependence, 0, 10);
            Check.range("mobilisation", mobilisation, 0, 100);
            Check.positive("pulseYears", pulseYears);
            Check.range("autonomyThreshold", autonomyThreshold, 0, 1);
            Check.range("cascade", cascade, 0, 100);
            Check.range("focal", focal, 0, 100);
            Check.positive("focalDecayYears", focalDecayYears);
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
        double adopted = 0;
        for (Nation n : nations) {
            adopted += n.hasNetZeroTarget() ? 1 : 0;
        }
        double norm = params.cascade() * adopted / Math.max(1, nations.length)
                + params.focal() * focalPulse(world, params.focalDecayYears());
        for (Nation n : nations) {
            int k = n.index();
            pledgedShare[k] = cities[k] > 0 ? pledgedShare[k] / cities[k] : 0;
            if (n.hasNetZeroTarget()) {
                continue;
            }
            double h = Math.max(0, n.stance()) * norm + params.bottomUpRate() * pledgedShare[k];
            if (h > 0 && random.uniform(world.step(), k, 0) < -Math.expm1(-world.dt() * h)) {
                int year = Math.max(params.nationalTargetYear(), (int) Math.ceil(world.year()) + 10);
                n.setNetZeroTargetYear(year);
                world.events().add(world.step(), EventLog.Kind.NET_ZERO_TARGET, k, -1, year);
            }
        }
    }

    /**
     * F(t): the summed pulse of the campaigns of the world's framework bodies that have started,
     * intensity * exp(-(t - year) / decayYears) each.
     */
    static double focalPulse(World world, double decayYears) {
        double now = world.year();
        double f = 0;
        for (SupranationalBody body : world.bodies()) {
            if (body.kind() != BodyKind.FRAMEWORK) {
                continue;
            }
            for (Campaign k : body.campaigns()) {
                if (now >= k.year()) {
                    f += k.intensity() * Math.exp(-(now - k.year()) / decayYears);
                }
            }
        }
        return f;
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        Cities c = world.cities();
        Nation[] nations = world.nations();
        double now = world.year();
        // per nation: mobilisation * (-stance) * exp(-(t - T) / pulseYears), 0 when there is no pulse
        double[] pulse = new double[nations.length];
        for (Nation n : nations) {
            double turned = n.hostileTurnYear();
            pulse[n.index()] = n.stance() < 0 && params.mobilisation() > 0 && !Double.isNaN(turned)
                    ? params.mobilisation() * -n.stance() * Math.exp(-Math.max(0, now - turned) / params.pulseYears())
                    : 0;
        }
        double w = params.weight();
        double dependence = params.dependence();
        for (int i = 0; i < c.count(); i++) {
            if (c.pledgedAtStepStart[i]) {
                continue;
            }
            Nation n = nations[c.nation[i]];
            double stance = n.stance();
            double s = Math.max(0, stance) + (n.hasNetZeroTarget() ? params.targetBonus() : 0);
            if (stance < 0) {
                double autonomy = c.autonomy[i];
                if (dependence > 0) {
                    pressures.multiplier[i] *= Math.max(0, 1 + stance * dependence * (1 - autonomy));
                }
                if (autonomy > params.autonomyThreshold()) {
                    s += pulse[n.index()] * autonomy;
                }
            }
            pressures.signal[i] += w * s;
        }
    }
}

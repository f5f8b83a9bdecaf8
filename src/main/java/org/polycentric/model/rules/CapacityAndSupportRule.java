package org.polycentric.model.rules;

import ec.util.MersenneTwisterFast;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.IntList;
import org.polycentric.model.RandomStream;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.World;
import org.polycentric.params.BodyKind;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Capacity and North-South support (M8). The pledge hazard is multiplied by capacity^gamma, so
 * cities without staff, data or money pledge less. Capacity drifts up with growth (North and South
 * rates) toward 1. Each climate fund spends its yearly budget on up to {@code maxRecipients} South
 * cities (budget and count scale with world size, see WorldSpec.referenceCities), network members first:
 * capacity += efficiency * grant / need, need being the population in
 * millions; grants from a fund of one great power's bloc to cities of a rival bloc shrink by
 * (1 - rivalry). Rests on the capacity gap of Global South
 * cities (Bulkeley 2010; Fuhr et al. 2018) and climate-finance targeting (e.g. the C40 Cities
 * Finance Facility).
 */
public final class CapacityAndSupportRule implements Rule {

    /**
     * @param efficiency capacity gained per million USD per million inhabitants
     */
    public record Params(boolean enabled, double gamma, double efficiency, double growthNorth, double growthSouth,
                         int maxRecipients) implements RuleParams {
        public Params {
            Check.range("gamma", gamma, 0, 10);
            Check.range("efficiency", efficiency, 0, 100);
            Check.range("growthNorth", growthNorth, 0, 1);
            Check.range("growthSouth", growthSouth, 0, 1);
            Check.range("maxRecipients", maxRecipients, 0, 100_000_000);
        }
    }

    private final Params params;
    private int[] recipients = new int[0];

    public CapacityAndSupportRule(Params params) {
        this.params = params;
    }

    @Override
    public void update(World world, RandomStream random) {
        Cities c = world.cities();
        double dt = world.dt();
        double north = -Math.expm1(-params.growthNorth() * dt);
        double south = -Math.expm1(-params.growthSouth() * dt);
        for (int i = 0; i < c.count(); i++) {
            c.capacity[i] += (1 - c.capacity[i]) * (c.north[i] ? north : south);
        }
        if (world.isFirstStepOfYear()) {
            recipients = chooseRecipients(world, random.generator());
        }
        if (recipients.length == 0) {
            return;
        }
        for (SupranationalBody fund : world.bodies()) {
            if (fund.kind() != BodyKind.FUND || fund.budgetPerYear() <= 0) {
                continue;
            }
            double grant = fund.budgetPerYear() * dt / recipients.length;
            double cross = 1.0 - world.rivalry();
            for (int i : recipients) {
                double g = fund.bloc() >= 0 && world.rivals(fund.bloc(), c.bloc[i]) ? grant * cross : grant;
                double need = Math.max(0.01, c.population[i] / 1e6);
                c.capacity[i] = Math.min(1.0, c.capacity[i] + params.efficiency() * g / need);
            }
        }
    }

    /** South network members first (all of them if they fit, else a random subset), then other South cities. */
    private int[] chooseRecipients(World world, MersenneTwisterFast random) {
        Cities c = world.cities();
        IntList members = new IntList();
        IntList others = new IntList();
        for (int i = 0; i < c.count(); i++) {
            if (!c.north[i]) {
                (c.networkMask[i] != 0 ? members : others).add(i);
            }
        }
        int max = (int) Math.round(params.maxRecipients() * world.scenario().world().scale());
        int[] chosen = new int[Math.min(max, members.size() + others.size())];
        int filled = sample(members.toArray(), chosen, 0, random);
        sample(others.toArray(), chosen, filled, random);
        return chosen;
    }

    /** Fills chosen[from..] with a uniform random subset of pool (partial Fisher-Yates). */
    private static int sample(int[] pool, int[] chosen, int from, MersenneTwisterFast random) {
        int take = Math.min(pool.length, chosen.length - from);
        for (int k = 0; k < take; k++) {
            int j = k + random.nextInt(pool.length - k);
            int t = pool[k];
            pool[k] = pool[j];
            pool[j] = t;
            chosen[from + k] = pool[k];
        }
        return from + take;
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        if (params.gamma() == 0) {
            return;
        }
        double[] capacity = world.cities().capacity;
        double gamma = params.gamma();
        for (int i = 0; i < capacity.length; i++) {
            pressures.multiplier[i] *= gamma == 1.0 ? capacity[i] : Math.pow(capacity[i], gamma);
        }
    }
}

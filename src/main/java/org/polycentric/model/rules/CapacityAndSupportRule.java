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
 * cities without staff, data or money pledge less. Capacity follows national income: the part of it
 * that income gave (the initial capacity, then its growth) grows each year by the factor
 * exp(incomeElasticity * g), g the growth of GDP per capita (North and South rates, approximate
 * World Bank WDI averages 2000-2019), and capacity rises by the same amount, capped at 1; what support
 * and mentoring added is kept but not multiplied by income growth. Government effectiveness rises
 * with income (Kaufmann, Kraay &amp; Mastruzzi 2010, the Worldwide Governance Indicators), the
 * elasticity is an assumption. Each climate fund spends its yearly budget on up to
 * {@code maxRecipients} South cities (budget and count scale with world size, see
 * WorldSpec.referenceCities), network members first; the money counts times
 * {@link World#offerEffectiveness} (rivalry between the fund's bloc and the city's). Support has
 * diminishing returns: with R_i a city's cumulative effective support in USD per inhabitant, support
 * has given it capacity maxGain * R/(R + halfSupport) (a saturating curve; both values are
 * assumptions), and each grant adds that curve's increment, capped at 1. Rests on the capacity gap of
 * Global South cities (Bulkeley 2010; Fuhr et al. 2018) and climate-finance targeting (e.g. the C40
 * Cities Finance Facility).
 */
public final class CapacityAndSupportRule implements Rule {

    /**
     * @param incomeElasticity capacity's growth rate per unit growth rate of GDP per capita
     * @param incomeGrowthNorth yearly growth of GDP per capita in the North
     * @param incomeGrowthSouth yearly growth of GDP per capita in the South
     * @param maxGain capacity that unlimited support would give a city
     * @param halfSupport cumulative support (USD per inhabitant) that gives half of maxGain
     */
    public record Params(boolean enabled, double gamma, double incomeElasticity, double incomeGrowthNorth,
                         double incomeGrowthSouth, double maxGain, double halfSupport, int maxRecipients)
            implements RuleParams {
        public Params {
            Check.range("gamma", gamma, 0, 10);
            Check.range("incomeElasticity", incomeElasticity, 0, 10);
            Check.range("incomeGrowthNorth", incomeGrowthNorth, -0.2, 0.2);
            Check.range("incomeGrowthSouth", incomeGrowthSouth, -0.2, 0.2);
            Check.range("maxGain", maxGain, 0, 1);
            Check.range("halfSupport", halfSupport, 0.001, 1_000_000);
            Check.range("maxRecipients", maxRecipients, 0, 100_000_000);
        }
    }

    private final Params params;
    private int[] recipients = new int[0];
    /** Per city: cumulative effective support received, USD per inhabitant. */
    private double[] support = new double[0];
    /** Per city: the part of capacity that national income gave (initial capacity and its growth). */
    private double[] incomeCapacity = new double[0];

    public CapacityAndSupportRule(Params params) {
        this.params = params;
    }

    @Override
    public void start(World world, RandomStream random) {
        support = new double[world.cities().count()];
        incomeCapacity = world.cities().capacity.clone();
        recipients = new int[0];
    }

    @Override
    public void update(World world, RandomStream random) {
        Cities c = world.cities();
        double dt = world.dt();
        double north = Math.expm1(params.incomeElasticity() * params.incomeGrowthNorth() * dt);
        double south = Math.expm1(params.incomeElasticity() * params.incomeGrowthSouth() * dt);
        for (int i = 0; i < c.count(); i++) {
            // income's part grows by its factor; support's and mentoring's parts are not multiplied
            double growth = incomeCapacity[i] * (c.north[i] ? north : south);
            incomeCapacity[i] += growth;
            c.capacity[i] = Math.min(1.0, c.capacity[i] + growth);
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
            double grant = fund.budgetPerYear() * dt / recipients.length; // million USD
            for (int i : recipients) {
                double g = grant * world.offerEffectiveness(fund.bloc(), c.bloc[i]);
                double need = Math.max(0.01, c.population[i] / 1e6); // million inhabitants
                double before = support[i];
                support[i] += g / need; // USD per inhabitant
                double gain = supportGain(support[i]) - supportGain(before);
                c.capacity[i] = Math.min(1.0, c.capacity[i] + gain);
            }
        }
    }

    /** Capacity that cumulative support r (USD per inhabitant) has given: maxGain * r / (r + halfSupport). */
    double supportGain(double r) {
        return params.maxGain() * r / (r + params.halfSupport());
    }

    /** A city's cumulative effective support so far, USD per inhabitant. */
    double supportReceived(int city) {
        return support[city];
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

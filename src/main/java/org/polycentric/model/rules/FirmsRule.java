package org.polycentric.model.rules;

import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.Firms;
import org.polycentric.model.RandomStream;
import org.polycentric.model.World;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Firms and their cities push each other (M9). A firm pledges with hazard
 * baseRate + cityWeight * [home city pledged] + sectorWeight * (share of its sector pledged)
 * + the hazard other rules add for firms of its home city in this step's decision
 * ({@link CityPressures#firmHazard}: a carbon price's, M10); a city gains the signal
 * weight * (share of its firms, by size, that have pledged). Both read the state at the start of
 * the step. Rests on corporate net-zero diffusion within sectors (Science Based
 * Targets initiative; the Net Zero Tracker, 2021) and on city-business climate
 * partnerships (e.g. the 100 zero-carbon cities initiative named in the seed paper).
 */
public final class FirmsRule implements Rule {

    public record Params(boolean enabled, double weight, double baseRate, double cityWeight, double sectorWeight)
            implements RuleParams {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.range("baseRate", baseRate, 0, 100);
            Check.range("cityWeight", cityWeight, 0, 100);
            Check.range("sectorWeight", sectorWeight, 0, 100);
        }
    }

    private final Params params;
    /** Share of each city's firms (by size) that had pledged after the last firm step. */
    private double[] firmShare;
    private double[] firmSize;
    private double[] firmsInSector;
    private double[] pledgedInSector;

    public FirmsRule(Params params) {
        this.params = params;
    }

    @Override
    public void start(World world, RandomStream random) {
        int n = world.cities().count();
        Firms f = world.firms();
        firmShare = new double[n];
        firmSize = new double[n];
        firmsInSector = new double[f.sectorCount()];
        pledgedInSector = new double[f.sectorCount()];
        for (int j = 0; j < f.count(); j++) {
            firmSize[f.homeCity[j]] += f.size[j];
            firmsInSector[f.sector[j]]++;
        }
        for (int j = 0; j < f.count(); j++) {
            if (f.pledged[j]) {
                count(f, j);
            }
        }
    }

    @Override
    public void update(World world, RandomStream random) {
        Firms f = world.firms();
        Cities c = world.cities();
        // sector shares as they were at the start of the step, so firm order cannot matter
        double[] sectorShare = new double[pledgedInSector.length];
        for (int s = 0; s < sectorShare.length; s++) {
            sectorShare[s] = firmsInSector[s] > 0 ? pledgedInSector[s] / firmsInSector[s] : 0;
        }
        double[] added = world.pressures().firmHazard;
        double dt = world.dt();
        double when = world.time().yearAt(world.step() + 1);
        for (int j = 0; j < f.count(); j++) {
            if (f.pledged[j]) {
                continue;
            }
            double h = params.baseRate() + (c.pledgedAtStepStart[f.homeCity[j]] ? params.cityWeight() : 0)
                    + params.sectorWeight() * sectorShare[f.sector[j]] + added[f.homeCity[j]];
            if (random.uniform(world.step(), j, 0) < -Math.expm1(-dt * h)) {
                f.pledged[j] = true;
                f.pledgeYear[j] = when;
                count(f, j);
            }
        }
    }

    /** Adds a pledged firm to its sector's count and its city's pledged share. */
    private void count(Firms f, int j) {
        pledgedInSector[f.sector[j]]++;
        firmShare[f.homeCity[j]] += f.size[j] / firmSize[f.homeCity[j]];
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        double w = params.weight();
        boolean[] pledged = world.cities().pledgedAtStepStart;
        for (int i = 0; i < firmShare.length; i++) {
            if (!pledged[i]) {
                pressures.signal[i] += w * firmShare[i];
            }
        }
    }
}

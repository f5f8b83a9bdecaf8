package org.polycentric.model.rules;

import ec.util.MersenneTwisterFast;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.Firms;
import org.polycentric.model.ScheduleTier;
import org.polycentric.model.World;
import org.polycentric.scenario.Check;

/**
 * Firms and their cities push each other (M9). A firm pledges with hazard
 * baseRate + cityWeight * [home city pledged] + sectorWeight * (share of its sector pledged); a city
 * gains the signal weight * (share of its firms, by size, that have pledged). Both read the state at
 * the start of the step. Rests on corporate net-zero diffusion within sectors (Science Based
 * Targets initiative; Hale et al. 2021, "Net Zero Tracker") and on city-business climate
 * partnerships (e.g. the 100 zero-carbon cities initiative named in the seed paper).
 */
public final class FirmsRule implements Rule {

    public record Params(boolean enabled, double weight, double baseRate, double cityWeight, double sectorWeight) {
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

    public FirmsRule(Params params) {
        this.params = params;
    }

    @Override
    public String key() {
        return "firms";
    }

    @Override
    public ScheduleTier tier() {
        return ScheduleTier.FIRMS;
    }

    @Override
    public void start(World world, MersenneTwisterFast random) {
        int n = world.cities().count();
        firmShare = new double[n];
        firmSize = new double[n];
        Firms f = world.firms();
        for (int j = 0; j < f.count(); j++) {
            firmSize[f.homeCity[j]] += f.size[j];
        }
        refreshShares(f);
    }

    @Override
    public void update(World world, MersenneTwisterFast random) {
        Firms f = world.firms();
        Cities c = world.cities();
        int sectors = f.sectorCount();
        double[] pledgedInSector = new double[sectors];
        double[] firmsInSector = new double[sectors];
        for (int j = 0; j < f.count(); j++) {
            firmsInSector[f.sector[j]]++;
            if (f.pledged[j]) {
                pledgedInSector[f.sector[j]]++;
            }
        }
        double dt = world.dt();
        double when = world.time().yearAt(world.step() + 1);
        for (int j = 0; j < f.count(); j++) {
            if (f.pledged[j]) {
                continue;
            }
            int s = f.sector[j];
            double h = params.baseRate() + (c.pledgedAtStepStart[f.homeCity[j]] ? params.cityWeight() : 0)
                    + params.sectorWeight() * pledgedInSector[s] / firmsInSector[s];
            if (random.nextDouble() < -Math.expm1(-dt * h)) {
                f.pledged[j] = true;
                f.pledgeYear[j] = when;
            }
        }
        refreshShares(f);
    }

    private void refreshShares(Firms f) {
        java.util.Arrays.fill(firmShare, 0);
        for (int j = 0; j < f.count(); j++) {
            if (f.pledged[j]) {
                firmShare[f.homeCity[j]] += f.size[j];
            }
        }
        for (int i = 0; i < firmShare.length; i++) {
            firmShare[i] = firmSize[i] > 0 ? firmShare[i] / firmSize[i] : 0;
        }
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        double w = params.weight();
        for (int i = 0; i < firmShare.length; i++) {
            pressures.signal[i] += w * firmShare[i];
        }
    }
}

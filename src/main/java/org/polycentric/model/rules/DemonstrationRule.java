package org.polycentric.model.rules;

import ec.util.MersenneTwisterFast;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.IntList;
import org.polycentric.model.Tier;
import org.polycentric.model.World;
import org.polycentric.model.network.SpatialIndex;
import org.polycentric.scenario.Check;

/**
 * Leading global cities demonstrate and pull their city clusters along (M4): the signal is
 * min(1, sum over pledged global-tier cities j of exp(-d_ij / lengthScaleKm)), counting only leaders
 * within {@code cutoffKm}. The kernel is computed once, in compact arrays, so a step costs one pass
 * over the stored pairs. Rests on demonstration and emulation effects among neighbouring cities
 * (Shipan &amp; Volden 2008 on policy diffusion; Acuto 2013 on global cities as leaders).
 */
public final class DemonstrationRule implements Rule {

    public record Params(boolean enabled, double weight, double lengthScaleKm, double cutoffKm) {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.positive("lengthScaleKm", lengthScaleKm);
            Check.positive("cutoffKm", cutoffKm);
        }
    }

    private final Params params;
    private int[] offsets;
    private int[] leaders;
    private double[] kernel;

    public DemonstrationRule(Params params) {
        this.params = params;
    }

    @Override
    public String key() {
        return "demonstration";
    }

    @Override
    public void start(World world, MersenneTwisterFast random) {
        Cities c = world.cities();
        IntList global = new IntList();
        for (int i = 0; i < c.count(); i++) {
            if (c.tier[i] == Tier.GLOBAL.ordinal()) {
                global.add(i);
            }
        }
        int[] g = global.toArray();
        double[] lat = new double[g.length];
        double[] lon = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            lat[k] = c.lat[g[k]];
            lon[k] = c.lon[g[k]];
        }
        SpatialIndex index = new SpatialIndex(lat, lon);
        offsets = new int[c.count() + 1];
        IntList pairs = new IntList();
        double[][] weights = {new double[1024]};
        double scale = params.lengthScaleKm();
        for (int i = 0; i < c.count(); i++) {
            final int self = i;
            index.forEachWithin(c.lat[i], c.lon[i], params.cutoffKm(), (k, d) -> {
                if (g[k] != self) {
                    if (pairs.size() == weights[0].length) {
                        weights[0] = java.util.Arrays.copyOf(weights[0], weights[0].length * 2);
                    }
                    weights[0][pairs.size()] = Math.exp(-d / scale);
                    pairs.add(g[k]);
                }
            });
            offsets[i + 1] = pairs.size();
        }
        leaders = pairs.toArray();
        kernel = java.util.Arrays.copyOf(weights[0], leaders.length);
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        boolean[] x = world.cities().pledgedAtStepStart;
        double w = params.weight();
        for (int i = 0; i + 1 < offsets.length; i++) {
            double s = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                if (x[leaders[e]]) {
                    s += kernel[e];
                }
            }
            if (s > 0) {
                pressures.signal[i] += w * Math.min(1.0, s);
            }
        }
    }
}

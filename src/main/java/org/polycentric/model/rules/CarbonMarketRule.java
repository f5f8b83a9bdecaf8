package org.polycentric.model.rules;

import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.Nation;
import org.polycentric.model.World;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Carbon markets and taxes (M10): where a carbon price P applies (EU ETS 2005, China's national ETS
 * 2021, city markets in Tokyo, Shanghai), cities gain the signal weight * P / (P + halfPrice) and
 * implement their pledges faster by (1 + priceEffect * P / (P + halfPrice)). The saturating form keeps
 * the effect of very high prices bounded. Rests on carbon pricing as a driver of abatement (World
 * Bank, State and Trends of Carbon Pricing) and on linked sub-national markets (Bernstein et al. 2010).
 */
public final class CarbonMarketRule implements Rule {

    public record Params(boolean enabled, double weight, double halfPrice, double priceEffect) implements RuleParams {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.positive("halfPrice", halfPrice);
            Check.range("priceEffect", priceEffect, 0, 100);
        }
    }

    private final Params params;

    public CarbonMarketRule(Params params) {
        this.params = params;
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        Cities c = world.cities();
        Nation[] nations = world.nations();
        double[] priceSignal = new double[nations.length];
        for (Nation n : nations) {
            double p = n.carbonPrice();
            priceSignal[n.index()] = p / (p + params.halfPrice());
        }
        for (int i = 0; i < c.count(); i++) {
            double s = priceSignal[c.nation[i]];
            if (s > 0) {
                pressures.signal[i] += params.weight() * s;
                pressures.implementationSpeed[i] *= 1 + params.priceEffect() * s;
            }
        }
    }
}

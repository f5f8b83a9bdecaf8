package org.polycentric.model.rules;

import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.Nation;
import org.polycentric.model.World;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Carbon markets and taxes (M10): where a carbon price P applies (EU ETS 2005, China's national ETS
 * 2021), with sigma = P / (P + halfPrice) of the city's nation, four channels act:
 * <ul>
 *   <li>cities gain the pledge signal weight * sigma;</li>
 *   <li>pledged cities implement faster by the factor 1 + priceEffect * sigma;</li>
 *   <li>cities on business as usual (not implementing a pledge) grow their emissions bauCut * sigma
 *       a year more slowly: with the default 0.04 about 1 to 2 percentage points at 20-60 USD/t, the
 *       size of the effect Best, Burke and Jotzo (2020, Environmental and Resource Economics 77,
 *       69-94) find in cross-country data (about 2 pp lower annual CO2 growth under a carbon price);</li>
 *   <li>firms based in the nation's cities gain the pledge hazard firmWeight * sigma a year (an
 *       assumption: corporate targets answering expected carbon costs; the value is not fitted).</li>
 * </ul>
 * The saturating form keeps the effect of very high prices bounded (an assumption). Rests on carbon
 * pricing as a driver of abatement (World Bank, State and Trends of Carbon Pricing) and on the
 * diffusion of emissions trading among national and sub-national jurisdictions (Paterson et al. 2014).
 */
public final class CarbonMarketRule implements Rule {

    public record Params(boolean enabled, double weight, double halfPrice, double priceEffect, double bauCut,
                         double firmWeight) implements RuleParams {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.positive("halfPrice", halfPrice);
            Check.range("priceEffect", priceEffect, 0, 100);
            Check.range("bauCut", bauCut, 0, 0.5);
            Check.range("firmWeight", firmWeight, 0, 100);
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
                pressures.emissionsGrowthCut[i] += params.bauCut() * s;
                pressures.firmHazard[i] += params.firmWeight() * s;
            }
        }
    }
}

package org.polycentric.model.rules;

import org.polycentric.model.CityPressures;
import org.polycentric.model.CityType;
import org.polycentric.model.World;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * City types take different paths (M11): the type sets a multiplier on the pledge hazard (the cost
 * of pledging) and on the speed of implementation. Industrial cities must transform industry and
 * move slower; service and tourism cities act on buildings, transport and lifestyle and move faster.
 * Rests on the seed paper's typology and on city-typology studies of decarbonisation paths
 * (Creutzig et al. 2015).
 */
public final class CityTypesRule implements Rule {

    public record Params(boolean enabled, TypeFactors pledgeMultiplier, TypeFactors implementationMultiplier)
            implements RuleParams {
        public Params {
            Check.present("pledgeMultiplier", pledgeMultiplier);
            Check.present("implementationMultiplier", implementationMultiplier);
        }
    }

    /** One factor per city type. */
    public record TypeFactors(double industrial, double service, double tourism, double mixed) {
        public TypeFactors {
            Check.range("industrial", industrial, 0, 100);
            Check.range("service", service, 0, 100);
            Check.range("tourism", tourism, 0, 100);
            Check.range("mixed", mixed, 0, 100);
        }

        double of(CityType type) {
            return switch (type) {
                case INDUSTRIAL -> industrial;
                case SERVICE -> service;
                case TOURISM -> tourism;
                case MIXED -> mixed;
            };
        }
    }

    private final double[] pledge = new double[CityType.values().length];
    private final double[] implement = new double[CityType.values().length];

    public CityTypesRule(Params params) {
        for (CityType t : CityType.values()) {
            pledge[t.ordinal()] = params.pledgeMultiplier().of(t);
            implement[t.ordinal()] = params.implementationMultiplier().of(t);
        }
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        byte[] type = world.cities().type;
        for (int i = 0; i < type.length; i++) {
            pressures.multiplier[i] *= pledge[type[i]];
            pressures.implementationSpeed[i] *= implement[type[i]];
        }
    }
}

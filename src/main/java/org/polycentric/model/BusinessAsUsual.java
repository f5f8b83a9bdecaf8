package org.polycentric.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Emissions of every city that is not implementing a pledge follow business as usual: they grow
 * at the North or South rate g of the scenario, less the growth cut c the rules set for the city
 * in this step's decision ({@link CityPressures#emissionsGrowthCut}, a carbon price's): per step
 * {@code E *= (1 + g - c)^dt}, and exactly {@code (1 + g)^dt} where c is 0. Cities implementing a
 * pledge are left to the Implementation rule (M12); with that rule off, pledges do not change
 * emissions at all.
 */
final class BusinessAsUsual implements Steppable {
    private static final long serialVersionUID = 1L;

    private final transient World world;
    private final double northRate;
    private final double southRate;
    private final double northFactor;
    private final double southFactor;
    private final boolean pledgesImplemented;

    /** @param pledgesImplemented true when a rule moves pledged cities' emissions, so BAU leaves them alone */
    BusinessAsUsual(World world, boolean pledgesImplemented) {
        this.world = world;
        this.pledgesImplemented = pledgesImplemented;
        var e = world.scenario().world().emissions();
        this.northRate = e.growthNorth();
        this.southRate = e.growthSouth();
        this.northFactor = Math.pow(1 + northRate, world.dt());
        this.southFactor = Math.pow(1 + southRate, world.dt());
    }

    @Override
    public void step(SimState state) {
        Cities c = world.cities();
        double[] cut = world.pressures().emissionsGrowthCut;
        double dt = world.dt();
        for (int i = 0; i < c.count(); i++) {
            if (pledgesImplemented && PledgeStatus.isPledged(c.status[i])) {
                continue;
            }
            if (cut[i] == 0) {
                c.emissions[i] *= c.north[i] ? northFactor : southFactor;
            } else {
                double rate = (c.north[i] ? northRate : southRate) - cut[i];
                c.emissions[i] *= Math.pow(Math.max(0.0, 1 + rate), dt);
            }
        }
    }
}

package org.polycentric.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Emissions of every city that is not implementing a pledge follow business as usual: they grow
 * at the North or South rate of the scenario. Cities implementing a pledge are left to the
 * Implementation rule (M12); with that rule off, pledges do not change emissions at all.
 */
final class BusinessAsUsual implements Steppable {
    private static final long serialVersionUID = 1L;

    private final transient World world;
    private final double northFactor;
    private final double southFactor;
    private final boolean pledgesImplemented;

    /** @param pledgesImplemented true when a rule moves pledged cities' emissions, so BAU leaves them alone */
    BusinessAsUsual(World world, boolean pledgesImplemented) {
        this.world = world;
        this.pledgesImplemented = pledgesImplemented;
        var e = world.scenario().world().emissions();
        this.northFactor = Math.pow(1 + e.growthNorth(), world.dt());
        this.southFactor = Math.pow(1 + e.growthSouth(), world.dt());
    }

    @Override
    public void step(SimState state) {
        Cities c = world.cities();
        for (int i = 0; i < c.count(); i++) {
            if (pledgesImplemented && PledgeStatus.isPledged(c.status[i])) {
                continue;
            }
            c.emissions[i] *= c.north[i] ? northFactor : southFactor;
        }
    }
}

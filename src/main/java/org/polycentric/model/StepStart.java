package org.polycentric.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The first thing of every step: sets the world's clock to the step MASON is executing and takes the
 * start-of-step snapshot of pledge flags that every decision of the step reads (synchronous
 * updating: no activation order can bias the outcome).
 */
final class StepStart implements Steppable {
    private static final long serialVersionUID = 1L;

    private final transient World world;

    StepStart(World world) {
        this.world = world;
    }

    @Override
    public void step(SimState state) {
        world.setStep((int) state.schedule.getSteps());
        world.cities().snapshotPledges();
    }
}

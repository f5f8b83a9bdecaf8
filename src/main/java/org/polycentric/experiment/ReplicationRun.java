package org.polycentric.experiment;

import org.polycentric.model.ReplicationResult;

import java.util.function.IntConsumer;
import org.polycentric.model.Polycentric;
import org.polycentric.model.WorldSource;
import org.polycentric.scenario.Scenario;

/** The plain headless loop: start, step to the end, finish. The GUI drives the same model class. */
public final class ReplicationRun {
    private ReplicationRun() {
    }

    /** Runs replication {@code index} of the scenario with the seed derived from the scenario's seed. */
    public static ReplicationResult run(Scenario scenario, int index, WorldSource source) {
        return run(scenario, index, source, year -> { });
    }

    /** The same, telling {@code yearReached} each time the run completes a simulated year. */
    public static ReplicationResult run(Scenario scenario, int index, WorldSource source, IntConsumer yearReached) {
        long seed = Seeds.replicationSeed(scenario.seed(), index);
        long t0 = System.nanoTime();
        Polycentric model = new Polycentric(seed, scenario, source);
        model.start();
        int perYear = scenario.time().stepsPerYear();
        while (!model.finished()) {
            model.schedule.step(model);
            long steps = model.schedule.getSteps();
            if (steps % perYear == 0) {
                yearReached.accept(scenario.time().startYear() + (int) (steps / perYear));
            }
        }
        model.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new ReplicationResult(index, seed, model.world(), model.recorder().table(), seconds);
    }
}

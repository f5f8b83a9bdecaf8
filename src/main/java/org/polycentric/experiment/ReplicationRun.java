package org.polycentric.experiment;

import org.polycentric.model.Polycentric;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.WorldSource;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.scenario.Scenario;

/** The plain headless loop: start, step to the end, finish. The GUI drives the same model class. */
public final class ReplicationRun {
    private ReplicationRun() {
    }

    /** Runs replication {@code index} of the scenario with the seed derived from the scenario's seed. */
    public static ReplicationResult run(Scenario scenario, int index, WorldSource source) {
        Polycentric model = new Polycentric(Seeds.replicationSeed(scenario.seed(), index), scenario, source,
                RuleCatalogue.STANDARD);
        return run(model, index, ReplicationRunner.Progress.NONE, false);
    }

    /**
     * Runs a model built for replication {@code index} to its end. {@code progress} hears how far
     * building the world has got and, when {@code reportYears}, each simulated year completed.
     */
    public static ReplicationResult run(Polycentric model, int index, ReplicationRunner.Progress progress,
                                        boolean reportYears) {
        long t0 = System.nanoTime();
        model.setBuildProgress(progress::building);
        model.start();
        Scenario scenario = model.scenario();
        int perYear = scenario.time().stepsPerYear();
        while (!model.finished()) {
            model.schedule.step(model);
            long steps = model.schedule.getSteps();
            if (reportYears && steps % perYear == 0) {
                progress.yearReached(scenario.time().startYear() + (int) (steps / perYear));
            }
        }
        model.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new ReplicationResult(index, model.replicationSeed(), model.world(), model.recorder().table(), seconds);
    }
}

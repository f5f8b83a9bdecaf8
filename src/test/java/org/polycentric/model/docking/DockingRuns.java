package org.polycentric.model.docking;

import java.io.IOException;
import java.util.function.Function;
import org.polycentric.experiment.ReplicationRun;
import org.polycentric.experiment.ReplicationRunner;
import org.polycentric.model.ReplicationResult;
import org.polycentric.scenario.Scenario;
import org.polycentric.world.SyntheticWorldBuilder;

/**
 * Runs a docking scenario's replications on every processor, through the same runner as the CLI,
 * and keeps only what a test needs from each. Replication seeds depend on the index alone, so the
 * results do not depend on the number of threads.
 */
final class DockingRuns {
    private DockingRuns() {
    }

    /** {@code extract} of each replication 0 .. {@code scenario.replications() - 1}, in order. */
    static <T> T[] each(Scenario scenario, Function<ReplicationResult, T> extract, T[] into) {
        if (into.length != scenario.replications()) {
            throw new IllegalArgumentException("need room for " + scenario.replications() + " results");
        }
        int[] next = {0};
        try {
            new ReplicationRunner(ReplicationRunner.defaultThreads()).run(scenario.replications(),
                    index -> extract.apply(ReplicationRun.run(scenario, index, new SyntheticWorldBuilder())),
                    result -> into[next[0]++] = result, ReplicationRunner.Progress.NONE);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        return into;
    }

    /** Each replication's pledged share of all cities at every record (step 0 .. steps). */
    static double[][] pledgedShares(Scenario scenario) {
        return each(scenario, r -> r.table().column("pledged_share", "all"), new double[scenario.replications()][]);
    }

    /** Each replication's pledged share of all cities at the end of the run. */
    static double[] finalShares(Scenario scenario) {
        Double[] last = each(scenario, r -> {
            double[] share = r.table().column("pledged_share", "all");
            return share[share.length - 1];
        }, new Double[scenario.replications()]);
        double[] out = new double[last.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = last[i];
        }
        return out;
    }
}

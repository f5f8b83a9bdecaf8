package org.polycentric;

import java.nio.file.Path;
import java.util.List;
import org.polycentric.experiment.ReplicationRun;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.world.StandardWorldSource;

/** Loads shipped scenarios with overrides and runs replications, for tests. */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** A shipped scenario by its path under scenarios/, e.g. "baseline" or "docking/bass". */
    public static Scenario load(String name, String... overrides) {
        try {
            return new ScenarioLoader(RuleCatalogue.STANDARD).load(Path.of("scenarios", name + ".json"), List.of(overrides)).value();
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static ReplicationResult run(Scenario scenario, int replication) {
        return ReplicationRun.run(scenario, replication, new StandardWorldSource());
    }
}

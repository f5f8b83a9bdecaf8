package org.polycentric.experiment.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioTreeLoader;

/**
 * A checked experiment: the file as bound, its base scenario (loaded with the experiment's
 * overrides) and where every value of the file was written, so that a problem found later (an
 * outcome's group that the built world lacks) is still reported at its file and line.
 *
 * @param file         the experiment file as given
 * @param scenarioFile the base scenario, resolved against the experiment file's folder
 * @param scenario     the base scenario with the experiment's overrides applied
 */
public record LoadedExperiment(Path file, ExperimentSpec spec, Path scenarioFile,
                               ScenarioTreeLoader.Loaded<Scenario> scenario,
                               ScenarioTreeLoader.Loaded<ExperimentSpec> source) {

    /**
     * A problem with the value at {@code jsonPath} of the experiment file (e.g.
     * {@code outcomes[2].group}), as {@code file:line: jsonPath: detail}.
     */
    public ScenarioException problemAt(String jsonPath, String detail) {
        return source.problemAt(jsonPath, detail);
    }

    /**
     * The {@code --set} overrides of one run: the experiment's own, then {@code settings} (e.g. from
     * {@link ParameterSpec#setting(double)}), so the parameters win.
     */
    public List<String> overridesWith(List<String> settings) {
        List<String> all = new ArrayList<>(spec.overrides());
        all.addAll(settings);
        return List.copyOf(all);
    }
}

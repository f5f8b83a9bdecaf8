package org.polycentric.experiment.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.polycentric.params.Check;
import org.polycentric.params.RuleTypes;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.scenario.ScenarioTreeLoader;
import org.polycentric.scenario.TimeSpec;

/**
 * Reads an experiment file and checks it against its base scenario. Every problem is a
 * {@link ScenarioException} ({@code file:line: json.path: what is wrong and what is allowed}), the
 * same bad-input error (exit code 2) as a broken scenario.
 *
 * <p>The file is read by the scenario package's {@link ScenarioTreeLoader} (strict JSON, unknown
 * keys with "did you mean", types, the records' own checks), so experiment files share the
 * scenario files' rules, {@code extends} included. Then, against the scenario:
 * <ol>
 *   <li>{@code scenario} names a file relative to the folder of the experiment file that wrote it
 *       ({@code .json} appended when it has no extension), which loads with {@code overrides};</li>
 *   <li>each parameter's path names one value of that scenario, and the scenario takes the
 *       parameter's extremes (min and max, or every listed value) as a {@code --set} would; a range
 *       that is not {@code integer} must also be taken between whole numbers (a fractional value);</li>
 *   <li>each outcome's years lie within the scenario's time.</li>
 * </ol>
 * Outcome groups are checked when the world is built ({@link LoadedExperiment#problemAt}).
 */
public final class ExperimentLoader {
    /** What every experiment file implicitly extends: no overrides. */
    public static final String DEFAULTS = "/org/polycentric/experiment/spec/defaults.json";

    private final ScenarioTreeLoader files = new ScenarioTreeLoader(DEFAULTS);
    private final ScenarioChecks checks;

    /** @param ruleTypes the rules a scenario may hold (the rule catalogue), as for {@link ScenarioLoader} */
    public ExperimentLoader(RuleTypes ruleTypes) {
        this.checks = new ScenarioChecks(new ScenarioLoader(Objects.requireNonNull(ruleTypes, "ruleTypes")));
    }

    /** Reads {@code file} and checks it against its scenario. Not thread-safe: one loader per thread. */
    public LoadedExperiment load(Path file) throws ScenarioException {
        ScenarioTreeLoader.Loaded<ExperimentSpec> source = read(file);
        ExperimentSpec spec = source.value();
        Path scenarioFile = ScenarioChecks.resolveScenario(source, spec.scenario());
        ScenarioTreeLoader.Loaded<Scenario> scenario = checks.loadScenario(source, scenarioFile, spec.overrides());
        for (int i = 0; i < spec.parameters().size(); i++) {
            checks.checkParameter(source, "parameters[" + i + "]", spec.parameters().get(i), spec.overrides(),
                    scenarioFile, scenario.tree());
        }
        TimeSpec time = scenario.value().time();
        for (int i = 0; i < spec.outcomes().size(); i++) {
            OutcomeSpec o = spec.outcomes().get(i);
            String at = "outcomes[" + i + "].";
            switch (o.kind()) {
                case AT_YEAR -> within(source, at + "year", o.year(), time);
                case AREA_UNDER_CURVE -> {
                    within(source, at + "fromYear", o.fromYear(), time);
                    within(source, at + "toYear", o.toYear(), time);
                }
                default -> {
                }
            }
        }
        return new LoadedExperiment(file, spec, scenarioFile, scenario, source);
    }

    /** The file bound to {@link ExperimentSpec}, with the scenario reader's words fitted to experiments. */
    private ScenarioTreeLoader.Loaded<ExperimentSpec> read(Path file) throws ScenarioException {
        try {
            return files.load(file, List.of(), ExperimentSpec.class);
        } catch (ScenarioException e) {
            throw ScenarioChecks.inWordsOf("experiment", e);
        }
    }

    private static void within(ScenarioTreeLoader.Loaded<ExperimentSpec> source, String path, double year,
                               TimeSpec time) throws ScenarioException {
        if (year < time.startYear() || year > time.endYear()) {
            throw source.problemAt(path, "must be within the scenario's time, " + time.startYear() + " to "
                    + time.endYear() + ", was " + Check.fmt(year));
        }
    }
}

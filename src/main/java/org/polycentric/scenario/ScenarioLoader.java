package org.polycentric.scenario;

import java.nio.file.Path;
import java.util.List;
import org.polycentric.params.RuleTypes;

/**
 * Loads a scenario file: the built-in defaults, then its {@code extends} chain, then the
 * {@code --set} overrides, bound strictly to {@link Scenario}.
 */
public final class ScenarioLoader {
    /** Every parameter with its default value; every scenario implicitly extends it. */
    public static final String DEFAULTS = "/org/polycentric/scenario/defaults.json";

    private final ScenarioTreeLoader loader;

    /** @param ruleTypes the rules a scenario's {@code rules} section may hold (the rule catalogue) */
    public ScenarioLoader(RuleTypes ruleTypes) {
        this.loader = new ScenarioTreeLoader(DEFAULTS, java.util.Objects.requireNonNull(ruleTypes, "ruleTypes"));
    }

    /** Prepares the JSON binding of scenarios ahead of the first load (see ScenarioTreeLoader#prepare). */
    public static void prepare() {
        ScenarioTreeLoader.prepare(Scenario.class);
    }

    public ScenarioTreeLoader.Loaded<Scenario> load(Path file, List<String> overrides) throws ScenarioException {
        return loader.load(file, overrides, Scenario.class);
    }
}

package org.polycentric.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads a scenario file: the built-in defaults, then its {@code extends} chain, then the
 * {@code --set} overrides, bound strictly to {@link Scenario}.
 */
public final class ScenarioLoader {
    /** Every parameter with its default value; every scenario implicitly extends it. */
    public static final String DEFAULTS = "/org/polycentric/scenario/defaults.json";

    private final ScenarioTreeLoader loader = new ScenarioTreeLoader(DEFAULTS);

    /** Prepares the JSON binding of scenarios ahead of the first load (see ScenarioTreeLoader#prepare). */
    public static void prepare() {
        ScenarioTreeLoader.prepare(Scenario.class);
    }

    public ScenarioTreeLoader.Loaded<Scenario> load(Path file, List<String> overrides) throws ScenarioException {
        return loader.load(file, overrides, Scenario.class);
    }
}

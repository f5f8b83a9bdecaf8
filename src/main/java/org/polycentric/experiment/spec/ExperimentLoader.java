package org.polycentric.experiment.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polycentric.params.Check;
import org.polycentric.params.RuleTypes;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.scenario.ScenarioTreeLoader;
import org.polycentric.scenario.Suggestions;
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
    private static final String SET = "--set ";

    private final ScenarioTreeLoader files = new ScenarioTreeLoader(DEFAULTS);
    private final ScenarioLoader scenarios;

    /** @param ruleTypes the rules a scenario may hold (the rule catalogue), as for {@link ScenarioLoader} */
    public ExperimentLoader(RuleTypes ruleTypes) {
        this.scenarios = new ScenarioLoader(Objects.requireNonNull(ruleTypes, "ruleTypes"));
    }

    /** Reads {@code file} and checks it against its scenario. Not thread-safe: one loader per thread. */
    public LoadedExperiment load(Path file) throws ScenarioException {
        ScenarioTreeLoader.Loaded<ExperimentSpec> source = read(file);
        ExperimentSpec spec = source.value();
        Path scenarioFile = resolveScenario(source, spec.scenario());
        ScenarioTreeLoader.Loaded<Scenario> scenario;
        try {
            scenario = scenarios.load(scenarioFile, spec.overrides());
        } catch (ScenarioException e) {
            throw blameOverride(source, spec.overrides(), e);
        }
        for (int i = 0; i < spec.parameters().size(); i++) {
            checkParameter(source, spec, scenarioFile, scenario.tree(), i);
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
            String detail = e.detail().replace("scenario file", "experiment file")
                    .replace("what this scenario studies", "what this experiment studies")
                    .replace("\"my-variant\"", "\"my-experiment\"")
                    .replace("(a problem in the scenario classes", "(a problem in the experiment classes");
            throw new ScenarioException(e.file(), e.jsonPath(), e.line(), detail, e);
        }
    }

    private static Path resolveScenario(ScenarioTreeLoader.Loaded<ExperimentSpec> source, String reference)
            throws ScenarioException {
        Path writer = Path.of(source.problemAt("scenario", "").file()); // the experiment file that named it
        Path next;
        try {
            Path dir = writer.getParent();
            next = dir == null ? Path.of(reference) : dir.resolve(reference);
        } catch (InvalidPathException e) {
            throw source.problemAt("scenario", "'" + reference + "' is not a valid file name; write / between folders");
        }
        Path name = next.getFileName();
        if (name != null && !name.toString().contains(".")) {
            next = next.resolveSibling(name + ".json");
        }
        next = next.normalize();
        if (Files.isDirectory(next)) {
            throw source.problemAt("scenario", next + " is a folder, not a scenario file");
        }
        if (!Files.exists(next)) {
            throw source.problemAt("scenario", "file not found: " + next + " (a path relative to the folder of "
                    + writer + ")" + siblingHint(next));
        }
        return next;
    }

    /** "; did you mean 'x'?" for a scenario file beside the missing one whose name is close. */
    private static String siblingHint(Path missing) {
        Path dir = missing.getParent() == null ? Path.of(".") : missing.getParent();
        String wanted = stem(String.valueOf(missing.getFileName()));
        List<String> names = new ArrayList<>();
        try (var list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .forEach(n -> names.add(stem(n)));
        } catch (IOException | RuntimeException e) {
            return "";
        }
        String closest = Suggestions.closest(wanted, names);
        return closest == null ? "" : "; did you mean '" + closest + "'?";
    }

    private static String stem(String fileName) {
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - ".json".length()) : fileName;
    }

    /** A problem loading the scenario: blamed on the override that caused it, else on {@code scenario}. */
    private static ScenarioException blameOverride(ScenarioTreeLoader.Loaded<ExperimentSpec> source,
                                                   List<String> overrides, ScenarioException e) {
        for (int i = 0; i < overrides.size(); i++) {
            if (isFrom(e, overrides.get(i))) {
                return source.problemAt("overrides[" + i + "]", inner(e));
            }
        }
        return source.problemAt("scenario", "the scenario does not load: " + e.getMessage());
    }

    /** Whether {@code e} blames the {@code --set} of {@code override} (as given, or with its path trimmed). */
    private static boolean isFrom(ScenarioException e, String override) {
        if (e.file().equals(SET + override)) {
            return true;
        }
        int eq = override.indexOf('=');
        return eq >= 0 && e.file().equals(SET + override.substring(0, eq).trim() + "=" + override.substring(eq + 1));
    }

    /** The scenario's complaint without its {@code --set} location: {@code path: detail}. */
    private static String inner(ScenarioException e) {
        return inner(e, "");
    }

    /** As {@link #inner(ScenarioException)}, leaving out the path when it is {@code known} (the one just set). */
    private static String inner(ScenarioException e, String known) {
        return e.jsonPath().isEmpty() || e.jsonPath().equals(known) ? e.detail() : e.jsonPath() + ": " + e.detail();
    }

    private void checkParameter(ScenarioTreeLoader.Loaded<ExperimentSpec> source, ExperimentSpec spec,
                                Path scenarioFile, JsonNode tree, int index) throws ScenarioException {
        ParameterSpec p = spec.parameters().get(index);
        String at = "parameters[" + index + "]";
        for (int j = 0; j < spec.overrides().size(); j++) {
            String o = spec.overrides().get(j);
            int eq = o.indexOf('=');
            if (eq >= 0 && o.substring(0, eq).strip().equals(p.path())) {
                throw source.problemAt(at + ".path", "'" + p.path() + "' is also set by overrides[" + j + "] ("
                        + o + "); the parameter's values would replace it: remove one of the two");
            }
        }
        JsonNode current = ScenarioPaths.valueAt(tree, p.path());
        List<String> base = spec.overrides();
        String first = p.isRange() ? p.setting(p.min()) : p.settingOfValue(0);
        if (current == null) {
            // not in the tree as written: let the scenario's --set say why (or accept an optional key)
            ScenarioException e = tryLoad(scenarioFile, base, first);
            if (e != null && isFrom(e, first)) {
                throw source.problemAt(at + ".path", "not a value of the scenario: " + inner(e));
            }
        } else if (current.isContainerNode()) {
            throw source.problemAt(at + ".path", "'" + p.path() + "' is " + (current.isObject() ? "an object" : "a list")
                    + " in the scenario; a parameter names one value (a number, true/false or text),"
                    + " e.g. rules.peerInfluence.weight");
        }
        if (p.isRange()) {
            tryValue(source, scenarioFile, base, p, p.setting(p.min()), at + ".min");
            tryValue(source, scenarioFile, base, p, p.setting(p.max()), at + ".max");
            if (!p.integer()) {
                double between = p.min() == Math.rint(p.min()) && p.max() - p.min() >= 1 ? p.min() + 0.5
                        : p.min() + (p.max() - p.min()) / 2;
                ScenarioException e = tryLoad(scenarioFile, base, p.setting(between));
                if (e != null && e.detail().startsWith("expected a whole number")) {
                    throw source.problemAt(at, p.path() + " takes only whole numbers (" + e.detail()
                            + ", between min and max); add \"integer\": true to vary it in whole numbers");
                }
                if (e != null) {
                    throw source.problemAt(at, "the scenario does not take " + p.setting(between)
                            + ", between min and max: " + inner(e, p.path()));
                }
            }
        } else {
            for (int j = 0; j < p.values().size(); j++) {
                tryValue(source, scenarioFile, base, p, p.settingOfValue(j), at + ".values[" + j + "]");
            }
        }
    }

    private void tryValue(ScenarioTreeLoader.Loaded<ExperimentSpec> source, Path scenarioFile, List<String> base,
                          ParameterSpec p, String setting, String blame) throws ScenarioException {
        ScenarioException e = tryLoad(scenarioFile, base, setting);
        if (e != null) {
            throw source.problemAt(blame, "the scenario does not take " + setting + ": " + inner(e, p.path()));
        }
    }

    private ScenarioException tryLoad(Path scenarioFile, List<String> base, String setting) {
        List<String> all = new ArrayList<>(base);
        all.add(setting);
        try {
            scenarios.load(scenarioFile, all);
            return null;
        } catch (ScenarioException e) {
            return e;
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

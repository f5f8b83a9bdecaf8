package org.polycentric.experiment.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.scenario.ScenarioTreeLoader;
import org.polycentric.scenario.Suggestions;

/**
 * The checks that a file naming a base scenario and the parameters to vary in it (an experiment
 * file, a calibration file) makes against that scenario, each problem blamed on the file's own line:
 * the {@code scenario} reference resolved against the folder of the file that wrote it, a bad
 * {@code overrides} entry, and each parameter's path and range as {@code --set} would take them.
 * {@link ExperimentLoader} and the calibration loader share them, so both say the same things in
 * the same words. Not thread-safe (it holds a scenario loader): one per loader.
 */
public final class ScenarioChecks {
    private static final String SET = "--set ";

    private final ScenarioLoader scenarios;

    public ScenarioChecks(ScenarioLoader scenarios) {
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
    }

    /**
     * A problem the scenario reader found in a file of another {@code kind} ("experiment",
     * "calibration"), in that kind's words: "experiment file", "what this experiment studies".
     */
    public static ScenarioException inWordsOf(String kind, ScenarioException e) {
        String detail = e.detail().replace("scenario file", kind + " file")
                .replace("what this scenario studies", "what this " + kind + " studies")
                .replace("\"my-variant\"", "\"my-" + kind + "\"")
                .replace("(a problem in the scenario classes", "(a problem in the " + kind + " classes");
        return new ScenarioException(e.file(), e.jsonPath(), e.line(), detail, e);
    }

    /**
     * The scenario file {@code reference} names, relative to the folder of the file that wrote the
     * {@code scenario} key ({@code .json} added when the name has no extension); a folder or a missing
     * file is a problem at {@code scenario}, with a near name in that folder suggested.
     */
    public static Path resolveScenario(ScenarioTreeLoader.Loaded<?> source, String reference)
            throws ScenarioException {
        Path writer = Path.of(source.problemAt("scenario", "").file()); // the file that named it
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
                    + writer + ")" + Suggestions.siblingFileHint(next));
        }
        return next;
    }

    /**
     * The scenario that {@code source} names at {@code scenarioFile}, loaded with {@code overrides}; a
     * problem is blamed on the override that caused it, else on the file's {@code scenario} key.
     */
    public ScenarioTreeLoader.Loaded<Scenario> loadScenario(ScenarioTreeLoader.Loaded<?> source, Path scenarioFile,
                                                          List<String> overrides) throws ScenarioException {
        try {
            return scenarios.load(scenarioFile, overrides);
        } catch (ScenarioException e) {
            throw blameOverride(source, overrides, e);
        }
    }

    /** A problem loading the scenario: blamed on the override that caused it, else on {@code scenario}. */
    public static ScenarioException blameOverride(ScenarioTreeLoader.Loaded<?> source, List<String> overrides,
                                                  ScenarioException e) {
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

    /** The value at a {@code --set} path ({@code a.b[2].c}) of a scenario tree, or null when it is not there. */
    public static JsonNode valueAt(JsonNode tree, String path) {
        return ScenarioPaths.valueAt(tree, path);
    }

    /**
     * Checks one varied parameter, written at {@code at} ({@code parameters[0]}) of {@code source},
     * against the scenario: its path is not also set by {@code overrides}, names one value of the
     * scenario ({@code tree}, loaded with {@code overrides}), and the scenario takes its extremes (and,
     * for a range that is not {@code integer}, a fractional value between them) as a {@code --set}
     * after {@code overrides} would.
     */
    public void checkParameter(ScenarioTreeLoader.Loaded<?> source, String at, ParameterSpec p, List<String> overrides,
                               Path scenarioFile, JsonNode tree) throws ScenarioException {
        for (int j = 0; j < overrides.size(); j++) {
            String o = overrides.get(j);
            int eq = o.indexOf('=');
            if (eq >= 0 && o.substring(0, eq).strip().equals(p.path())) {
                throw source.problemAt(at + ".path", "'" + p.path() + "' is also set by overrides[" + j + "] ("
                        + o + "); the parameter's values would replace it: remove one of the two");
            }
        }
        JsonNode current = ScenarioPaths.valueAt(tree, p.path());
        List<String> base = overrides;
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

    /**
     * Whether the scenario takes {@code setting} ({@code path=value} of parameter {@code p}) after
     * {@code overrides}; if not, a problem at {@code blame} of {@code source}.
     */
    public void tryValue(ScenarioTreeLoader.Loaded<?> source, Path scenarioFile, List<String> overrides,
                         ParameterSpec p, String setting, String blame) throws ScenarioException {
        ScenarioException e = tryLoad(scenarioFile, overrides, setting);
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
}

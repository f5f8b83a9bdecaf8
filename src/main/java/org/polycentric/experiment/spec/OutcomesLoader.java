package org.polycentric.experiment.spec;

import java.nio.file.Path;
import java.util.List;
import org.polycentric.params.Check;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioTreeLoader;
import org.polycentric.scenario.TimeSpec;

/**
 * Reads an outcomes file ({@link OutcomeList}) with the scenario reader ({@link ScenarioTreeLoader}:
 * strict JSON, unknown keys with "did you mean", the outcomes' own checks), so every problem is a
 * {@link ScenarioException}, {@code file:line: outcomes[2].metric: what is wrong and what is
 * allowed}, the same bad-input error as a broken scenario. The file has no name or description of
 * its own; it may {@code extends} another outcomes file. Years are checked against a scenario's time
 * by {@link #checkYears}, and groups only once a world is built.
 */
public final class OutcomesLoader {
    /** What every outcomes file implicitly extends: no outcomes, which the file must replace. */
    public static final String DEFAULTS = "/org/polycentric/experiment/spec/outcomes-defaults.json";

    private final ScenarioTreeLoader files = new ScenarioTreeLoader(DEFAULTS);

    /** Reads {@code file}. Not thread-safe: one loader per thread. */
    public ScenarioTreeLoader.Loaded<OutcomeList> load(Path file) throws ScenarioException {
        try {
            return files.load(file, List.of(), OutcomeList.class);
        } catch (ScenarioException e) {
            String detail = e.detail().replace("scenario file", "outcomes file")
                    .replace("(a problem in the scenario classes", "(a problem in the outcome classes");
            throw new ScenarioException(e.file(), e.jsonPath(), e.line(), detail, e);
        }
    }

    /**
     * Checks that the years of {@code outcomes} (an {@code atYear}'s year, an
     * {@code areaUnderCurve}'s ends) lie within {@code time}; a problem is blamed on the outcome's
     * line in {@code source}. {@code whose} names the time in the message, e.g. "the scenario's time"
     * or "the time of arm 1 (scenarios/x.json)".
     */
    public static void checkYears(ScenarioTreeLoader.Loaded<?> source, List<OutcomeSpec> outcomes, TimeSpec time,
                                  String whose) throws ScenarioException {
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeSpec o = outcomes.get(i);
            String at = "outcomes[" + i + "].";
            switch (o.kind()) {
                case AT_YEAR -> within(source, at + "year", o.year(), time, whose);
                case AREA_UNDER_CURVE -> {
                    within(source, at + "fromYear", o.fromYear(), time, whose);
                    within(source, at + "toYear", o.toYear(), time, whose);
                }
                default -> {
                }
            }
        }
    }

    private static void within(ScenarioTreeLoader.Loaded<?> source, String path, double year, TimeSpec time,
                               String whose) throws ScenarioException {
        if (year < time.startYear() || year > time.endYear()) {
            throw source.problemAt(path, "must be within " + whose + ", " + time.startYear() + " to "
                    + time.endYear() + ", was " + Check.fmt(year));
        }
    }
}

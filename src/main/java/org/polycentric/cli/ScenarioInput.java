package org.polycentric.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.polycentric.experiment.RunService;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioTreeLoader;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/**
 * What the commands that take a scenario file share: loading it as {@code run} does (defaults,
 * {@code extends}, {@code --set}), with a suggestion when the file does not exist; the run seed
 * and replication count from the command line; and refusing an option that a {@code --set} of
 * the same value contradicts.
 */
final class ScenarioInput {
    private ScenarioInput() {
    }

    /** Loads {@code file} with {@code overrides}; a problem is bad input, with the loader's message. */
    static ScenarioTreeLoader.Loaded<Scenario> load(RunService service, Path file, List<String> overrides,
                                                    ShippedScenarios shipped) {
        try {
            return service.load(file, overrides);
        } catch (ScenarioException e) {
            throw new BadInputException(message(e, file, shipped), e);
        }
    }

    /**
     * The loader's message, plus, when {@code file} itself does not exist, the shipped or nearby
     * scenario the user probably meant: {@code baseline: file not found; did you mean
     * scenarios/baseline.json?}
     */
    static String message(ScenarioException e, Path file, ShippedScenarios shipped) {
        if (!e.file().equals(file.toString()) || Files.exists(file)) {
            return e.getMessage();
        }
        Optional<Path> meant = shipped.suggestionFor(file);
        return meant.map(p -> e.getMessage() + "; did you mean " + shipped.shown(p) + "?").orElse(e.getMessage());
    }

    /** The scenario with the run seed and replications given on the command line (null: the scenario's). */
    static Scenario withRun(CommandLine commandLine, Scenario scenario, Long seed, Integer replications) {
        try {
            return scenario.withRun(seed != null ? seed : scenario.seed(),
                    replications != null ? replications : scenario.replications());
        } catch (InvalidValueException e) {
            throw new ParameterException(commandLine, "--" + e.field() + ": " + e.getMessage());
        }
    }

    /** Refuses a count option below 1 ({@code --replications 0}, {@code --threads 0}). */
    static void requireAtLeastOne(CommandLine commandLine, String option, Integer value) {
        if (value != null && value < 1) {
            throw new ParameterException(commandLine, option + " must be at least 1, was " + value);
        }
    }

    /**
     * Refuses {@code option} given together with a {@code --set} of the scenario key it sets (e.g.
     * {@code --seed 5 --set seed=3}): one of the two would be ignored without a word.
     */
    static void refuseBoth(CommandLine commandLine, String option, Object value, String key, List<String> overrides) {
        if (value == null) {
            return;
        }
        for (String override : overrides) {
            int eq = override.indexOf('=');
            if (eq > 0 && override.substring(0, eq).strip().equals(key)) {
                throw new ParameterException(commandLine, option + " " + value + " and --set " + override
                        + " both set the scenario's " + key + "; give only one");
            }
        }
    }
}

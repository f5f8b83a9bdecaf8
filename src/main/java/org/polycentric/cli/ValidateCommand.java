package org.polycentric.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.polycentric.experiment.RunService;
import org.polycentric.experiment.calibration.CalibrationLoader;
import org.polycentric.experiment.calibration.LoadedCalibration;
import org.polycentric.experiment.sweep.SweepPlan;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code polycentric validate}: checks scenario files as {@code run} reads them, without running. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Checks scenario, experiment and calibration files without running them.",
        description = {"Reads each file as 'run' does (the defaults, its extends chain, then",
                "any --set) and prints 'ok: FILE' for a good one, or the problem as",
                "FILE:LINE: json.path: what is wrong. Writes nothing. Problems that only",
                "show when a world is built (an event naming a nation the world lacks)",
                "are found by 'run'. An experiment file (it has a design) is read as",
                "'sweep' reads it, a calibration file (it has targets) as 'calibrate'",
                "does, each checked against its scenario; --set is for scenarios only."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is good", "1:internal error (please report)",
                "2:a file (or a --set) is bad, or an option"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE",
            description = "Scenario, experiment or calibration file(s) (JSON).")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Check with this change, as 'run --set' makes it, e.g.",
                    "rules.peerInfluence.weight=0.4. Repeatable."})
    private List<String> overrides = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolycentricCommand parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunService service = RunService.standard();
        boolean allGood = true;
        for (Path file : files) {
            try {
                Kind kind = kind(file);
                if (kind != Kind.SCENARIO && !overrides.isEmpty()) {
                    throw new BadInputException(file + ": --set changes scenario files; this is " + (kind == Kind.EXPERIMENT
                            ? "an experiment" : "a calibration") + " file, whose own 'overrides' key does that", null);
                }
                switch (kind) {
                    case EXPERIMENT -> {
                        SweepPlan plan = SweepCommand.plan(file);
                        out.printf("ok: %s (experiment: %,d points x %d replication%s = %,d runs)%n", file,
                                plan.points(), plan.replications(), plural(plan.replications()), plan.runs());
                    }
                    case CALIBRATION -> {
                        LoadedCalibration c = loadCalibration(file);
                        out.printf("ok: %s (calibration: %d parameter%s, %d target%s, at most %d evaluations)%n", file,
                                c.dimension(), plural(c.dimension()), c.targets().size(), plural(c.targets().size()),
                                c.spec().optimizer().maxEvaluations());
                    }
                    default -> {
                        ScenarioInput.load(service, file, overrides, parent.shipped());
                        out.println("ok: " + file);
                    }
                }
            } catch (BadInputException e) {
                err.println(e.getMessage());
                allGood = false;
            }
        }
        return allGood ? PolycentricCommand.OK : PolycentricCommand.BAD_INPUT;
    }

    private enum Kind { SCENARIO, EXPERIMENT, CALIBRATION }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /**
     * What a file is, by its top-level keys: a {@code design} makes an experiment, {@code targets}
     * a calibration; anything else (a file that is not JSON included) is read as a scenario, whose
     * reader says what is wrong with it.
     */
    private static Kind kind(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file));
            if (root != null && root.isObject()) {
                if (root.has("design") && root.has("scenario")) {
                    return Kind.EXPERIMENT;
                }
                if (root.has("targets") && root.has("scenario")) {
                    return Kind.CALIBRATION;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not readable as JSON: the scenario reader reports it with its line
        }
        return Kind.SCENARIO;
    }

    private static LoadedCalibration loadCalibration(Path file) {
        try {
            return new CalibrationLoader(RuleCatalogue.STANDARD).load(file);
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}

package org.polycentric.cli;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.polycentric.gui.PolycentricWithUI;
import org.polycentric.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code polycentric gui}: opens MASON's Console over a scenario (the same model {@code run} uses). */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Opens the interactive window over a scenario.",
        description = {"MASON's Console with a world map of the cities (coloured by pledge",
                "status, sized by population, city ties on demand; double-click a city",
                "to inspect it), live charts of the adoption curve and of the nations",
                "with a net-zero target (Export button: PNG, SVG, PDF), and in the Model",
                "tab a scenario picker and sliders for the main parameters. The model is",
                "a replication of the scenario (--replication), as 'run' computes it.",
                "docs/STUDENT-GUIDE.md has exercises.",
                "Needs a display; on a server, try xvfb-run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the window was closed", "1:internal error (please report)",
                "2:bad input (a scenario value or an option) or no display"})
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = {"Scenario file (JSON); default: the shipped baseline,",
                    "scenarios/baseline.json here or in the installation."})
    private Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N",
            description = "Run seed, as 'run --seed' takes it (default: the scenario's).")
    private Long seed;

    @Option(names = "--replication", paramLabel = "N", defaultValue = "0",
            description = {"Which replication of 'run' to show (default: 0,",
                    "the first): same seed, same numbers."})
    private int replication;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Change a scenario value by its JSON path, e.g.",
                    "rules.peerInfluence.weight=0.4. Repeatable."})
    private List<String> overrides = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolycentricCommand parent;

    @Override
    public Integer call() throws InterruptedException, InvocationTargetException {
        PolycentricWithUI window = load();
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInputException("polycentric gui: no display; run on a desktop or under xvfb-run", null);
        }
        SwingUtilities.invokeAndWait(window::createController);
        // The Console ends the JVM when the user quits it; until then the command waits.
        new CountDownLatch(1).await();
        return PolycentricCommand.OK;
    }

    private PolycentricWithUI load() {
        if (replication < 0) {
            throw new BadInputException("--replication: must be 0 or more, was " + replication, null);
        }
        ScenarioInput.refuseBoth(spec.commandLine(), "--seed", seed, "seed", overrides);
        Path file = scenarioFile != null ? scenarioFile : defaultScenario();
        List<String> all = new ArrayList<>(overrides);
        if (seed != null) {
            all.add("seed=" + seed); // what run --seed does, kept when the Model tab reloads the file
        }
        try {
            return PolycentricWithUI.fromFile(file, all, replication);
        } catch (ScenarioException e) {
            throw new BadInputException(ScenarioInput.message(e, file, parent.shipped()), e);
        }
    }

    /** The shipped baseline, from the working folder or else the installation. */
    private Path defaultScenario() {
        ShippedScenarios shipped = parent.shipped();
        return shipped.baseline().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no SCENARIO given and no shipped " + ShippedScenarios.BASELINE + " in " + shipped.whereLooked()
                        + "; name a scenario file"));
    }
}

package org.polycentric.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.polycentric.experiment.RunService;
import org.polycentric.output.ManifestJson;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioTreeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code polycentric show}: the scenario a run would use, every default, {@code extends} and
 * {@code --set} applied, as JSON: the {@code resolvedScenario} of the run's manifest.
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Prints the resolved scenario as JSON.",
        description = {"Every value 'run' would use: the defaults, the extends chain, the --set",
                "changes, --seed and --replications, as the run's manifest records it",
                "(resolvedScenario). Saved to a file, it runs as a scenario of its own",
                "and gives the same results:",
                "  polycentric show scenarios/baseline.json --set world.cities=1000 > mine.json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report)",
                "2:bad input: a scenario value or an option"})
final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON).")
    private Path scenarioFile;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Change a value by its JSON path, as 'run --set'.",
                    "Repeatable."})
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Run seed, as 'run --seed' (default: the scenario's).")
    private Long seed;

    @Option(names = "--replications", paramLabel = "R",
            description = {"Number of replications, as 'run --replications'",
                    "(default: the scenario's)."})
    private Integer replications;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolycentricCommand parent;

    @Override
    public Integer call() throws IOException {
        ScenarioInput.refuseBoth(spec.commandLine(), "--seed", seed, "seed", overrides);
        ScenarioInput.refuseBoth(spec.commandLine(), "--replications", replications, "replications", overrides);
        ScenarioTreeLoader.Loaded<Scenario> loaded = ScenarioInput.load(RunService.standard(), scenarioFile, overrides,
                parent.shipped());
        Scenario scenario = ScenarioInput.withRun(spec.commandLine(), loaded.value(), seed, replications);
        spec.commandLine().getOut().println(ManifestJson.pretty(
                ManifestJson.resolvedScenario(loaded.tree(), scenario.seed(), scenario.replications())));
        return PolycentricCommand.OK;
    }
}

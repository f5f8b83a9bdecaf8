package org.polycentric.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.polycentric.experiment.RunService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code polycentric validate}: checks scenario files as {@code run} reads them, without running. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Checks scenario files without running them.",
        description = {"Reads each file as 'run' does (the defaults, its extends chain, then",
                "any --set) and prints 'ok: FILE' for a good one, or the problem as",
                "FILE:LINE: json.path: what is wrong. Writes nothing. Problems that only",
                "show when a world is built (an event naming a nation the world lacks)",
                "are found by 'run'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is good", "1:internal error (please report)",
                "2:a file (or a --set) is bad, or an option"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "SCENARIO", description = "Scenario file(s) (JSON).")
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
                ScenarioInput.load(service, file, overrides, parent.shipped());
                out.println("ok: " + file);
            } catch (BadInputException e) {
                err.println(e.getMessage());
                allGood = false;
            }
        }
        return allGood ? PolycentricCommand.OK : PolycentricCommand.BAD_INPUT;
    }
}

package org.polycentric.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.polycentric.output.BuildVersion;
import org.polycentric.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The {@code polycentric} command: the entry point of the jar. Each task is a subcommand; this
 * class only wires them up and turns failures into exit codes and one-line messages.
 *
 * <p>Exit codes: {@value #OK} success, {@value #BAD_INPUT} bad input (a scenario value, an
 * option, a refused output folder), {@value #INTERNAL_ERROR} anything else: a bug, an I/O failure,
 * or a run larger than Java's memory (told apart, with how to give Java more).
 */
@Command(name = "polycentric", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        description = {"Agent-based model of multi-level climate governance: cities, nations,",
                "city networks and carbon-neutrality pledges."},
        footer = {"", "Start with:  polycentric run scenarios/baseline.json",
                "More:        polycentric scenarios, polycentric COMMAND --help"},
        subcommands = {RunCommand.class, ValidateCommand.class, ShowCommand.class, ScenariosCommand.class,
                MetricsCommand.class, ChartCommand.class, GuiCommand.class, SweepCommand.class, MergeCommand.class,
                SensitivityCommand.class, CompareCommand.class, CalibrateCommand.class,
                CommandLine.HelpCommand.class})
public final class PolycentricCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    /** Set to 1 to see the stack trace of an internal error. */
    static final String DEBUG_VARIABLE = "POLYCENTRIC_DEBUG";

    @Spec
    private CommandSpec spec;

    /** Where the user stands: the run folders go into its output/ (as given, so messages stay short). */
    private final Path workingDir;
    private final ShippedScenarios shipped;

    public PolycentricCommand() {
        this(Path.of(""), ShippedScenarios.installRoot());
    }

    /** As if started in {@code workingDir} from the installation at {@code installRoot} (tests). */
    PolycentricCommand(Path workingDir, Path installRoot) {
        this.workingDir = workingDir;
        this.shipped = new ShippedScenarios(workingDir, installRoot);
    }

    /** Where the shipped scenarios are, for the subcommands that look for them. */
    ShippedScenarios shipped() {
        return shipped;
    }

    /** The folder new run folders go into: output/ of the working folder. */
    Path outputRoot() {
        return workingDir.resolve("output");
    }

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        QuickStartJit.rememberMainArgs(args);
        QuickStartJit.watchParent();
        // a cold JVM spends ~0.3 s building the scenario binding: do it on the other core meanwhile
        Thread prepare = new Thread(ScenarioLoader::prepare, "prepare-scenario-binding");
        prepare.setDaemon(true);
        prepare.start();
        int exitCode;
        try {
            exitCode = execute(args);
        } catch (OutOfMemoryError e) {
            // Out of memory again while reporting it (another replication still holds its world):
            // a message built before the run ran out is all that can still be printed.
            System.err.println(OutOfMemoryAdvice.FALLBACK);
            exitCode = INTERNAL_ERROR;
        }
        System.exit(exitCode);
    }

    /** Runs the command line with the console's streams and returns the exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                "1".equals(System.getenv(DEBUG_VARIABLE)), args);
    }

    /** Runs the command line with the given streams; {@code debug} adds stack traces to internal errors. */
    static int execute(PrintWriter out, PrintWriter err, boolean debug, String... args) {
        return execute(new PolycentricCommand(), out, err, debug, args);
    }

    /** Runs {@code command} (this command, or another one in tests) with this class's error handling. */
    static int execute(Object command, PrintWriter out, PrintWriter err, boolean debug, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(PolycentricCommand::usageError);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> failure(e, cl, debug));
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            // Picocli lets Errors (e.g. OutOfMemoryError) through; they still deserve exit code 1.
            return failure(e, commandLine, debug);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        String message = e instanceof UnmatchedArgumentException unmatched ? unmatched(unmatched) : e.getMessage();
        e.getCommandLine().getErr().println(command + ": " + message + " (see '" + command + " --help')");
        return BAD_INPUT;
    }

    /**
     * An unknown option or command in words, with the one the user most likely meant: picocli's
     * suggestions, the closest by edit distance first (for {@code --seeds} it offers both
     * {@code --seed} and {@code --set}; {@code --seed} is one letter away).
     */
    private static String unmatched(UnmatchedArgumentException e) {
        List<String> unmatched = e.getUnmatched();
        CommandLine commandLine = e.getCommandLine();
        String typed;
        String what;
        if (e.isUnknownOption()) {
            typed = unmatched.stream().filter(a -> a.startsWith("-")).findFirst().orElse(unmatched.get(0));
            typed = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            what = "unknown option '" + typed + "'";
        } else if (!commandLine.getSubcommands().isEmpty() && commandLine.getCommandSpec().positionalParameters().isEmpty()) {
            typed = unmatched.get(0);
            what = "'" + typed + "' is not a command";
            if (closest(typed, e.getSuggestions()).isEmpty()) {
                return what + "; the commands are " + String.join(", ", commandLine.getSubcommands().keySet());
            }
        } else {
            return e.getMessage();
        }
        List<String> meant = closest(typed, e.getSuggestions());
        return meant.isEmpty() ? what
                : what + "; did you mean " + String.join(" or ", meant.stream().map(m -> "'" + m + "'").toList()) + "?";
    }

    /**
     * Those of {@code candidates} nearest to {@code typed} by edit distance (all of them if tied),
     * none if even the nearest is a different word: more edits than a third of what was typed, and
     * more than two (picocli offers {@code validate} for {@code simulate}).
     */
    static List<String> closest(String typed, List<String> candidates) {
        int best = candidates.stream().mapToInt(c -> editDistance(typed, c)).min().orElse(0);
        if (best > Math.max(2, typed.length() / 3)) {
            return List.of();
        }
        return candidates.stream().filter(c -> editDistance(typed, c) == best)
                .sorted(Comparator.naturalOrder()).distinct().toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static int failure(Throwable e, CommandLine commandLine, boolean debug) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof BadInputException) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        OutOfMemoryError outOfMemory = OutOfMemoryAdvice.find(e);
        if (outOfMemory != null) {
            // Not a bug to report: the run needs more memory than Java was given.
            err.println(OutOfMemoryAdvice.message(outOfMemory));
        } else if (e instanceof IOException) {
            err.println("polycentric: cannot write the run's files: " + e);
        } else {
            err.println("polycentric: internal error: " + e + "; please report it"
                    + (debug ? "" : " (set " + DEBUG_VARIABLE + "=1 to see the stack trace)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    /** The version from the jar's manifest, for {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"polycentric " + BuildVersion.current(),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}

package org.polycentric.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.polycentric.experiment.Comparison;
import org.polycentric.experiment.ComparisonService;
import org.polycentric.experiment.Outcomes;
import org.polycentric.experiment.ReplicationRunner;
import org.polycentric.experiment.RunService;
import org.polycentric.experiment.spec.OutcomeList;
import org.polycentric.experiment.spec.OutcomeSpec;
import org.polycentric.experiment.spec.OutcomesLoader;
import org.polycentric.output.ComparisonRow;
import org.polycentric.output.FolderTakenException;
import org.polycentric.output.charts.ChartOptions;
import org.polycentric.output.charts.ChartSize;
import org.polycentric.output.charts.ChartTheme;
import org.polycentric.output.charts.ComparisonChart;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioTreeLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code polycentric compare}: two or more arms (a scenario with its {@code --set} overrides each)
 * run with the same seeds, and each outcome's paired difference from the first arm with its 95%
 * confidence interval, as a table on stdout and in a new folder (comparison.csv, runs.csv, the
 * chart, the manifest).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Runs scenarios with the same seeds and compares their outcomes, paired.",
        description = {"Each arm is --scenario FILE with its own --set and --label options; give at least",
                "two. Replication r of every arm gets the seed 'run' gives replication r, so the arms",
                "differ only by their scenarios. For each outcome and each arm after the first (the",
                "reference): the mean paired difference (arm minus reference) with its 95% t-interval.",
                "Default outcomes (without --outcomes): pledged_final (pledged_share at the end),",
                "pledged_<middle year>, year_50 (the year half the cities had pledged),",
                "population_covered_final and network_member_final (shares at the end).",
                "Writes comparison.csv, runs.csv, charts/comparison.{png,svg,pdf,csv} and",
                "manifest.json into a new folder, prints the folder and the table. docs/COMPARE.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report), files not writable, or out of memory",
                "2:bad input: fewer than two arms, a scenario or outcomes file, an option or the folder"})
final class CompareCommand implements Callable<Integer> {
    /** Outcome definitions as the manifest records them: what was given, no empty keys. */
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final int MAX_LABEL = 100;

    /** One arm: a scenario file, its overrides and its name in the results. */
    static final class ArmOptions {
        @Option(names = "--scenario", required = true, paramLabel = "SCENARIO",
                description = "Starts an arm: its scenario file (JSON). The first arm is the reference.")
        Path scenario;

        @Option(names = "--set", paramLabel = "PATH=VALUE",
                description = "Changes a value of this arm's scenario, e.g. rules.peerInfluence.enabled=false."
                        + " Repeatable.")
        private List<String> overrides; // no initial value: picocli would share one list between arms


        @Option(names = "--label", paramLabel = "NAME",
                description = "This arm's name in the table, files and chart (default: the scenario's name and"
                        + " its --set values).")
        String label;

        List<String> overrides() {
            return overrides == null ? List.of() : overrides;
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "1..*", heading = "%nArms (two or more, each from its --scenario):%n")
    private List<ArmOptions> armOptions = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N",
            description = "Run seed of every arm (default: the first arm's scenario's). Replication i's seed"
                    + " derives from N and i.")
    private Long seed;

    @Option(names = "--replications", paramLabel = "R",
            description = "Replications of every arm (default: the first arm's scenario's).")
    private Integer replications;

    @Option(names = "--threads", paramLabel = "T",
            description = "Runs in parallel (default: the number of processors).")
    private Integer threads;

    @Option(names = "--outcomes", paramLabel = "FILE",
            description = {"JSON file { \"outcomes\": [ ... ] } with outcomes as in an experiment file",
                    "(docs/EXPERIMENTS.md). Default: the five above."})
    private Path outcomesFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = {"Folder to write; must not exist or be empty. Default:",
                    "output/compare-<yyyyMMdd-HHmmss>-seed<N>"})
    private Path out;

    @Mixin
    private ChartFormatsOption chartFormats = new ChartFormatsOption();

    @Option(names = {"-q", "--quiet"}, description = "No progress messages; print only the folder.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolycentricCommand parent;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (armOptions.size() < 2) {
            throw new ParameterException(spec.commandLine(), "compare needs at least two arms, was given "
                    + armOptions.size() + ": --scenario A.json [--set PATH=VALUE ...] --scenario B.json [--set ...]");
        }
        ScenarioInput.requireAtLeastOne(spec.commandLine(), "--replications", replications);
        ScenarioInput.requireAtLeastOne(spec.commandLine(), "--threads", threads);
        for (ArmOptions arm : armOptions) {
            ScenarioInput.refuseBoth(spec.commandLine(), "--seed", seed, "seed", arm.overrides());
            ScenarioInput.refuseBoth(spec.commandLine(), "--replications", replications, "replications",
                    arm.overrides());
            if (arm.label != null && (arm.label.isBlank() || arm.label.length() > MAX_LABEL
                    || arm.label.chars().anyMatch(Character::isISOControl))) {
                throw new ParameterException(spec.commandLine(), "--label: '" + arm.label + "' is not allowed; give"
                        + " a name of 1 to " + MAX_LABEL + " characters on one line");
            }
        }
        RunService service = RunService.standard();
        List<ScenarioTreeLoader.Loaded<Scenario>> loaded = new ArrayList<>();
        for (ArmOptions arm : armOptions) {
            loaded.add(ScenarioInput.load(service, arm.scenario, arm.overrides(), parent.shipped()));
        }
        Scenario first = ScenarioInput.withRun(spec.commandLine(), loaded.get(0).value(), seed, replications);
        List<String> labels = labels(loaded);
        List<Comparison.Arm> arms = new ArrayList<>();
        for (int k = 0; k < armOptions.size(); k++) {
            Scenario scenario = ScenarioInput.withRun(spec.commandLine(), loaded.get(k).value(), first.seed(),
                    first.replications());
            arms.add(new Comparison.Arm(labels.get(k), armOptions.get(k).scenario, armOptions.get(k).overrides(),
                    loaded.get(k), scenario));
        }
        ScenarioTreeLoader.Loaded<OutcomeList> outcomesSource = outcomesFile == null ? null : loadOutcomes();
        List<OutcomeSpec> specs = outcomesSource == null ? Comparison.defaultOutcomes(first.time())
                : outcomesSource.value().outcomes();
        checkYears(arms, outcomesSource, specs);
        Comparison comparison = new Comparison(service, arms, new Outcomes(specs));
        int runs = arms.size() * first.replications();
        int threadCount = Math.min(threads != null ? threads : ReplicationRunner.defaultThreads(), runs);
        // many long runs: the optimising compiler pays for its start, as for run and sweep
        if (QuickStartJit.shouldRestart(first, runs, threadCount)) {
            return QuickStartJit.restart();
        }
        ChartCommand.useHeadlessGraphics();
        ChartOptions charts = new ChartOptions(chartFormats.formats(), ChartSize.DEFAULT, ChartTheme.PRINT, null);
        ArrayNode outcomesJson = JSON.valueToTree(specs);
        ComparisonService.Request request = new ComparisonService.Request(comparison, outcomesJson,
                outcomesFile == null ? null : outcomesFile.toString(), threadCount, out, parent.outputRoot(), charts);
        PrintWriter stderr = spec.commandLine().getErr();
        if (!quiet) {
            stderr.printf(Locale.ROOT, "compare: %d arms x %d replication%s, seed %d, %d thread%s%n", arms.size(),
                    first.replications(), first.replications() == 1 ? "" : "s", first.seed(), threadCount,
                    threadCount == 1 ? "" : "s");
            stderr.flush();
        }
        ComparisonService.Result result;
        try {
            result = ComparisonService.run(request, quiet ? new ComparisonService.Listener() {
                @Override
                public void update(int done, int total) {
                }
            } : new Progress(stderr, arms.size(), System.nanoTime()));
        } catch (FolderTakenException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (Comparison.ArmProblem e) {
            throw new BadInputException(armProblem(e, arms, outcomesSource, specs), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(RunCommand.shown(result.folder()));
        if (!quiet) {
            stdout.print(table(result.rows(), first.replications()));
        }
        return PolycentricCommand.OK;
    }

    /**
     * Each arm's --label, or its scenario's name and the --set values not every arm has, in short
     * ({@code baseline, peerInfluence.enabled=false}); a label given twice is refused, a default that
     * repeats another gets {@code (2)}, {@code (3)}, ...
     */
    private List<String> labels(List<ScenarioTreeLoader.Loaded<Scenario>> loaded) {
        List<String> labels = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (ArmOptions arm : armOptions) {
            if (arm.label != null && !given.add(arm.label.strip())) {
                throw new ParameterException(spec.commandLine(), "--label '" + arm.label.strip()
                        + "' is given to two arms; give each arm its own");
            }
        }
        // what every arm sets says nothing about an arm: the caption has it
        Set<String> shared = new HashSet<>(armOptions.get(0).overrides().stream().map(String::strip).toList());
        armOptions.forEach(arm -> shared.retainAll(arm.overrides().stream().map(String::strip).toList()));
        Set<String> taken = new HashSet<>(given);
        for (int k = 0; k < armOptions.size(); k++) {
            ArmOptions arm = armOptions.get(k);
            if (arm.label != null) {
                labels.add(arm.label.strip());
                continue;
            }
            StringBuilder name = new StringBuilder(loaded.get(k).value().name());
            arm.overrides().stream().map(String::strip).filter(o -> !shared.contains(o))
                    .forEach(o -> name.append(", ").append(ComparisonChart.shortOverride(o)));
            String label = name.toString();
            for (int n = 2; taken.contains(label); n++) {
                label = name + " (" + n + ")";
            }
            taken.add(label);
            labels.add(label);
        }
        return labels;
    }

    private ScenarioTreeLoader.Loaded<OutcomeList> loadOutcomes() {
        try {
            return new OutcomesLoader().load(outcomesFile);
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** Every outcome's years within every arm's time; a default outcome outside one names the arm. */
    private static void checkYears(List<Comparison.Arm> arms, ScenarioTreeLoader.Loaded<OutcomeList> source,
                                   List<OutcomeSpec> specs) {
        for (int k = 0; k < arms.size(); k++) {
            Comparison.Arm arm = arms.get(k);
            String whose = "the time of " + armName(k, arm);
            if (source != null) {
                try {
                    OutcomesLoader.checkYears(source, specs, arm.scenario().time(), whose);
                } catch (ScenarioException e) {
                    throw new BadInputException(e.getMessage(), e);
                }
                continue;
            }
            for (OutcomeSpec o : specs) {
                if (o.year() != null && (o.year() < arm.scenario().time().startYear()
                        || o.year() > arm.scenario().time().endYear())) {
                    throw new BadInputException("compare: default outcome " + o.name() + " reads the year "
                            + o.year().intValue() + " (the middle of the first arm's time), outside " + whose + ", "
                            + arm.scenario().time().startYear() + " to " + arm.scenario().time().endYear()
                            + "; give the arms the same time or choose outcomes with --outcomes", null);
                }
            }
        }
    }

    private static String armName(int k, Comparison.Arm arm) {
        return "arm " + k + " (" + (k == 0 ? "the reference, " : "") + arm.file() + ")";
    }

    /** An arm's world that cannot honour a value or lacks an outcome's series, blamed where it was written. */
    private static String armProblem(Comparison.ArmProblem e, List<Comparison.Arm> arms,
                                     ScenarioTreeLoader.Loaded<OutcomeList> source, List<OutcomeSpec> specs) {
        Comparison.Arm arm = arms.get(e.arm());
        if (e.outcome() < 0 && e.getCause() instanceof InvalidValueException invalid) {
            return arm.loaded().problemAt(invalid.field(), invalid.getMessage()).getMessage();
        }
        String detail = armName(e.arm(), arm) + ": " + e.getMessage();
        if (source != null) {
            return source.problemAt("outcomes[" + e.outcome() + "].group", detail).getMessage();
        }
        return "compare: default outcome " + specs.get(e.outcome()).name() + ": " + detail;
    }

    /** The comparison as an aligned table: outcome, arm, the two means, the difference and its interval. */
    static String table(List<ComparisonRow> rows, int replications) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"outcome", "arm", "reference mean", "arm mean", "difference", "95% CI", "n"});
        boolean dropped = false;
        for (ComparisonRow row : rows) {
            lines.add(new String[] {row.outcome(), row.label(), number(row.referenceMean()), number(row.mean()),
                number(row.difference()), "[" + number(row.ci95Low()) + ", " + number(row.ci95High()) + "]",
                Long.toString(row.n())});
            dropped |= row.n() < replications;
        }
        int[] widths = new int[lines.get(0).length];
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        StringBuilder text = new StringBuilder();
        String nl = System.lineSeparator();
        for (String[] line : lines) {
            StringBuilder row = new StringBuilder(" ");
            for (int c = 0; c < line.length; c++) {
                boolean left = c < 2;
                String cell = line[c];
                String pad = " ".repeat(widths[c] - cell.length());
                row.append(' ').append(left ? cell + pad : pad + cell);
            }
            text.append(row.toString().stripTrailing()).append(nl);
        }
        text.append("  difference: arm minus reference (").append(rows.isEmpty() ? "" : rows.get(0).referenceLabel())
                .append("), paired over the replications with the same seed").append(nl);
        if (dropped) {
            text.append("  n < ").append(replications).append(": a replication where either arm has no value (NA,")
                    .append(" e.g. a level never reached) is left out of that pair").append(nl);
        }
        return text.toString();
    }

    /** Four significant figures or so: shares to 4 decimals, years to 2. */
    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        double abs = Math.abs(value);
        String pattern = abs >= 1000 ? "%.1f" : abs >= 10 ? "%.2f" : abs >= 1 ? "%.3f" : "%.4f";
        String text = String.format(Locale.ROOT, pattern, value);
        return text.matches("-0\\.0*") ? text.substring(1) : text;
    }

    /** Progress on stderr: a line each time every arm of a replication is done. */
    private static final class Progress implements ComparisonService.Listener {
        private final PrintWriter err;
        private final int arms;
        private final long startNanos;

        Progress(PrintWriter err, int arms, long startNanos) {
            this.err = err;
            this.arms = arms;
            this.startNanos = startNanos;
        }

        @Override
        public void update(int done, int total) {
            if (done % arms == 0) {
                err.printf(Locale.ROOT, "replication %d/%d done in every arm (%.1f s)%n", done / arms, total / arms,
                        (System.nanoTime() - startNanos) / 1e9);
                err.flush();
            }
        }

        @Override
        public void chartFailed(Exception e) {
            err.println("polycentric: warning: the comparison chart could not be drawn (" + e + "); the data files"
                    + " are complete");
            err.flush();
        }
    }
}

package org.polycentric.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.polycentric.experiment.ReplicationRunner;
import org.polycentric.experiment.RunService;
import org.polycentric.model.BuildProgress;
import org.polycentric.output.RunFolder;
import org.polycentric.output.charts.ChartOptions;
import org.polycentric.output.charts.ChartSize;
import org.polycentric.output.charts.ChartTheme;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioTreeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code polycentric run}: runs a scenario's replications and writes one new run folder. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Runs a scenario's replications and writes a new run folder.",
        description = {"The folder holds manifest.json, timeseries.csv, summary.csv, cities.csv,",
                "events.csv, runs.csv and charts/ (each chart as PNG, SVG and PDF, with the",
                "data it draws; 'polycentric chart' draws them again). The same scenario and",
                "seed give byte-identical CSV files on any number of threads."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report), files not writable, or out of memory (the",
                " :message says how to give Java more)",
                "2:bad input: a scenario value, an option or the output folder"})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON), e.g. scenarios/baseline.json.")
    private Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N",
            description = "Run seed (default: the scenario's). Replication i's seed derives from N and i.")
    private Long seed;

    @Option(names = "--replications", paramLabel = "R", description = "Number of replications (default: the scenario's).")
    private Integer replications;

    @Option(names = "--threads", paramLabel = "T",
            description = "Replications run in parallel (default: the number of processors, at most R).")
    private Integer threads;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Change a scenario value by its JSON path, e.g.",
                    "rules.peerInfluence.weight=0.4 or events[0].year=2018",
                    "Repeatable."})
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = {"Folder to write; must not exist or be empty. Default:",
                    "output/<scenario>-<yyyyMMdd-HHmmss>-seed<N>"})
    private Path out;

    @Option(names = "--label", paramLabel = "NAME",
            description = {"Name the run folder after NAME, not the scenario:",
                    "output/<NAME>-<yyyyMMdd-HHmmss>-seed<N> (e.g. one",
                    "per --set variant); recorded in manifest.json.",
                    "Letters, digits, '.', '_' and '-'."})
    private String label;

    @Mixin
    private ChartFormatsOption chartFormats = new ChartFormatsOption();

    @Option(names = "--no-charts", description = "Write no charts/ (draw them later with 'polycentric chart').")
    private boolean noCharts;

    @Option(names = "--summary-only", description = "Write only summary.csv, runs.csv and manifest.json (and the"
            + " charts but the map): no timeseries.csv, cities.csv or events.csv, whose size grows with every"
            + " replication.")
    private boolean summaryOnly;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages; print only the run folder.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolycentricCommand parent;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ScenarioInput.requireAtLeastOne(spec.commandLine(), "--replications", replications);
        ScenarioInput.requireAtLeastOne(spec.commandLine(), "--threads", threads);
        refuseContradictions();
        RunService service = RunService.standard();
        ScenarioTreeLoader.Loaded<Scenario> loaded = ScenarioInput.load(service, scenarioFile, overrides,
                parent.shipped());
        Scenario scenario = ScenarioInput.withRun(spec.commandLine(), loaded.value(), seed, replications);
        int threadCount = Math.min(threads != null ? threads : ReplicationRunner.defaultThreads(),
                scenario.replications());
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        OutOfMemoryAdvice.noteRun(scenario, threadCount);
        if (QuickStartJit.shouldRestart(scenario, threadCount)) {
            if (!quiet) {
                stderr.println("polycentric: a long run; restarting with the optimising compiler");
                stderr.flush();
            }
            return QuickStartJit.restart();
        }
        if (!noCharts) {
            ChartCommand.useHeadlessGraphics();
        }
        ChartOptions charts = noCharts ? null
                : new ChartOptions(chartFormats.formats(), ChartSize.DEFAULT, ChartTheme.PRINT, null);
        RunService.Request request = new RunService.Request(loaded, scenario, overrides, threadCount, out,
                parent.outputRoot(), charts, label, summaryOnly);
        try (ProgressLines lines = quiet ? null : new ProgressLines(stderr, System.nanoTime(),
                scenario.time().endYear())) {
            RunService.Result result = service.run(request, quiet ? RunService.Listener.SILENT : lines);
            RunReport report = new RunReport(shown(result.folder()), scenario, result.output(), result.wallSeconds());
            stdout.print(quiet ? report.folderLine() : report.text());
            return PolycentricCommand.OK;
        } catch (RunService.RunInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * Options that cannot both hold: one would be ignored without a word. Checked before the
     * scenario is read, so the message is about the options alone.
     */
    private void refuseContradictions() {
        ChartFormatsOption.refuseWithNoCharts(spec.commandLine(), noCharts);
        if (label != null && out != null) {
            throw new ParameterException(spec.commandLine(), "--label and --out both name the run folder"
                    + " (--label in output/, --out exactly); give one");
        }
        if (label != null && !RunFolder.isSafeName(label)) {
            throw new ParameterException(spec.commandLine(), "--label: '" + label + "' is not allowed; use letters"
                    + " A-Z a-z, digits, '.', '_' and '-' (no path separators or spaces), not starting with"
                    + " '.' or '-', at most " + RunFolder.MAX_NAME_LENGTH + " characters");
        }
        ScenarioInput.refuseBoth(spec.commandLine(), "--seed", seed, "seed", overrides);
        ScenarioInput.refuseBoth(spec.commandLine(), "--replications", replications, "replications", overrides);
    }

    /** The folder relative to the working directory when inside it, as the user would type it. */
    static Path shown(Path folder) {
        Path here = Path.of("").toAbsolutePath();
        return folder.startsWith(here) ? here.relativize(folder) : folder;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /**
     * Progress on stderr: what the run is and a line per finished replication; while nothing else has
     * been said for ~5 s, a heartbeat line says where the run is (building the world: which stage;
     * or, in a single replication, the year reached). A chart failure is a warning.
     */
    private static final class ProgressLines implements RunService.Listener, AutoCloseable {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final PrintWriter err;
        private final long startNanos;
        private final int endYear;
        private final ScheduledExecutorService heartbeat;
        private long lastNanos;
        private String stage;
        private long stageDone;
        private long stageTotal;
        private int year;

        ProgressLines(PrintWriter err, long startNanos, int endYear) {
            this.err = err;
            this.startNanos = startNanos;
            this.endYear = endYear;
            this.lastNanos = startNanos;
            this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            heartbeat.scheduleAtFixedRate(this::beat, 1, 1, TimeUnit.SECONDS);
        }

        private synchronized void say(String line) {
            lastNanos = System.nanoTime();
            err.println(line);
            err.flush();
        }

        private synchronized void beat() {
            long now = System.nanoTime();
            if (now - lastNanos < EVERY_NANOS) {
                return;
            }
            String seconds = String.format("(%.0f s)", (now - startNanos) / 1e9);
            if (year > 0 && year < endYear) {
                say("  ... " + year + " of " + endYear + " " + seconds);
            } else if (year == 0 && stage != null && !stage.equals(BuildProgress.BUILT)) {
                String part = stageTotal > 0 && stageDone > 0 ? String.format(" %d%%", 100 * stageDone / stageTotal) : "";
                say("  ... building the world: " + stage + part + " " + seconds);
            }
        }

        @Override
        public void started(Scenario scenario, int threads) {
            say(String.format("%s: %d replication%s, %d-%d, %d thread%s", scenario.name(), scenario.replications(),
                    plural(scenario.replications()), scenario.time().startYear(), scenario.time().endYear(),
                    threads, plural(threads)));
        }

        @Override
        public synchronized void building(String stage, long done, long total) {
            this.stage = stage;
            this.stageDone = done;
            this.stageTotal = total;
        }

        @Override
        public void update(int done, int total) {
            say(String.format("replication %d/%d done (%.1f s)", done, total, (System.nanoTime() - startNanos) / 1e9));
        }

        @Override
        public synchronized void yearReached(int year) {
            this.year = year;
        }

        @Override
        public void close() {
            heartbeat.shutdownNow();
        }

        @Override
        public void chartsWritten(double seconds) {
            say(String.format("charts written (%.1f s)", seconds));
        }

        @Override
        public synchronized void chartsFailed(Exception e) {
            say("polycentric: warning: the charts could not be drawn (" + e + "); the data files are"
                    + " complete, and 'polycentric chart FOLDER' draws the charts from them");
            if ("1".equals(System.getenv(PolycentricCommand.DEBUG_VARIABLE))) {
                e.printStackTrace(err);
            }
        }
    }
}

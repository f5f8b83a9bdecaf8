package org.polycentric.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.polycentric.experiment.ReplicationRunner;
import org.polycentric.output.BuildVersion;
import org.polycentric.output.FolderTakenException;
import org.polycentric.output.ManifestJson;
import org.polycentric.output.RunFolder;
import org.polycentric.output.RunManifest;
import org.polycentric.output.RunOutput;
import org.polycentric.output.charts.ChartFormat;
import org.polycentric.output.charts.ChartInputException;
import org.polycentric.output.charts.ChartOptions;
import org.polycentric.output.charts.ChartSize;
import org.polycentric.output.charts.ChartTheme;
import org.polycentric.output.charts.RunCharts;
import org.polycentric.output.charts.RunFolderData;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.scenario.ScenarioTreeLoader;
import org.polycentric.world.SyntheticWorldBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
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
        exitCodeList = {"0:success", "1:internal error (please report) or files not writable",
                "2:bad input: a scenario value, an option or the output folder"})
final class RunCommand implements Callable<Integer> {
    private static final Path DEFAULT_OUTPUT_ROOT = Path.of("output");

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

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", converter = ChartCommand.FormatConverter.class,
            defaultValue = "png,svg,pdf",
            description = "Chart formats: png, svg and/or pdf, comma-separated (default: all three).")
    private List<ChartFormat> chartFormats = new ArrayList<>();

    @Option(names = "--no-charts", description = "Write no charts/ (draw them later with 'polycentric chart').")
    private boolean noCharts;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages; print only the run folder.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        requireAtLeastOne("--replications", replications);
        requireAtLeastOne("--threads", threads);
        ScenarioTreeLoader.Loaded<Scenario> loaded = load();
        Scenario scenario = withRunOptions(loaded.value());
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
            RunCharts.prepareInBackground();
        }
        Instant startedAt = Instant.now();
        long startNanos = System.nanoTime();
        try (RunFolder folder = openFolder(scenario, startedAt)) {
            if (!quiet) {
                stderr.printf("%s: %d replication%s, %d-%d, %d thread%s%n", scenario.name(), scenario.replications(),
                        plural(scenario.replications()), scenario.time().startYear(), scenario.time().endYear(),
                        threadCount, plural(threadCount));
            }
            RunOutput output = new RunOutput(folder.workDir());
            try (output) {
                new ReplicationRunner(threadCount).run(scenario, new SyntheticWorldBuilder(), output,
                        quiet ? ReplicationRunner.Progress.NONE : new ProgressLines(stderr, startNanos, scenario.time().endYear()));
                output.finish();
            }
            List<String> charts = noCharts ? List.of() : writeCharts(folder.workDir(), scenario, stderr);
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            ManifestJson.write(folder.workDir(), manifest(loaded, scenario, threadCount, output, charts, startedAt,
                    wallSeconds));
            Path written = folder.commit();
            RunReport report = new RunReport(shown(written), scenario, output, wallSeconds);
            stdout.print(quiet ? report.folderLine() : report.text());
            return PolycentricCommand.OK;
        } catch (InvalidValueException e) {
            // The scenario loaded, but the world built from it cannot honour a value (e.g. an event
            // naming a nation the world lacks): still the user's to fix.
            throw new BadInputException(scenarioFile + ": " + e.field() + ": " + e.getMessage(), e);
        } catch (FolderTakenException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private void requireAtLeastOne(String option, Integer value) {
        if (value != null && value < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1, was " + value);
        }
    }

    private ScenarioTreeLoader.Loaded<Scenario> load() {
        try {
            return new ScenarioLoader().load(scenarioFile, overrides);
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private Scenario withRunOptions(Scenario scenario) {
        try {
            return scenario.withRun(seed != null ? seed : scenario.seed(),
                    replications != null ? replications : scenario.replications());
        } catch (InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.field() + ": " + e.getMessage());
        }
    }

    /** Opens the run folder; one that cannot be created (e.g. no permission) is the user's to fix. */
    private RunFolder openFolder(Scenario scenario, Instant startedAt) throws FolderTakenException {
        Path where = out != null ? out : DEFAULT_OUTPUT_ROOT;
        try {
            if (out != null) {
                return RunFolder.at(out);
            }
            LocalDateTime localStart = LocalDateTime.ofInstant(startedAt, ZoneId.systemDefault());
            return RunFolder.inside(DEFAULT_OUTPUT_ROOT,
                    RunFolder.defaultName(scenario.name(), scenario.seed(), localStart));
        } catch (FolderTakenException e) {
            throw e;
        } catch (IOException e) {
            throw new BadInputException(where + ": cannot create the run folder here: " + reason(e), e);
        }
    }

    /** The file system's complaint in words rather than as an exception class. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied (" + denied.getFile() + ")";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException missing) {
            return "cannot create " + missing.getFile();
        }
        return e.toString();
    }

    /**
     * Draws the run's charts into {@code charts/} of the working folder, from the summary and cities
     * just written, and returns their paths relative to the run folder. The data files are what a
     * run is for and the charts can be drawn again from them, so a failure here (e.g. a Java
     * runtime without fonts) costs only the charts: it is reported, and the run is kept.
     */
    private List<String> writeCharts(Path work, Scenario scenario, PrintWriter stderr) {
        long start = System.nanoTime();
        Path chartFolder = work.resolve(RunCharts.FOLDER);
        try {
            RunFolderData data = RunFolderData.readSummary(work, new RunFolderData.RunInfo(scenario.name(),
                    scenario.replications(), scenario.seed(), overrides));
            List<Path> files = RunCharts.writeRunSet(data, chartFolder,
                    new ChartOptions(Set.copyOf(chartFormats), ChartSize.DEFAULT, ChartTheme.PRINT, null));
            if (!quiet) {
                stderr.printf("charts written (%.1f s)%n", (System.nanoTime() - start) / 1e9);
            }
            return files.stream().map(f -> RunCharts.FOLDER + "/" + chartFolder.relativize(f)).toList();
        } catch (ChartInputException | IOException | RuntimeException | LinkageError | InternalError e) {
            deleteQuietly(chartFolder);
            stderr.println("polycentric: warning: the charts could not be drawn (" + e + "); the data files are"
                    + " complete, and 'polycentric chart FOLDER' draws the charts from them");
            if ("1".equals(System.getenv(PolycentricCommand.DEBUG_VARIABLE))) {
                e.printStackTrace(stderr);
            }
            return List.of();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Left for the run folder's own cleanup or for the user: only derived files.
        }
    }

    private RunManifest manifest(ScenarioTreeLoader.Loaded<Scenario> loaded, Scenario scenario, int threadCount,
                                 RunOutput output, List<String> charts, Instant startedAt, double wallSeconds) {
        List<String> files = new ArrayList<>();
        files.add(ManifestJson.FILE);
        files.addAll(output.fileNames());
        files.addAll(charts);
        return new RunManifest(BuildVersion.current(), scenario.name(), scenario.description(),
                loaded.chain().stream().map(Path::toString).toList(), overrides, scenario.seed(),
                scenario.replications(), threadCount, output.replications(), loaded.tree(),
                Runtime.version().toString(), startedAt, Instant.now(), wallSeconds, files);
    }

    /** The folder relative to the working directory when inside it, as the user would type it. */
    static Path shown(Path folder) {
        Path here = Path.of("").toAbsolutePath();
        return folder.startsWith(here) ? here.relativize(folder) : folder;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** One short line on stderr per finished replication. */
    /** Progress on stderr: a line per finished replication; in a long single run, a year every ~5 s. */
    private static final class ProgressLines implements ReplicationRunner.Progress {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final PrintWriter err;
        private final long startNanos;
        private final int endYear;
        private long lastNanos;

        ProgressLines(PrintWriter err, long startNanos, int endYear) {
            this.err = err;
            this.startNanos = startNanos;
            this.endYear = endYear;
            this.lastNanos = startNanos;
        }

        @Override
        public void update(int done, int total) {
            err.printf("replication %d/%d done (%.1f s)%n", done, total, (System.nanoTime() - startNanos) / 1e9);
            err.flush();
        }

        @Override
        public void yearReached(int year) {
            long now = System.nanoTime();
            if (now - lastNanos >= EVERY_NANOS && year < endYear) {
                lastNanos = now;
                err.printf("  ... %d of %d (%.0f s)%n", year, endYear, (now - startNanos) / 1e9);
                err.flush();
            }
        }
    }
}

package org.polycentric.experiment;

import java.io.IOException;
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
import java.util.Objects;
import java.util.stream.Stream;
import org.polycentric.model.BuildProgress;
import org.polycentric.model.Polycentric;
import org.polycentric.model.WorldSource;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.output.BuildVersion;
import org.polycentric.output.FolderTakenException;
import org.polycentric.output.ManifestJson;
import org.polycentric.output.RunFolder;
import org.polycentric.output.RunManifest;
import org.polycentric.output.RunOutput;
import org.polycentric.output.charts.ChartOptions;
import org.polycentric.output.charts.RunCharts;
import org.polycentric.output.charts.RunFolderData;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.scenario.ScenarioTreeLoader;
import org.polycentric.scenario.WorldSpec;
import org.polycentric.world.StandardWorldSource;

/**
 * One run of a scenario, start to finish, for every front end: loading a scenario file with the rule
 * catalogue, the model of any replication (what the window shows), and a whole run into a new run
 * folder: replications on a pool of threads, the data files, the charts, the manifest, and the
 * commit that renames the folder into place only when all of it succeeded. {@code run} and
 * {@code gui} call it, and a sweep will call it per point. It prints nothing: a {@link Listener}
 * hears how far it has got.
 */
public final class RunService {

    /** What a run is asked to do. */
    public record Request(ScenarioTreeLoader.Loaded<Scenario> loaded, Scenario scenario, List<String> overrides,
                          int threads, Path out, Path outputRoot, ChartOptions charts, String label,
                          boolean summaryOnly) {
        /**
         * @param scenario   the loaded scenario with the run's seed and replications
         * @param out        the folder to write (must not exist or be empty), or null for a new one
         *                   under {@code outputRoot}
         * @param charts     the charts to draw, or null for none
         * @param label      the user's name for the run, or null: names the new folder in place of
         *                   the scenario's name ({@link RunFolder#isSafeName}) and goes in the manifest
         * @param summaryOnly write only summary.csv and runs.csv (and the manifest, and charts but the
         *                   map): a size that does not grow with the replications' detail
         */
        public Request {
            Objects.requireNonNull(loaded, "loaded");
            Objects.requireNonNull(scenario, "scenario");
            overrides = List.copyOf(overrides);
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            Objects.requireNonNull(outputRoot, "outputRoot");
            if (label != null && !RunFolder.isSafeName(label)) {
                throw new IllegalArgumentException("not a safe folder name: '" + label + "'");
            }
        }

        /** A run without a label. */
        public Request(ScenarioTreeLoader.Loaded<Scenario> loaded, Scenario scenario, List<String> overrides,
                       int threads, Path out, Path outputRoot, ChartOptions charts) {
            this(loaded, scenario, overrides, threads, out, outputRoot, charts, null, false);
        }

        /** A run that writes every file. */
        public Request(ScenarioTreeLoader.Loaded<Scenario> loaded, Scenario scenario, List<String> overrides,
                       int threads, Path out, Path outputRoot, ChartOptions charts, String label) {
            this(loaded, scenario, overrides, threads, out, outputRoot, charts, label, false);
        }
    }

    /** What a finished run wrote: its folder, its statistics and how long it took. */
    public record Result(Path folder, Scenario scenario, RunOutput output, double wallSeconds) {
    }

    /** Hears how far a run has got; every method may be left as it is. */
    public interface Listener extends ReplicationRunner.Progress {
        /** A listener that hears nothing. */
        Listener SILENT = (done, total) -> { };

        /** Before the first replication starts. */
        default void started(Scenario scenario, int threads) {
        }

        /** Charts written in {@code seconds}. */
        default void chartsWritten(double seconds) {
        }

        /**
         * The charts could not be drawn. The data files are complete and the run is kept: charts can
         * be drawn again from them with {@code polycentric chart}.
         */
        default void chartsFailed(Exception cause) {
        }
    }

    /** A run that cannot go ahead as asked: the folder, or a value the world cannot honour. */
    public static final class RunInputException extends Exception {
        private static final long serialVersionUID = 1L;

        RunInputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final RuleCatalogue catalogue;
    private final WorldSource source;

    public RunService(RuleCatalogue catalogue, WorldSource source) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The model's rules over the synthetic world. */
    public static RunService standard() {
        return new RunService(RuleCatalogue.STANDARD, new StandardWorldSource());
    }

    /** A loader of scenario files that binds rules by this service's catalogue. */
    public ScenarioLoader loader() {
        return new ScenarioLoader(catalogue);
    }

    /** Loads a scenario file: defaults, its {@code extends} chain, then the {@code --set} overrides. */
    public ScenarioTreeLoader.Loaded<Scenario> load(Path file, List<String> overrides) throws ScenarioException {
        return loader().load(file, overrides);
    }

    /** The seed of a replication: from the scenario's run seed and its index alone ({@link Seeds}). */
    public static long replicationSeed(Scenario scenario, int replication) {
        return Seeds.replicationSeed(scenario.seed(), replication);
    }

    /** The model of replication {@code replication}: exactly what {@link #run} computes for it. */
    public Polycentric model(Scenario scenario, int replication) {
        return new Polycentric(replicationSeed(scenario, replication), scenario, source, catalogue);
    }

    /**
     * Runs every replication and writes a new run folder: the data files as replications finish, then
     * the charts, then the manifest; the folder is renamed into place only when all of that succeeded,
     * so a failed or interrupted run leaves nothing behind.
     *
     * @throws RunInputException if the folder is taken or cannot be made, or the world cannot honour
     *                           a scenario value (e.g. an event naming a nation it lacks)
     */
    public Result run(Request request, Listener listener) throws IOException, InterruptedException,
            RunInputException {
        Scenario scenario = request.scenario();
        Instant startedAt = Instant.now();
        long startNanos = System.nanoTime();
        if (request.charts() != null) {
            RunCharts.prepareInBackground();
        }
        try (RunFolder folder = openFolder(request, startedAt)) {
            listener.started(scenario, request.threads());
            RunOutput output = new RunOutput(folder.workDir(), request.summaryOnly());
            try (output) {
                new ReplicationRunner(request.threads()).run(scenario.replications(),
                        index -> ReplicationRun.run(model(scenario, index), index,
                                index == 0 ? listener : ReplicationRunner.Progress.NONE,
                                scenario.replications() == 1),
                        output::accept, listener);
                output.finish();
            }
            List<String> charts = request.charts() == null ? List.of()
                    : writeCharts(folder.workDir(), request, listener);
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            ManifestJson.write(folder.workDir(), manifest(request, output, charts, startedAt, wallSeconds));
            Path written = folder.commit();
            return new Result(written, scenario, output, wallSeconds);
        } catch (InvalidValueException e) {
            // The scenario loaded, but the world built from it cannot honour a value: still the user's to fix.
            throw new RunInputException(request.loaded().problemAt(e.field(), e.getMessage()).getMessage(), e);
        } catch (FolderTakenException e) {
            throw new RunInputException(e.getMessage(), e);
        }
    }

    /** Opens the run folder; one that cannot be created (e.g. no permission) is the user's to fix. */
    private static RunFolder openFolder(Request request, Instant startedAt) throws FolderTakenException,
            RunInputException {
        Path where = request.out() != null ? request.out() : request.outputRoot();
        try {
            if (request.out() != null) {
                return RunFolder.at(request.out());
            }
            LocalDateTime localStart = LocalDateTime.ofInstant(startedAt, ZoneId.systemDefault());
            String name = request.label() != null ? request.label() : request.scenario().name();
            return RunFolder.inside(request.outputRoot(),
                    RunFolder.defaultName(name, request.scenario().seed(), localStart));
        } catch (FolderTakenException e) {
            throw e;
        } catch (IOException e) {
            throw new RunInputException(where + ": cannot create the run folder here: " + reason(e), e);
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
    private static List<String> writeCharts(Path work, Request request, Listener listener) {
        long start = System.nanoTime();
        Path chartFolder = work.resolve(RunCharts.FOLDER);
        Scenario scenario = request.scenario();
        try {
            RunFolderData data = RunFolderData.readSummary(work, new RunFolderData.RunInfo(scenario.name(),
                    scenario.replications(), scenario.seed(), request.overrides(), request.label(),
                    scenario.world().source() == WorldSpec.Source.REAL));
            List<Path> files = RunCharts.writeRunSet(data, chartFolder, request.charts());
            listener.chartsWritten((System.nanoTime() - start) / 1e9);
            return files.stream().map(f -> RunCharts.FOLDER + "/" + chartFolder.relativize(f)).toList();
        } catch (Exception | LinkageError | InternalError e) {
            deleteQuietly(chartFolder);
            listener.chartsFailed(e instanceof Exception ex ? ex : new IllegalStateException(e));
            return List.of();
        }
    }

    static void deleteQuietly(Path folder) {
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

    private static RunManifest manifest(Request request, RunOutput output, List<String> charts, Instant startedAt,
                                        double wallSeconds) {
        Scenario scenario = request.scenario();
        List<String> files = new ArrayList<>();
        files.add(ManifestJson.FILE);
        files.addAll(output.fileNames());
        files.addAll(charts);
        return new RunManifest(BuildVersion.current(), scenario.name(), scenario.description(),
                request.loaded().chain().stream().map(Path::toString).toList(), request.overrides(),
                scenario.seed(), scenario.replications(), request.threads(), output.replications(),
                request.loaded().tree(), Runtime.version().toString(), startedAt, Instant.now(), wallSeconds, files,
                request.label());
    }
}

package org.polycentric.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.polycentric.experiment.ReplicationRun;
import org.polycentric.experiment.ReplicationRunner;
import org.polycentric.experiment.spec.LoadedExperiment;
import org.polycentric.experiment.spec.OutcomeSpec;
import org.polycentric.model.Polycentric;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.WorldSource;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.output.CsvFormat;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.world.StandardWorldSource;

/**
 * Runs a sweep, or one shard of it, into a sweep folder ({@link SweepFiles}) on a pool of threads.
 *
 * <p>Runs are numbered; a run's point, replication and seed follow from its number alone
 * ({@link SweepPlan}). Rows go to runs.csv in run order, flushed as they are written; a run that
 * finishes while an earlier one is still going waits in runs.pending.csv (flushed too), so a sweep
 * killed at any moment, SIGKILL included, loses no finished run. Resuming reads both files, drops a
 * row cut short by the kill, and runs only what is missing; since rows land in run order whatever
 * the threads did, a resumed sweep's files are byte for byte those of one that never stopped.
 *
 * <p>At most {@code WINDOW_PER_THREAD * threads} runs are running or waiting for their turn, and a
 * run keeps only its outcomes (never its time series), so memory stays flat however many runs.
 */
public final class SweepRunner {
    /** Runs allowed ahead of the oldest unfinished one, per thread: keeps cores busy when run times vary. */
    static final int WINDOW_PER_THREAD = 32;

    /** Hears how far a sweep has got. */
    public interface Listener {
        Listener SILENT = new Listener() { };

        /** Before the first run: {@code done} of the shard's {@code total} runs are already in the folder. */
        default void started(long done, long total, int threads) {
        }

        /** After each run's row is safe on disk. */
        default void progress(long done, long total) {
        }
    }

    /** What a finished (or stopped) sweep did in this session. */
    public record Result(Path folder, long total, long done, long ranNow, double wallSeconds, double busySeconds,
                         int threads, boolean complete) {
        /** Busy time of the runs over wall time times threads: 1 when no thread ever waited. */
        public double parallelEfficiency() {
            return wallSeconds <= 0 || ranNow == 0 ? Double.NaN : busySeconds / (wallSeconds * threads);
        }
    }

    private final RuleCatalogue catalogue;
    private final WorldSource source;

    public SweepRunner(RuleCatalogue catalogue, WorldSource source) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The model's rules over the standard worlds, as {@code run} uses them. */
    public static SweepRunner standard() {
        return new SweepRunner(RuleCatalogue.STANDARD, new StandardWorldSource());
    }

    /**
     * Runs the shard's runs that {@code folder} lacks. The folder must not exist, or be empty, unless
     * {@code resume}; with {@code resume} it may hold this same sweep (shard included), stopped or
     * finished, or nothing.
     *
     * @throws SweepInputException the folder holds something else, or a point or outcome is bad input
     */
    public Result run(SweepPlan plan, Shard shard, Path folder, boolean resume, int threads, Listener listener)
            throws IOException, InterruptedException, SweepInputException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        long startNanos = System.nanoTime();
        Instant startedAt = Instant.now();
        // as read back from the file: numbers of the same size compare equal
        ObjectNode identity = (ObjectNode) SweepFiles.JSON.readTree(SweepFiles.text(SweepFiles.identity(plan, shard)));
        boolean created = open(folder, identity, resume);
        try (FileChannel lockFile = FileChannel.open(folder.resolve(SweepFiles.LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            if (!lock(lockFile)) {
                throw new SweepInputException(folder + ": another sweep is writing this folder right now (a second"
                        + " task of the same shard?); wait for it, or stop it first");
            }
            return runLocked(plan, shard, folder, threads, listener, created, startNanos, startedAt);
        }
    }

    /** Takes the folder's lock, released when this process ends however it ends; true if taken. */
    private static boolean lock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false; // this JVM holds it already
        } catch (IOException e) {
            return true; // a file system without locks (some network ones): go ahead unlocked
        }
    }

    private Result runLocked(SweepPlan plan, Shard shard, Path folder, int threads, Listener listener,
                             boolean created, long startNanos, Instant startedAt)
            throws IOException, InterruptedException, SweepInputException {
        List<String> header = SweepFiles.runsHeader(plan.parameterColumns(), plan.outcomes().names());
        long total = shard.size(plan.runs());
        Progress state = readProgress(folder, plan, shard, header, total);
        SweepFiles.writePoints(folder, plan);
        listener.started(state.frontier + state.pending.size(), total, threads);

        double busy;
        long before = state.frontier + state.pending.size();
        try (FileChannel runs = FileChannel.open(folder.resolve(SweepFiles.RUNS), StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
             FileChannel pending = FileChannel.open(folder.resolve(SweepFiles.PENDING), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            busy = execute(plan, shard, total, state, runs, pending, threads, listener);
        } catch (SweepInputException e) {
            if (created && state.frontier == 0 && state.pending.isEmpty()) {
                deleteSweepFolder(folder); // nothing of value was written: leave no trace
            }
            throw e;
        }
        Files.deleteIfExists(folder.resolve(SweepFiles.PENDING));
        long ranNow = state.frontier - before;
        double wall = (System.nanoTime() - startNanos) / 1e9;
        if (shard.isWhole()) {
            SweepFiles.writeSummary(folder, folder.resolve(SweepFiles.RUNS), folder.resolve(SweepFiles.POINTS),
                    plan.parameterColumns(), plan.outcomes().names(), plan.replications());
        }
        Result result = new Result(folder, total, state.frontier, ranNow, wall, busy, threads, true);
        SweepFiles.writeAtomically(folder.resolve(SweepFiles.MANIFEST),
                SweepFiles.text(manifest(plan, shard, result, startedAt)));
        return result;
    }

    /** Creates or checks the folder; true if this call created its identity (a fresh sweep). */
    private static boolean open(Path folder, ObjectNode identity, boolean resume) throws IOException,
            SweepInputException {
        Path id = folder.resolve(SweepFiles.IDENTITY);
        if (Files.isRegularFile(folder)) {
            throw new SweepInputException(folder + ": is a file; --out names a folder for the sweep");
        }
        if (Files.isDirectory(folder) && Files.exists(id)) {
            if (!resume) {
                throw new SweepInputException(folder + ": already holds a sweep; add --resume to finish it, or"
                        + " choose another --out");
            }
            JsonNode found;
            try {
                found = SweepFiles.JSON.readTree(id.toFile());
            } catch (IOException e) {
                throw new SweepInputException(id + ": cannot be read as a sweep's identity (" + e.getMessage()
                        + "); it was not written by this version, or was edited");
            }
            if (!found.equals(identity)) {
                throw new SweepInputException(id + ": " + difference(found, identity)
                        + "; --resume only finishes the same sweep (same experiment, scenario, version and shard):"
                        + " choose another --out for this one");
            }
            return false;
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new SweepInputException(folder + ": exists and is not empty, and holds no sweep"
                            + " (no " + SweepFiles.IDENTITY + "); choose a new or empty folder");
                }
            }
        }
        Files.createDirectories(folder);
        SweepFiles.writeAtomically(id, SweepFiles.text(identity));
        Files.writeString(folder.resolve(SweepFiles.RUNS), "", StandardCharsets.UTF_8);
        return true;
    }

    /** The first top-level key whose value differs, in words. */
    private static String difference(JsonNode found, JsonNode wanted) {
        List<String> keys = new ArrayList<>();
        wanted.fieldNames().forEachRemaining(keys::add);
        found.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) {
                keys.add(k);
            }
        });
        for (String k : keys) {
            if (!Objects.equals(found.get(k), wanted.get(k))) {
                return "holds a sweep whose " + k + " differs (folder: " + brief(found.get(k)) + "; now: "
                        + brief(wanted.get(k)) + ")";
            }
        }
        return "holds a different sweep";
    }

    private static String brief(JsonNode node) {
        return node == null ? "none" : clip(node.toString());
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    /** What a folder already holds: the rows in order, and the finished runs waiting for their turn. */
    private static final class Progress {
        long frontier;
        final Map<Long, String> pending = new HashMap<>();
    }

    private static Progress readProgress(Path folder, SweepPlan plan, Shard shard, List<String> header, long total)
            throws IOException, SweepInputException {
        Progress state = new Progress();
        Path runs = folder.resolve(SweepFiles.RUNS);
        String headerLine = SweepFiles.line(header);
        List<String> rows = Files.exists(runs) ? completeLines(runs) : List.of();
        if (rows.isEmpty()) {
            Files.writeString(runs, headerLine, StandardCharsets.UTF_8);
        } else {
            if (!(rows.get(0) + "\n").equals(headerLine)) {
                throw new SweepInputException(runs + ": its header is not this sweep's (" + header.size()
                        + " columns: run, point, replication, seed, the parameters, the outcomes)");
            }
            for (int i = 1; i < rows.size(); i++) {
                long run = checkedRun(runs, i + 1, rows.get(i), plan, shard);
                if (run != shard.run(i - 1L)) {
                    throw new SweepInputException(runs + ":" + (i + 1) + ": run " + run + " where run "
                            + shard.run(i - 1L) + " was due; the file was edited");
                }
            }
            state.frontier = rows.size() - 1L;
        }
        if (state.frontier > total) {
            throw new SweepInputException(runs + ": holds more runs than the sweep has");
        }
        Path pendingFile = folder.resolve(SweepFiles.PENDING);
        if (Files.exists(pendingFile)) {
            List<String> waiting = completeLines(pendingFile);
            for (int i = 0; i < waiting.size(); i++) {
                long run = checkedRun(pendingFile, i + 1, waiting.get(i), plan, shard);
                long local = (run - shard.index()) / shard.count();
                if (local >= state.frontier) {
                    state.pending.put(local, waiting.get(i) + "\n");
                }
            }
        }
        return state;
    }

    /** The run of a row, checked against the plan: its seed must be the run's (a file of another sweep is not). */
    private static long checkedRun(Path file, int line, String row, SweepPlan plan, Shard shard)
            throws SweepInputException {
        String[] first = row.split(",", 5);
        try {
            long run = Long.parseLong(first[0]);
            if (run < 0 || run >= plan.runs() || run % shard.count() != shard.index()
                    || !first[3].equals(CsvFormat.seed(plan.seed(run)))) {
                throw new SweepInputException(file + ":" + line + ": not a run of this sweep (run " + first[0]
                        + ", seed " + first[3] + ")");
            }
            return run;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new SweepInputException(file + ":" + line + ": not a row of a sweep's runs: " + clip(row));
        }
    }

    /**
     * The file's lines that a newline ends; a last line without one (cut short by a kill) is removed
     * from the file, so appending continues on a clean line.
     */
    private static List<String> completeLines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(end);
            }
        }
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    /** A finished run: its shard-local number, its row, and how long it ran. */
    private record Done(long local, String row, double seconds) {
    }

    private double execute(SweepPlan plan, Shard shard, long total, Progress state, FileChannel runs,
                           FileChannel pending, int threads, Listener listener)
            throws IOException, InterruptedException, SweepInputException {
        long window = (long) WINDOW_PER_THREAD * threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        ThreadLocal<ScenarioLoader> loaders = ThreadLocal.withInitial(() -> new ScenarioLoader(catalogue));
        double busy = 0;
        try {
            CompletionService<Done> completed = new ExecutorCompletionService<>(pool);
            long next = state.frontier;
            int inFlight = 0;
            while (true) {
                while (next < total && next - state.frontier < window) {
                    if (!state.pending.containsKey(next)) {
                        long local = next;
                        completed.submit(() -> compute(plan, shard, local, loaders.get()));
                        inFlight++;
                    }
                    next++;
                }
                if (inFlight == 0) {
                    break;
                }
                Done done = take(completed);
                inFlight--;
                busy += done.seconds();
                if (done.local() == state.frontier) {
                    StringBuilder batch = new StringBuilder(done.row());
                    state.frontier++;
                    String waiting;
                    while ((waiting = state.pending.remove(state.frontier)) != null) {
                        batch.append(waiting);
                        state.frontier++;
                    }
                    write(runs, batch.toString());
                    if (state.pending.isEmpty() && pending.size() > 0) {
                        pending.truncate(0); // every row in it is now in runs.csv
                    }
                } else {
                    state.pending.put(done.local(), done.row());
                    write(pending, done.row());
                }
                listener.progress(state.frontier + state.pending.size(), total);
            }
        } finally {
            pool.shutdownNow();
        }
        return busy;
    }

    private static void write(FileChannel channel, String text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private Done compute(SweepPlan plan, Shard shard, long local, ScenarioLoader loader) throws SweepInputException {
        long run = shard.run(local);
        int point = plan.point(run);
        int replication = plan.replication(run);
        LoadedExperiment experiment = plan.experiment();
        List<String> overrides = plan.overrides(point);
        Scenario scenario;
        try {
            scenario = loader.load(experiment.scenarioFile(), overrides).value();
        } catch (ScenarioException e) {
            throw new SweepInputException(experiment.file() + ": point " + point + " (" + String.join(", ",
                    overrides.subList(experiment.spec().overrides().size(), overrides.size()))
                    + "): the scenario does not take it: " + e.getMessage(), e);
        }
        ReplicationResult result;
        try {
            Polycentric model = new Polycentric(plan.seed(run), scenario, source, catalogue);
            result = ReplicationRun.run(model, replication, ReplicationRunner.Progress.NONE, false);
        } catch (InvalidValueException e) {
            throw new SweepInputException(experiment.file() + ": point " + point + ": the world cannot be built: "
                    + e.getMessage(), e);
        }
        int missing = plan.outcomes().firstMissing(result.table());
        if (missing >= 0) {
            OutcomeSpec o = plan.outcomes().specs().get(missing);
            throw new SweepInputException(experiment.problemAt("outcomes[" + missing + "].group", "the run records no "
                    + o.metric() + " for group '" + o.group() + "' (groups it has: " + groups(result, o.metric())
                    + ")").getMessage());
        }
        double[] values = plan.outcomes().evaluate(result.table());
        StringBuilder row = new StringBuilder();
        row.append(run).append(',').append(point).append(',').append(replication).append(',')
                .append(CsvFormat.seed(plan.seed(run)));
        for (String f : plan.fields(point)) {
            row.append(',').append(f);
        }
        for (double v : values) {
            row.append(',').append(CsvFormat.number(v));
        }
        return new Done(local, row.append('\n').toString(), result.seconds());
    }

    private static String groups(ReplicationResult result, String metric) {
        List<String> groups = result.table().series().stream().filter(s -> s.metric().equals(metric))
                .map(s -> s.group()).toList();
        return groups.isEmpty() ? "none" : String.join(", ", groups);
    }

    private static Done take(CompletionService<Done> completed) throws InterruptedException, SweepInputException {
        Future<Done> future = completed.take();
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SweepInputException input) {
                throw input;
            }
            throw ReplicationRunner.rethrown(e);
        }
    }

    private static void deleteSweepFolder(Path folder) throws IOException {
        for (String name : List.of(SweepFiles.IDENTITY, SweepFiles.RUNS, SweepFiles.PENDING, SweepFiles.POINTS,
                SweepFiles.LOCK)) {
            Files.deleteIfExists(folder.resolve(name));
        }
        try (Stream<Path> rest = Files.list(folder)) {
            if (rest.findAny().isEmpty()) {
                Files.delete(folder);
            }
        }
    }

    private static ObjectNode manifest(SweepPlan plan, Shard shard, Result result, Instant startedAt) {
        ObjectNode root = SweepFiles.JSON.createObjectNode();
        root.put("experimentFile", plan.experiment().file().toString());
        root.put("scenarioFile", plan.experiment().scenarioFile().toString());
        if (!shard.isWhole()) {
            root.put("shard", shard.toString());
        }
        root.put("runs", result.total());
        root.put("runsThisSession", result.ranNow());
        root.put("threads", result.threads());
        root.put("startedAt", startedAt.toString());
        root.put("endedAt", Instant.now().toString());
        root.put("wallSeconds", result.wallSeconds());
        root.put("busySeconds", result.busySeconds());
        root.put("parallelEfficiency", result.parallelEfficiency());
        root.put("javaVersion", Runtime.version().toString());
        return root;
    }

    /** Daemon threads, so a run left going after a failure never keeps the JVM alive. */
    private static final class Workers implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger next = new AtomicInteger(1);

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "sweep-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}

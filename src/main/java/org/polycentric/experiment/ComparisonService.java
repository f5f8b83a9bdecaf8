package org.polycentric.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polycentric.output.BuildVersion;
import org.polycentric.output.ComparisonCsv;
import org.polycentric.output.ComparisonManifest;
import org.polycentric.output.ComparisonRow;
import org.polycentric.output.ComparisonRunsCsv;
import org.polycentric.output.FolderTakenException;
import org.polycentric.output.ManifestJson;
import org.polycentric.output.RunFolder;
import org.polycentric.output.charts.ChartOptions;
import org.polycentric.output.charts.ComparisonChart;
import org.polycentric.output.charts.RunCharts;

/**
 * A whole comparison into a new folder, as {@link RunService} does a run: the arms' replications
 * ({@link Comparison}), {@code runs.csv} as they finish, then {@code comparison.csv}, the chart
 * ({@code charts/comparison.*} with its CSV) and the manifest; the folder is renamed into place only
 * when all of that succeeded, so a failed or interrupted comparison leaves nothing behind.
 */
public final class ComparisonService {
    /** The default folder's name before its time stamp: {@code compare-<yyyyMMdd-HHmmss>-seed<N>}. */
    public static final String FOLDER_PREFIX = "compare";

    /**
     * What a comparison is asked to do.
     *
     * @param outcomesJson the outcomes as the manifest records them
     * @param outcomesFile the outcomes file as given, or null for the default set
     * @param out          the folder to write (must not exist or be empty), or null for a new one
     *                     under {@code outputRoot}
     */
    public record Request(Comparison comparison, JsonNode outcomesJson, String outcomesFile, int threads, Path out,
                          Path outputRoot, ChartOptions charts) {
        public Request {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(outputRoot, "outputRoot");
            Objects.requireNonNull(charts, "charts");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }
    }

    /** What a finished comparison wrote: its folder, its rows and how long it took. */
    public record Result(Path folder, List<ComparisonRow> rows, double wallSeconds) {
    }

    /** Hears how far a comparison has got. */
    public interface Listener extends ReplicationRunner.Progress {
        /** The chart could not be drawn; the data files are complete and kept. */
        default void chartFailed(Exception cause) {
        }
    }

    private ComparisonService() {
    }

    /**
     * Runs the comparison and writes its folder.
     *
     * @throws FolderTakenException if {@code out} is a file or a folder that is not empty
     * @throws Comparison.ArmProblem if an arm's world cannot honour a value or lacks an outcome's series
     */
    public static Result run(Request request, Listener listener) throws IOException, InterruptedException {
        Comparison comparison = request.comparison();
        Instant startedAt = Instant.now();
        long startNanos = System.nanoTime();
        RunCharts.prepareInBackground();
        List<Comparison.Arm> arms = comparison.arms();
        try (RunFolder folder = openFolder(request, comparison, startedAt)) {
            Path work = folder.workDir();
            List<String> names = new ArrayList<>();
            request.outcomesJson().forEach(o -> names.add(o.get("name").asText()));
            try (ComparisonRunsCsv runs = new ComparisonRunsCsv(work, names)) {
                comparison.run(request.threads(), values -> {
                    runs.write(values.arm(), arms.get(values.arm()).label(), values.replication(), values.seed(),
                            values.outcomes());
                    if (values.arm() == arms.size() - 1) {
                        runs.flush();
                    }
                }, listener);
            }
            List<ComparisonRow> rows = comparison.rows();
            ComparisonCsv.write(work.resolve(ComparisonCsv.FILE), rows);
            List<String> files = new ArrayList<>(List.of(ManifestJson.FILE, ComparisonCsv.FILE, ComparisonRunsCsv.FILE));
            String caption = caption(comparison);
            ComparisonChart.Spec chart = new ComparisonChart.Spec(title(arms.get(0).label()), names,
                    arms.stream().map(Comparison.Arm::label).toList(), rows, caption);
            Path charts = work.resolve(RunCharts.FOLDER);
            try {
                for (Path file : ComparisonChart.write(chart, charts, request.charts())) {
                    files.add(RunCharts.FOLDER + "/" + charts.relativize(file));
                }
            } catch (Exception | LinkageError | InternalError e) {
                RunService.deleteQuietly(charts);
                listener.chartFailed(e instanceof Exception ex ? ex : new IllegalStateException(e));
            }
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            List<ComparisonManifest.Arm> armEntries = new ArrayList<>();
            for (int k = 0; k < arms.size(); k++) {
                Comparison.Arm arm = arms.get(k);
                armEntries.add(new ComparisonManifest.Arm(arm.label(), arm.scenario().name(),
                        arm.loaded().chain().stream().map(Path::toString).toList(), arm.overrides(),
                        arm.loaded().tree(), comparison.armSeconds(k)));
            }
            List<Long> seeds = new ArrayList<>();
            for (int r = 0; r < comparison.replications(); r++) {
                seeds.add(comparison.replicationSeed(r));
            }
            new ComparisonManifest(BuildVersion.current(), armEntries, arms.get(0).scenario().seed(),
                    comparison.replications(), seeds, request.threads(), request.outcomesJson(),
                    request.outcomesFile(), caption, Runtime.version().toString(), startedAt, Instant.now(),
                    wallSeconds, files).write(work);
            return new Result(folder.commit(), rows, wallSeconds);
        }
    }

    /** The chart's title: what its points are. */
    static String title(String referenceLabel) {
        return "Difference from " + referenceLabel + " (95% CI)";
    }

    /**
     * What each arm is (label: scenario file with --set overrides), the reference, the seed and
     * replications shared by every arm, and how to read the points and bars.
     */
    public static String caption(Comparison comparison) {
        List<Comparison.Arm> arms = comparison.arms();
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < arms.size(); k++) {
            Comparison.Arm arm = arms.get(k);
            text.append(k == 0 ? "Reference " : "; ").append(arm.label()).append(": ").append(arm.file());
            if (!arm.overrides().isEmpty()) {
                text.append(" with --set ").append(String.join(", ", arm.overrides().stream().map(String::strip)
                        .toList()));
            }
        }
        int r = comparison.replications();
        text.append(". ").append(r).append(" replication").append(r == 1 ? "" : "s")
                .append(" of each, seed ").append(arms.get(0).scenario().seed())
                .append(", the same seeds in every arm. Points: mean paired difference (arm minus reference);")
                .append(" bars: 95% CI.");
        return text.toString();
    }

    private static RunFolder openFolder(Request request, Comparison comparison, Instant startedAt)
            throws IOException {
        if (request.out() != null) {
            return RunFolder.at(request.out());
        }
        LocalDateTime localStart = LocalDateTime.ofInstant(startedAt, ZoneId.systemDefault());
        return RunFolder.inside(request.outputRoot(),
                RunFolder.defaultName(FOLDER_PREFIX, comparison.arms().get(0).scenario().seed(), localStart));
    }
}

package org.polycentric.experiment.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.polycentric.model.metrics.RunningStats;
import org.polycentric.output.BuildVersion;
import org.polycentric.output.CsvFormat;

/**
 * The files of a sweep folder, their names and formats. A sweep folder is written as the sweep
 * goes and can be resumed, so every file is valid at any moment:
 * <ul>
 *   <li>{@value #IDENTITY}: what the sweep is (the experiment and scenario as resolved, the
 *       version, the shard), written first; a resumed sweep must match it;</li>
 *   <li>{@value #POINTS}: {@code point} and each parameter's value, one row per point of the design;</li>
 *   <li>{@value #RUNS}: {@code run,point,replication,seed}, each parameter, each outcome: one row per
 *       run, in run order, appended and flushed as runs finish;</li>
 *   <li>{@value #PENDING}: runs finished ahead of an earlier one still running, kept here until
 *       their turn in runs.csv comes, so a kill loses none of them;</li>
 *   <li>{@value #SUMMARY}: per point and outcome the mean, sd, 95% t-interval, n and NA count,
 *       written when every run is in (not for a shard: {@code merge} writes it);</li>
 *   <li>{@code manifest.json}: timings and threads, written last: a folder with it is complete;</li>
 *   <li>{@value #LOCK}: empty, locked by the process writing the folder while it runs.</li>
 * </ul>
 */
public final class SweepFiles {
    public static final String IDENTITY = "sweep.json";
    public static final String POINTS = "points.csv";
    public static final String RUNS = "runs.csv";
    public static final String PENDING = "runs.pending.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String MANIFEST = "manifest.json";
    /** Held (an OS file lock) by the process writing the folder, so two never write it at once. */
    public static final String LOCK = ".sweep.lock";

    static final List<String> RUN_COLUMNS = List.of("run", "point", "replication", "seed");
    static final List<String> SUMMARY_COLUMNS = List.of("outcome", "mean", "sd", "ci95_low", "ci95_high", "n", "na");

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepFiles() {
    }

    /** What identifies a sweep: the same for every shard but for {@code shard}. */
    static ObjectNode identity(SweepPlan plan, Shard shard) {
        ObjectNode root = JSON.createObjectNode();
        root.put("polycentricVersion", BuildVersion.current());
        root.put("experiment", plan.experiment().spec().name());
        root.put("points", plan.points());
        root.put("replications", plan.replications());
        root.put("runs", plan.runs());
        root.putArray("parameters").addAll(plan.parameterColumns().stream()
                .map(c -> (JsonNode) JSON.getNodeFactory().textNode(c)).toList());
        root.putArray("outcomes").addAll(plan.outcomes().names().stream()
                .map(c -> (JsonNode) JSON.getNodeFactory().textNode(c)).toList());
        if (!shard.isWhole()) {
            root.putObject("shard").put("index", shard.index()).put("count", shard.count());
        }
        root.set("resolvedExperiment", plan.experiment().source().tree().deepCopy());
        root.set("resolvedScenario", plan.experiment().scenario().tree().deepCopy());
        return root;
    }

    /** The identity without its shard: what every shard of one sweep shares. */
    static ObjectNode withoutShard(JsonNode identity) {
        ObjectNode copy = ((ObjectNode) identity).deepCopy();
        copy.remove("shard");
        return copy;
    }

    static String text(JsonNode json) throws IOException {
        return JSON.writeValueAsString(json) + "\n";
    }

    /** The header of runs.csv: the run columns, the parameters' paths, the outcomes' names. */
    static List<String> runsHeader(List<String> parameters, List<String> outcomes) {
        List<String> h = new ArrayList<>(RUN_COLUMNS);
        h.addAll(parameters);
        h.addAll(outcomes);
        return h;
    }

    static List<String> pointsHeader(List<String> parameters) {
        List<String> h = new ArrayList<>();
        h.add("point");
        h.addAll(parameters);
        return h;
    }

    static List<String> summaryHeader(List<String> parameters) {
        List<String> h = pointsHeader(parameters);
        h.addAll(SUMMARY_COLUMNS);
        return h;
    }

    static String line(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(CsvFormat.text(f));
        }
        return b.append('\n').toString();
    }

    /** Writes {@code file} whole or not at all: into a temporary sibling, then renamed. */
    static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes points.csv of the plan, whole or not at all. */
    static void writePoints(Path folder, SweepPlan plan) throws IOException {
        Path tmp = folder.resolve("." + POINTS + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(line(pointsHeader(plan.parameterColumns())));
            for (int p = 0; p < plan.points(); p++) {
                StringBuilder b = new StringBuilder().append(p);
                for (String f : plan.fields(p)) {
                    b.append(',').append(f);
                }
                w.write(b.append('\n').toString());
            }
        }
        Files.move(tmp, folder.resolve(POINTS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The number in the first field of a CSV row (the run or point number). */
    static long leadingNumber(String row) {
        int comma = row.indexOf(',');
        return Long.parseLong(comma < 0 ? row : row.substring(0, comma));
    }

    /**
     * Writes summary.csv from a complete runs.csv (rows in run order, so each point's replications
     * are together) and points.csv: per point and outcome, the statistics of its replications.
     * Memory holds one point at a time.
     */
    static void writeSummary(Path folder, Path runs, Path points, List<String> parameters, List<String> outcomes,
                             int replications) throws IOException {
        Path tmp = folder.resolve("." + SUMMARY + ".tmp");
        int k = outcomes.size();
        try (BufferedReader r = Files.newBufferedReader(runs, StandardCharsets.UTF_8);
             BufferedReader p = Files.newBufferedReader(points, StandardCharsets.UTF_8);
             Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
            r.readLine();
            p.readLine();
            w.write(line(summaryHeader(parameters)));
            String pointRow;
            while ((pointRow = p.readLine()) != null) {
                RunningStats[] stats = new RunningStats[k];
                long[] na = new long[k];
                for (int i = 0; i < k; i++) {
                    stats[i] = new RunningStats();
                }
                for (int rep = 0; rep < replications; rep++) {
                    String row = r.readLine();
                    if (row == null) {
                        throw new IOException(runs + ": ends before point " + leadingNumber(pointRow) + " is complete");
                    }
                    double[] values = trailingNumbers(row, k);
                    for (int i = 0; i < k; i++) {
                        if (Double.isNaN(values[i])) {
                            na[i]++;
                        }
                        stats[i].add(values[i]);
                    }
                }
                for (int i = 0; i < k; i++) {
                    RunningStats s = stats[i];
                    w.write(pointRow + ',' + CsvFormat.text(outcomes.get(i)) + ',' + CsvFormat.number(s.mean()) + ','
                            + CsvFormat.number(s.sd()) + ',' + CsvFormat.number(s.ci95Low()) + ','
                            + CsvFormat.number(s.ci95High()) + ',' + s.n() + ',' + na[i] + '\n');
                }
            }
            if (r.readLine() != null) {
                throw new IOException(runs + ": has more rows than " + points + " has points times " + replications);
            }
        }
        Files.move(tmp, folder.resolve(SUMMARY), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The last {@code k} fields of a row, as numbers ({@code NA} is NaN); outcomes are never quoted. */
    static double[] trailingNumbers(String row, int k) {
        double[] out = new double[k];
        int end = row.length();
        for (int i = k - 1; i >= 0; i--) {
            int comma = row.lastIndexOf(',', end - 1);
            out[i] = number(row.substring(comma + 1, end));
            end = comma;
        }
        return out;
    }

    static double number(String field) {
        return switch (field) {
            case CsvFormat.NA -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(field);
        };
    }
}

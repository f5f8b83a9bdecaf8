package org.polycentric.output.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the charts of one run are drawn from, read back from its folder: {@code summary.csv} (every
 * row kept with its fields exactly as written, so a chart's data file can repeat them verbatim),
 * the run's scenario name, {@code --set} overrides, replications, seed, label (if it has one) and
 * whether its world was real from {@code manifest.json}, and, when the map asks for them, the cities of replication 0 from
 * {@code cities.csv}.
 */
public final class RunFolderData {
    static final String MANIFEST = "manifest.json";
    static final String SUMMARY = "summary.csv";
    static final String CITIES = "cities.csv";
    static final List<String> SUMMARY_HEADER = List.of("year", "metric", "group", "mean", "sd", "ci95_low",
            "ci95_high", "n");
    /** A map with more cities than this shows an evenly spaced sample (every k-th city) of them. */
    static final int MAX_MAP_CITIES = 25_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Who produced the run, for captions and legends.
     *
     * @param overrides the run's {@code --set} arguments, in order
     * @param label     the name the run was given ({@code run --label}), or null: it then names the
     *                  run in a comparison's legend instead of its scenario and overrides
     * @param realWorld whether the run's world was built from real data (its scenario's
     *                  {@code world.source} is {@code "real"}): its map then shows the countries
     */
    public record RunInfo(String scenario, int replications, long seed, List<String> overrides, String label,
                          boolean realWorld) {
        public RunInfo {
            overrides = List.copyOf(overrides);
            label = label == null || label.isBlank() ? null : label.strip();
        }

        /** A run on a synthetic world. */
        public RunInfo(String scenario, int replications, long seed, List<String> overrides, String label) {
            this(scenario, replications, seed, overrides, label, false);
        }

        /** A run on a synthetic world, without a label. */
        public RunInfo(String scenario, int replications, long seed, List<String> overrides) {
            this(scenario, replications, seed, overrides, null);
        }
    }

    /** The value of a scenario's {@code world.source} whose world is built from real data. */
    static final String REAL_WORLD_SOURCE = "real";

    /**
     * Whether a resolved scenario tree (as a run's manifest records it under
     * {@code resolvedScenario}) builds its world from real data: {@code world.source} is
     * {@value #REAL_WORLD_SOURCE}. Without that field (every run before real worlds existed) the
     * world was synthetic.
     */
    public static boolean isRealWorld(JsonNode resolvedScenario) {
        if (resolvedScenario == null) {
            return false;
        }
        JsonNode source = resolvedScenario.at("/world/source");
        return source.isTextual() && source.asText().equals(REAL_WORLD_SOURCE);
    }

    /** One row of {@code summary.csv}, each field spelled exactly as in the file. */
    public record SummaryRow(String year, String metric, String group, String mean, String sd, String ci95Low,
                             String ci95High, String n) {
        double yearValue() {
            return parse(year);
        }

        double meanValue() {
            return parse(mean);
        }

        double lowValue() {
            return parse(ci95Low);
        }

        double highValue() {
            return parse(ci95High);
        }
    }

    /**
     * The cities a map draws: the rows of replication 0 of {@code cities.csv} (all of them, or every
     * {@code stride}-th when there are more than {@link #MAX_MAP_CITIES}), verbatim, with the
     * columns the map needs as numbers.
     */
    public record MapCities(String headerText, List<String> rowTexts, double[] lon, double[] lat,
                            double[] pledgeYear, double[] population, int totalCities, int stride) {
    }

    private final Path folder;
    private final RunInfo info;
    private final Map<String, Map<String, List<SummaryRow>>> summary;
    private final int firstYear;
    private final int lastYear;

    private RunFolderData(Path folder, RunInfo info, Map<String, Map<String, List<SummaryRow>>> summary) {
        this.folder = folder;
        this.info = info;
        this.summary = summary;
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (Map<String, List<SummaryRow>> groups : summary.values()) {
            for (List<SummaryRow> rows : groups.values()) {
                for (SummaryRow row : rows) {
                    first = Math.min(first, row.yearValue());
                    last = Math.max(last, row.yearValue());
                }
            }
        }
        this.firstYear = summary.isEmpty() ? 0 : (int) Math.floor(first);
        this.lastYear = summary.isEmpty() ? 0 : (int) Math.ceil(last);
    }

    /**
     * Reads a finished run folder: its manifest and summary.
     *
     * @throws ChartInputException if {@code folder} is not a run folder or its files cannot be read as one's
     */
    public static RunFolderData read(Path folder) throws ChartInputException {
        requireRunFolder(folder);
        return new RunFolderData(folder, readManifest(folder), readSummary(folder));
    }

    /**
     * Reads the summary of a run whose manifest is not written yet (the run's own working folder),
     * with what the manifest will say given directly.
     */
    public static RunFolderData readSummary(Path folder, RunInfo info) throws ChartInputException {
        return new RunFolderData(folder, info, readSummary(folder));
    }

    /**
     * Checks that {@code folder} is a run folder; if not, says what it is when that is a common
     * slip: a file or the charts/ folder inside a run folder, or the folder that holds the runs.
     */
    private static void requireRunFolder(Path folder) throws ChartInputException {
        if (!Files.exists(folder)) {
            throw new ChartInputException(folder + ": no such folder");
        }
        Path parent = folder.toAbsolutePath().normalize().getParent();
        boolean inRun = parent != null && isRunFolder(parent);
        if (!Files.isDirectory(folder)) {
            throw new ChartInputException(folder + ": not a folder; give " + (inRun
                    ? "the run folder it is in, " + shown(folder, parent)
                    : "a run folder written by 'polycentric run'"));
        }
        for (String file : List.of(MANIFEST, SUMMARY)) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new ChartInputException(folder + ": not a run folder (it has no " + file + "); "
                        + (inRun ? "give the run folder it is in, " + shown(folder, parent) : whatItHolds(folder)));
            }
        }
    }

    private static boolean isRunFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(MANIFEST)) && Files.isRegularFile(folder.resolve(SUMMARY));
    }

    /** {@code parent} as the user would type it, given the path they typed for a child of it. */
    private static String shown(Path child, Path parent) {
        Path typed = child.normalize().getParent();
        return typed != null ? typed.toString() : parent.toString();
    }

    /**
     * The advice for a folder that is not a run folder: the runs inside it, if it holds some; or
     * that it holds comparison charts (in output/ beside the runs, so {@code output/*} finds it).
     */
    private static String whatItHolds(Path folder) {
        List<Path> runs = new ArrayList<>();
        boolean comparison = false;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                if (Files.isDirectory(entry) && isRunFolder(entry)) {
                    runs.add(entry);
                }
                String name = entry.getFileName().toString();
                comparison |= name.startsWith(RunCharts.COMPARISON_PREFIX) && name.endsWith(".csv");
            }
        } catch (IOException | UncheckedIOException e) {
            // no advice then
        }
        if (runs.isEmpty() && comparison) {
            return "it holds comparison charts ('polycentric chart' of several runs): leave it out, e.g. with "
                    + "output/baseline-* rather than output/*";
        }
        if (runs.isEmpty()) {
            return "give a folder written by 'polycentric run'";
        }
        runs.sort(null);
        return "it holds " + runs.size() + " run folder" + (runs.size() == 1 ? "" : "s") + " (e.g. "
                + runs.get(runs.size() - 1) + "): give one to draw its charts again, or several to compare them";
    }

    private static RunInfo readManifest(Path folder) throws ChartInputException {
        Path file = folder.resolve(MANIFEST);
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ChartInputException(file + ": not a valid manifest (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new ChartInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        JsonNode name = root == null ? null : root.at("/scenario/name");
        JsonNode replications = root == null ? null : root.get("replications");
        JsonNode seed = root == null ? null : root.get("seed");
        if (name == null || !name.isTextual() || replications == null || !replications.canConvertToInt()
                || seed == null || !seed.canConvertToLong()) {
            throw new ChartInputException(file
                    + ": not a run manifest (it needs scenario.name, replications and seed)");
        }
        List<String> overrides = new ArrayList<>();
        root.at("/scenario/overrides").forEach(o -> overrides.add(o.asText()));
        // optional: only runs given a --label have one
        JsonNode label = root.get("label");
        return new RunInfo(name.asText(), replications.asInt(), seed.asLong(), overrides,
                label != null && label.isTextual() ? label.asText() : null, isRealWorld(root.get("resolvedScenario")));
    }

    private static Map<String, Map<String, List<SummaryRow>>> readSummary(Path folder) throws ChartInputException {
        Path file = folder.resolve(SUMMARY);
        Map<String, Map<String, List<SummaryRow>>> metrics = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRecords csv = new CsvRecords(reader);
            CsvRecords.Row header = csv.next();
            if (header == null || !header.fields().equals(SUMMARY_HEADER)) {
                throw new ChartInputException(file + ": not a run summary (its header should be "
                        + String.join(",", SUMMARY_HEADER) + ")");
            }
            for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.fields().size() != SUMMARY_HEADER.size()) {
                    throw new ChartInputException(file + ":" + row.line() + ": expected " + SUMMARY_HEADER.size()
                            + " fields, found " + row.fields().size());
                }
                List<String> f = row.fields();
                SummaryRow summaryRow = new SummaryRow(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5),
                        f.get(6), f.get(7));
                if (Double.isNaN(parseChecked(summaryRow.year(), file, row.line()))) {
                    throw new ChartInputException(file + ":" + row.line() + ": year is missing");
                }
                for (String number : List.of(summaryRow.mean(), summaryRow.ci95Low(), summaryRow.ci95High())) {
                    parseChecked(number, file, row.line());
                }
                metrics.computeIfAbsent(summaryRow.metric(), m -> new LinkedHashMap<>())
                        .computeIfAbsent(summaryRow.group(), g -> new ArrayList<>())
                        .add(summaryRow);
            }
        } catch (NoSuchFileException e) {
            throw new ChartInputException(folder + ": not a run folder (it has no " + SUMMARY + ")", e);
        } catch (IOException e) {
            throw new ChartInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return metrics;
    }

    /**
     * The cities of replication 0, for the map.
     *
     * @throws ChartInputException if the folder has no readable {@code cities.csv}
     */
    /**
     * Whether the folder is a summary-only run's ({@code run --summary-only}): it has neither
     * {@code cities.csv} nor {@code timeseries.csv}. Such a run has no map; a folder that lacks only
     * {@code cities.csv} is damaged, and its map is an error.
     */
    public boolean isSummaryOnly() {
        return !Files.exists(folder.resolve(CITIES)) && !Files.exists(folder.resolve("timeseries.csv"));
    }

    public MapCities mapCities() throws ChartInputException {
        Path file = folder.resolve(CITIES);
        if (!Files.isRegularFile(file)) {
            throw new ChartInputException(folder + ": has no " + CITIES + " to draw the map from");
        }
        List<CsvRecords.Row> rows = new ArrayList<>();
        CsvRecords.Row header;
        int replication;
        int lon;
        int lat;
        int pledgeYear;
        int population;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRecords csv = new CsvRecords(reader);
            header = csv.next();
            if (header == null) {
                throw new ChartInputException(file + ": is empty");
            }
            replication = column(header, "replication", file);
            lon = column(header, "lon", file);
            lat = column(header, "lat", file);
            pledgeYear = column(header, "pledge_year", file);
            population = column(header, "population", file);
            for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.fields().size() != header.fields().size()) {
                    throw new ChartInputException(file + ":" + row.line() + ": expected " + header.fields().size()
                            + " fields, found " + row.fields().size());
                }
                // Rows come in replication order: replication 0 is over at the first other one.
                if (!row.field(replication).equals("0")) {
                    break;
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new ChartInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        int stride = Math.max(1, (rows.size() + MAX_MAP_CITIES - 1) / MAX_MAP_CITIES);
        int shown = (rows.size() + stride - 1) / stride;
        double[] lons = new double[shown];
        double[] lats = new double[shown];
        double[] years = new double[shown];
        double[] populations = new double[shown];
        List<String> texts = new ArrayList<>(shown);
        for (int k = 0; k < shown; k++) {
            CsvRecords.Row row = rows.get(k * stride);
            lons[k] = parseChecked(row.field(lon), file, row.line());
            lats[k] = parseChecked(row.field(lat), file, row.line());
            years[k] = parseChecked(row.field(pledgeYear), file, row.line());
            populations[k] = parseChecked(row.field(population), file, row.line());
            texts.add(row.text());
        }
        return new MapCities(header.text(), Collections.unmodifiableList(texts), lons, lats, years, populations,
                rows.size(), stride);
    }

    private static int column(CsvRecords.Row header, String name, Path file) throws ChartInputException {
        int index = header.fields().indexOf(name);
        if (index < 0) {
            throw new ChartInputException(file + ": has no column '" + name + "'");
        }
        return index;
    }

    /** The run folder. */
    public Path folder() {
        return folder;
    }

    /** Scenario, replications and seed of the run. */
    public RunInfo info() {
        return info;
    }

    /** The metrics in the summary, in file order. */
    public List<String> metrics() {
        return List.copyOf(summary.keySet());
    }

    /** The groups of {@code metric} in the summary, in file order; empty if the metric is absent. */
    public List<String> groups(String metric) {
        Map<String, List<SummaryRow>> groups = summary.get(metric);
        return groups == null ? List.of() : List.copyOf(groups.keySet());
    }

    /** True if the summary has rows for this metric and group. */
    public boolean has(String metric, String group) {
        return summary.containsKey(metric) && summary.get(metric).containsKey(group);
    }

    /** The summary rows of one series in year order; empty if the run lacks it. */
    public List<SummaryRow> rows(String metric, String group) {
        Map<String, List<SummaryRow>> groups = summary.get(metric);
        List<SummaryRow> rows = groups == null ? null : groups.get(group);
        return rows == null ? List.of() : Collections.unmodifiableList(rows);
    }

    /**
     * True if some year of {@code rows} has a mean: a series whose mean is {@code NA} every year
     * (a share over a group that has no members, e.g. the South in a world without it) has none.
     */
    public static boolean hasValues(List<SummaryRow> rows) {
        for (SummaryRow row : rows) {
            if (Double.isFinite(row.meanValue())) {
                return true;
            }
        }
        return false;
    }

    /** The first year of the summary (the run's start year). */
    public int firstYear() {
        return firstYear;
    }

    /** The last year of the summary (the run's end year). */
    public int lastYear() {
        return lastYear;
    }

    /** A number as the run's CSV files spell it: NA is NaN, Inf and -Inf are infinities. */
    static double parse(String text) {
        return switch (text) {
            case "NA", "" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static double parseChecked(String text, Path file, long line) throws ChartInputException {
        try {
            return parse(text);
        } catch (NumberFormatException e) {
            throw new ChartInputException(file + ":" + line + ": '" + text + "' is not a number", e);
        }
    }
}

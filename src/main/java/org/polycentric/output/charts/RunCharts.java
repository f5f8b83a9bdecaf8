package org.polycentric.output.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jfree.chart.JFreeChart;

/**
 * Writes charts from run folders: the full set of a run ({@link ChartCatalog#RUN_CHARTS} and the
 * map), one chart of any metric, or one metric of several runs on one chart. Each chart is written
 * in every asked-for format plus {@code <name>.csv}, the data it draws. The files are independent,
 * so they are written in parallel, one thread per processor, each drawing its own copy of the chart
 * (JFreeChart objects are not thread-safe; {@code RunChartsTest} checks that charts from the
 * renderer share no tick-label format, which is not thread-safe either).
 */
public final class RunCharts {
    /** The folder inside a run folder that holds its charts. */
    public static final String FOLDER = "charts";
    /** The start of a comparison chart's file names (and of the folders they go to by default). */
    public static final String COMPARISON_PREFIX = "comparison-";
    /** More threads than this gain nothing on a set of two dozen files. */
    private static final int MAX_THREADS = 8;

    private RunCharts() {
    }

    /**
     * Starts loading and initialising the drawing code (JFreeChart, Java2D, fonts, the PNG, SVG
     * and PDF writers) on a background thread, by drawing two tiny charts into memory. A run calls
     * it before its replications, so the ~0.4 s this takes in a fresh JVM overlaps the simulation
     * (usually on a processor that would otherwise wait) instead of delaying the charts after it.
     * Nothing is written; a failure here is ignored, since drawing the real charts reports it.
     */
    public static void prepareInBackground() {
        Thread thread = new Thread(RunCharts::drawTinyCharts, "chart-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void drawTinyCharts() {
        try {
            double[] two = {0, 1};
            ChartSize tiny = new ChartSize(1, 1, 72);
            TimeChartSpec time = new TimeChartSpec("t", "x", "y", true,
                    List.of(new SeriesData("s", new double[] {2000, 2001}, two, two, two)), "c");
            JFreeChart timeChart = ChartRenderer.timeChart(time, ChartTheme.PRINT);
            ChartExport.png(timeChart, tiny);
            ChartExport.svg(timeChart, tiny);
            ChartExport.pdf(timeChart, tiny);
            MapChartSpec map = new MapChartSpec("m", two, two, new double[] {2000, Double.NaN}, new double[] {1e5, 1e6},
                    2000, 2001, "c");
            ChartExport.png(ChartRenderer.mapChart(map, ChartTheme.PRINT), tiny);
        } catch (Exception | LinkageError | InternalError e) {
            // Drawing the run's charts meets the same problem and reports it.
        }
    }

    /**
     * Writes the full set of a run into {@code outDir} (created if missing). A line without any
     * value (NA every year, e.g. the Global South of a world without it) is left out of its chart,
     * its CSV and its legend, and the caption names it; a time chart none of whose lines the run has
     * values for (e.g. the network chart of a world without networks) is left out.
     *
     * @return the files written, chart after chart in catalogue order (each format, then the CSV)
     * A summary-only run's folder (no cities.csv, no timeseries.csv) gets every chart but the map.
     *
     * @throws ChartInputException if the run folder's {@code cities.csv} cannot be read for the map
     */
    public static List<Path> writeRunSet(RunFolderData data, Path outDir, ChartOptions options)
            throws IOException, ChartInputException {
        List<FileJob> jobs = new ArrayList<>();
        String caption = Captions.run(data.info());
        for (ChartCatalog.TimeChart chart : ChartCatalog.RUN_CHARTS) {
            List<ChartCsv.LineRows> lines = new ArrayList<>();
            for (ChartCatalog.Line line : chart.linesFor(data)) {
                lines.add(new ChartCsv.LineRows(null, line.label(), data.rows(line.metric(), line.group())));
            }
            List<ChartCsv.LineRows> drawn = withValues(lines);
            if (drawn.isEmpty()) {
                continue;
            }
            TimeChartSpec spec = new TimeChartSpec(chart.title(), ChartCatalog.YEAR_AXIS, chart.yAxisLabel(),
                    chart.percent(), series(drawn), Captions.notDrawn(caption, lines));
            addChartJobs(jobs, outDir, chart.name(), () -> ChartRenderer.timeChart(spec, options.theme()), options,
                    false, file -> ChartCsv.writeLines(file, drawn, false));
        }
        if (!data.isSummaryOnly()) { // a summary-only run writes no cities.csv, so it has no map
            RunFolderData.MapCities cities = data.mapCities();
            MapChartSpec map = new MapChartSpec(ChartCatalog.MAP_TITLE, cities.lon(), cities.lat(),
                    cities.pledgeYear(), cities.population(), data.firstYear(), data.lastYear(),
                    Captions.map(data.info(), cities), data.info().realWorld());
            addChartJobs(jobs, outDir, ChartCatalog.MAP, () -> ChartRenderer.mapChart(map, options.theme()), options,
                    true, file -> ChartCsv.writeCities(file, cities));
        }
        Files.createDirectories(outDir);
        return writeAll(jobs);
    }

    /**
     * Writes one chart of {@code metric} with one line per group into {@code outDir}, named
     * {@code <metric>-<group>[+<group>...]}, or {@code <metric>} when {@code groups} is empty: then
     * the chart shows group {@code all}, or every group of a metric without one (network_members).
     * A group without any value (NA every year) is left out, and the caption names it.
     *
     * @throws ChartInputException if the run lacks the metric or a group, or no group has a value
     */
    public static List<Path> writeMetric(RunFolderData data, String metric, List<String> groups, Path outDir,
                                         ChartOptions options) throws IOException, ChartInputException {
        List<String> resolved = resolveGroups(List.of(data), metric, groups);
        List<ChartCsv.LineRows> lines = new ArrayList<>();
        for (String group : resolved) {
            lines.add(new ChartCsv.LineRows(null, ChartCatalog.groupLabel(group), data.rows(metric, group)));
        }
        List<ChartCsv.LineRows> drawn = withValues(lines);
        TimeChartSpec spec = new TimeChartSpec(titleOr(options, ChartCatalog.metricChartTitle(metric, resolved)),
                ChartCatalog.YEAR_AXIS, ChartCatalog.metricAxis(metric), ChartCatalog.metricIsShare(metric),
                series(drawn), Captions.notDrawn(Captions.run(data.info()), lines));
        Files.createDirectories(outDir);
        return writeTimeChart(spec, drawn, false, outDir, baseName(metric, groups, resolved), options);
    }

    /**
     * Writes one chart of {@code metric} with a line per run (and group) into {@code outDir}, named
     * {@code comparison-<metric>-<group>}. Lines are labelled as {@link RunNames} says (label, or
     * scenario and the overrides that differ), the caption says what each label is; the CSV starts
     * with a {@code run} column, the run folder's name. A run (or group) without any value (NA every
     * year) is left out, and the caption names it. The title is the one a single run's chart of the
     * metric has ({@link ChartCatalog#metricChartTitle}).
     *
     * @throws ChartInputException if a run lacks the metric or a group, or no run has a value
     */
    public static List<Path> writeComparison(List<RunFolderData> runs, String metric, List<String> groups,
                                             Path outDir, ChartOptions options)
            throws IOException, ChartInputException {
        List<String> resolved = resolveGroups(runs, metric, groups);
        RunNames names = RunNames.of(runs);
        List<String> labels = names.legends();
        List<ChartCsv.LineRows> lines = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            RunFolderData run = runs.get(r);
            for (String group : resolved) {
                String label = resolved.size() == 1 ? labels.get(r)
                        : labels.get(r) + ": " + ChartCatalog.groupLabel(group);
                lines.add(new ChartCsv.LineRows(folderName(run), label, run.rows(metric, group)));
            }
        }
        List<ChartCsv.LineRows> drawn = withValues(lines);
        TimeChartSpec spec = new TimeChartSpec(titleOr(options, ChartCatalog.metricChartTitle(metric, resolved)),
                ChartCatalog.YEAR_AXIS, ChartCatalog.metricAxis(metric), ChartCatalog.metricIsShare(metric),
                series(drawn), Captions.notDrawn(names.caption(), lines));
        Files.createDirectories(outDir);
        return writeTimeChart(spec, drawn, true, outDir, COMPARISON_PREFIX + baseName(metric, groups, resolved),
                options);
    }

    /**
     * The groups to draw: those asked for, checked against every run, or by default {@code all}, or
     * every group of the first run when the metric has no {@code all} (network_members).
     *
     * @throws ChartInputException naming what the run has, if a run lacks the metric or a group; or
     *                             if no run has a value (not NA) for any of the groups in any year,
     *                             since the chart would have nothing to draw
     */
    public static List<String> resolveGroups(List<RunFolderData> runs, String metric, List<String> groups)
            throws ChartInputException {
        for (RunFolderData run : runs) {
            if (run.groups(metric).isEmpty()) {
                throw new ChartInputException(run.folder() + ": no metric '" + metric + "' in "
                        + RunFolderData.SUMMARY + "; it has: " + String.join(", ", run.metrics()));
            }
        }
        List<String> resolved = groups;
        if (resolved.isEmpty()) {
            List<String> available = runs.get(0).groups(metric);
            resolved = available.contains("all") ? List.of("all") : available;
        }
        for (RunFolderData run : runs) {
            for (String group : resolved) {
                if (!run.has(metric, group)) {
                    throw new ChartInputException(run.folder() + ": metric '" + metric + "' has no group '" + group
                            + "'; its groups: " + String.join(", ", run.groups(metric)));
                }
            }
        }
        for (RunFolderData run : runs) {
            for (String group : resolved) {
                if (RunFolderData.hasValues(run.rows(metric, group))) {
                    return List.copyOf(resolved);
                }
            }
        }
        String folder = runs.size() == 1 ? runs.get(0).folder() + ": " : "";
        String inRuns = runs.size() == 1 ? "" : " in any of the " + runs.size() + " runs";
        throw new ChartInputException(folder + "metric '" + metric + "' has no value in any year (NA throughout) for "
                + (resolved.size() == 1 ? "group '" : "groups '") + String.join("', '", resolved) + "'" + inRuns
                + "; nothing to draw");
    }

    /** The lines that have a value in some year: a line that is NA throughout is not drawn, not even at 0. */
    private static List<ChartCsv.LineRows> withValues(List<ChartCsv.LineRows> lines) {
        return lines.stream().filter(ChartCsv.LineRows::hasValues).toList();
    }

    static String folderName(RunFolderData run) {
        Path name = run.folder().toAbsolutePath().normalize().getFileName();
        return name == null ? run.folder().toString() : name.toString();
    }

    /**
     * {@code metric} when the groups were left to the default, else {@code metric-group+group}; safe
     * as a file name.
     */
    static String baseName(String metric, List<String> asked, List<String> resolved) {
        String name = asked.isEmpty() && !resolved.equals(List.of("all")) ? metric
                : metric + "-" + String.join("+", resolved);
        return name.replaceAll("[^A-Za-z0-9._+-]", "_");
    }

    private static String titleOr(ChartOptions options, String title) {
        return options.title() != null ? options.title() : title;
    }

    private static List<SeriesData> series(List<ChartCsv.LineRows> lines) {
        List<SeriesData> series = new ArrayList<>();
        for (ChartCsv.LineRows line : lines) {
            List<RunFolderData.SummaryRow> rows = line.rows();
            double[] years = new double[rows.size()];
            double[] mean = new double[rows.size()];
            double[] low = new double[rows.size()];
            double[] high = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                years[i] = rows.get(i).yearValue();
                mean[i] = rows.get(i).meanValue();
                low[i] = rows.get(i).lowValue();
                high[i] = rows.get(i).highValue();
            }
            series.add(new SeriesData(line.label(), years, mean, low, high));
        }
        return series;
    }

    /** A chart as the renderer draws it; built anew for each file, so files can be drawn in parallel. */
    private interface ChartBuilder {
        JFreeChart build();
    }

    /** Writes one file. */
    private interface FileWriter {
        void write(Path file) throws IOException;
    }

    /**
     * One file of a chart set, with a rough relative cost so the slowest start first: a PNG is
     * mostly PNG encoding, and the map has thousands of points in every format.
     */
    private record FileJob(Path file, double cost, FileWriter writer) {
    }

    /** The jobs of one chart: one per format (PNG, SVG, PDF order), then its CSV. */
    private static void addChartJobs(List<FileJob> jobs, Path outDir, String name, ChartBuilder chart,
                                     ChartOptions options, boolean isMap, FileWriter csv) {
        for (ChartFormat format : options.formats()) {
            double cost = switch (format) {
                case PNG -> isMap ? 6 : 3;
                case SVG -> isMap ? 2 : 0.5;
                case PDF -> isMap ? 8 : 0.5;
            };
            jobs.add(new FileJob(outDir.resolve(name + "." + format.extension()), cost,
                    file -> ChartExport.write(chart.build(), file, format, options.size())));
        }
        jobs.add(new FileJob(outDir.resolve(name + ".csv"), isMap ? 1 : 0.2, csv));
    }

    private static List<Path> writeTimeChart(TimeChartSpec spec, List<ChartCsv.LineRows> rows, boolean withRun,
                                             Path outDir, String name, ChartOptions options) throws IOException {
        List<FileJob> jobs = new ArrayList<>();
        addChartJobs(jobs, outDir, name, () -> ChartRenderer.timeChart(spec, options.theme()), options, false,
                file -> ChartCsv.writeLines(file, rows, withRun));
        return writeAll(jobs);
    }

    /**
     * Writes the files on up to one thread per processor, the costliest first (so the long ones do
     * not start last), and returns them in the order of {@code jobs}. If one fails, the others still
     * finish before the failure is thrown, so the caller can clean up a folder nobody writes into.
     */
    private static List<Path> writeAll(List<FileJob> jobs) throws IOException {
        List<Path> files = jobs.stream().map(FileJob::file).toList();
        int threads = Math.min(jobs.size(), Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        if (threads <= 1) {
            for (FileJob job : jobs) {
                job.writer().write(job.file());
            }
            return files;
        }
        List<FileJob> costliestFirst = new ArrayList<>(jobs);
        costliestFirst.sort(Comparator.comparingDouble(FileJob::cost).reversed());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chart-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (FileJob job : costliestFirst) {
                futures.add(pool.submit(() -> {
                    job.writer().write(job.file());
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<Void> future : futures) {
                try {
                    await(future);
                } catch (IOException | RuntimeException | Error e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first instanceof IOException io) {
                throw io;
            }
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first instanceof Error error) {
                throw error;
            }
            return files;
        } finally {
            pool.shutdown();
        }
    }

    private static void await(Future<Void> future) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing charts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The caption lines: what produced the data, so a chart taken out of its folder still says it. */
    static final class Captions {
        private static final int MAX_OVERRIDES_TEXT = 60;

        private Captions() {
        }

        static String run(RunFolderData.RunInfo info) {
            String bands = info.replications() > 1 ? "; lines: mean, bands: 95% CI" : "";
            return scenario(info) + ", " + replications(info.replications()) + ", seed " + info.seed()
                    + bands + ".";
        }

        /** {@code caption}, then the labels of the lines left out for having no value, if any. */
        static String notDrawn(String caption, List<ChartCsv.LineRows> lines) {
            List<String> empty = lines.stream().filter(l -> !l.hasValues()).map(ChartCsv.LineRows::label).toList();
            return empty.isEmpty() ? caption : caption + " Not drawn (no values): " + String.join(", ", empty) + ".";
        }

        static String map(RunFolderData.RunInfo info, RunFolderData.MapCities cities) {
            String sample = cities.stride() == 1 ? ""
                    : String.format(Locale.ROOT, " Every %s city of %,d shown.", ordinal(cities.stride()),
                            cities.totalCities());
            String outlines = info.realWorld() ? " Country outlines: Natural Earth." : "";
            return scenario(info) + ", replication 0 of " + info.replications() + ", run seed "
                    + info.seed() + "." + sample + outlines;
        }

        /** {@code Scenario s[ with --set ...]}, after the run's label if it has one. */
        private static String scenario(RunFolderData.RunInfo info) {
            String named = info.label() == null ? "Scenario " : info.label() + ": scenario ";
            if (info.overrides().isEmpty()) {
                return named + info.scenario();
            }
            String sets = String.join(", ", info.overrides());
            if (sets.length() > MAX_OVERRIDES_TEXT) {
                int n = info.overrides().size();
                return named + info.scenario() + " with " + n + " --set override" + (n == 1 ? "" : "s");
            }
            return named + info.scenario() + " with --set " + sets;
        }

        private static String replications(int n) {
            return n + " replication" + (n == 1 ? "" : "s");
        }

        private static String ordinal(int n) {
            int lastTwo = n % 100;
            String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            return n + suffix;
        }
    }
}

package org.polycentric.experiment.calibration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.polycentric.experiment.design.Parameter;
import org.polycentric.output.BuildVersion;
import org.polycentric.output.CsvFormat;
import org.polycentric.output.CsvWriter;
import org.polycentric.output.ManifestJson;
import org.polycentric.output.RunFolder;
import org.polycentric.output.charts.ChartExport;
import org.polycentric.output.charts.ChartOptions;
import org.polycentric.output.charts.ChartSize;
import org.polycentric.output.charts.FitChartRenderer;
import org.polycentric.output.charts.FitChartSpec;

/**
 * The folder a calibration writes, all at once or not at all ({@link RunFolder}: a hidden working
 * folder renamed into place by {@link #finish}): {@code history.csv} streamed one flushed row per
 * evaluation as the search goes, then {@code fit.json}, {@code fit.csv}, the chart
 * {@code charts/fit.*} with {@code charts/fit.csv}, and {@code manifest.json}. docs/CALIBRATION.md
 * describes each file.
 */
public final class CalibrationOutput implements Calibration.Listener, AutoCloseable {
    public static final String HISTORY = "history.csv";
    public static final String FIT_JSON = "fit.json";
    public static final String FIT_CSV = "fit.csv";
    public static final String CHARTS = "charts";
    public static final String CHART = "fit";
    /** What the band of fit.csv and the chart is. */
    public static final String BAND = "replications' range (lowest to highest)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoadedCalibration loaded;
    private final RunFolder folder;
    private final CsvWriter history;

    /** What {@link #finish} wrote: the folder, and why the chart is missing if it is (null when drawn or not asked). */
    public record Written(Path folder, Exception chartProblem) {
    }

    /**
     * Opens the folder: {@code out} exactly (must not exist or be empty) or, when null, a new one in
     * {@code outputRoot} named {@code <name>-<yyyyMMdd-HHmmss>-seed<seed>}.
     */
    public CalibrationOutput(LoadedCalibration loaded, Path out, Path outputRoot, Instant startedAt) throws IOException {
        this.loaded = loaded;
        CalibrationSpec spec = loaded.spec();
        this.folder = out != null ? RunFolder.at(out) : RunFolder.inside(outputRoot, RunFolder.defaultName(spec.name(),
                spec.seed(), LocalDateTime.ofInstant(startedAt, ZoneId.systemDefault())));
        List<String> header = new ArrayList<>();
        header.add("evaluation");
        for (Parameter p : loaded.space().parameters()) {
            header.add(p.path());
        }
        header.add("error");
        for (Target t : loaded.targets()) {
            header.add("error_" + t.label());
        }
        this.history = new CsvWriter(folder.workDir().resolve(HISTORY), header);
    }

    @Override
    public void evaluated(Evaluation e, Evaluation best) throws IOException {
        history.integer(e.number());
        for (double v : e.values()) {
            history.number(v);
        }
        history.number(e.error());
        for (double v : e.targetErrors()) {
            history.number(v);
        }
        history.endRow();
        history.flush();
    }

    /**
     * Writes the fit's files and the manifest and renames the folder into place.
     *
     * @param manifest the manifest's run details (threads, seeds, times), completed here with the files
     * @param charts   the chart's formats and size, or null for none
     */
    public Written finish(Calibration.Fit fit, ObjectNode manifest, ChartOptions charts, String caption)
            throws IOException {
        history.close();
        Path work = folder.workDir();
        List<String> files = new ArrayList<>(List.of(ManifestJson.FILE, HISTORY, FIT_JSON, FIT_CSV));
        Files.write(work.resolve(FIT_JSON), (ManifestJson.pretty(fitJson(fit)) + "\n").getBytes(StandardCharsets.UTF_8));
        writeFitCsv(work.resolve(FIT_CSV), fit.best());
        Exception chartProblem = null;
        if (charts != null) {
            try {
                files.addAll(writeChart(work, fit.best(), charts, caption));
            } catch (Exception | LinkageError e) {
                chartProblem = e instanceof Exception ex ? ex : new IllegalStateException(e);
                deleteChartFolder(work.resolve(CHARTS));
            }
        }
        ArrayNode list = manifest.putArray("files");
        files.forEach(list::add);
        Files.write(work.resolve(ManifestJson.FILE), ManifestJson.pretty(manifest).getBytes(StandardCharsets.UTF_8));
        return new Written(folder.commit(), chartProblem);
    }

    /** fit.json: the fitted values and start of each parameter, the errors, the evaluations, the optimiser. */
    private ObjectNode fitJson(Calibration.Fit fit) {
        CalibrationSpec spec = loaded.spec();
        Evaluation best = fit.best();
        ObjectNode root = JSON.createObjectNode();
        root.put("name", spec.name());
        root.put("error", best.error());
        root.put("evaluations", fit.evaluations());
        root.put("bestEvaluation", best.number());
        root.put("stoppedBy", fit.stoppedBy().id());
        ArrayNode parameters = root.putArray("parameters");
        double[] start = loaded.start();
        double[] fitted = best.values();
        for (int i = 0; i < loaded.dimension(); i++) {
            Parameter p = loaded.space().get(i);
            parameters.addObject().put("path", p.path()).put("fitted", fitted[i]).put("start", start[i])
                    .put("min", p.min()).put("max", p.max()).put("log", p.log()).put("integer", p.integer());
        }
        ArrayNode overrides = root.putArray("fittedOverrides");
        best.settings().forEach(overrides::add);
        ArrayNode targets = root.putArray("targets");
        double[] errors = best.targetErrors();
        for (int t = 0; t < loaded.targets().size(); t++) {
            Target target = loaded.targets().get(t);
            targets.addObject().put("target", target.label()).put("origin", target.origin())
                    .put("metric", target.metric()).put("group", target.group()).put("weight", target.weight())
                    .put("scale", target.scale()).put("observations", target.size()).put("error", errors[t]);
        }
        OptimizerSpec o = spec.optimizer();
        int k = loaded.dimension();
        ObjectNode optimizer = root.putObject("optimizer");
        optimizer.put("kind", o.kind().id()).put("maxEvaluations", o.maxEvaluations());
        if (o.kind() == OptimizerSpec.Kind.CMAES) {
            optimizer.put("populationSize", o.populationSize(k)).put("sigma", o.sigma());
        } else {
            optimizer.put("interpolationPoints", o.interpolationPoints(k)).put("initialRadius", o.initialRadius())
                    .put("stoppingRadius", o.stoppingRadius());
        }
        root.put("replications", spec.replications());
        root.put("seed", spec.seed());
        root.put("seedHex", CsvFormat.seed(spec.seed()));
        return root;
    }

    /** fit.csv: per target and observation, the observed value, the simulated mean and the replications' range. */
    private void writeFitCsv(Path file, Evaluation best) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, List.of("target", "metric", "group", "year", "observed",
                "simulated_mean", "band_low", "band_high"))) {
            for (int t = 0; t < loaded.targets().size(); t++) {
                Target target = loaded.targets().get(t);
                SimulatedSeries s = best.simulated().get(t);
                double[] mean = s.meanAtObservations();
                double[] low = s.lowAtObservations();
                double[] high = s.highAtObservations();
                for (int j = 0; j < target.size(); j++) {
                    csv.text(target.label()).text(target.metric()).text(target.group()).number(target.year(j))
                            .number(target.observed(j)).number(mean[j]).number(low[j]).number(high[j]);
                    csv.endRow();
                }
            }
        }
    }

    /** charts/fit.* and charts/fit.csv (the simulated curves drawn; the observed points are fit.csv's). */
    private List<String> writeChart(Path work, Evaluation best, ChartOptions charts, String caption) throws IOException {
        Path chartFolder = work.resolve(CHARTS);
        Files.createDirectories(chartFolder);
        List<FitChartSpec.Panel> panels = new ArrayList<>();
        try (CsvWriter csv = new CsvWriter(chartFolder.resolve(CHART + ".csv"), List.of("target", "metric", "group",
                "year", "simulated_mean", "band_low", "band_high"))) {
            for (int t = 0; t < loaded.targets().size(); t++) {
                Target target = loaded.targets().get(t);
                SimulatedSeries s = best.simulated().get(t);
                double[] years = s.years();
                double[] mean = s.mean();
                double[] low = s.low();
                double[] high = s.high();
                for (int r = 0; r < years.length; r++) {
                    csv.text(target.label()).text(target.metric()).text(target.group()).number(years[r])
                            .number(mean[r]).number(low[r]).number(high[r]);
                    csv.endRow();
                }
                // the series' name alone: with its metric and group the axis title outgrows a panel
                panels.add(new FitChartSpec.Panel(target.label(),
                        years, mean, low, high, target.years(), target.observed()));
            }
        }
        FitChartSpec spec = new FitChartSpec(charts.title() != null ? charts.title()
                : "Calibration " + loaded.spec().name() + ": observed and simulated", panels, BAND, caption);
        JFreeChart chart = FitChartRenderer.chart(spec, charts.theme());
        ChartSize size = new ChartSize(charts.size().widthInches(),
                FitChartRenderer.height(charts.size(), panels.size()), charts.size().dpi());
        ChartExport.writeAll(chart, chartFolder, CHART, charts.formats(), size);
        List<String> files = new ArrayList<>();
        for (var format : charts.formats()) {
            files.add(CHARTS + "/" + CHART + "." + format.extension());
        }
        files.add(CHARTS + "/" + CHART + ".csv");
        return files;
    }

    private static void deleteChartFolder(Path chartFolder) {
        try (var files = Files.walk(chartFolder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // only derived files: left for the folder's own cleanup
        }
    }

    /** Deletes the working folder unless {@link #finish} renamed it into place. */
    @Override
    public void close() throws IOException {
        try {
            history.close();
        } finally {
            folder.close();
        }
    }

    /**
     * The manifest of a finished search (its {@code files} are added by {@link #finish}): version,
     * calibration and scenario files, overrides, seeds (of every replication and of CMA-ES), threads,
     * times, and the scenario resolved at the fitted point, a scenario of its own that reruns the fit.
     */
    public ObjectNode manifest(Calibration calibration, Calibration.Fit fit, ObjectNode fittedScenario, int threads,
                               Instant startedAt, Instant endedAt, double wallSeconds) {
        CalibrationSpec spec = loaded.spec();
        ObjectNode root = JSON.createObjectNode();
        root.put("polycentricVersion", BuildVersion.current());
        ObjectNode c = root.putObject("calibration");
        c.put("name", spec.name());
        c.put("description", spec.description());
        ArrayNode files = c.putArray("files");
        loaded.source().chain().forEach(f -> files.add(f.toString()));
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", loaded.scenario().value().name());
        ArrayNode scenarioFiles = scenario.putArray("files");
        loaded.scenario().chain().forEach(f -> scenarioFiles.add(f.toString()));
        ArrayNode overrides = scenario.putArray("overrides");
        spec.overrides().forEach(overrides::add);
        root.put("seed", spec.seed());
        root.put("seedHex", CsvFormat.seed(spec.seed()));
        root.put("replications", spec.replications());
        ArrayNode seeds = root.putArray("replicationSeeds");
        for (int r = 0; r < spec.replications(); r++) {
            long seed = calibration.replicationSeed(r);
            seeds.addObject().put("replication", r).put("seed", seed).put("seedHex", CsvFormat.seed(seed));
        }
        if (spec.optimizer().kind() == OptimizerSpec.Kind.CMAES) {
            root.put("optimizerSeed", calibration.optimizerSeed());
            root.put("optimizerSeedHex", CsvFormat.seed(calibration.optimizerSeed()));
        }
        root.put("evaluations", fit.evaluations());
        root.put("threads", threads);
        root.put("javaVersion", Runtime.version().toString());
        root.put("startedAt", startedAt.toString());
        root.put("endedAt", endedAt.toString());
        root.put("wallSeconds", wallSeconds);
        root.set("fittedScenario", ManifestJson.resolvedScenario(fittedScenario, spec.seed(), spec.replications()));
        return root;
    }
}

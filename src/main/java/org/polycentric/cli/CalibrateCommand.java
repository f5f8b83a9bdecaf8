package org.polycentric.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.polycentric.experiment.ReplicationRunner;
import org.polycentric.experiment.calibration.Calibration;
import org.polycentric.experiment.calibration.CalibrationLoader;
import org.polycentric.experiment.calibration.CalibrationOutput;
import org.polycentric.experiment.calibration.Evaluation;
import org.polycentric.experiment.calibration.LoadedCalibration;
import org.polycentric.experiment.design.Parameter;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.output.FolderTakenException;
import org.polycentric.output.charts.ChartOptions;
import org.polycentric.output.charts.ChartSize;
import org.polycentric.output.charts.ChartTheme;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.world.StandardWorldSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code polycentric calibrate}: fits a calibration file's parameters to observed series and writes a new folder. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Fits parameters to observed series and writes a new calibration folder.",
        description = {"Searches the parameters of a calibration file (docs/CALIBRATION.md) with CMA-ES or",
                "BOBYQA for the values whose replication mean is closest to the observed series, with",
                "the same replication seeds at every evaluation. The folder holds fit.json (the fitted",
                "values), history.csv (every evaluation, written as it goes), fit.csv, charts/fit.*",
                "and manifest.json. The same file gives the same history on any number of threads."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report), files not writable, or out of memory",
                "2:bad input: the calibration file, its scenario or CSV files, an option or the output folder"})
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CALIBRATION", description = "Calibration file (JSON), e.g."
            + " calibrations/world-2005.json.")
    private Path file;

    @Option(names = "--threads", paramLabel = "T",
            description = "Replications run in parallel in each evaluation (default: the number of processors,"
                    + " at most the replications).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = {"Folder to write; must not exist or be empty. Default:",
                    "output/<name>-<yyyyMMdd-HHmmss>-seed<N>"})
    private Path out;

    @Mixin
    private ChartFormatsOption chartFormats = new ChartFormatsOption();

    @Option(names = "--no-charts", description = "Write no charts/.")
    private boolean noCharts;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages; print only the folder.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolycentricCommand parent;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ScenarioInput.requireAtLeastOne(spec.commandLine(), "--threads", threads);
        ChartFormatsOption.refuseWithNoCharts(spec.commandLine(), noCharts);
        LoadedCalibration loaded;
        try {
            loaded = new CalibrationLoader(RuleCatalogue.STANDARD).load(file);
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        int replications = loaded.spec().replications();
        int threadCount = Math.min(threads != null ? threads : ReplicationRunner.defaultThreads(), replications);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        // a search of many evaluations is a long run: the optimising compiler pays for its start
        if (QuickStartJit.shouldRestart(loaded.scenario().value(),
                (long) loaded.spec().optimizer().maxEvaluations() * replications, threadCount)) {
            return QuickStartJit.restart();
        }
        if (!noCharts) {
            ChartCommand.useHeadlessGraphics();
        }
        ChartOptions charts = noCharts ? null
                : new ChartOptions(chartFormats.formats(), ChartSize.DEFAULT, ChartTheme.PRINT, null);
        Instant startedAt = Instant.now();
        long startNanos = System.nanoTime();
        Calibration calibration = new Calibration(loaded, RuleCatalogue.STANDARD, new StandardWorldSource(), threadCount);
        int most = loaded.spec().optimizer().maxEvaluations();
        if (!quiet) {
            stderr.printf(Locale.ROOT, "%s: %d parameter%s, %d target%s, %s, %d replication%s per evaluation, %d thread%s%n",
                    loaded.spec().name(), loaded.dimension(), plural(loaded.dimension()), loaded.targets().size(),
                    plural(loaded.targets().size()), loaded.spec().optimizer().kind().id(), replications,
                    plural(replications), threadCount, plural(threadCount));
            stderr.flush();
        }
        try (CalibrationOutput output = open(loaded, startedAt)) {
            Calibration.Fit fit = calibration.run((e, best) -> {
                output.evaluated(e, best);
                if (!quiet) {
                    stderr.printf(Locale.ROOT, "evaluation %d/%d: error %s, best %s (%.1f s)%n", e.number(), most,
                            number(e.error()), number(best.error()), (System.nanoTime() - startNanos) / 1e9);
                    stderr.flush();
                }
            });
            ObjectNode fitted = new ScenarioLoader(RuleCatalogue.STANDARD).load(loaded.scenarioFile(),
                    loaded.overridesWith(fit.best().settings())).tree();
            double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
            ObjectNode manifest = output.manifest(calibration, fit, fitted, threadCount, startedAt, Instant.now(),
                    wallSeconds);
            CalibrationOutput.Written written = output.finish(fit, manifest, charts, caption(loaded, fit.best()));
            if (written.chartProblem() != null && !quiet) {
                stderr.println("polycentric: warning: the fit chart could not be drawn (" + written.chartProblem()
                        + "); the data files are complete");
            }
            stdout.println(RunCommand.shown(written.folder()));
            if (!quiet) {
                stdout.print(table(loaded, fit, wallSeconds));
            }
            return PolycentricCommand.OK;
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private CalibrationOutput open(LoadedCalibration loaded, Instant startedAt) {
        Path where = out != null ? out : parent.outputRoot();
        try {
            return new CalibrationOutput(loaded, out, parent.outputRoot(), startedAt);
        } catch (FolderTakenException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(where + ": cannot create the calibration folder here: " + e, e);
        }
    }

    /** The chart's caption: scenario and overrides, fitted values, replications and seed, error. */
    static String caption(LoadedCalibration loaded, Evaluation best) {
        StringBuilder sb = new StringBuilder("Scenario ").append(loaded.scenario().value().name());
        if (!loaded.spec().overrides().isEmpty()) {
            sb.append(" (").append(String.join(", ", loaded.spec().overrides())).append(')');
        }
        List<String> fitted = new ArrayList<>();
        double[] values = best.values();
        for (int i = 0; i < values.length; i++) {
            fitted.add(loaded.space().get(i).path() + "=" + number(values[i]));
        }
        sb.append("; fitted ").append(String.join(", ", fitted));
        sb.append("; ").append(loaded.spec().replications()).append(" replications per evaluation, seed ")
                .append(loaded.spec().seed()).append("; error ").append(number(best.error()))
                .append(". Band: ").append(CalibrationOutput.BAND).append('.');
        return sb.toString();
    }

    /** The console's summary: each parameter's start, fitted value and range, the error, evaluations, time. */
    static String table(LoadedCalibration loaded, Calibration.Fit fit, double wallSeconds) {
        int width = "parameter".length();
        for (Parameter p : loaded.space().parameters()) {
            width = Math.max(width, p.path().length());
        }
        StringBuilder sb = new StringBuilder();
        String row = "  %-" + width + "s  %-12s  %-12s  %s%n";
        sb.append(String.format(Locale.ROOT, row, "parameter", "start", "fitted", "range"));
        double[] start = loaded.start();
        double[] fitted = fit.best().values();
        for (int i = 0; i < loaded.dimension(); i++) {
            Parameter p = loaded.space().get(i);
            sb.append(String.format(Locale.ROOT, row, p.path(), number(start[i]), number(fitted[i]),
                    number(p.min()) + " to " + number(p.max()) + (p.log() ? ", log" : "")
                            + (p.integer() ? ", whole numbers" : "")));
        }
        sb.append(String.format(Locale.ROOT, "  error %s (evaluation %d of %d; stopped: %s)%n", number(fit.best().error()),
                fit.best().number(), fit.evaluations(), fit.stoppedBy().id()));
        sb.append(String.format(Locale.ROOT, "  %d evaluations in %.1f s (%.2f s each)%n", fit.evaluations(),
                wallSeconds, wallSeconds / Math.max(1, fit.evaluations())));
        return sb.toString();
    }

    /** Four significant digits, without an exponent for everyday sizes: 0.002983, 0.12, 1.234e-05. */
    static String number(double v) {
        if (v == 0 || (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e6)) {
            return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}

package org.polycentric.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import org.polycentric.experiment.sensitivity.Bootstrap;
import org.polycentric.experiment.spec.DesignSpec;
import org.polycentric.experiment.sweep.SweepInputException;
import org.polycentric.experiment.sweep.SweepPlan;
import org.polycentric.experiment.sweep.SweepSensitivity;
import org.polycentric.output.CsvWriter;
import org.polycentric.output.FolderTakenException;
import org.polycentric.output.RunFolder;
import org.polycentric.output.charts.ChartExport;
import org.polycentric.output.charts.ChartSize;
import org.polycentric.output.charts.ChartTheme;
import org.polycentric.output.charts.IntervalChartRenderer;
import org.polycentric.output.charts.IntervalChartSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code polycentric sensitivity}: Morris or Sobol indices of a finished sweep. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Morris elementary effects or Sobol indices of a finished sweep, with intervals.",
        description = {"Reads the sweep of EXPERIMENT (a morris or sobol design) and writes",
                "sensitivity.csv (outcome, parameter, index, estimate, ci95_low, ci95_high;",
                "indices mu, mu_star and sigma, or S1 and ST) and one chart per outcome",
                "(bars with 95% bootstrap intervals) into a new folder. docs/SENSITIVITY.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report) or files not writable",
                "2:bad input: the experiment, a sweep folder that is not its finished sweep, --out taken"})
final class SensitivityCommand implements Callable<Integer> {
    static final String CSV = "sensitivity.csv";

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "The experiment file the sweep ran.")
    private Path experimentFile;

    @Option(names = "--sweep", paramLabel = "DIR", description = {"The sweep's folder (default: sweep's own,",
            "output/sweep-<name>); a merged folder of shards will do."})
    private Path sweep;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write; must not exist or be empty."
            + " Default: DIR/sensitivity of the sweep.")
    private Path out;

    @Option(names = "--resamples", paramLabel = "B", defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES,
            description = "Bootstrap resamples of each interval (default: ${DEFAULT-VALUE}).")
    private int resamples;

    @Mixin
    private ChartFormatsOption chartFormats = new ChartFormatsOption();

    @Option(names = "--no-charts", description = "Write sensitivity.csv only.")
    private boolean noCharts;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolycentricCommand parent;

    @Override
    public Integer call() throws IOException {
        if (resamples < 100 || resamples > 1_000_000) {
            throw new ParameterException(spec.commandLine(), "--resamples must be between 100 and 1000000, was "
                    + resamples);
        }
        ChartFormatsOption.refuseWithNoCharts(spec.commandLine(), noCharts);
        SweepPlan plan = SweepCommand.plan(experimentFile);
        Path folder = sweep != null ? sweep : parent.outputRoot().resolve("sweep-" + plan.experiment().spec().name());
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            SweepSensitivity.Result result = SweepSensitivity.analyse(plan, folder, resamples);
            Path target = out != null ? out : folder.resolve("sensitivity");
            if (!noCharts) {
                ChartCommand.useHeadlessGraphics();
            }
            Path written;
            try (RunFolder files = RunFolder.at(target)) {
                writeCsv(files.workDir().resolve(CSV), result);
                if (!noCharts) {
                    writeCharts(files.workDir().resolve("charts"), plan, result);
                }
                written = files.commit();
            } catch (FolderTakenException e) {
                throw new SweepInputException(e.getMessage(), e);
            }
            print(stdout, plan, result);
            stdout.printf("%s%n", RunCommand.shown(written.toAbsolutePath()));
            return PolycentricCommand.OK;
        } catch (SweepInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private static void writeCsv(Path file, SweepSensitivity.Result result) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, List.of("outcome", "parameter", "index", "estimate", "ci95_low",
                "ci95_high"))) {
            for (SweepSensitivity.Row r : result.rows()) {
                csv.text(r.outcome()).text(r.parameter()).text(r.index()).number(r.estimate()).number(r.low())
                        .number(r.high()).endRow();
            }
        }
    }

    private void writeCharts(Path folder, SweepPlan plan, SweepSensitivity.Result result) throws IOException {
        boolean morris = result.kind() == DesignSpec.Kind.MORRIS;
        List<String> indices = morris ? List.of("mu_star", "sigma") : List.of("S1", "ST");
        String main = indices.get(morris ? 0 : 1);
        for (String outcome : plan.outcomes().names()) {
            List<SweepSensitivity.Row> rows = result.rows().stream().filter(r -> r.outcome().equals(outcome)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            // the most influential parameter on top
            List<String> parameters = rows.stream().filter(r -> r.index().equals(main))
                    .sorted(Comparator.comparingDouble(SweepSensitivity.Row::estimate).reversed())
                    .map(SweepSensitivity.Row::parameter).toList();
            List<IntervalChartSpec.Series> series = new ArrayList<>();
            for (String index : indices) {
                double[] e = new double[parameters.size()];
                double[] lo = new double[parameters.size()];
                double[] hi = new double[parameters.size()];
                for (int i = 0; i < parameters.size(); i++) {
                    String p = parameters.get(i);
                    SweepSensitivity.Row r = rows.stream().filter(x -> x.parameter().equals(p)
                            && x.index().equals(index)).findFirst().orElseThrow();
                    e[i] = r.estimate();
                    lo[i] = r.low();
                    hi[i] = r.high();
                }
                series.add(new IntervalChartSpec.Series(label(index), e, lo, hi));
            }
            var d = plan.experiment().spec().design();
            String design = morris ? d.trajectories() + " Morris trajectories on " + d.levels() + " levels"
                    : "Sobol indices, Saltelli scheme on " + d.baseSamples() + " base samples";
            String caption = plan.experiment().spec().name() + " (" + plan.experiment().file().getFileName() + "): "
                    + design + ", " + plan.points() + " points x " + plan.replications() + " replication"
                    + (plan.replications() == 1 ? "" : "s") + " (means per point)"
                    + (plan.experiment().spec().commonRandomNumbers() ? ", common random numbers" : "")
                    + ". Whiskers: 95% bootstrap intervals (" + result.resamples() + " resamples)"
                    + (morris ? "; effects in units of " + outcome + " per whole parameter range." : ".");
            IntervalChartSpec chart = new IntervalChartSpec(outcome + (morris ? ": Morris elementary effects"
                    : ": Sobol indices"), morris ? "effect on " + outcome : "share of variance", parameters, series,
                    true, caption);
            JFreeChart jfree = IntervalChartRenderer.chart(chart, ChartTheme.PRINT);
            ChartExport.writeAll(jfree, folder, "sensitivity-" + outcome, chartFormats.formats(), ChartSize.DEFAULT);
        }
    }

    private static String label(String index) {
        return switch (index) {
            case "mu_star" -> "mu* (mean |effect|)";
            case "sigma" -> "sigma (sd of effects)";
            case "S1" -> "first order S1";
            case "ST" -> "total ST";
            default -> index;
        };
    }

    private static void print(PrintWriter out, SweepPlan plan, SweepSensitivity.Result result) {
        boolean morris = result.kind() == DesignSpec.Kind.MORRIS;
        int width = Math.max(9, plan.parameterColumns().stream().mapToInt(String::length).max().orElse(9));
        for (String outcome : plan.outcomes().names()) {
            List<SweepSensitivity.Row> rows = result.rows().stream().filter(r -> r.outcome().equals(outcome)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            out.printf("%s%n", outcome);
            out.printf("  %-" + width + "s  %s%n", "parameter", morris ? "mu*  [95% interval]          sigma"
                    : "S1  [95% interval]           ST  [95% interval]");
            for (String p : plan.parameterColumns()) {
                if (morris) {
                    SweepSensitivity.Row m = find(rows, p, "mu_star");
                    SweepSensitivity.Row s = find(rows, p, "sigma");
                    out.printf("  %-" + width + "s  %s  %s%n", p, interval(m), number(s.estimate()));
                } else {
                    out.printf("  %-" + width + "s  %s  %s%n", p, interval(find(rows, p, "S1")),
                            interval(find(rows, p, "ST")));
                }
            }
        }
        for (SweepSensitivity.Skipped s : result.skipped()) {
            out.printf("%s: no indices: %s%n", s.outcome(), s.reason());
        }
    }

    private static SweepSensitivity.Row find(List<SweepSensitivity.Row> rows, String parameter, String index) {
        return rows.stream().filter(r -> r.parameter().equals(parameter) && r.index().equals(index)).findFirst()
                .orElseThrow();
    }

    private static String interval(SweepSensitivity.Row r) {
        return String.format("%-10s [%s, %s]", number(r.estimate()), number(r.low()), number(r.high()));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "NA" : String.format("%.4g", v);
    }
}

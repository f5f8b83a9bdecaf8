package org.polycentric.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.polycentric.output.charts.ChartFormat;
import org.polycentric.output.charts.ChartInputException;
import org.polycentric.output.charts.ChartOptions;
import org.polycentric.output.charts.ChartSize;
import org.polycentric.output.charts.ChartTheme;
import org.polycentric.output.charts.RunCharts;
import org.polycentric.output.charts.RunFolderData;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code polycentric chart}: draws charts again from finished run folders, without running
 * anything: the full set of one run, one metric of one run, or one metric of several runs on one
 * chart. It reads the run folders and never changes their data files.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        sortOptions = false,
        header = "Draws charts from run folders: again, one metric, or several runs compared.",
        description = {
            "One RUN_DIR, no --metric: the run's full set (adoption, adoption-by-tier,",
            "coverage, emissions, networks, firms, national-targets, map) into",
            "RUN_DIR/charts.",
            "One RUN_DIR and --metric: one chart of that metric, a line per group, into",
            "RUN_DIR/charts as <metric>-<group>.",
            "Several RUN_DIRs: one chart of --metric (default pledged_share), a line and",
            "band per run labelled by scenario (and seed where names repeat), into the",
            "current folder as comparison-<metric>-<group>; its CSV has a 'run' column.",
            "Each chart comes with <name>.csv: the summary.csv rows it draws. --out DIR",
            "writes elsewhere. Chart files are replaced; run data is never touched.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report) or files not writable",
                "2:bad input: not a run folder, an unknown metric or group, an option"})
final class ChartCommand implements Callable<Integer> {
    static final String DEFAULT_COMPARISON_METRIC = "pledged_share";

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "RUN_DIR",
            description = "Run folder(s) written by 'polycentric run'.")
    private List<Path> runs = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "M",
            description = {"Metric to draw, e.g. pledged_share (docs/METRICS.md).",
                    "Default: the full set for one run, pledged_share for several."})
    private String metric;

    @Option(names = "--group", paramLabel = "G", split = ",",
            description = {"Group(s) of the metric, comma-separated (a line each).",
                    "Default: all (every network for network_members)."})
    private List<String> groups = new ArrayList<>();

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            defaultValue = "png,svg,pdf", description = "png, svg and/or pdf, comma-separated (default: all three).")
    private List<ChartFormat> formats = new ArrayList<>();

    @Option(names = "--width", paramLabel = "IN", description = "Width in inches (default: 6.5).")
    private Double width;

    @Option(names = "--height", paramLabel = "IN", description = "Height in inches (default: 4).")
    private Double height;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution in dots per inch (default: 300).")
    private Integer dpi;

    @Option(names = "--title", paramLabel = "T", description = "Title of the chart (with --metric or several runs).")
    private String title;

    @Option(names = "--theme", paramLabel = "THEME", converter = ThemeConverter.class, defaultValue = "print",
            description = "print (for paper) or screen (larger text, for slides) (default: ${DEFAULT-VALUE}).")
    private ChartTheme theme = ChartTheme.PRINT;

    @Option(names = "--out", paramLabel = "DIR",
            description = {"Folder to write the charts into (created if missing).",
                    "Default: RUN_DIR/charts for one run, the current folder for several."})
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ChartOptions options = new ChartOptions(Set.copyOf(formats), size(), theme, title);
        boolean comparison = runs.size() > 1;
        if (!comparison && metric == null) {
            if (!groups.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--group needs --metric (or several run folders)");
            }
            if (title != null) {
                throw new ParameterException(spec.commandLine(),
                        "--title names one chart: use it with --metric or several run folders");
            }
        }
        requireDistinct();
        useHeadlessGraphics();
        List<Path> written;
        try {
            List<RunFolderData> data = new ArrayList<>();
            for (Path run : runs) {
                data.add(RunFolderData.read(run));
            }
            if (comparison) {
                String shown = metric != null ? metric : DEFAULT_COMPARISON_METRIC;
                // Checked before any folder is created, so a mistyped metric leaves nothing behind.
                RunCharts.resolveGroups(data, shown, groups);
                written = RunCharts.writeComparison(data, shown, groups, outputFolder(out != null ? out : Path.of(".")),
                        options);
            } else if (metric != null) {
                RunCharts.resolveGroups(data, metric, groups);
                written = RunCharts.writeMetric(data.get(0), metric, groups,
                        outputFolder(out != null ? out : runs.get(0).resolve(RunCharts.FOLDER)), options);
            } else {
                written = RunCharts.writeRunSet(data.get(0),
                        outputFolder(out != null ? out : runs.get(0).resolve(RunCharts.FOLDER)), options);
            }
        } catch (ChartInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path file : written) {
            stdout.println(RunCommand.shown(file.toAbsolutePath().normalize()));
        }
        return PolycentricCommand.OK;
    }

    private ChartSize size() {
        ChartSize defaults = ChartSize.DEFAULT;
        try {
            return new ChartSize(width != null ? width : defaults.widthInches(),
                    height != null ? height : defaults.heightInches(), dpi != null ? dpi : defaults.dpi());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--width, --height, --dpi: " + e.getMessage());
        }
    }

    private void requireDistinct() {
        Set<Path> seen = new HashSet<>();
        for (Path run : runs) {
            if (!seen.add(run.toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), run + " is given twice");
            }
        }
    }

    /** Creates the folder to write into; one that cannot be created is the user's to fix. */
    private static Path outputFolder(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(dir + ": is a file, not a folder; choose another --out", e);
        } catch (AccessDeniedException e) {
            throw new BadInputException(dir + ": cannot write charts here: permission denied (" + e.getFile() + ")", e);
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot write charts here: " + e, e);
        }
    }

    /**
     * Charts are drawn off screen: without this, AWT may try to reach a display (and on macOS put
     * an icon in the Dock) for a command-line run. Set only if nobody chose otherwise.
     */
    static void useHeadlessGraphics() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** {@code png}, {@code svg}, {@code pdf}, in any case. */
    static final class FormatConverter implements ITypeConverter<ChartFormat> {
        @Override
        public ChartFormat convert(String value) {
            for (ChartFormat format : ChartFormat.values()) {
                if (format.extension().equalsIgnoreCase(value.strip())) {
                    return format;
                }
            }
            throw new TypeConversionException("expected png, svg or pdf, was '" + value + "'");
        }
    }

    /** {@code print} or {@code screen}, in any case. */
    static final class ThemeConverter implements ITypeConverter<ChartTheme> {
        @Override
        public ChartTheme convert(String value) {
            for (ChartTheme t : ChartTheme.values()) {
                if (t.name().toLowerCase(Locale.ROOT).equalsIgnoreCase(value.strip())) {
                    return t;
                }
            }
            throw new TypeConversionException("expected print or screen, was '" + value + "'");
        }
    }
}

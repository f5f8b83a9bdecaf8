package org.polycentric.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.polycentric.output.charts.ChartFormat;
import org.polycentric.output.charts.ChartInputException;
import org.polycentric.output.charts.ChartOptions;
import org.polycentric.output.charts.ChartSize;
import org.polycentric.output.charts.ChartTheme;
import org.polycentric.output.charts.Palette;
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
            "band per run, labelled by the run's label or its scenario and --set values,",
            "as comparison-<metric>-<group> in a new folder output/comparison-<time>;",
            "its CSV has a 'run' column.",
            "Each chart comes with <name>.csv: the summary.csv rows it draws. --out DIR",
            "writes elsewhere. Chart files are replaced; run data is never touched.",
            "Prints the files written, one per line.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report) or files not writable",
                "2:bad input: not a run folder, an unknown metric or group, an option"})
final class ChartCommand implements Callable<Integer> {
    static final String DEFAULT_COMPARISON_METRIC = "pledged_share";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Sizes a chart can be drawn at: text and legend need an inch; 50 in is a poster. */
    private static final int MIN_INCHES = 1;
    private static final int MAX_INCHES = 50;
    private static final int MIN_DPI = 36;
    private static final int MAX_DPI = 2400;
    /** A PNG is drawn in memory, 4 bytes a pixel: 200 million pixels take 800 MB. */
    private static final long MAX_PNG_PIXELS = 200_000_000L;
    /** Numbered names to try when comparisons start in the same second. */
    private static final int MAX_ALTERNATIVES = 1000;

    /** Where a comparison goes without --out: a new folder in it, as a run's folder goes into output/. */
    private final Path outputRoot;

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

    @Option(names = "--width", paramLabel = "IN", description = "Width in inches, 1 to 50 (default: 6.5).")
    private Double width;

    @Option(names = "--height", paramLabel = "IN", description = "Height in inches, 1 to 50 (default: 4).")
    private Double height;

    @Option(names = "--dpi", paramLabel = "N",
            description = "PNG resolution in dots per inch, 36 to 2400 (default: 300).")
    private Integer dpi;

    @Option(names = "--title", paramLabel = "T", description = "Title of the chart (with --metric or several runs).")
    private String title;

    @Option(names = "--theme", paramLabel = "THEME", converter = ThemeConverter.class, defaultValue = "print",
            description = "print (for paper) or screen (larger text, for slides) (default: ${DEFAULT-VALUE}).")
    private ChartTheme theme = ChartTheme.PRINT;

    @Option(names = "--out", paramLabel = "DIR",
            description = {"Folder to write the charts into (created if missing).",
                    "Default: RUN_DIR/charts for one run; for several, a new",
                    "folder output/comparison-<yyyyMMdd-HHmmss>."})
    private Path out;

    @Spec
    private CommandSpec spec;

    /** Folders this command created: removed again if the charts cannot be written. */
    private final List<Path> created = new ArrayList<>();

    ChartCommand() {
        this(Path.of("output"));
    }

    /** A command that puts comparisons without --out into a new folder in {@code outputRoot}. */
    ChartCommand(Path outputRoot) {
        this.outputRoot = outputRoot;
    }

    @Override
    public Integer call() {
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
        groups = cleanGroups();
        useHeadlessGraphics();
        List<RunFolderData> data = new ArrayList<>();
        String shown = metric != null ? metric : comparison ? DEFAULT_COMPARISON_METRIC : null;
        try {
            for (Path run : runs) {
                data.add(RunFolderData.read(run));
            }
            // Checked before any folder is created, so a mistyped metric leaves nothing behind.
            if (shown != null) {
                warnIfColoursRepeat(data.size() * RunCharts.resolveGroups(data, shown, groups).size());
            }
        } catch (ChartInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        List<Path> written;
        boolean done = false;
        try {
            if (comparison) {
                written = RunCharts.writeComparison(data, shown, groups,
                        out != null ? outputFolder(out) : newComparisonFolder(), options);
            } else if (metric != null) {
                written = RunCharts.writeMetric(data.get(0), metric, groups,
                        outputFolder(out != null ? out : runs.get(0).resolve(RunCharts.FOLDER)), options);
            } else {
                written = RunCharts.writeRunSet(data.get(0),
                        outputFolder(out != null ? out : runs.get(0).resolve(RunCharts.FOLDER)), options);
            }
            done = true;
        } catch (ChartInputException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            spec.commandLine().getErr().println("polycentric chart: cannot write the charts: " + e);
            return PolycentricCommand.INTERNAL_ERROR;
        } finally {
            if (!done) {
                removeCreatedFolders();
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path file : written) {
            stdout.println(RunCommand.shown(file.toAbsolutePath().normalize()));
        }
        return PolycentricCommand.OK;
    }

    /**
     * The size asked for, checked here so that a mistake gets a message naming it rather than an
     * out-of-memory error: {@code --width 1920} (pixels meant, inches read) would make a PNG of
     * 576,000 pixels across.
     */
    private ChartSize size() {
        ChartSize defaults = ChartSize.DEFAULT;
        double w = width != null ? width : defaults.widthInches();
        double h = height != null ? height : defaults.heightInches();
        int d = dpi != null ? dpi : defaults.dpi();
        requireInches("--width", w);
        requireInches("--height", h);
        if (d < MIN_DPI || d > MAX_DPI) {
            throw new ParameterException(spec.commandLine(),
                    "--dpi must be from " + MIN_DPI + " to " + MAX_DPI + " (default 300), was " + d);
        }
        ChartSize size = new ChartSize(w, h, d);
        if (formats.contains(ChartFormat.PNG) && (double) size.widthPixels() * size.heightPixels() > MAX_PNG_PIXELS) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "a PNG of %s x %s in at %d dpi would have %,d x %,d pixels, more than %,d million; lower --dpi"
                            + " or the size", number(w), number(h), d, size.widthPixels(), size.heightPixels(),
                    MAX_PNG_PIXELS / 1_000_000));
        }
        return size;
    }

    private void requireInches(String option, double inches) {
        if (!(inches >= MIN_INCHES && inches <= MAX_INCHES)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s is in inches (the default page column is 6.5 x 4) and must be from %d to %d, was %s", option,
                    MIN_INCHES, MAX_INCHES, number(inches)));
        }
    }

    /** 1920, not 1920.0. */
    private static String number(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return whole ? Long.toString((long) value) : Double.toString(value);
    }

    /** More lines than colours: two lines of one colour are easily taken for one run's. */
    private void warnIfColoursRepeat(int lines) {
        int colours = Palette.OKABE_ITO.size();
        if (lines > colours) {
            spec.commandLine().getErr().println("polycentric chart: warning: " + lines + " lines on one chart but "
                    + colours + " colours, so from line " + (colours + 1) + " on colours repeat; compare fewer runs"
                    + " or groups to tell every line apart");
        }
    }

    /** The groups without spaces around them ({@code --group "north, south"}), each once. */
    private List<String> cleanGroups() {
        List<String> cleaned = new ArrayList<>();
        for (String group : groups) {
            String name = group.strip();
            if (name.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--group: an empty group name; give names separated "
                        + "by commas, e.g. --group north,south");
            }
            if (cleaned.contains(name)) {
                throw new ParameterException(spec.commandLine(), "--group: '" + name + "' is given twice");
            }
            cleaned.add(name);
        }
        return cleaned;
    }

    private void requireDistinct() {
        Set<Path> seen = new HashSet<>();
        for (Path run : runs) {
            if (!seen.add(run.toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), run + " is given twice");
            }
        }
    }

    /**
     * A new folder {@code comparison-<yyyyMMdd-HHmmss>} in the output root ({@code -2}, {@code -3},
     * ... when that name is taken), so that a comparison never writes over another.
     */
    private Path newComparisonFolder() {
        // not removed on failure even if made here: another comparison may be starting in it
        Path root = outputFolder(outputRoot, false);
        String name = RunCharts.COMPARISON_PREFIX + STAMP.format(LocalDateTime.now());
        for (int n = 1; n <= MAX_ALTERNATIVES; n++) {
            Path dir = root.resolve(n == 1 ? name : name + "-" + n);
            try {
                created.add(Files.createDirectory(dir));
                return dir;
            } catch (FileAlreadyExistsException e) {
                // taken: try the next number
            } catch (IOException e) {
                throw new BadInputException(dir + ": cannot write charts here: " + e + "; choose a folder with --out",
                        e);
            }
        }
        throw new BadInputException(root.resolve(name) + ": this name and its " + MAX_ALTERNATIVES
                + " numbered alternatives are all taken; choose a folder with --out", null);
    }

    /** Creates the folder to write into; one that cannot be created is the user's to fix. */
    private Path outputFolder(Path dir) {
        return outputFolder(dir, true);
    }

    /**
     * Creates {@code dir} if missing; with {@code removable}, the folders this made are removed
     * again if the charts fail.
     */
    private Path outputFolder(Path dir, boolean removable) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path firstMissing = null;
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            firstMissing = p;
        }
        try {
            Path folder = Files.createDirectories(dir);
            if (firstMissing != null && removable) {
                created.add(firstMissing);
            }
            return folder;
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(dir + ": is a file, not a folder; choose another --out", e);
        } catch (AccessDeniedException e) {
            throw new BadInputException(dir + ": cannot write charts here: permission denied (" + e.getFile() + ")", e);
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot write charts here: " + e, e);
        }
    }

    /** Deletes the folders this command created, with what it wrote into them so far. */
    private void removeCreatedFolders() {
        for (int i = created.size() - 1; i >= 0; i--) {
            try (Stream<Path> files = Files.walk(created.get(i))) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | UncheckedIOException e) {
                // Best effort: the failure that brought us here is what the user needs to hear about.
            }
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

package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every {@code ./polycentric ...} command in a code block of the user documentation runs, through
 * the command line's own entry point, and exits as the page says (0 unless its comment says
 * {@code exit N}); so do the {@code --set} examples of docs/SCENARIOS.md, applied to the baseline.
 *
 * <p>What is changed to keep it quick and out of the repository: a {@code run} gets a small world
 * ({@value #SMALL_WORLD}); every folder it writes or reads ({@code --out}, {@code output/...})
 * is moved under a temporary folder, one per page, so that a page's {@code chart} finds the runs the
 * same page made; a run without {@code --out} gets one; a {@code chart} of several runs, which
 * writes into the current folder, gets {@code --out}; a run folder the page only names
 * ({@code RUN}, {@code output/baseline-20260101-120000-seed1}, a {@code *} pattern) is made first
 * by a small run. A synopsis ({@code [optional] parts}, {@code ...}) is run with its brackets
 * dropped and its placeholders filled ({@link #PLACEHOLDERS}). {@code gui} never opens a window:
 * the tests run headless, where it loads its scenario and model and then stops for want of a
 * display, which is the only complaint allowed.
 * An unknown command or option fails.
 */
class DocumentedCommandsTest {
    static final List<String> PAGES = List.of("README.md", "docs/SCENARIOS.md", "docs/STUDENT-GUIDE.md",
            "docs/METRICS.md", "docs/COMPARE.md");
    private static final String SMALL_WORLD = "--set world.cities=200 --set time.endYear=2008";
    /** Commands and options other branches add; remove them here once they are merged. */
    /** Values for the placeholders of a synopsis line. */
    private static final Map<String, String> PLACEHOLDERS = Map.of("path=value", "rules.peerInfluence.weight=0.2",
            "S", "7", "N", "1", "PATH=VALUE", "rules.peerInfluence.weight=0.2");

    private static final Pattern COMMAND = Pattern.compile("^\\s*(?:[A-Z_]+=\\S*\\s+)*\\./polycentric(\\s.*)?$");
    /** A synopsis has optional parts: a word that starts with an unquoted '['. */
    private static final Pattern SYNOPSIS = Pattern.compile("(^|\\s)\\[");
    private static final Pattern EXPECTED_EXIT = Pattern.compile("#.*\\bexit(?: code)? (\\d+)");

    @TempDir
    static Path temp;

    /** A documented command: where it is written and its words as the shell would pass them. */
    record Example(String page, int line, String text, List<String> words, int exit) {
        String where() {
            return page + ":" + line;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String page : PAGES) {
            Path root = Files.createDirectories(temp.resolve(page.replace('/', '_')));
            Set<Path> written = new HashSet<>();
            for (Example example : examples(page)) {
                tests.add(DynamicTest.dynamicTest(example.where() + ": " + example.text(),
                        () -> run(example, root, written)));
            }
        }
        assertFalse(tests.isEmpty(), "the pages have commands");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everySetExampleAppliesToTheBaseline() throws IOException {
        Path root = Files.createDirectories(temp.resolve("set-examples"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Example example : setExamples()) {
            tests.add(DynamicTest.dynamicTest(example.where() + ": " + example.text(), () -> {
                List<String> args = new ArrayList<>(List.of("run", "scenarios/baseline.json"));
                args.addAll(example.words());
                args.addAll(List.of(SMALL_WORLD.split(" ")));
                args.addAll(List.of("--no-charts", "--quiet", "--out", root.resolve("line-" + example.line()).toString()));
                Outcome outcome = execute(args);
                assertEquals(0, outcome.exit, example.where() + ": " + outcome.err);
            }));
        }
        assertTrue(tests.size() >= 10, "SCENARIOS.md's --set examples: " + tests.size());
        return tests.stream();
    }

    /** The extraction finds what a reader sees: commands of fenced and indented blocks, continued lines, comments. */
    @Test
    void theExamplesAreReadAsTheShellReadsThem() {
        assertEquals(List.of("run", "a b", "--set", "x=[1, 2]", "c\"d", "e"),
                words("./polycentric run 'a b' --set 'x=[1, 2]' \"c\\\"d\" e   # a comment"));
        assertEquals(List.of("chart", "x#y"), words("./polycentric chart x#y"));
        List<Example> found = examples("README.md", List.of("Intro", "", "    ./polycentric --help",
                "    ./polycentric chart a \\", "        --out b   # exit code 2", "", "```bash",
                "POLYCENTRIC_JAVA_OPTS=-Xmx1g ./polycentric run s.json", "```", "Text ./polycentric run x.json"));
        assertEquals(3, found.size(), found.toString());
        assertEquals(List.of("chart", "a", "--out", "b"), found.get(1).words());
        assertEquals(2, found.get(1).exit());
        assertEquals(4, found.get(1).line());
        assertEquals(List.of("run", "s.json"), found.get(2).words());
        assertTrue(SYNOPSIS.matcher("./polycentric gui [s.json] [--seed S]").find());
        assertFalse(SYNOPSIS.matcher("./polycentric run s.json --set 'events[1].year=2019'").find(), "quoted");
        assertEquals(List.of("gui", "s.json", "--set", "rules.peerInfluence.weight=0.2", "--seed", "7"),
                fillSynopsis(words("./polycentric gui [s.json] [--set path=value ...] [--seed S]")));
    }

    /**
     * README and METRICS.md describe the {@code year} of {@code events.csv} alike, and a run's file
     * holds to it: the end of the step the event happened in.
     */
    @Test
    void theYearOfAnEventIsDescribedAlikeAndHolds() throws IOException {
        String formula = "`startYear + (step + 1) / stepsPerYear`";
        String readmeRow = Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.startsWith("| `events.csv` |")).findFirst().orElseThrow();
        assertTrue(readmeRow.contains("`year` is the end of the step it happened in, " + formula), readmeRow);
        String metrics = Files.readString(Path.of("docs/METRICS.md"));
        assertTrue(metrics.contains("- `year`: " + formula + ", the end of that step"), "METRICS.md events.csv");

        Path folder = temp.resolve("events-year");
        Outcome outcome = execute(List.of("run", "scenarios/baseline.json", "--set", "world.cities=200", "--set",
                "time.endYear=2008", "--set", "time.stepsPerYear=12", "--no-charts", "--quiet", "--out",
                folder.toString()));
        assertEquals(0, outcome.exit, outcome.err);
        List<String> rows = Files.readAllLines(folder.resolve("events.csv"));
        assertTrue(rows.size() > 10, "events happened");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            assertEquals(2005 + (Integer.parseInt(f[1]) + 1) / 12.0, Double.parseDouble(f[2]), 1e-9, row);
        }
    }

    // ---- running one example -----------------------------------------------------------------

    private void run(Example example, Path root, Set<Path> written) throws IOException {
        List<String> words = new ArrayList<>(example.words());
        if (SYNOPSIS.matcher(example.text()).find()) {
            words = fillSynopsis(words);
        }
        words = asTheShellWould(words, root);
        String command = words.isEmpty() ? "" : words.get(0);
        boolean help = words.contains("--help") || words.contains("-h");
        List<String> args = help ? words : switch (command) {
            case "run" -> runArgs(words, root, example);
            case "chart" -> chartArgs(words, root, written, example);
            case "compare" -> compareArgs(words, root, example);
            default -> words;
        };
        if (command.equals("gui") && !GraphicsEnvironment.isHeadless()) {
            new CommandLine(new PolycentricCommand()).parseArgs(args.toArray(String[]::new)); // no window here
            return;
        }
        Outcome outcome = execute(args);
        String context = example.where() + " ran as " + args + "\n" + outcome.err;
        if (command.equals("gui")) {
            assertEquals(PolycentricCommand.BAD_INPUT, outcome.exit, context);
            assertTrue(outcome.err.contains("no display"), "the only complaint is the missing display: " + context);
            return;
        }
        assertEquals(example.exit(), outcome.exit, context);
        if (example.exit() == 0 && command.equals("run") && !help) {
            Path folder = Path.of(args.get(args.indexOf("--out") + 1));
            assertTrue(Files.isRegularFile(folder.resolve("manifest.json")), context);
            written.add(folder);
        }
        if (example.exit() == 0) {
            assertFalse(outcome.out.isBlank(), "it says what it did: " + context);
        }
    }

    /**
     * What the shell does before the command sees its words: a pattern ({@code scenarios/*.json})
     * becomes the files it matches, in order; {@code > FILE} sends the output to a file (here: into
     * the temporary folder, and the command's words end before it). A {@code --label} names a
     * folder under output/; the run goes to the temporary folder under that name instead.
     */
    private static List<String> asTheShellWould(List<String> words, Path root) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals(">")) {
                break;
            }
            if (word.equals("--label") && i + 1 < words.size()) {
                out.add("--out");
                out.add(root.resolve("label-" + words.get(++i)).toString());
                continue;
            }
            if (word.contains("*") && !words.get(0).equals("chart")) { // chart examples name runs made first
                Path dir = Path.of(word).getParent();
                var matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + word);
                try (var files = Files.list(dir == null ? Path.of(".") : dir)) {
                    List<String> matched = files.filter(matcher::matches).map(Path::toString).sorted().toList();
                    assertFalse(matched.isEmpty(), "the pattern " + word + " matches no file");
                    out.addAll(matched);
                }
                continue;
            }
            out.add(word);
        }
        return out;
    }

    /** Drops the brackets and ellipses of a synopsis and fills its placeholders. */
    private static List<String> fillSynopsis(List<String> words) {
        List<String> filled = new ArrayList<>();
        for (String word : words) {
            String bare = word.replaceAll("^\\[+|\\]+$", "");
            if (bare.isEmpty() || bare.equals("...")) {
                continue;
            }
            filled.add(PLACEHOLDERS.getOrDefault(bare, bare));
        }
        return filled;
    }

    private static List<String> runArgs(List<String> words, Path root, Example example) {
        List<String> args = relocate(words, root);
        args.addAll(List.of(SMALL_WORLD.split(" ")));
        if (!args.contains("--out")) {
            args.addAll(List.of("--out", root.resolve("run-line-" + example.line()).toString()));
        }
        return args;
    }

    /** A comparison with every arm in the small world, into the temporary folder. */
    private static List<String> compareArgs(List<String> words, Path root, Example example) {
        List<String> args = new ArrayList<>();
        List<String> relocated = relocate(words, root);
        for (int i = 0; i < relocated.size(); i++) {
            args.add(relocated.get(i));
            if (relocated.get(i).equals("--scenario") && i + 1 < relocated.size()) {
                args.add(relocated.get(++i));
                args.addAll(List.of(SMALL_WORLD.split(" ")));
            }
        }
        if (!args.contains("--out")) {
            args.addAll(List.of("--out", root.resolve("compare-line-" + example.line()).toString()));
        }
        return args;
    }

    private static List<String> chartArgs(List<String> words, Path root, Set<Path> written, Example example)
            throws IOException {
        List<String> args = new ArrayList<>();
        args.add("chart");
        List<String> relocated = relocate(words, root);
        int folders = 0;
        for (int i = 1; i < relocated.size(); i++) {
            String word = relocated.get(i);
            if (word.startsWith("-")) {
                args.add(word);
                if (i + 1 < relocated.size() && !isFlag(word)) {
                    args.add(relocated.get(++i));
                }
                continue;
            }
            for (Path folder : runFolders(word, root, written)) {
                args.add(folder.toString());
                folders++;
            }
        }
        if (folders > 1 && !args.contains("--out")) {
            args.addAll(List.of("--out", root.resolve("chart-line-" + example.line()).toString()));
        }
        return args;
    }

    private static boolean isFlag(String option) {
        return option.equals("--help") || option.equals("-h") || option.equals("--version") || option.equals("-V");
    }

    /**
     * The run folders a {@code chart} argument names: the folder itself if an earlier command of
     * the page wrote it; else (a name the page only shows, {@code RUN}, a pattern) folders made for
     * it by a small run.
     */
    private static List<Path> runFolders(String word, Path root, Set<Path> written) throws IOException {
        Path path = word.equals("RUN") ? root.resolve("output/RUN") : Path.of(word);
        if (!word.contains("*")) {
            if (!written.contains(path) && !Files.exists(path)) {
                makeRun(path, written);
            }
            return List.of(path);
        }
        Path parent = path.getParent();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path.getFileName());
        if (!matches(parent, matcher)) {
            makeRun(parent.resolve(path.getFileName().toString().replace("*", "made-for-the-example")), written);
        }
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        }
    }

    private static boolean matches(Path parent, PathMatcher matcher) throws IOException {
        if (!Files.isDirectory(parent)) {
            return false;
        }
        try (Stream<Path> list = Files.list(parent)) {
            return list.anyMatch(p -> matcher.matches(p.getFileName()));
        }
    }

    private static void makeRun(Path folder, Set<Path> written) {
        List<String> args = new ArrayList<>(List.of("run", "scenarios/baseline.json", "--replications", "2"));
        args.addAll(List.of(SMALL_WORLD.split(" ")));
        args.addAll(List.of("--seed", Integer.toString(written.size() + 1), "--no-charts", "--quiet", "--out",
                folder.toString()));
        Outcome outcome = execute(args);
        assertEquals(0, outcome.exit, "a run folder for the example: " + outcome.err);
        written.add(folder);
    }

    /** Moves every folder the command writes or reads ({@code --out}, {@code output/...}) under {@code root}. */
    private static List<String> relocate(List<String> words, Path root) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("output/") || i > 0 && words.get(i - 1).equals("--out") && !Path.of(word).isAbsolute()) {
                args.add(root.resolve(word).toString());
            } else {
                args.add(word);
            }
        }
        return args;
    }

    record Outcome(int exit, String out, String err) {
    }

    private static Outcome execute(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PolycentricCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), false,
                args.toArray(String[]::new));
        return new Outcome(exit, out.toString(), err.toString());
    }

    // ---- reading the pages ---------------------------------------------------------------------

    static List<Example> examples(String page) throws IOException {
        return examples(page, Files.readAllLines(Path.of(page)));
    }

    /** The commands in the code blocks (fenced, or indented by four spaces after a blank line) of a page. */
    static List<Example> examples(String page, List<String> lines) {
        List<Example> found = new ArrayList<>();
        for (Map.Entry<Integer, String> block : codeLines(lines).entrySet()) {
            Matcher command = COMMAND.matcher(block.getValue());
            if (!command.matches()) {
                continue;
            }
            String text = block.getValue().strip();
            Matcher exit = EXPECTED_EXIT.matcher(text);
            List<String> words = words(text.substring(text.indexOf("./polycentric")));
            found.add(new Example(page, block.getKey(), text, words, exit.find() ? Integer.parseInt(exit.group(1)) : 0));
        }
        return found;
    }

    /** {@code --set} lines of SCENARIOS.md's code blocks. */
    static List<Example> setExamples() throws IOException {
        List<Example> found = new ArrayList<>();
        for (Map.Entry<Integer, String> block : codeLines(Files.readAllLines(Path.of("docs/SCENARIOS.md")))
                .entrySet()) {
            String text = block.getValue().strip();
            // an error message shown as an example starts "--set PATH=VALUE: path: ...": not an override to try
            if (text.startsWith("--set ") && !shellWords(text).get(1).endsWith(":")) {
                found.add(new Example("docs/SCENARIOS.md", block.getKey(), text, shellWords(text), 0));
            }
        }
        return found;
    }

    /** Lines of code blocks by line number (1-based), a line continued with {@code \} joined to the next. */
    private static Map<Integer, String> codeLines(List<String> lines) {
        Map<Integer, String> code = new LinkedHashMap<>();
        boolean fenced = false;
        boolean indented = false;
        boolean previousBlank = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                previousBlank = false;
                continue;
            }
            boolean blank = line.isBlank();
            indented = !fenced && line.startsWith("    ") && (indented || previousBlank);
            if ((fenced || indented) && !blank) {
                int first = i + 1;
                StringBuilder joined = new StringBuilder(line);
                while (joined.toString().stripTrailing().endsWith("\\") && i + 1 < lines.size()) {
                    String text = joined.toString().stripTrailing();
                    joined = new StringBuilder(text.substring(0, text.length() - 1)).append(' ')
                            .append(lines.get(++i).strip());
                }
                code.put(first, joined.toString());
            }
            previousBlank = blank;
        }
        return code;
    }

    /** The words after {@code ./polycentric}. */
    static List<String> words(String command) {
        List<String> words = shellWords(command);
        return words.subList(1, words.size());
    }

    /** Splits as a POSIX shell does for these pages: quotes, backslash escapes, a {@code #} comment after a space. */
    static List<String> shellWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                word = (word == null ? new StringBuilder() : word).append(text, i + 1, end);
                i = end;
            } else if (c == '"') {
                word = word == null ? new StringBuilder() : word;
                for (i++; text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\' && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                        i++;
                    }
                    word.append(text.charAt(i));
                }
            } else if (c == '\\' && i + 1 < text.length()) {
                word = (word == null ? new StringBuilder() : word).append(text.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}

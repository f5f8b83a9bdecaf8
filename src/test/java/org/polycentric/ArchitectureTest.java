package org.polycentric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The habits of STYLE.md that a scan of the sources can keep. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/polycentric");
    private static final Pattern IO = Pattern.compile(
            "^import (java\\.io\\.|java\\.nio\\.file\\.|javax\\.swing\\.|java\\.awt\\.)|System\\.(out|err)\\.",
            Pattern.MULTILINE);
    private static final Pattern FOREIGN_RANDOM = Pattern.compile(
            "Math\\.random\\(|new (java\\.util\\.)?Random\\(|ThreadLocalRandom|SplittableRandom");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.polycentric\\.([a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED_USE = Pattern.compile("\\borg\\.polycentric\\.([a-z.]+)\\.[A-Z]");

    /**
     * Each room and the rooms it may use: data flows one way, from scenario files through the model
     * to files and charts, and the window and the command line sit on top. A package not listed
     * here fails the test, so a new one must say where it stands.
     */
    private static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        Set<String> model = Set.of("params", "scenario", "model", "model.network", "model.metrics", "model.rules");
        MAY_USE.put("params", Set.of());
        MAY_USE.put("scenario", Set.of("params"));
        MAY_USE.put("model.network", Set.of());
        // the real world's data files and their readers: a leaf that needs nothing of the model
        MAY_USE.put("world.data", Set.of());
        MAY_USE.put("model", model);
        MAY_USE.put("model.metrics", Set.of("params", "scenario", "model", "model.network"));
        // rules know the world and their own parameters, never the scenario files they come from
        MAY_USE.put("model.rules", Set.of("params", "model", "model.network"));
        MAY_USE.put("world", union(model, Set.of("world.data")));
        MAY_USE.put("output", union(model, Set.of("output.charts")));
        MAY_USE.put("output.charts", union(model, Set.of("output", "world.data")));
        // parameter spaces and designs: pure arithmetic on the unit hypercube, errors as params' InvalidValueException
        MAY_USE.put("experiment.design", Set.of("params"));
        // experiment files: read like scenarios, checked against their scenario and the metric list
        MAY_USE.put("experiment.spec", Set.of("params", "scenario", "model.metrics"));
        // replications, runs and comparisons; outcomes as experiment and outcomes files define them
        MAY_USE.put("experiment", union(model, Set.of("world", "output", "output.charts", "experiment.spec")));
        // sweeps: a design's points as runs and seeds, their folder of files, and indices of a finished one
        MAY_USE.put("experiment.sweep", union(model, Set.of("world", "experiment", "experiment.design",
                "experiment.spec", "experiment.sensitivity", "output")));
        // sensitivity estimators work on plain arrays of outcomes: they need nothing of the model
        MAY_USE.put("experiment.sensitivity", Set.of());
        // calibration: files read like experiments, runs of the model, observed series, its own folder and chart
        MAY_USE.put("experiment.calibration", union(model, Set.of("world.data", "experiment", "experiment.design",
                "experiment.spec", "output", "output.charts")));
        MAY_USE.put("gui", union(model, Set.of("world", "world.data", "output", "output.charts", "experiment")));
        MAY_USE.put("cli", union(model, Set.of("world", "output", "output.charts", "experiment", "experiment.spec",
                "experiment.sweep", "experiment.sensitivity", "experiment.calibration", "experiment.design", "gui")));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Path> sources(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg.replace('.', '/')))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace('/', '.');
    }

    private static List<String> offenders(List<Path> files, Pattern pattern) throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            if (pattern.matcher(Files.readString(f)).find()) {
                bad.add(f.toString());
            }
        }
        return bad;
    }

    @Test
    void everyPackageUsesOnlyTheRoomsBelowIt() throws IOException {
        List<String> bad = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        for (Path f : sources("")) {
            String own = packageOf(f);
            packages.add(own);
            Set<String> allowed = MAY_USE.get(own);
            if (allowed == null) {
                bad.add(f + ": package " + own + " is not in ArchitectureTest.MAY_USE");
                continue;
            }
            String text = Files.readString(f);
            for (Pattern p : new Pattern[] {IMPORT, QUALIFIED_USE}) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(own) && !allowed.contains(used)) {
                        bad.add(f + " uses " + used);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), "dependencies against the layering:\n" + String.join("\n", new TreeSet<>(bad)));
        assertEquals(MAY_USE.keySet(), packages, "every package and only these");
    }

    @Test
    void modelNeverTouchesFilesConsoleOrSwing() throws IOException {
        List<String> bad = offenders(sources("model"), IO);
        bad.addAll(offenders(sources("params"), IO));
        assertTrue(bad.isEmpty(), "model code doing I/O: " + bad);
    }

    @Test
    void allRandomnessComesFromMason() throws IOException {
        List<String> bad = offenders(sources(""), FOREIGN_RANDOM);
        assertTrue(bad.isEmpty(), "randomness outside MersenneTwisterFast: " + bad);
    }

    @Test
    void theModelDrawsOnlyFromItsNamedStreams() throws IOException {
        // a generator made anywhere else, or MASON's shared state.random, would bypass the streams
        Pattern bypass = Pattern.compile("new MersenneTwisterFast\\(|\\bstate\\.random\\b|\\bmodel\\.random\\b");
        List<String> bad = new ArrayList<>();
        for (String pkg : List.of("model", "world")) {
            for (String f : offenders(sources(pkg), bypass)) {
                if (!f.endsWith("model/RandomStream.java") && !f.endsWith("model/Polycentric.java")) {
                    bad.add(f);
                }
            }
        }
        assertTrue(bad.isEmpty(), "drawing outside the named streams: " + bad);
    }
}

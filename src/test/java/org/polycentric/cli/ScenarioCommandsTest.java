package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.experiment.RunService;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.Polycentric;
import org.polycentric.model.metrics.Metric;

/** {@code validate}, {@code show}, {@code scenarios} and {@code metrics} end to end: what they print, exit codes, nothing written. */
class ScenarioCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private CommandLineFixture cli;
    private Path tiny;

    @BeforeEach
    void writeScenario() throws IOException {
        cli = new CommandLineFixture(dir);
        tiny = Files.writeString(dir.resolve("tiny.json"), CommandLineFixture.TINY);
    }

    // ---- validate ----------------------------------------------------------------------------

    @Test
    void validateSaysOkForEachGoodFile() throws IOException {
        Path child = Files.writeString(dir.resolve("child.json"),
                "{ \"extends\": \"tiny\", \"name\": \"child\", \"description\": \"Tiny, later.\","
                        + " \"time\": { \"endYear\": 2010 } }");
        assertEquals(0, cli.run("validate", tiny.toString(), child.toString()), cli.err());
        assertEquals("ok: " + tiny + "\nok: " + child + "\n", cli.out().replace("\r\n", "\n"));
        assertEquals("", cli.err());
        assertEquals(List.of("child.json", "tiny.json"), CommandLineFixture.entries(dir), "nothing written");
    }

    @Test
    void validateReportsEachBadFileAsTheLoaderDoesAndExitsTwo() throws IOException {
        String text = CommandLineFixture.TINY.replace("\"cities\": 200", "\"cities\": 0");
        Path bad = Files.writeString(dir.resolve("bad.json"), text);
        long line = 1 + text.substring(0, text.indexOf("\"cities\": 0")).chars().filter(c -> c == '\n').count();
        Path missing = dir.resolve("missing.json");

        assertEquals(2, cli.run("validate", tiny.toString(), bad.toString(), missing.toString()));
        assertEquals("ok: " + tiny, cli.out().strip(), "only the good file is ok");
        List<String> errors = cli.err().lines().toList();
        assertEquals(2, errors.size(), cli.err());
        assertTrue(errors.get(0).startsWith(bad + ":" + line + ": world.cities: "), errors.get(0));
        assertEquals(missing + ": file not found", errors.get(1));
        assertFalse(cli.err().contains("\tat "), cli.err());
        assertEquals(List.of("bad.json", "tiny.json"), CommandLineFixture.entries(dir), "nothing written");
    }

    @Test
    void validateAppliesTheOverridesAsRunDoes() {
        assertEquals(2, cli.run("validate", tiny.toString(), "--set", "rules.peerInfluence.weight=400"));
        assertEquals("", cli.out());
        assertTrue(cli.err().startsWith("--set rules.peerInfluence.weight=400: rules.peerInfluence.weight: must be between 0 and 100, was 400"),
                cli.err());
        assertEquals(0, cli.run("validate", tiny.toString(), "--set", "rules.peerInfluence.weight=4"), cli.err());
    }

    @Test
    void validateNamesTheAncestorThatSetABadValue() throws IOException {
        Path parent = Files.writeString(dir.resolve("parent.json"),
                "{ \"name\": \"parent\", \"description\": \"Bad.\",\n  \"decision\": { \"mode\": \"random\" } }");
        Path child = Files.writeString(dir.resolve("child.json"),
                "{ \"extends\": \"parent\", \"name\": \"child\", \"description\": \"Child.\" }");
        assertEquals(2, cli.run("validate", child.toString()));
        assertTrue(cli.err().startsWith(parent + ":2: decision.mode: "), cli.err());
    }

    @Test
    void everyShippedScenarioValidates() throws IOException {
        List<String> args = new ArrayList<>(List.of("validate"));
        try (Stream<Path> files = Files.walk(CommandLineFixture.repository().resolve("scenarios"))) {
            files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> args.add(p.toString()));
        }
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        assertEquals(args.size() - 1, cli.out().lines().filter(l -> l.startsWith("ok: ")).count());
    }

    @Test
    void validateReadsExperimentAndCalibrationFilesAsTheirCommandsDo() throws IOException {
        Path repo = CommandLineFixture.repository();
        String experiment = repo.resolve("experiments/baseline-morris.json").toString();
        String calibration = repo.resolve("calibrations/world-2005.json").toString();
        assertEquals(0, cli.run("validate", experiment, calibration), cli.err());
        assertEquals(List.of("ok: " + experiment + " (experiment: 50 points x 2 replications = 100 runs)",
                "ok: " + calibration + " (calibration: 3 parameters, 1 target, at most 200 evaluations)"),
                cli.out().lines().toList());

        // a mistake is reported as sweep would, at its line, not as an unknown scenario key
        String text = Files.readString(Path.of(experiment)).replace("\"trajectories\"", "\"trajectorys\"");
        Path bad = Files.writeString(dir.resolve("bad-experiment.json"), text.replace("\"../scenarios/baseline.json\"",
                "\"" + repo.resolve("scenarios/baseline.json").toString().replace('\\', '/') + "\""));
        assertEquals(2, cli.run("validate", bad.toString()));
        assertTrue(cli.err().contains("design.trajectorys: unknown key 'trajectorys'; did you mean 'trajectories'?"),
                cli.err());

        assertEquals(2, cli.run("validate", experiment, "--set", "seed=3"));
        assertTrue(cli.err().contains("--set changes scenario files; this is an experiment file"), cli.err());
    }

    // ---- show --------------------------------------------------------------------------------

    @Test
    void showPrintsWhatTheManifestRecordsAsTheResolvedScenario() throws IOException {
        Path folder = dir.resolve("run");
        String[] options = {"--set", "rules.peerInfluence.weight=0.3", "--set", "world.cities=150", "--seed", "11",
                "--replications", "2"};
        assertEquals(0, cli.run(concat(new String[] {"run", tiny.toString(), "--quiet", "--no-charts", "--out",
                folder.toString()}, options)), cli.err());
        JsonNode recorded = JSON.readTree(folder.resolve("manifest.json").toFile()).get("resolvedScenario");

        assertEquals(0, cli.run(concat(new String[] {"show", tiny.toString()}, options)), cli.err());
        assertEquals("", cli.err());
        assertEquals(recorded, JSON.readTree(cli.out()));
        assertTrue(cli.out().startsWith("{" + System.lineSeparator() + "  \"name\""), "pretty-printed: " + cli.out());
        JsonNode shown = JSON.readTree(cli.out());
        assertEquals(11, shown.get("seed").asLong());
        assertEquals(2, shown.get("replications").asInt());
        assertEquals(150, shown.at("/world/cities").asInt());
        assertEquals(0.3, shown.at("/rules/peerInfluence/weight").asDouble());
        assertTrue(shown.at("/rules/carbonMarket/enabled").isBoolean(), "defaults filled in");
    }

    @Test
    void showOutputRunAsAScenarioGivesTheSameRun() throws IOException {
        Path child = Files.writeString(dir.resolve("child.json"),
                "{ \"extends\": \"tiny\", \"name\": \"child\", \"description\": \"Tiny, stronger peers.\","
                        + " \"rules\": { \"peerInfluence\": { \"weight\": 0.5 } } }");
        String[] options = {"--set", "rules.campaigns.enabled=false", "--seed", "3", "--replications", "2"};
        assertEquals(0, cli.run(concat(new String[] {"show", child.toString()}, options)), cli.err());
        Path shown = Files.writeString(dir.resolve("shown.json"), cli.out());

        Path original = dir.resolve("original");
        Path again = dir.resolve("again");
        assertEquals(0, cli.run(concat(new String[] {"run", child.toString(), "--quiet", "--no-charts", "--out",
                original.toString()}, options)), cli.err());
        assertEquals(0, cli.run("run", shown.toString(), "--quiet", "--no-charts", "--out", again.toString()),
                cli.err());
        for (String file : CommandLineFixture.CSV_FILES) {
            assertArrayEquals(Files.readAllBytes(original.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
        assertEquals(2, Files.readAllLines(again.resolve("runs.csv")).size() - 1, "the replications travel along");
    }

    @Test
    void showOfABadScenarioPrintsNothingAndExitsTwo() {
        assertEquals(2, cli.run("show", tiny.toString(), "--set", "world.citys=5"));
        assertEquals("", cli.out());
        assertTrue(cli.err().startsWith("--set world.citys=5: world.citys: unknown key 'citys'; did you mean 'cities'?"), cli.err());
        cli.assertOneLineNoStackTrace();

        assertEquals(2, cli.run("show", tiny.toString(), "--replications", "0"));
        assertEquals("", cli.out());
        assertTrue(cli.err().contains("--replications"), cli.err());
    }

    // ---- scenarios ---------------------------------------------------------------------------

    @Test
    void scenariosListsEveryFileInPathOrderWithItsFirstSentenceAligned() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenarios/docking"));
        scenarioFile(folder.resolveSibling("zeta.json"), "Last by name. Not shown.");
        scenarioFile(folder.resolveSibling("alpha.json"), "Rivalry at 0.7, e.g. after 2018.  Not shown.");
        scenarioFile(folder.resolve("bass.json"), "Docking with Bass (1969): p = 0.03! Not shown.");
        Files.writeString(folder.resolveSibling("broken.json"), "{ \"name\": ");
        Files.writeString(folder.resolveSibling("notes.txt"), "not a scenario");

        assertEquals(0, cli.run("scenarios"), cli.err());
        assertEquals(List.of(
                "scenarios/alpha.json         Rivalry at 0.7, e.g. after 2018.",
                "scenarios/broken.json        (not valid JSON; 'polycentric validate scenarios/broken.json' says why)",
                "scenarios/docking/bass.json  Docking with Bass (1969): p = 0.03!",
                "scenarios/zeta.json          Last by name."), cli.out().lines().toList());
    }

    @Test
    void scenariosFromAnotherFolderListsTheInstallationsOwn() {
        assertEquals(0, cli.run("scenarios"), cli.err());
        Path baseline = CommandLineFixture.repository().resolve("scenarios/baseline.json");
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(baseline + " ") && l.endsWith(
                "every mechanism switched on.")), cli.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(baseline.resolveSibling("docking/bass.json") + " ")),
                cli.out());
    }

    @Test
    void scenariosWithoutAnyScenarioFolderIsBadInput() {
        CommandLineFixture nowhere = new CommandLineFixture(dir, dir);
        assertEquals(2, nowhere.run("scenarios"));
        assertEquals("", nowhere.out());
        assertTrue(nowhere.err().startsWith("polycentric scenarios: no scenarios/ folder in "
                + dir.resolve("scenarios")), nowhere.err());
        nowhere.assertOneLineNoStackTrace();
    }

    // ---- metrics -----------------------------------------------------------------------------

    @Test
    void metricsListsEveryMetricOnItsOwnLine() {
        assertEquals(0, cli.run("metrics", tiny.toString()), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.get(0).matches("metric +unit +scope +description"), lines.get(0));
        int descriptionColumn = lines.get(0).indexOf("description");
        for (Metric m : Metric.values()) {
            String line = lines.get(1 + m.ordinal());
            String[] columns = line.substring(0, descriptionColumn).trim().split(" {2,}");
            assertArrayEquals(new String[] {m.id(), m.unit(), m.scope().name().toLowerCase()}, columns, line);
            assertEquals(m.description(), line.substring(descriptionColumn), line);
        }
    }

    @Test
    void metricsNamesTheGroupsAsTheRecorderOfTheScenariosWorldDoes() {
        assertEquals(0, cli.run("metrics", tiny.toString()), cli.err());
        Polycentric model = startedModel(tiny, List.of());
        assertEquals(List.of(
                "  city     " + String.join(", ", model.recorder().cityGroups()),
                "  nation   " + String.join(", ", model.recorder().nationGroups()),
                "  world    all",
                "  network  C40"), groupLines(cli.out()));
    }

    @Test
    void metricsWithoutAScenarioNamesTheShippedBaselinesGroups() {
        assertEquals(0, cli.run("metrics"), cli.err());
        // Group names do not depend on the world's size: a small baseline world has the same ones.
        Polycentric model = startedModel(CommandLineFixture.repository().resolve("scenarios/baseline.json"),
                List.of("world.cities=200", "world.firms.count=500"));
        List<String> lines = groupLines(cli.out());
        assertEquals("  city     " + String.join(", ", model.recorder().cityGroups()), lines.get(0));
        assertEquals("  nation   " + String.join(", ", model.recorder().nationGroups()), lines.get(1));
        assertEquals("  network  " + String.join(", ", Stream.of(model.world().networks()).map(CityNetwork::name)
                .toList()), lines.get(3));
        for (String bloc : model.world().blocs()) {
            assertTrue(lines.get(1).contains("bloc_" + bloc), "bloc_<name>, as the note says: " + lines.get(1));
        }
        assertTrue(cli.out().contains("bloc_<name>"), cli.out());
        assertTrue(lines.get(0).contains("bloc_west"), lines.get(0));
    }

    @Test
    void metricsWithoutAScenarioOrAShippedBaselineIsBadInput() {
        CommandLineFixture nowhere = new CommandLineFixture(dir, dir);
        assertEquals(2, nowhere.run("metrics"));
        assertEquals("", nowhere.out());
        assertTrue(nowhere.err().contains("no shipped baseline.json in " + dir.resolve("scenarios")), nowhere.err());
        assertTrue(nowhere.err().contains("polycentric metrics SCENARIO"), nowhere.err());
        nowhere.assertOneLineNoStackTrace();
    }

    /** The lines after the groups heading, up to the blank line. */
    private static List<String> groupLines(String out) {
        List<String> lines = out.lines().toList();
        int from = 1 + lines.indexOf(lines.stream().filter(l -> l.startsWith("Groups of each scope")).findFirst()
                .orElseThrow());
        int to = from;
        while (to < lines.size() && !lines.get(to).isEmpty()) {
            to++;
        }
        return lines.subList(from, to);
    }

    private static Polycentric startedModel(Path file, List<String> overrides) {
        try {
            RunService service = RunService.standard();
            Polycentric model = service.model(service.load(file, overrides).value(), 0);
            model.start();
            return model;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void scenarioFile(Path file, String description) throws IOException {
        Files.writeString(file, "{ \"name\": \"x\", \"description\": \"" + description + "\" }");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

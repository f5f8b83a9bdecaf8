package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a user makes on the command line, each refused with exit code 2, one line naming what
 * was probably meant or what contradicts what, no stack trace, and nothing written.
 */
class CommandLineMistakesTest {
    @TempDir
    Path dir;
    private CommandLineFixture cli;
    private String tiny;

    @BeforeEach
    void writeScenario() throws IOException {
        cli = new CommandLineFixture(dir);
        tiny = Files.writeString(dir.resolve("tiny.json"), CommandLineFixture.TINY).toString();
    }

    // ---- did you mean ------------------------------------------------------------------------

    @Test
    void aMisspeltCommandNamesTheNearestOne() throws IOException {
        refused("polycentric: 'runn' is not a command; did you mean 'run'? (see 'polycentric --help')", "runn", tiny);
        refused("polycentric: 'valdate' is not a command; did you mean 'validate'? (see 'polycentric --help')",
                "valdate", tiny);
        refused("polycentric: 'metric' is not a command; did you mean 'metrics'? (see 'polycentric --help')", "metric");
    }

    @Test
    void anUnknownCommandWithNothingNearListsTheCommands() throws IOException {
        refused("polycentric: 'xyz' is not a command; the commands are run, validate, show, scenarios, metrics,"
                + " chart, gui, sweep, merge, sensitivity, compare, calibrate, help (see 'polycentric --help')", "xyz");
        // picocli offers 'validate', three letters away out of eight: a different word
        refused("polycentric: 'simulate' is not a command; the commands are run, validate, show, scenarios, metrics,"
                + " chart, gui, sweep, merge, sensitivity, compare, calibrate, help (see 'polycentric --help')", "simulate", tiny);
    }

    @Test
    void aMisspeltOptionNamesTheNearestOne() throws IOException {
        refused("polycentric run: unknown option '--replication'; did you mean '--replications'?"
                + " (see 'polycentric run --help')", "run", tiny, "--replication", "5");
        // picocli offers --seed and --set; --seed is one letter away, --set two
        refused("polycentric run: unknown option '--seeds'; did you mean '--seed'? (see 'polycentric run --help')",
                "run", tiny, "--seeds", "3");
        refused("polycentric run: unknown option '--seeds'; did you mean '--seed'? (see 'polycentric run --help')",
                "run", tiny, "--seeds=3");
        refused("polycentric gui: unknown option '--replications'; did you mean '--replication'?"
                + " (see 'polycentric gui --help')", "gui", tiny, "--replications", "2");
        refused("polycentric run: unknown option '--no-chart'; did you mean '--no-charts'?"
                + " (see 'polycentric run --help')", "run", tiny, "--no-chart");
    }

    @Test
    void anOptionAsNearToTwoNamesBoth() throws IOException {
        refused("polycentric show: unknown option '--sed'; did you mean '--seed' or '--set'?"
                + " (see 'polycentric show --help')", "show", tiny, "--sed", "3");
    }

    @Test
    void anUnknownOptionWithNothingNearSaysSo() throws IOException {
        refused("polycentric run: unknown option '--bogus' (see 'polycentric run --help')", "run", tiny, "--bogus");
    }

    @Test
    void editDistanceCountsSingleCharacterEdits() {
        assertEquals(0, PolycentricCommand.editDistance("run", "run"));
        assertEquals(1, PolycentricCommand.editDistance("runn", "run"));
        assertEquals(1, PolycentricCommand.editDistance("--sed", "--set"));
        assertEquals(3, PolycentricCommand.editDistance("--seeds", "--set"));
        assertEquals(2, PolycentricCommand.editDistance("shwo", "show"));
        assertEquals(3, PolycentricCommand.editDistance("", "abc"));
        assertEquals(List.of("--seed"), PolycentricCommand.closest("--seeds", List.of("--set", "--seed")));
        assertEquals(List.of("--seed", "--set"), PolycentricCommand.closest("--sed", List.of("--set", "--seed")));
        assertEquals(List.of("show"), PolycentricCommand.closest("shwo", List.of("show")), "two edits are near");
        assertEquals(List.of(), PolycentricCommand.closest("simulate", List.of("validate")), "three of eight are not");
    }

    // ---- a scenario file that does not exist -------------------------------------------------

    @Test
    void aMissingFileNamesTheShippedScenarioOfThatName() throws IOException {
        Path shipped = CommandLineFixture.repository().resolve("scenarios/baseline.json");
        refused("baseline: file not found; did you mean " + shipped + "?", "run", "baseline");
        refused("baseline.json: file not found; did you mean " + shipped + "?", "run", "baseline.json");
        refused("docking/bass: file not found; did you mean " + shipped.resolveSibling("docking/bass.json") + "?",
                "run", "docking/bass");
    }

    @Test
    void aMissingFileNamesTheWorkingFoldersScenarioFirst() throws IOException {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/baseline.json"), CommandLineFixture.TINY);
        Files.writeString(dir.resolve("mine.json"), CommandLineFixture.TINY);
        refused("baseline: file not found; did you mean scenarios/baseline.json?", "run", "baseline");
        refused("mine: file not found; did you mean mine.json?", "run", "mine");
        refused("mine: file not found; did you mean mine.json?", "gui", "mine");
        refused("mine: file not found; did you mean mine.json?", "show", "mine");
    }

    @Test
    void aMissingFileWithNothingOfThatNameSaysOnlyNotFound() throws IOException {
        refused("no-such-scenario: file not found", "run", "no-such-scenario");
        refused("scenarios/no-such-scenario.json: file not found", "run", "scenarios/no-such-scenario.json");
    }

    @Test
    void validateSuggestsTooAndGoesOnWithTheNextFile() {
        assertEquals(2, cli.run("validate", "baseline", tiny));
        assertEquals("baseline: file not found; did you mean "
                + CommandLineFixture.repository().resolve("scenarios/baseline.json") + "?", cli.err().strip());
        assertEquals("ok: " + tiny, cli.out().strip());
    }

    // ---- gui without a scenario --------------------------------------------------------------

    @Test
    void guiWithoutAScenarioOpensTheInstallationsBaselineFromAnyFolder() throws IOException {
        assumeTrue(GraphicsEnvironment.isHeadless(), "opens a window where there is a display");
        // The working folder has no scenarios/: the baseline is found (and loads) next to the build,
        // so the command gets as far as the display.
        assertEquals(2, cli.run("gui", "--set", "world.cities=200", "--set", "world.firms.count=500"));
        assertEquals("polycentric gui: no display; run on a desktop or under xvfb-run", cli.err().strip());
        assertEquals(List.of("tiny.json"), CommandLineFixture.entries(dir));
    }

    @Test
    void guiWithoutAScenarioOrAnInstallationSaysWhereItLooked() {
        CommandLineFixture nowhere = new CommandLineFixture(dir, dir);
        assertEquals(2, nowhere.run("gui"));
        assertTrue(nowhere.err().startsWith("polycentric gui: no SCENARIO given and no shipped baseline.json in "
                + dir.resolve("scenarios")), nowhere.err());
        nowhere.assertOneLineNoStackTrace();
    }

    // ---- options that contradict each other --------------------------------------------------

    @Test
    void noChartsAndFormatsContradict() throws IOException {
        refused("polycentric run: --no-charts and --formats contradict each other: --no-charts writes no charts;"
                + " give one (see 'polycentric run --help')", "run", tiny, "--no-charts", "--formats", "png");
        refused("polycentric run: --no-charts and --formats contradict each other: --no-charts writes no charts;"
                + " give one (see 'polycentric run --help')", "run", tiny, "--formats=png,svg,pdf", "--no-charts");
    }

    @Test
    void labelAndOutContradict() throws IOException {
        refused("polycentric run: --label and --out both name the run folder (--label in output/, --out exactly);"
                + " give one (see 'polycentric run --help')", "run", tiny, "--label", "a", "--out",
                dir.resolve("b").toString());
    }

    @Test
    void anOptionAndASetOfTheSameValueContradict() throws IOException {
        refused("polycentric run: --seed 3 and --set seed=4 both set the scenario's seed; give only one"
                + " (see 'polycentric run --help')", "run", tiny, "--seed", "3", "--set", "seed=4");
        refused("polycentric run: --replications 2 and --set  replications = 3 both set the scenario's replications;"
                + " give only one (see 'polycentric run --help')", "run", tiny, "--set", " replications = 3",
                "--replications", "2");
        refused("polycentric show: --seed 3 and --set seed=4 both set the scenario's seed; give only one"
                + " (see 'polycentric show --help')", "show", tiny, "--seed", "3", "--set", "seed=4");
        refused("polycentric gui: --seed 3 and --set seed=4 both set the scenario's seed; give only one"
                + " (see 'polycentric gui --help')", "gui", tiny, "--seed", "3", "--set", "seed=4");
    }

    @Test
    void eachOfTheseOptionsAloneIsFine() throws IOException {
        Path folder = dir.resolve("run");
        assertEquals(0, cli.run("run", tiny, "--quiet", "--no-charts", "--set", "seed=4", "--set", "replications=2",
                "--out", folder.toString()), cli.err());
        var manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals(4, manifest.get("seed").asLong());
        assertEquals(2, manifest.get("replications").asInt());
        assertTrue(!Files.exists(folder.resolve("charts")));
        Path charts = dir.resolve("charts");
        assertEquals(0, cli.run("run", tiny, "--quiet", "--formats", "svg", "--seed", "4", "--out", charts.toString()),
                cli.err());
        assertTrue(Files.exists(charts.resolve("charts/adoption.svg")));
        assertTrue(!Files.exists(charts.resolve("charts/adoption.png")));
    }

    /** {@code args} exit with 2 and exactly {@code message}, and leave the working folder as it was. */
    private void refused(String message, String... args) throws IOException {
        List<String> before = CommandLineFixture.entries(dir);
        assertEquals(2, cli.run(args), cli.err());
        assertEquals(message, cli.err().strip());
        assertEquals("", cli.out());
        cli.assertOneLineNoStackTrace();
        assertEquals(before, CommandLineFixture.entries(dir), "nothing written");
    }
}

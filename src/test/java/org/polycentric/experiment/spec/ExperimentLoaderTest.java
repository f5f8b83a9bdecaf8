package org.polycentric.experiment.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.scenario.ScenarioException;

/**
 * The messages a student meets writing an experiment file: each test writes a small experiment on
 * the shipped baseline, breaks one line of it, and asserts the whole message (file, line, JSON path,
 * wording).
 */
class ExperimentLoaderTest {
    private static final String BASELINE = Path.of("scenarios/baseline.json").toAbsolutePath().toString()
            .replace('\\', '/');

    /** A valid experiment; line i + 1 of the file is element i. */
    private static final List<String> LINES = List.of(
            "{",
            "  \"name\": \"test\",",
            "  \"description\": \"a small experiment\",",
            "  \"scenario\": \"" + BASELINE + "\",",
            "  \"seed\": 1,",
            "  \"replications\": 2,",
            "  \"parameters\": [",
            "    { \"path\": \"rules.peerInfluence.weight\", \"min\": 0.02, \"max\": 0.2 }",
            "  ],",
            "  \"design\": { \"kind\": \"latinHypercube\", \"points\": 10 },",
            "  \"outcomes\": [",
            "    { \"name\": \"p2030\", \"metric\": \"pledged_share\", \"kind\": \"atYear\", \"year\": 2030 }",
            "  ]",
            "}");

    @TempDir
    Path dir;

    private final ExperimentLoader loader = new ExperimentLoader(RuleCatalogue.STANDARD);

    /** The valid experiment with line {@code line} (1-based) replaced by {@code text}. */
    private Path withLine(int line, String text) throws IOException {
        List<String> lines = new ArrayList<>(LINES);
        lines.set(line - 1, text);
        return Files.write(dir.resolve("experiment.json"), lines);
    }

    private String message(Path file) {
        String m = assertThrows(ScenarioException.class, () -> loader.load(file)).getMessage();
        System.out.println(m);
        return m.replace(file.toString(), "FILE");
    }

    private String message(int line, String text) throws IOException {
        return message(withLine(line, text));
    }

    /** The valid experiment with lines {@code a} and {@code b} replaced. */
    private String message(int a, String textA, int b, String textB) throws IOException {
        List<String> lines = new ArrayList<>(LINES);
        lines.set(a - 1, textA);
        lines.set(b - 1, textB);
        return message(Files.write(dir.resolve("experiment.json"), lines));
    }

    // ---- the shipped examples -----------------------------------------------------------------

    @Test
    void everyShippedExampleLoads() throws IOException, ScenarioException {
        long[][] expected = {{200, 600}, {256 * 7, 256 * 7}, {20 * 9, 20 * 9 * 2}, {10 * 5, 10 * 5 * 2}};
        String[] files = {"peer-and-networks-lhs", "baseline-sobol", "world-2005-morris", "baseline-morris"};
        for (int i = 0; i < files.length; i++) {
            LoadedExperiment e = loader.load(Path.of("experiments", files[i] + ".json"));
            System.out.printf("%s: %d parameters, %s design, %d points, %d runs, scenario %s%n", files[i],
                    e.spec().parameters().size(), e.spec().design().kind(), e.spec().points(), e.spec().runs(),
                    e.scenarioFile());
            assertEquals(expected[i][0], e.spec().points(), files[i]);
            assertEquals(expected[i][1], e.spec().runs(), files[i]);
        }
        try (var list = Files.list(Path.of("experiments"))) {
            assertEquals(files.length, list.count(), "a test for every file in experiments/");
        }
    }

    @Test
    void theScenarioIsFoundBesideTheExperimentAndDefaultsAreFilledIn() throws IOException, ScenarioException {
        LoadedExperiment e = loader.load(Path.of("experiments/peer-and-networks-lhs.json"));
        assertEquals(Path.of("scenarios/baseline.json"), e.scenarioFile());
        assertEquals(2050, e.scenario().value().time().endYear(), "the experiment's override is applied");
        assertEquals("all", e.spec().outcomes().get(0).group());
        assertEquals(List.of("time.endYear=2050", "rules.peerInfluence.weight=0.05",
                "world.networks[0].yearlyIntake=8"), e.overridesWith(List.of(
                e.spec().parameters().get(0).setting(0.05), e.spec().parameters().get(2).setting(7.6))));
        assertEquals("experiments/peer-and-networks-lhs.json:19: outcomes[4].group: no group 'south' in this world",
                e.problemAt("outcomes[4].group", "no group 'south' in this world").getMessage());

        Path own = Files.writeString(dir.resolve("values.json"), String.join("\n", LINES)
                .replace("\"min\": 0.02, \"max\": 0.2", "\"values\": [0.05, 0.1]")
                .replace("rules.peerInfluence.weight", "decision.mode\", \"values\": [\"hazard\", \"threshold\"] },"
                        + "\n    { \"path\": \"rules.peerInfluence.weight")
                .replace("\"kind\": \"latinHypercube\", \"points\": 10", "\"kind\": \"factorial\""));
        LoadedExperiment v = loader.load(own);
        assertEquals(4, v.spec().points(), "2 x 2 values, no levels needed");
        assertEquals("decision.mode=\"threshold\"", v.spec().parameters().get(0).settingOfValue(1));
    }

    // ---- keys and values of the file itself ---------------------------------------------------

    @Test
    void aMisspeltKeyGetsDidYouMean() throws IOException {
        assertEquals("FILE:6: replication: unknown key 'replication'; did you mean 'replications'? allowed: commonRandomNumbers, description,"
                + " design, extends, name, outcomes, overrides, parameters, replications, scenario, seed",
                message(6, "  \"replication\": 2,"));
        assertEquals("FILE:8: parameters[0].mni: unknown key 'mni'; did you mean 'min'? allowed: integer, log, max,"
                + " min, path, values",
                message(8, "    { \"path\": \"rules.peerInfluence.weight\", \"mni\": 0.02, \"max\": 0.2 }"));
    }

    @Test
    void aMisspeltMetricOrKindGetsDidYouMean() throws IOException {
        assertEquals("FILE:12: outcomes[0].metric: 'pledged_shares' is not a metric; did you mean 'pledged_share'?"
                + " allowed: pledged_count, pledged_share, population_covered_share, emissions_total,"
                + " emissions_covered_share, emissions_pledged, emissions_pledged_pathway, network_member_count,"
                + " network_member_share, mean_capacity, on_track_count, off_track_count, achieved_count,"
                + " net_zero_count, withdrawn_count, firms_pledged_share, nations_net_zero_count,"
                + " nations_net_zero_share, mean_stance, rivalry, network_members (docs/METRICS.md)",
                message(12, "    { \"name\": \"p2030\", \"metric\": \"pledged_shares\", \"kind\": \"atYear\","
                        + " \"year\": 2030 }"));
        assertEquals("FILE:10: design.kind: 'sobel' is not allowed; did you mean 'sobol'? allowed: factorial,"
                + " latinHypercube, sobol, morris", message(10, "  \"design\": { \"kind\": \"sobel\", \"points\": 10 },"));
    }

    @Test
    void requiredKeysAndTheirWords() throws IOException {
        assertEquals("FILE:2: nmae: unknown key 'nmae'; did you mean 'name'? allowed: commonRandomNumbers, description, design, extends,"
                + " name, outcomes, overrides, parameters, replications, scenario, seed", message(2, "  \"nmae\": \"test\","));
        assertEquals("FILE:1: name: every experiment file needs its own name, e.g. \"name\": \"my-experiment\""
                + " (it is not inherited through extends)", message(2, ""));
        assertEquals("FILE:1: replications: is required", message(6, ""));
        assertEquals("FILE:10: design.points: is required", message(10, "  \"design\": { \"kind\": \"latinHypercube\" },"));
        assertEquals("FILE:13: outcomes: a ',' after the last entry of an object is not allowed in JSON; remove it",
                message(13, "  ],"));
    }

    @Test
    void designSizesBelongToTheirKind() throws IOException {
        assertEquals("FILE:10: design.points: is only for latinHypercube designs; leave it out here",
                message(10, "  \"design\": { \"kind\": \"sobol\", \"baseSamples\": 64, \"points\": 10 },"));
        assertEquals("FILE:10: design.levels: must be even for a morris design (so that each step of levels"
                + " / (2 (levels - 1)) keeps the grid symmetric), was 5",
                message(10, "  \"design\": { \"kind\": \"morris\", \"trajectories\": 10, \"levels\": 5 },"));
        assertEquals("FILE:10: design.levels: is required: parameters[0] is a min/max range, and a factorial"
                + " design takes levels evenly spaced values of each range",
                message(10, "  \"design\": { \"kind\": \"factorial\" },"));
        assertEquals("FILE:10: design: asks for 300000000 runs (3000000 points x 100 replications); at most 100000000",
                message(6, "  \"replications\": 100,", 10, "  \"design\": { \"kind\": \"sobol\", \"baseSamples\": 1000000 },"));
    }

    @Test
    void rangesAndValues() throws IOException {
        assertEquals("FILE:8: parameters[0].min: must be > 0 on a log scale (\"log\": true), was 0",
                message(8, "    { \"path\": \"rules.peerInfluence.weight\", \"min\": 0, \"max\": 0.2, \"log\": true }"));
        assertEquals("FILE:8: parameters[0].max: must be greater than min (0.2), was 0.02; for a single value use"
                + " overrides instead",
                message(8, "    { \"path\": \"rules.peerInfluence.weight\", \"min\": 0.2, \"max\": 0.02 }"));
        assertEquals("FILE:8: parameters[0].values: give either min and max (a range) or values (a list), not both",
                message(8, "    { \"path\": \"rules.peerInfluence.weight\", \"min\": 0.2, \"values\": [0.1] }"));
        assertEquals("FILE:8: parameters[0].log: is only for a min/max range; values are used as written",
                message(8, "    { \"path\": \"rules.peerInfluence.weight\", \"values\": [0.1, 0.2], \"log\": true }"));
        assertEquals("FILE:8: parameters[0].path: 'seed' is not a parameter: the experiment sets seed and"
                + " replications itself (its own keys), and name and description are not model parameters",
                message(8, "    { \"path\": \"seed\", \"min\": 1, \"max\": 9 }"));
    }

    // ---- checked against the scenario --------------------------------------------------------

    @Test
    void aParameterPathMustBeAValueOfTheScenario() throws IOException {
        assertEquals("FILE:8: parameters[0].path: not a value of the scenario: rules.peerInfluence.wieght: unknown"
                + " key 'wieght'; did you mean 'weight'? allowed: enabled, tieWeights, weight",
                message(8, "    { \"path\": \"rules.peerInfluence.wieght\", \"min\": 0.02, \"max\": 0.2 }"));
        assertEquals("FILE:8: parameters[0].path: 'rules.peerInfluence' is an object in the scenario; a parameter"
                + " names one value (a number, true/false or text), e.g. rules.peerInfluence.weight",
                message(8, "    { \"path\": \"rules.peerInfluence\", \"min\": 0.02, \"max\": 0.2 }"));
        assertEquals("FILE:8: parameters[0].path: not a value of the scenario: world.networks[9]: index 9 is out of"
                + " range; the list has 6 items (0..5)",
                message(8, "    { \"path\": \"world.networks[9].yearlyIntake\", \"min\": 2, \"max\": 9 }"));
    }

    @Test
    void theScenarioMustTakeTheParametersValues() throws IOException {
        assertEquals("FILE:8: parameters[0].min: the scenario does not take rules.peerInfluence.weight=-0.1:"
                + " must be between 0 and 100, was -0.1",
                message(8, "    { \"path\": \"rules.peerInfluence.weight\", \"min\": -0.1, \"max\": 0.2 }"));
        assertEquals("FILE:8: parameters[0]: world.cities takes only whole numbers (expected a whole number, found"
                + " 1000.5, between min and max); add \"integer\": true to vary it in whole numbers",
                message(8, "    { \"path\": \"world.cities\", \"min\": 1000, \"max\": 5000 }"));
        assertEquals("FILE:8: parameters[0].values[1]: the scenario does not take decision.mode=\"sometimes\":"
                + " 'sometimes' is not allowed; allowed: hazard, threshold",
                message(8, "    { \"path\": \"decision.mode\", \"values\": [\"hazard\", \"sometimes\"] }"));
    }

    @Test
    void overridesAndTheScenarioFile() throws IOException {
        assertEquals("FILE:4: scenario: file not found: " + BASELINE.replace("baseline", "basline")
                + " (a path relative to the folder of FILE); did you mean 'baseline'?",
                message(4, "  \"scenario\": \"" + BASELINE.replace("baseline.json", "basline") + "\","));
        Path f = withLine(5, "  \"seed\": 1, \"overrides\": [\"time.endYear=2050\", \"decision.baseRate=-1\"],");
        assertEquals("FILE:5: overrides[1]: decision.baseRate: must be between 0 and 100, was -1", message(f));
        f = withLine(5, "  \"seed\": 1, \"overrides\": [\"rules.peerInfluence.weight=0.1\"],");
        assertEquals("FILE:8: parameters[0].path: 'rules.peerInfluence.weight' is also set by overrides[0]"
                + " (rules.peerInfluence.weight=0.1); the parameter's values would replace it: remove one of the two",
                message(f));
    }

    @Test
    void outcomesAreCheckedAgainstMetricsAndTime() throws IOException {
        assertEquals("FILE:12: outcomes[0].metric: yearReaching needs a share metric (pledged_share,"
                + " population_covered_share, emissions_covered_share, network_member_share, firms_pledged_share,"
                + " nations_net_zero_share); pledged_count is in cities",
                message(12, "    { \"name\": \"p\", \"metric\": \"pledged_count\", \"kind\": \"yearReaching\","
                        + " \"level\": 0.5 }"));
        assertEquals("FILE:12: outcomes[0].year: must be within the scenario's time, 2005 to 2060, was 2070",
                message(12, "    { \"name\": \"p\", \"metric\": \"pledged_share\", \"kind\": \"atYear\", \"year\": 2070 }"));
        assertEquals("FILE:12: outcomes[0].group: rivalry is a world metric and has only the group all, was 'north'",
                message(12, "    { \"name\": \"r\", \"metric\": \"rivalry\", \"group\": \"north\", \"kind\": \"final\" }"));
        assertEquals("FILE:12: outcomes[0].name: must start with a letter and hold only letters, digits and _ (it"
                + " becomes a column of the result files), was 'pledged 2030'",
                message(12, "    { \"name\": \"pledged 2030\", \"metric\": \"pledged_share\", \"kind\": \"final\" }"));
        assertEquals("FILE:12: outcomes[0].toYear: must be after fromYear (2040), was 2030",
                message(12, "    { \"name\": \"a\", \"metric\": \"pledged_share\", \"kind\": \"areaUnderCurve\","
                        + " \"fromYear\": 2040, \"toYear\": 2030 }"));
    }

    @Test
    void anExtendingFileKeepsItsParentsScenarioAndABrokenScenarioIsNamedWithBothLocations()
            throws IOException, ScenarioException {
        Path child = Files.writeString(dir.resolve("morris.json"), String.join("\n",
                "{",
                "  \"extends\": \"" + Path.of("experiments/baseline-sobol").toAbsolutePath().toString().replace('\\', '/')
                        + "\",",
                "  \"name\": \"baseline-morris\",",
                "  \"description\": \"the same five weights, screened\",",
                "  \"design\": { \"kind\": \"morris\", \"trajectories\": 10, \"levels\": 4, \"baseSamples\": null }",
                "}"));
        LoadedExperiment e = loader.load(child);
        System.out.println(e.spec().name() + ": " + e.spec().points() + " points, scenario " + e.scenarioFile());
        assertEquals(Path.of("scenarios/baseline.json").toAbsolutePath(), e.scenarioFile().toAbsolutePath());
        assertEquals(60, e.spec().points(), "10 trajectories x (5 + 1)");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"name\": \"b\", \"description\": \"d\",\n"
                + "  \"time\": { \"startYear\": 2005, \"endYear\": 1999 } }\n");
        assertEquals("FILE:4: scenario: the scenario does not load: " + broken + ":2: time.endYear: must be after"
                + " startYear (2005), was 1999", message(4, "  \"scenario\": \"broken\","));
    }
}

package org.polycentric.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
 * The messages a student meets writing a calibration file: each test breaks one line of a valid
 * file (or of its CSV) and asserts the whole message: file, line, JSON path and what is allowed.
 */
class CalibrationLoaderTest {
    private static final String BASELINE = Path.of("scenarios/baseline.json").toAbsolutePath().toString()
            .replace('\\', '/');
    private static final String WORLD = Path.of("scenarios/world-2005.json").toAbsolutePath().toString()
            .replace('\\', '/');

    /** A valid calibration; line i + 1 of the file is element i. */
    private static final List<String> LINES = List.of(
            "{",
            "  \"name\": \"test\",",
            "  \"description\": \"a small calibration\",",
            "  \"scenario\": \"" + BASELINE + "\",",
            "  \"seed\": 1,",
            "  \"replications\": 2,",
            "  \"parameters\": [",
            "    { \"path\": \"decision.baseRate\", \"min\": 0.0005, \"max\": 0.008, \"log\": true },",
            "    { \"path\": \"rules.peerInfluence.weight\", \"min\": 0.02, \"max\": 0.2, \"start\": 0.1 }",
            "  ],",
            "  \"targets\": [",
            "    { \"file\": \"observed.csv\", \"metric\": \"pledged_share\", \"weight\": 2, \"from\": 2010 }",
            "  ],",
            "  \"optimizer\": { \"kind\": \"bobyqa\" }",
            "}");

    @TempDir
    Path dir;

    private final CalibrationLoader loader = new CalibrationLoader(RuleCatalogue.STANDARD);

    private Path withLine(int line, String text) throws IOException {
        List<String> lines = new ArrayList<>(LINES);
        lines.set(line - 1, text);
        Files.writeString(dir.resolve("observed.csv"), "date,value\n2008-01,0.01\n2010-07,0.02\n2015-03-31,0.05\n"
                + "2020.5,0.12\n");
        return Files.write(dir.resolve("calibration.json"), lines);
    }

    private String message(int line, String text) throws IOException {
        Path file = withLine(line, text);
        String m = assertThrows(ScenarioException.class, () -> loader.load(file)).getMessage();
        System.out.println(m);
        return m.replace(dir + "/", "");
    }

    @Test
    void aValidFileLoadsWithItsStartsDatesAndScale() throws Exception {
        LoadedCalibration c = loader.load(withLine(1, "{"));
        assertArrayEquals(new double[] {0.002, 0.1}, c.start(), "the scenario's baseRate, the given start");
        Target t = c.targets().get(0);
        assertEquals("observed", t.label());
        assertEquals("all", t.group(), "group defaults to all");
        assertEquals(2, t.weight());
        // from 2010 drops 2008; 2010-07 is mid-year, 2015-03-31 day 90 of 365, 2020.5 as written
        assertArrayEquals(new double[] {2010.5, 2015 + 89 / 365.0, 2020.5}, t.years(), 1e-12);
        assertEquals(0.12, t.scale(), "the largest observed value");
        assertEquals(5, c.spec().optimizer().interpolationPoints(2), "2k + 1");
        assertEquals(200, c.spec().optimizer().maxEvaluations());
    }

    @Test
    void anUnknownShippedSeriesSuggestsTheNearestName() throws Exception {
        assertEquals("calibration.json:12: targets[0].series: 'c40_member' is not a shipped observed series; did you"
                + " mean 'c40_members'? allowed: c40_members, nations_net_zero, race_to_zero_cities (docs/DATA.md,"
                + " Observed series); for a series of your own give \"file\"",
                message(12, "    { \"series\": \"c40_member\" }"));
    }

    @Test
    void aShippedSeriesNeedsTheRealWorldOfItsPopulationFloor() throws Exception {
        assertEquals("calibration.json:12: targets[0].series: 'c40_members' counts cities of a real world with the"
                + " population floor 100000 (docs/DATA.md, Observed series); the scenario's world is synthetic",
                message(12, "    { \"series\": \"c40_members\" }"));
    }

    @Test
    void aShippedSeriesTakesItsMetricFromTheShippedFile() throws Exception {
        assertEquals("calibration.json:12: targets[0].metric: comes from the shipped series 'c40_members'"
                + " (docs/DATA.md); leave it out, or use \"file\" for a series of your own",
                message(12, "    { \"series\": \"c40_members\", \"metric\": \"network_members\" }"));
    }

    @Test
    void aFileTargetNeedsAMetric() throws Exception {
        assertEquals("calibration.json:12: targets[0].metric: is required with \"file\": the model's metric the"
                + " series compares with (docs/METRICS.md), e.g. \"pledged_share\"",
                message(12, "    { \"file\": \"observed.csv\" }"));
    }

    @Test
    void aMisspeltMetricSuggestsTheNearest() throws Exception {
        assertEquals(true, message(12, "    { \"file\": \"observed.csv\", \"metric\": \"pledged_shares\" }")
                .startsWith("calibration.json:12: targets[0].metric: 'pledged_shares' is not a metric; did you mean"
                        + " 'pledged_share'? allowed: "));
    }

    @Test
    void aBadDateIsReportedAtItsLineOfTheCsv() throws Exception {
        Path file = withLine(1, "{");
        Files.writeString(dir.resolve("observed.csv"), "date,value\n2008-01,0.01\n2010/07,0.02\n");
        String m = assertThrows(ScenarioException.class, () -> loader.load(file)).getMessage();
        System.out.println(m);
        assertEquals(dir.resolve("observed.csv") + ":3: date '2010/07' is not allowed; allowed: a date as YYYY-MM"
                + " (2015-03), YYYY-MM-DD (2015-03-31) or a decimal year (2015.25)", m);
        Files.writeString(dir.resolve("observed.csv"), "date,value\n2008-13,0.01\n");
        assertEquals(dir.resolve("observed.csv") + ":2: date '2008-13' is not a date of the calendar (Invalid value"
                + " for MonthOfYear (valid values 1 - 12): 13); allowed: a date as YYYY-MM (2015-03), YYYY-MM-DD"
                + " (2015-03-31) or a decimal year (2015.25)",
                assertThrows(ScenarioException.class, () -> loader.load(file)).getMessage());
        Files.writeString(dir.resolve("observed.csv"), "year,value\n2008,0.01\n");
        assertEquals(dir.resolve("observed.csv") + ":1: the header must be exactly 'date,value', found 'year,value'",
                assertThrows(ScenarioException.class, () -> loader.load(file)).getMessage());
        Files.writeString(dir.resolve("observed.csv"), "date,value\n2008,0.01\n2070,0.5\n");
        assertEquals(dir.resolve("observed.csv") + ":3: the observation of 2070 is outside the scenario's time, 2005"
                + " to 2060; leave it out with the target's \"from\"/\"to\", or lengthen the scenario's time",
                assertThrows(ScenarioException.class, () -> loader.load(file)).getMessage());
    }

    @Test
    void bobyqaWithOneParameterSaysToUseCmaes() throws Exception {
        assertEquals("calibration.json:14: optimizer.kind: bobyqa needs at least 2 parameters (its quadratic model"
                + " needs 2 or more dimensions), this calibration fits 1; use \"kind\": \"cmaes\" for one parameter",
                oneParameter());
    }

    private String oneParameter() throws IOException {
        List<String> lines = new ArrayList<>(LINES);
        lines.set(7, "    { \"path\": \"decision.baseRate\", \"min\": 0.0005, \"max\": 0.008, \"log\": true }");
        lines.set(8, "");
        Files.writeString(dir.resolve("observed.csv"), "date,value\n2010,0.02\n");
        Path file = Files.write(dir.resolve("calibration.json"), lines);
        String m = assertThrows(ScenarioException.class, () -> loader.load(file)).getMessage();
        System.out.println(m);
        return m.replace(dir + "/", "");
    }

    @Test
    void optimizerKeysOfTheOtherKindAreRefused() throws Exception {
        assertEquals("calibration.json:14: optimizer.sigma: is only for the cmaes optimizer; leave it out for bobyqa",
                message(14, "  \"optimizer\": { \"kind\": \"bobyqa\", \"sigma\": 0.2 }"));
    }

    @Test
    void aStartOutsideTheRangeIsRefused() throws Exception {
        assertEquals("calibration.json:9: parameters[1].start: must be within min and max (0.02 to 0.2), was 0.5",
                message(9, "    { \"path\": \"rules.peerInfluence.weight\", \"min\": 0.02, \"max\": 0.2, \"start\": 0.5 }"));
        assertEquals("calibration.json:9: parameters[1]: the scenario's rules.peerInfluence.weight is 0.08, outside"
                + " min and max (0.1 to 0.2); widen the range or give \"start\" inside it",
                message(9, "    { \"path\": \"rules.peerInfluence.weight\", \"min\": 0.1, \"max\": 0.2 }"));
    }

    @Test
    void theWorkedExampleOfTheDocsLoads() throws Exception {
        String doc = Files.readString(Path.of("docs/CALIBRATION.md"));
        String json = doc.substring(doc.indexOf("```json\n") + 8, doc.indexOf("```", doc.indexOf("```json\n") + 8));
        String csv = doc.substring(doc.indexOf("```\ndate,value\n") + 4, doc.indexOf("```", doc.indexOf("```\ndate,value\n") + 4));
        Files.writeString(dir.resolve("pledged.csv"), csv);
        Path file = Files.writeString(dir.resolve("my-first-fit.json"),
                json.replace("../scenarios/baseline.json", BASELINE));
        LoadedCalibration c = loader.load(file);
        assertEquals(2, c.dimension());
        assertArrayEquals(new double[] {2008, 2010, 2012}, c.targets().get(0).years());
    }

    @Test
    void theShippedExampleForWorld2005Loads() throws Exception {
        LoadedCalibration c = loader.load(Path.of("calibrations/world-2005.json"));
        assertEquals(WORLD, c.scenarioFile().toAbsolutePath().toString().replace('\\', '/'));
        assertEquals(List.of("nations_net_zero"), c.targets().stream().map(Target::label).toList());
        assertEquals("nations_net_zero_count", c.targets().get(0).metric(), "from the shipped file");
    }
}

package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.metrics.RunningStats;

/** End to end: the command line on a small scenario, checked against the contracts in DESIGN.md section 4. */
class PolycentricCommandTest {
    private static final Map<String, String> HEADERS = Map.of(
            "timeseries.csv", "replication,step,year,metric,group,value",
            "summary.csv", "year,metric,group,mean,sd,ci95_low,ci95_high,n",
            "cities.csv", "replication,id,name,nation,region,bloc,north_south,lat,lon,population,tier,type,capacity,"
                    + "autonomy,emissions,status,pledge_year,target_year,ambition,networks",
            "events.csv", "replication,step,year,event,subject,network,value",
            "runs.csv", "replication,seed,final_pledged_share,year_10,year_50,year_90,year_fastest");

    /** 200 cities and one open network over ten years: a run takes a fraction of a second. */
    private static final String TINY = """
            {
              "name": "tiny",
              "description": "A small world for tests.",
              "seed": 7,
              "replications": 1,
              "time": { "startYear": 2005, "endYear": 2015, "stepsPerYear": 4 },
              "world": {
                "cities": 200,
                "firms": { "count": 500 },
                "networks": [ { "name": "C40", "foundingYear": 2005, "policy": "open", "region": null,
                                "initialMembers": 0, "yearlyIntake": 20, "maxMembers": 100, "standards": true, "mentoring": false } ]
              }
            }
            """;

    @TempDir
    Path dir;
    private Path scenario;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeScenario() throws IOException {
        scenario = Files.writeString(dir.resolve("tiny.json"), TINY);
    }

    @Test
    void aRunWritesEveryFileWithItsHeader() throws IOException {
        Path folder = dir.resolve("run");
        assertEquals(0, run("run", scenario.toString(), "--replications", "2", "--out", folder.toString()), err());

        for (Map.Entry<String, String> file : HEADERS.entrySet()) {
            List<String> lines = Files.readAllLines(folder.resolve(file.getKey()));
            assertEquals(file.getValue(), lines.get(0), file.getKey());
        }
        assertEquals(3, Files.readAllLines(folder.resolve("runs.csv")).size(), "a row per replication");
        assertEquals(1 + 2 * 200, Files.readAllLines(folder.resolve("cities.csv")).size(), "every city, twice");
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals(7, manifest.get("seed").asLong());
        assertEquals(2, manifest.get("replicationRuns").size());
        assertEquals("tiny", manifest.at("/scenario/name").asText());
        assertEquals(List.of("charts", "cities.csv", "events.csv", "manifest.json", "runs.csv", "summary.csv",
                "timeseries.csv"), entries(folder));
        assertEquals(List.of("run", "tiny.json"), entries(dir), "no working folder left behind");

        String[] stdout = out.toString().split("\\R");
        assertTrue(stdout[0].endsWith("run"), "first line names the folder: " + stdout[0]);
        assertTrue(out.toString().contains("cities pledged by 2015"), out.toString());
        assertTrue(out.toString().contains("95% CI"), out.toString());
        assertTrue(out.toString().contains("year of 50% adoption"), out.toString());
        assertTrue(err().contains("replication 2/2"), err());
    }

    @Test
    void theFilesHoldWhatTheirHeadersPromise() throws IOException {
        Path folder = dir.resolve("content");
        assertEquals(0, run("run", scenario.toString(), "--replications", "2", "--quiet", "--out", folder.toString()),
                err());

        // Every series at every record (41 quarterly records from 2005 to 2015) of both replications.
        long seriesPerYear = Files.readAllLines(folder.resolve("summary.csv")).stream()
                .filter(l -> l.startsWith("2005,")).count();
        List<String> timeseries = Files.readAllLines(folder.resolve("timeseries.csv"));
        assertTrue(seriesPerYear > 10, "series: " + seriesPerYear);
        assertEquals(1 + 2 * 41 * seriesPerYear, timeseries.size());
        assertEquals("1,40,2015", String.join(",", List.of(timeseries.get(timeseries.size() - 1).split(",")).subList(0, 3)));

        // An event takes effect at the end of its step; only network joins name a network.
        int joins = 0;
        List<String> events = Files.readAllLines(folder.resolve("events.csv"));
        for (String line : events.subList(1, events.size())) {
            String[] f = line.split(",", -1);
            assertEquals(2005 + (Integer.parseInt(f[1]) + 1) / 4.0, Double.parseDouble(f[2]), 1e-12, line);
            assertEquals(f[3].equals("network_join") ? "C40" : "", f[5], line);
            joins += f[3].equals("network_join") ? 1 : 0;
        }
        assertTrue(joins > 0, "the open network recruits");

        List<String> cities = Files.readAllLines(folder.resolve("cities.csv"));
        assertTrue(cities.stream().skip(1).allMatch(l -> l.endsWith(",C40") || l.endsWith(",")));
        assertTrue(cities.stream().anyMatch(l -> l.endsWith(",C40")));
    }

    @Test
    void quietPrintsOnlyTheFolder() {
        Path folder = dir.resolve("quiet");
        assertEquals(0, run("run", scenario.toString(), "--quiet", "--out", folder.toString()), err());
        assertEquals("", err());
        assertEquals(1, out.toString().split("\\R").length);
        assertTrue(out.toString().strip().endsWith("quiet"));
    }

    @Test
    void csvFilesAreByteIdenticalWhateverTheThreadCount() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, run("run", scenario.toString(), "--replications", "3", "--threads", "1", "--out", one.toString()),
                err());
        assertEquals(0, run("run", scenario.toString(), "--replications", "3", "--threads", "2", "--out", two.toString()),
                err());
        for (String file : HEADERS.keySet()) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        assertEquals(2, new ObjectMapper().readTree(two.resolve("manifest.json").toFile()).get("threads").asInt());
    }

    @Test
    void theSummaryAgreesWithTheTimeSeries() throws IOException {
        Path folder = dir.resolve("agree");
        assertEquals(0, run("run", scenario.toString(), "--replications", "3", "--seed", "11", "--out",
                folder.toString()), err());
        RunningStats expected = new RunningStats();
        for (String line : Files.readAllLines(folder.resolve("timeseries.csv"))) {
            String[] f = line.split(",");
            if (f[2].equals("2015") && f[3].equals("pledged_share") && f[4].equals("all")) {
                expected.add(Double.parseDouble(f[5]));
            }
        }
        String row = Files.readAllLines(folder.resolve("summary.csv")).stream()
                .filter(l -> l.startsWith("2015,pledged_share,all,")).findFirst().orElseThrow();
        String[] f = row.split(",");
        assertEquals(3, expected.n());
        assertEquals(expected.mean(), Double.parseDouble(f[3]), 1e-12);
        assertEquals(expected.sd(), Double.parseDouble(f[4]), 1e-12);
        assertEquals("3", f[7]);
    }

    @Test
    void anOutOfRangeOverrideIsBadInputAndWritesNothing() throws IOException {
        Path folder = dir.resolve("never");
        assertEquals(2, run("run", scenario.toString(), "--set", "world.cities=0", "--out", folder.toString()));
        assertOneLine(err());
        assertTrue(err().startsWith("--set world.cities=0: world.cities: "), err());
        assertTrue(err().contains("between 1 and"), err());
        assertNoStackTrace();
        assertEquals(List.of("tiny.json"), entries(dir));
    }

    @Test
    void anUnknownKeyIsNamedWithFileLineAndPath() throws IOException {
        String text = TINY.replace("\"firms\"", "\"farms\"");
        Path bad = Files.writeString(dir.resolve("bad.json"), text);
        long line = 1 + text.substring(0, text.indexOf("\"farms\"")).chars().filter(c -> c == '\n').count();
        Path folder = dir.resolve("never");
        assertEquals(2, run("run", bad.toString(), "--out", folder.toString()));
        assertOneLine(err());
        assertTrue(err().startsWith(bad + ":" + line + ": world.farms: unknown key 'farms'"), err());
        assertNoStackTrace();
        assertFalse(Files.exists(folder));
        assertEquals(List.of("bad.json", "tiny.json"), entries(dir));
    }

    @Test
    void aValueTheBuiltWorldCannotHonourIsBadInput() throws IOException {
        Path bad = Files.writeString(dir.resolve("event.json"), TINY.replace("\"world\"",
                "\"events\": [ { \"year\": 2008, \"type\": \"stance\", \"nation\": \"XXX\", \"value\": -0.5 } ],\n"
                        + "  \"world\""));
        Path folder = dir.resolve("never");
        assertEquals(2, run("run", bad.toString(), "--replications", "2", "--quiet", "--out", folder.toString()));
        assertOneLine(err());
        assertTrue(err().matches("(?s)" + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+: events\\[0\\]\\.nation: .*"), err());
        assertTrue(err().contains("XXX"), err());
        assertNoStackTrace();
        assertEquals(List.of("event.json", "tiny.json"), entries(dir), "no folder, no working folder");
    }

    @Test
    void anOutFolderThatIsNotEmptyIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        assertEquals(2, run("run", scenario.toString(), "--out", folder.toString()));
        assertOneLine(err());
        assertTrue(err().contains("not empty"), err());
        assertEquals(List.of("notes.txt"), entries(folder));
        assertEquals(List.of("taken", "tiny.json"), entries(dir));
    }

    @Test
    void anEmptyOutFolderIsUsed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, run("run", scenario.toString(), "--quiet", "--out", folder.toString()), err());
        assertTrue(Files.exists(folder.resolve("manifest.json")));
    }

    @Test
    void usageErrorsAreOneLineWithExitCodeTwo() {
        assertEquals(2, run("run", scenario.toString(), "--bogus"));
        assertOneLine(err());
        assertTrue(err().contains("unknown option '--bogus'"), err());

        reset();
        assertEquals(2, run("run", scenario.toString(), "--replications", "0"));
        assertOneLine(err());
        assertTrue(err().contains("--replications must be at least 1"), err());

        reset();
        assertEquals(2, run("run"));
        assertTrue(err().contains("SCENARIO"), err());

        reset();
        assertEquals(2, run("run", dir.resolve("missing.json").toString()));
        assertOneLine(err());
        assertTrue(err().contains("missing.json"), err());
    }

    @Test
    void helpAndVersionDescribeTheCommands() {
        assertEquals(0, run("--help"));
        for (String command : List.of("run", "validate", "show", "scenarios", "metrics", "chart", "gui")) {
            assertTrue(out.toString().contains("\n  " + command + " "), command + " in " + out);
        }
        for (String command : List.of("validate", "show", "scenarios", "metrics", "gui")) {
            reset();
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out.toString().contains("Usage: polycentric " + command), out.toString());
        }
        reset();
        assertEquals(0, run("run", "--help"));
        for (String option : List.of("--seed", "--replications", "--threads", "--set", "--out", "--label", "--quiet")) {
            assertTrue(out.toString().contains(option), option);
        }
        reset();
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("polycentric "), out.toString());
    }

    private int run(String... args) {
        return PolycentricCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), false, args);
    }

    private String err() {
        return err.toString();
    }

    private void reset() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    private static void assertOneLine(String text) {
        assertEquals(1, text.strip().split("\\R").length, "one line: " + text);
    }

    private void assertNoStackTrace() {
        assertFalse(err().contains("\tat "), err());
        assertFalse(err().contains("Exception"), err());
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new ArrayList<>(list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}

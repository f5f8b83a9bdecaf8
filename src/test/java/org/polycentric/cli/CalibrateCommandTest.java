package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polycentric calibrate} through the real command line: the folder and its files, the exit
 * codes of bad input (one line, nothing written), and the same history.csv bytes on 1 and 2 threads.
 */
class CalibrateCommandTest {
    private static final int EVALUATIONS = 8;

    @TempDir
    Path dir;
    private CommandLineFixture cli;

    @BeforeEach
    void writeFiles() throws IOException {
        cli = new CommandLineFixture(dir);
        Files.writeString(dir.resolve("tiny.json"), CommandLineFixture.TINY);
        Files.writeString(dir.resolve("pledged.csv"), "date,value\n2006-01,0.02\n2007-01,0.05\n2008-01,0.09\n");
        Files.writeString(dir.resolve("members.csv"), "date,value\n2006,10\n2007,20\n2007.5,28\n");
        Files.writeString(dir.resolve("fit.json"), """
                {
                  "name": "tiny-fit",
                  "description": "Two parameters of the tiny world against two series.",
                  "scenario": "tiny.json",
                  "seed": 5,
                  "replications": 3,
                  "parameters": [
                    { "path": "decision.baseRate", "min": 0.001, "max": 0.1, "log": true, "start": 0.01 },
                    { "path": "rules.peerInfluence.weight", "min": 0.02, "max": 0.3 }
                  ],
                  "targets": [
                    { "file": "pledged.csv", "metric": "pledged_share" },
                    { "file": "members.csv", "metric": "network_members", "group": "C40", "weight": 0.5 }
                  ],
                  "optimizer": { "kind": "cmaes", "maxEvaluations": %d }
                }
                """.formatted(EVALUATIONS));
    }

    @Test
    void writesTheFitHistoryChartAndManifest() throws IOException {
        assertEquals(0, cli.run("calibrate", dir.resolve("fit.json").toString(), "--out", dir.resolve("out").toString(),
                "--threads", "2", "--formats", "png"), cli.err());
        Path out = dir.resolve("out");
        assertEquals(List.of("charts", "fit.csv", "fit.json", "history.csv", "manifest.json"),
                CommandLineFixture.entries(out));
        assertEquals(List.of("fit.csv", "fit.png"), CommandLineFixture.entries(out.resolve("charts")));
        List<String> history = Files.readAllLines(out.resolve("history.csv"));
        assertEquals("evaluation,decision.baseRate,rules.peerInfluence.weight,error,error_pledged,error_members",
                history.get(0));
        assertEquals(EVALUATIONS + 1, history.size(), "one row per evaluation");
        JsonNode fit = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        assertEquals(EVALUATIONS, fit.get("evaluations").asInt());
        assertEquals("maxEvaluations", fit.get("stoppedBy").asText());
        // the fit is the history's least error, at its row
        double least = Double.POSITIVE_INFINITY;
        for (String row : history.subList(1, history.size())) {
            least = Math.min(least, Double.parseDouble(row.split(",")[3]));
        }
        assertEquals(least, fit.get("error").asDouble());
        String[] best = history.get(fit.get("bestEvaluation").asInt()).split(",");
        assertEquals(Double.parseDouble(best[1]), fit.at("/parameters/0/fitted").asDouble());
        assertEquals(0.01, fit.at("/parameters/0/start").asDouble());
        assertEquals(2, fit.get("fittedOverrides").size());
        // fit.csv: every observation of both targets, with the simulated mean inside its band
        List<String> rows = Files.readAllLines(out.resolve("fit.csv"));
        assertEquals("target,metric,group,year,observed,simulated_mean,band_low,band_high", rows.get(0));
        assertEquals(7, rows.size());
        assertEquals("members,network_members,C40,2007.5,28", String.join(",", List.of(rows.get(6).split(","))
                .subList(0, 5)));
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            assertTrue(Double.parseDouble(f[6]) <= Double.parseDouble(f[5])
                    && Double.parseDouble(f[5]) <= Double.parseDouble(f[7]), row);
        }
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(3, manifest.get("replicationSeeds").size());
        assertEquals(2, manifest.get("threads").asInt());
        assertEquals(Double.parseDouble(best[2]), manifest.at("/fittedScenario/rules/peerInfluence/weight").asDouble(),
                "the manifest's scenario is the fitted one");
        assertTrue(cli.out().startsWith(out + "\n"), cli.out());
        assertTrue(cli.out().contains("rules.peerInfluence.weight"), cli.out());
        assertTrue(cli.out().contains("evaluations in"), cli.out());
        System.out.print(cli.out());
    }

    @Test
    void theHistoryIsTheSameBytesOnOneAndTwoThreads() throws IOException {
        assertEquals(0, cli.run("calibrate", dir.resolve("fit.json").toString(), "--out", dir.resolve("one").toString(),
                "--threads", "1", "--no-charts", "--quiet"), cli.err());
        assertEquals(0, cli.run("calibrate", dir.resolve("fit.json").toString(), "--out", dir.resolve("two").toString(),
                "--threads", "2", "--no-charts", "--quiet"), cli.err());
        for (String file : List.of("history.csv", "fit.csv", "fit.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(file)),
                    Files.readAllBytes(dir.resolve("two").resolve(file)), file);
        }
        assertEquals(EVALUATIONS + 1, Files.readAllLines(dir.resolve("two/history.csv")).size());
    }

    @Test
    void badInputIsOneLineExitTwoAndWritesNothing() throws IOException {
        Files.writeString(dir.resolve("members.csv"), "date,value\n2006,10\n2007-1,20\n");
        assertEquals(2, cli.run("calibrate", dir.resolve("fit.json").toString(), "--quiet"));
        assertEquals(dir.resolve("members.csv") + ":3: date '2007-1' is not allowed; allowed: a date as YYYY-MM"
                + " (2015-03), YYYY-MM-DD (2015-03-31) or a decimal year (2015.25)", cli.err().strip());
        cli.assertOneLineNoStackTrace();
        assertTrue(!Files.exists(dir.resolve("output")), "nothing written");

        // a group only the built world can check: found at the first evaluation, nothing left behind
        Files.writeString(dir.resolve("members.csv"), "date,value\n2006,10\n");
        Files.writeString(dir.resolve("fit.json"), Files.readString(dir.resolve("fit.json"))
                .replace("\"group\": \"C40\"", "\"group\": \"C41\""));
        assertEquals(2, cli.run("calibrate", dir.resolve("fit.json").toString(), "--quiet"));
        assertEquals(dir.resolve("fit.json") + ":13: targets[1].group: 'C41' is not a group of network_members in"
                + " this world; did you mean 'C40'? allowed: C40", cli.err().strip());
        cli.assertOneLineNoStackTrace();
        assertEquals(List.of(), CommandLineFixture.entries(dir.resolve("output")), "no folder, no leftovers");

        assertEquals(2, cli.run("calibrate", dir.resolve("nothing.json").toString()));
        cli.assertOneLineNoStackTrace();
        assertEquals(2, cli.run("calibrate", dir.resolve("fit.json").toString(), "--no-charts", "--formats", "png"));
        cli.assertOneLineNoStackTrace();
    }
}

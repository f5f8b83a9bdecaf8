package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sensitivity} on real sweeps of the tiny world: with common random numbers, a parameter the
 * model never reads (the weight of a rule switched off) has indices of exactly zero, and one the
 * outcome depends on has indices whose interval excludes zero.
 */
class SensitivityCommandTest {
    static String experiment(String name, String design) {
        return """
                {
                  "name": "%s",
                  "description": "Peer influence matters; the weight of a rule that is off does not.",
                  "scenario": "tiny.json",
                  "overrides": ["time.endYear=2012", "rules.demonstration.enabled=false"],
                  "seed": 5,
                  "replications": 2,
                  "commonRandomNumbers": true,
                  "parameters": [
                    { "path": "rules.demonstration.weight", "min": 0.01, "max": 0.2 },
                    { "path": "rules.peerInfluence.weight", "min": 0.02, "max": 0.6, "log": true },
                    { "path": "decision.baseRate", "min": 0.001, "max": 0.02 }
                  ],
                  "design": %s,
                  "outcomes": [
                    { "name": "pledgedFinal", "metric": "pledged_share", "kind": "final" },
                    { "name": "yearAllPledged", "metric": "pledged_share", "kind": "yearReaching", "level": 1 }
                  ]
                }
                """.formatted(name, design);
    }

    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws IOException {
        Files.writeString(dir.resolve("tiny.json"), CommandLineFixture.TINY);
        Files.writeString(dir.resolve("morris.json"), experiment("morris", "{ \"kind\": \"morris\", \"trajectories\": 8,"
                + " \"levels\": 4 }"));
        Files.writeString(dir.resolve("sobol.json"), experiment("sobol", "{ \"kind\": \"sobol\", \"baseSamples\": 16 }"));
        Files.writeString(dir.resolve("lhs.json"), experiment("lhs", "{ \"kind\": \"latinHypercube\", \"points\": 4 }"));
    }

    private static String at(String name) {
        return dir.resolve(name).toString();
    }

    /** index -> [estimate, low, high] of one parameter and outcome. */
    private static double[] index(List<String> csv, String outcome, String parameter, String index) {
        String row = csv.stream().filter(l -> l.startsWith(outcome + "," + parameter + "," + index + ","))
                .findFirst().orElseThrow(() -> new AssertionError("no " + index + " of " + parameter));
        String[] f = row.split(",");
        return new double[] {Double.parseDouble(f[3]), parse(f[4]), parse(f[5])};
    }

    private static double parse(String s) {
        return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    @Test
    void morrisFindsTheParameterThatMattersAndZeroForTheOneThatDoesNot() throws IOException {
        CommandLineFixture cli = new CommandLineFixture(dir);
        assertEquals(0, cli.run("sweep", at("morris.json"), "--out", at("morris-sweep"), "-q"), cli.err());
        assertEquals(0, cli.run("sensitivity", at("morris.json"), "--sweep", at("morris-sweep")), cli.err());
        System.out.println(cli.out());
        Path folder = dir.resolve("morris-sweep/sensitivity");
        List<String> csv = Files.readAllLines(folder.resolve("sensitivity.csv"), StandardCharsets.UTF_8);
        assertEquals("outcome,parameter,index,estimate,ci95_low,ci95_high", csv.get(0));
        double[] inert = index(csv, "pledgedFinal", "rules.demonstration.weight", "mu_star");
        assertEquals(0, inert[0], 0.0, "a weight the model never reads has no effect at all");
        assertEquals(0, inert[2], 0.0);
        double[] peers = index(csv, "pledgedFinal", "rules.peerInfluence.weight", "mu_star");
        assertTrue(peers[1] > 0, "peer influence matters: its mu* interval excludes 0: " + peers[1]);
        assertTrue(Double.isNaN(index(csv, "pledgedFinal", "rules.peerInfluence.weight", "sigma")[1]));
        for (String format : List.of("png", "svg", "pdf")) {
            assertTrue(Files.size(folder.resolve("charts/sensitivity-pledgedFinal." + format)) > 1000, format);
        }
        String svg = Files.readString(folder.resolve("charts/sensitivity-pledgedFinal.svg"));
        assertTrue(svg.contains("8 Morris trajectories on 4 levels"), "the caption says what was run");
        assertTrue(svg.contains("rules.peerInfluence.weight"));
        // everything under a level never reached in some run of every point would be NA: told, not drawn
        assertTrue(cli.out().contains("yearAllPledged") || csv.stream().anyMatch(l -> l.startsWith("yearAllPledged")),
                cli.out());

        // a second analysis into the same folder is refused, nothing overwritten
        assertEquals(2, cli.run("sensitivity", at("morris.json"), "--sweep", at("morris-sweep")));
        cli.assertOneLineNoStackTrace();
    }

    @Test
    void sobolGivesTheInertParameterZeroAndTheRestTheVariance() throws IOException {
        CommandLineFixture cli = new CommandLineFixture(dir);
        assertEquals(0, cli.run("sweep", at("sobol.json"), "--out", at("sobol-sweep"), "-q"), cli.err());
        assertEquals(0, cli.run("sensitivity", at("sobol.json"), "--sweep", at("sobol-sweep"), "--no-charts",
                "--resamples", "500"), cli.err());
        System.out.println(cli.out());
        List<String> csv = Files.readAllLines(dir.resolve("sobol-sweep/sensitivity/sensitivity.csv"));
        double[] inertTotal = index(csv, "pledgedFinal", "rules.demonstration.weight", "ST");
        assertEquals(0, inertTotal[0], 0.0);
        assertEquals(0, index(csv, "pledgedFinal", "rules.demonstration.weight", "S1")[0], 0.0);
        double[] rate = index(csv, "pledgedFinal", "decision.baseRate", "ST");
        double[] peers = index(csv, "pledgedFinal", "rules.peerInfluence.weight", "ST");
        assertTrue(rate[1] > 0 || peers[1] > 0, "some parameter's total index excludes 0");
        assertFalse(Files.exists(dir.resolve("sobol-sweep/sensitivity/charts")));
    }

    @Test
    void aDesignWithoutIndicesOrASweepNotRunYetIsBadInput() throws IOException {
        CommandLineFixture cli = new CommandLineFixture(dir);
        assertEquals(2, cli.run("sensitivity", at("lhs.json"), "--sweep", at("nowhere")));
        assertTrue(cli.err().contains("design.kind") && cli.err().contains("morris or sobol"), cli.err());
        cli.assertOneLineNoStackTrace();
        assertEquals(2, cli.run("sensitivity", at("morris.json"), "--sweep", at("nowhere")));
        assertTrue(cli.err().contains("holds no sweep"), cli.err());
        cli.assertOneLineNoStackTrace();
        assertFalse(Files.exists(dir.resolve("nowhere")));
        assertEquals(2, cli.run("sensitivity", at("morris.json"), "--no-charts", "--formats", "png"));
        assertTrue(cli.err().contains("--no-charts and --formats contradict each other"), cli.err());
    }

    @Test
    void muStarIsTheMeanAbsoluteChangeOfThePointMeansPerWholeRange() throws IOException {
        // recomputed by hand from the sweep's own files: trajectory t is points t(k+1) .. t(k+1)+k; each
        // step moves one parameter by 2/3 of its (unit) range on a 4-level grid, so mu* = 1.5 mean |dy|
        CommandLineFixture cli = new CommandLineFixture(dir);
        Path sweep = dir.resolve("morris-by-hand");
        assertEquals(0, cli.run("sweep", at("morris.json"), "--out", sweep.toString(), "-q"), cli.err());
        assertEquals(0, cli.run("sensitivity", at("morris.json"), "--sweep", sweep.toString(), "--no-charts"),
                cli.err());
        List<String> points = Files.readAllLines(sweep.resolve("points.csv"));
        List<String> parameters = List.of(points.get(0).split(",")).subList(1, 4);
        double[] means = new double[points.size() - 1];
        for (String row : Files.readAllLines(sweep.resolve("summary.csv"))) {
            String[] f = row.split(",");
            if (f.length > 4 && f[4].equals("pledgedFinal")) {
                means[Integer.parseInt(f[0])] = Double.parseDouble(f[5]);
            }
        }
        double[] sum = new double[3];
        int[] count = new int[3];
        for (int t = 0; t < 8; t++) {
            for (int j = 1; j <= 3; j++) {
                String[] before = points.get(1 + t * 4 + j - 1).split(",");
                String[] after = points.get(1 + t * 4 + j).split(",");
                int moved = -1;
                for (int i = 0; i < 3; i++) {
                    if (!before[1 + i].equals(after[1 + i])) {
                        assertEquals(-1, moved, "one parameter per step");
                        moved = i;
                    }
                }
                sum[moved] += Math.abs(means[t * 4 + j] - means[t * 4 + j - 1]) * 1.5;
                count[moved]++;
            }
        }
        List<String> csv = Files.readAllLines(sweep.resolve("sensitivity/sensitivity.csv"));
        for (int i = 0; i < 3; i++) {
            assertEquals(8, count[i], "each parameter moves once per trajectory");
            assertEquals(sum[i] / 8, index(csv, "pledgedFinal", parameters.get(i), "mu_star")[0], 1e-12,
                    parameters.get(i));
        }
    }
}

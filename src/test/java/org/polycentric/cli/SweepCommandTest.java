package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep} and {@code merge} as a user runs them: the files a sweep writes, the same bytes on
 * any number of threads, after a SIGKILL and --resume, and from shards merged; and bad input.
 */
class SweepCommandTest {
    /** The files that must be byte for byte the same however the sweep ran (the manifest holds timings). */
    static final List<String> SAME_BYTES = List.of("runs.csv", "points.csv", "summary.csv", "sweep.json");

    /** The tiny world of the CLI tests, 5 x 2 points x 2 replications: 20 runs of a fraction of a second. */
    static String experiment(String name, String design) {
        return """
                {
                  "name": "%s",
                  "description": "A small sweep for the tests.",
                  "scenario": "tiny.json",
                  "overrides": ["time.endYear=2010"],
                  "seed": 99,
                  "replications": 2,
                  "parameters": [
                    { "path": "rules.peerInfluence.weight", "min": 0.02, "max": 0.4, "log": true },
                    { "path": "rules.networkRecruitment.enabled", "values": [true, false] }
                  ],
                  "design": %s,
                  "outcomes": [
                    { "name": "pledged2009", "metric": "pledged_share", "kind": "atYear", "year": 2009 },
                    { "name": "yearFifth", "metric": "pledged_share", "kind": "yearReaching", "level": 0.2 },
                    { "name": "members", "metric": "network_members", "group": "C40", "kind": "final" },
                    { "name": "area", "metric": "pledged_share", "kind": "areaUnderCurve", "fromYear": 2005, "toYear": 2010 }
                  ]
                }
                """.formatted(name, design);
    }

    static final String FACTORIAL = "{ \"kind\": \"factorial\", \"levels\": 5 }";

    @TempDir
    static Path dir;
    static Path reference;

    @BeforeAll
    static void referenceSweep() throws IOException {
        Files.writeString(dir.resolve("tiny.json"), CommandLineFixture.TINY);
        Files.writeString(dir.resolve("exp.json"), experiment("small", FACTORIAL));
        CommandLineFixture cli = new CommandLineFixture(dir);
        assertEquals(0, run(cli, "sweep", "exp.json", "--out", "reference", "--threads", "1", "-q"), cli.err());
        reference = dir.resolve("reference");
    }

    /**
     * Runs the command with its file arguments (experiment files, folders) taken relative to the
     * fixture's working folder, as a user standing there would type them.
     */
    private static int run(CommandLineFixture cli, String... args) {
        String[] resolved = args.clone();
        for (int i = 1; i < args.length; i++) {
            boolean value = args[i - 1].equals("--shard") || args[i - 1].equals("--threads");
            if (!value && !args[i].startsWith("-")) {
                resolved[i] = cli.workingDir.resolve(args[i]).toString();
            }
        }
        return cli.run(resolved);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        for (String f : SAME_BYTES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)),
                    f + " of " + actual + " differs from " + expected);
        }
    }

    @Test
    void aSweepWritesOneRowPerRunAndASummaryPerPointAndOutcome() throws IOException {
        List<String> runs = lines(reference.resolve("runs.csv"));
        assertEquals("run,point,replication,seed,rules.peerInfluence.weight,rules.networkRecruitment.enabled,"
                + "pledged2009,yearFifth,members,area", runs.get(0));
        assertEquals(1 + 20, runs.size(), "10 points x 2 replications");
        // run i is replication i mod 2 of point i div 2, in order
        for (int i = 1; i < runs.size(); i++) {
            String[] f = runs.get(i).split(",");
            assertEquals(i - 1, Integer.parseInt(f[0]));
            assertEquals((i - 1) / 2, Integer.parseInt(f[1]));
            assertEquals((i - 1) % 2, Integer.parseInt(f[2]));
            assertTrue(f[3].matches("0x[0-9a-f]{4}(_[0-9a-f]{4}){3}"), f[3]);
        }
        // the log range's ends and the list's values, as the scenario took them
        assertTrue(runs.get(1).contains(",0.02,true,"), runs.get(1));
        assertTrue(runs.get(runs.size() - 1).contains(",0.4,false,") || runs.get(runs.size() - 1).contains(
                ",0.39999999999999997,false,"), runs.get(runs.size() - 1));
        List<String> summary = lines(reference.resolve("summary.csv"));
        assertEquals("point,rules.peerInfluence.weight,rules.networkRecruitment.enabled,outcome,mean,sd,ci95_low,"
                + "ci95_high,n,na", summary.get(0));
        assertEquals(1 + 10 * 4, summary.size());
        assertEquals(11, lines(reference.resolve("points.csv")).size());
        assertFalse(Files.exists(reference.resolve("runs.pending.csv")), "nothing waits once the sweep is done");
        assertTrue(Files.exists(reference.resolve("manifest.json")));
    }

    @Test
    void theSummaryIsTheStatisticsOfEachPointsReplications() throws IOException {
        List<String> runs = lines(reference.resolve("runs.csv"));
        List<String> summary = lines(reference.resolve("summary.csv"));
        // point 3, outcome pledged2009: the mean of runs 6 and 7
        double a = Double.parseDouble(runs.get(7).split(",")[6]);
        double b = Double.parseDouble(runs.get(8).split(",")[6]);
        String row = summary.stream().filter(s -> s.startsWith("3,") && s.contains(",pledged2009,")).findFirst()
                .orElseThrow();
        String[] f = row.split(",");
        assertEquals((a + b) / 2, Double.parseDouble(f[4]), 1e-12, row);
        assertEquals(Math.abs(a - b) / Math.sqrt(2), Double.parseDouble(f[5]), 1e-12, row);
        assertEquals("2", f[8]);
    }

    @Test
    void twoThreadsWriteTheSameBytesAsOne() throws IOException {
        CommandLineFixture cli = new CommandLineFixture(dir);
        assertEquals(0, run(cli, "sweep", "exp.json", "--out", "two-threads", "--threads", "2", "-q"), cli.err());
        assertSameBytes(reference, dir.resolve("two-threads"));
        assertTrue(cli.out().contains("threads busy"), cli.out());
    }

    @Test
    void shardsMergeIntoTheFilesOfOneMachine() throws IOException {
        CommandLineFixture cli = new CommandLineFixture(dir);
        List<String> folders = new ArrayList<>();
        for (int i = 2; i >= 0; i--) { // any order
            assertEquals(0, run(cli, "sweep", "exp.json", "--shard", i + "/3", "--out", "shards/s" + i, "-q"),
                    cli.err());
            folders.add("shards/s" + i);
            assertFalse(Files.exists(dir.resolve("shards/s" + i + "/summary.csv")), "a shard has no summary");
        }
        assertEquals(7 + 1, lines(dir.resolve("shards/s0/runs.csv")).size(), "runs 0, 3, ..., 18");
        List<String> args = new ArrayList<>(List.of("merge", "--out", "merged"));
        args.addAll(folders);
        assertEquals(0, run(cli, args.toArray(String[]::new)), cli.err());
        assertSameBytes(reference, dir.resolve("merged"));

        // a shard missing, or given twice: bad input, nothing written
        assertEquals(2, run(cli, "merge", "--out", "merged-2", "shards/s0", "shards/s2"));
        assertTrue(cli.err().contains("shard 1 of 3 missing"), cli.err());
        cli.assertOneLineNoStackTrace();
        assertEquals(2, run(cli, "merge", "--out", "merged-2", "shards/s0", "shards/s1", "shards/s1", "shards/s2"));
        assertTrue(cli.err().contains("as is"), cli.err());
        assertFalse(Files.exists(dir.resolve("merged-2")));
    }

    @Test
    void aSweepKilledOutrightLosesNoFinishedRunAndResumesToTheSameBytes() throws Exception {
        Path work = dir.resolve("killed");
        Files.createDirectories(work);
        Files.copy(dir.resolve("tiny.json"), work.resolve("tiny.json"));
        // longer runs, so the kill lands mid-sweep
        Files.writeString(work.resolve("exp.json"), experiment("small", FACTORIAL)
                .replace("\"time.endYear=2010\"", "\"time.endYear=2010\", \"world.cities=3000\""));
        CommandLineFixture cli = new CommandLineFixture(work);
        assertEquals(0, run(cli, "sweep", "exp.json", "--out", "whole", "-q"), cli.err());
        int total = lines(work.resolve("whole/runs.csv")).size() - 1;

        int kills = 0;
        int rowsAtKill = 0;
        for (int attempt = 0; attempt < 3 && kills == 0; attempt++) {
            try (LaunchedJvm jvm = LaunchedJvm.startIn(work, work.resolve("logs"), List.of(), "sweep", "exp.json",
                    "--out", "stopped", "--resume", "--threads", "2", "-q")) {
                Path runs = work.resolve("stopped/runs.csv");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (System.nanoTime() < deadline && jvm.process.isAlive()
                        && (!Files.exists(runs) || lines(runs).size() < 4)) {
                    Thread.sleep(5);
                }
                if (jvm.process.isAlive()) {
                    rowsAtKill = lines(runs).size() - 1;
                    jvm.process.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
                    jvm.process.waitFor(30, TimeUnit.SECONDS);
                    kills++;
                }
            }
        }
        assertEquals(1, kills, "the sweep was killed while running");
        assertFalse(Files.exists(work.resolve("stopped/manifest.json")), "a killed sweep is not finished");
        int kept = lines(work.resolve("stopped/runs.csv")).size() - 1;
        System.out.printf("killed with %d of %d runs in runs.csv; %d there after the kill%n", rowsAtKill, total, kept);
        assertTrue(kept >= rowsAtKill, "no finished run is lost");

        assertEquals(0, run(cli, "sweep", "exp.json", "--out", "stopped", "--resume", "-q"), cli.err());
        String ranNow = cli.out().lines().filter(l -> l.contains("runs in the folder")).findFirst().orElseThrow();
        System.out.println("resumed: " + ranNow.strip());
        assertTrue(ranNow.contains("(" + (total - kept) + " run now)") || kept < total, ranNow);
        assertSameBytes(work.resolve("whole"), work.resolve("stopped"));
    }

    @Test
    void resumeFinishesACutShortFolderWithoutRedoingItsRuns() throws IOException {
        // the state a kill can leave: half a row at the end of runs.csv, later runs waiting in pending
        Path folder = dir.resolve("cut");
        CommandLineFixture cli = new CommandLineFixture(dir);
        assertEquals(0, run(cli, "sweep", "exp.json", "--out", "cut", "-q"), cli.err());
        List<String> runs = lines(folder.resolve("runs.csv"));
        Files.writeString(folder.resolve("runs.csv"), String.join("\n", runs.subList(0, 6)) + "\n"
                + runs.get(6).substring(0, 10), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("runs.pending.csv"), runs.get(9) + "\n" + runs.get(8) + "\n" + runs.get(3)
                + "\n", StandardCharsets.UTF_8);
        Files.delete(folder.resolve("summary.csv"));
        Files.delete(folder.resolve("manifest.json"));
        assertEquals(0, run(cli, "sweep", "exp.json", "--out", "cut", "--resume", "-q"), cli.err());
        // rows 1-5 were in runs.csv and runs 7, 8 (rows 8, 9) pending: 20 - 5 - 2 = 13 to run
        assertTrue(cli.out().contains("(13 run now)"), cli.out());
        assertSameBytes(reference, folder);
        assertFalse(Files.exists(folder.resolve("runs.pending.csv")));

        // resuming a finished sweep runs nothing and changes nothing
        assertEquals(0, run(cli, "sweep", "exp.json", "--out", "cut", "--resume", "-q"), cli.err());
        assertTrue(cli.out().contains("(0 run now)"), cli.out());
        assertSameBytes(reference, folder);
    }

    @Test
    void aFolderThatHoldsASweepIsNeverWrittenOverOrMixedWithAnother() throws IOException {
        CommandLineFixture cli = new CommandLineFixture(dir);
        assertEquals(2, run(cli, "sweep", "exp.json", "--out", "reference"));
        assertTrue(cli.err().contains("already holds a sweep; add --resume"), cli.err());
        cli.assertOneLineNoStackTrace();

        Files.writeString(dir.resolve("other.json"), experiment("small", FACTORIAL).replace("\"seed\": 99",
                "\"seed\": 100"));
        assertEquals(2, run(cli, "sweep", "other.json", "--out", "reference", "--resume"));
        assertTrue(cli.err().contains("resolvedExperiment differs"), cli.err());
        cli.assertOneLineNoStackTrace();
        assertEquals(2, run(cli, "sweep", "exp.json", "--out", "reference", "--resume", "--shard", "0/2"));
        assertTrue(cli.err().contains("shard differs"), cli.err());
        assertSameBytes(reference, reference);
        assertEquals(21, lines(reference.resolve("runs.csv")).size(), "untouched");
    }

    @Test
    void badInputIsOneLineAndWritesNothing() throws IOException {
        CommandLineFixture cli = new CommandLineFixture(dir);
        // an outcome's group that the world lacks: found when the first run is built
        Files.writeString(dir.resolve("nogroup.json"), experiment("nogroup", FACTORIAL)
                .replace("\"group\": \"C40\"", "\"group\": \"C41\""));
        assertEquals(2, run(cli, "sweep", "nogroup.json", "--out", "nogroup", "-q"));
        assertTrue(cli.err().startsWith(dir.resolve("nogroup.json") + ":"), cli.err());
        assertTrue(cli.err().contains("outcomes[2].group") && cli.err().contains("C40"), cli.err());
        cli.assertOneLineNoStackTrace();
        assertFalse(Files.exists(dir.resolve("nogroup")), "nothing written");

        assertEquals(2, run(cli, "sweep", "exp.json", "--shard", "3/3", "--out", "x"));
        assertTrue(cli.err().contains("0 <= I < N"), cli.err());
        assertEquals(2, run(cli, "sweep", "missing.json"));
        assertFalse(Files.exists(dir.resolve("x")));
        assertFalse(Files.exists(dir.resolve("output")));
    }

    @Test
    void withCommonRandomNumbersAPointIsWhatRunGivesForItsSettings() throws IOException {
        CommandLineFixture cli = new CommandLineFixture(dir);
        Files.writeString(dir.resolve("crn.json"), experiment("crn", FACTORIAL).replace("\"replications\": 2,",
                "\"replications\": 2, \"commonRandomNumbers\": true,").replace(
                "{ \"name\": \"members\"", "{ \"name\": \"pledgedFinal\", \"metric\": \"pledged_share\", \"kind\": \"final\" },"
                + " { \"name\": \"members\""));
        assertEquals(0, run(cli, "sweep", "crn.json", "--out", "crn", "-q"), cli.err());
        List<String> runs = lines(dir.resolve("crn/runs.csv"));
        // point 7: runs 14 and 15
        String[] first = runs.get(15).split(",");
        String[] second = runs.get(16).split(",");
        assertEquals(first[4], second[4]);
        assertEquals(0, cli.run("run", dir.resolve("tiny.json").toString(), "--set", "time.endYear=2010",
                "--set", "rules.peerInfluence.weight=" + first[4], "--set", "rules.networkRecruitment.enabled=" + first[5],
                "--seed", "99", "--replications", "2", "--out", dir.resolve("crn-point-7").toString(), "--no-charts",
                "-q"), cli.err());
        List<String> replications = lines(dir.resolve("crn-point-7/runs.csv"));
        int pledged = runs.get(0).indexOf("pledgedFinal") < 0 ? -1
                : java.util.Arrays.asList(runs.get(0).split(",")).indexOf("pledgedFinal");
        for (int r = 0; r < 2; r++) {
            String[] sweepRow = (r == 0 ? first : second);
            String[] runRow = replications.get(1 + r).split(",");
            assertEquals(sweepRow[3], runRow[1], "replication " + r + " has the sweep's seed");
            assertEquals(Double.parseDouble(sweepRow[pledged]), Double.parseDouble(runRow[2]), 0.0,
                    "and the sweep's final pledged share");
        }
    }

    @Test
    void twoSweepsNeverWriteOneFolderAtOnce() throws IOException {
        CommandLineFixture cli = new CommandLineFixture(dir);
        assertEquals(0, run(cli, "sweep", "exp.json", "--out", "locked", "--shard", "0/4", "-q"), cli.err());
        // another process (a requeued task still running, say) holds the folder's lock
        try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(dir.resolve("locked/.sweep.lock"),
                java.nio.file.StandardOpenOption.WRITE); var lock = held.lock()) {
            assertEquals(2, run(cli, "sweep", "exp.json", "--out", "locked", "--shard", "0/4", "--resume"));
            assertTrue(cli.err().contains("another sweep is writing this folder"), cli.err());
            cli.assertOneLineNoStackTrace();
        }
        assertEquals(0, run(cli, "sweep", "exp.json", "--out", "locked", "--shard", "0/4", "--resume", "-q"),
                cli.err());
    }
}

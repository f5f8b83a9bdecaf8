package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.output.RunFolder;

/**
 * A run killed outright (SIGKILL) runs no cleanup and leaves its hidden working folder; the next
 * run in the same output folder deletes it, because its owner is gone, and keeps the working folder
 * of a run still going. Real processes: the killed run is a JVM of its own, started as a user starts
 * a run; the live one is this test's JVM.
 */
class KilledRunLeftoverTest {
    private static final long START_TIMEOUT_MILLIS = 30_000;

    @TempDir
    Path dir;

    @Test
    void theNextRunRemovesTheFolderOfARunKilledOutrightAndKeepsALiveRunsFolder() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "SIGKILL is a Unix signal");
        Path out = dir.resolve("output");
        Path killedFolder;
        // 50,000 cities over 2005-2060: about 10 s of work, killed long before it is done.
        try (LaunchedJvm killed = LaunchedJvm.start(dir.resolve("logs"), List.of("-Xmx512m"), "run",
                Path.of("scenarios", "baseline.json").toAbsolutePath().toString(), "--set", "world.cities=50000",
                "--replications", "1", "--no-charts", "--out", out.resolve("killed").toString())) {
            killedFolder = awaitWorkingFolder(out, ".killed.partial-" + killed.process.pid() + "-", killed);
            killed.process.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(killed.process.waitFor(15, TimeUnit.SECONDS), "the run is killed");
            assertFalse(LaunchedJvm.running(killed.process.toHandle()));
        }
        assertTrue(Files.isDirectory(killedFolder), "SIGKILL left the working folder behind");
        Files.writeString(out.resolve("notes.txt"), "mine");

        try (RunFolder live = RunFolder.inside(out, "live")) { // a run of this JVM, still going
            Path scenario = Files.writeString(dir.resolve("tiny.json"), """
                    { "extends": "%s", "name": "tiny", "description": "A small world.",
                      "world": { "cities": 200, "firms": { "count": 100 } }, "time": { "endYear": 2007 } }
                    """.formatted(Path.of("scenarios", "baseline.json").toAbsolutePath().toString()
                    .replace("\\", "\\\\")));
            StringWriter err = new StringWriter();
            int exit = PolycentricCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                    false, "run", scenario.toString(), "--no-charts", "--quiet", "--out",
                    out.resolve("next").toString());
            assertEquals(0, exit, err.toString());

            assertFalse(Files.exists(killedFolder), "the killed run's working folder is gone");
            assertTrue(Files.isDirectory(live.workDir()), "the live run's working folder is kept");
            assertEquals(List.of(live.workDir().getFileName().toString(), "next", "notes.txt"),
                    LaunchedJvm.entries(out), "nothing else touched");
            assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        }
    }

    /** Waits until the run's working folder exists and holds its owner file; returns the folder. */
    private static Path awaitWorkingFolder(Path out, String prefix, LaunchedJvm run) throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            for (String name : LaunchedJvm.entries(out)) {
                Path folder = out.resolve(name);
                if (name.startsWith(prefix) && LaunchedJvm.entries(folder).contains(".polycentric-owner")) {
                    // Let the run write into it for a moment, as a real interruption would find it.
                    Thread.sleep(300);
                    return folder;
                }
            }
            if (!run.process.isAlive()) {
                fail("the run ended (exit " + run.process.exitValue() + ") before it opened its folder: "
                        + run.stderr());
            }
            Thread.sleep(20);
        }
        fail("no working folder " + prefix + "* within " + START_TIMEOUT_MILLIS + " ms: " + run.stderr());
        return null;
    }
}

package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run large enough to restart with the optimising compiler ({@link QuickStartJit}) lives and dies
 * with the process the user started: stopping that process stops the restarted JVM too, and no run
 * folder appears. Real processes and real signals: the launcher's JVM is started as the launcher
 * starts it (C1 only), the restarted one is found by its working folder, which carries its pid.
 *
 * <p>50,000 cities over 2005-2060 restart (1.4e7 city-steps) and take about 10 s to run, so each
 * test stops the run long before it could finish; each takes 2-3 s on an idle 2-core machine, mostly
 * two JVM starts (4-6 s with the machine loaded nine-fold).
 */
class RestartedRunTest {
    /** Options of a user's launch: the launcher's defaults plus a memory limit of their own. */
    private static final List<String> LAUNCHER_OPTIONS = List.of("-XX:+UseParallelGC", QuickStartJit.FLAG, "-Xmx512m");
    private static final long START_TIMEOUT_MILLIS = 20_000;
    private static final long SETTLE_MILLIS = 200;

    @TempDir
    Path dir;
    private Path out;

    @BeforeEach
    void requireSignals() {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "SIGTERM and SIGKILL are Unix signals");
        assumeTrue(ProcessHandle.current().parent().isPresent(), "process handles tell parents here");
        out = dir.resolve("out");
    }

    @Test
    void sigtermStopsTheRestartedRunBeforeTheLauncherExitsAndLeavesNoFolder() throws Exception {
        try (LaunchedJvm launcher = startLargeRun()) {
            ProcessHandle run = awaitRestartedRun(launcher);
            try {
                launcher.process.destroy(); // SIGTERM, as `kill PID` does
                assertTrue(launcher.process.waitFor(15, TimeUnit.SECONDS), "the launcher stops");

                assertFalse(LaunchedJvm.running(run), "the launcher waited for its restarted run to stop");
                assertEquals(143, launcher.process.exitValue(), "exit code of a JVM stopped by SIGTERM");
                assertEquals(List.of(), LaunchedJvm.entries(out),
                        "neither a run folder nor a hidden working folder is left; " + launcher.stderr());
            } finally {
                run.destroyForcibly();
            }
        }
    }

    @Test
    void aLauncherKilledOutrightStillTakesItsRunWithIt() throws Exception {
        try (LaunchedJvm launcher = startLargeRun()) {
            ProcessHandle run = awaitRestartedRun(launcher);
            try {
                launcher.process.destroyForcibly(); // SIGKILL: the launcher runs no hooks at all
                assertTrue(launcher.process.waitFor(15, TimeUnit.SECONDS), "the launcher is killed");

                long deadline = System.currentTimeMillis() + 10_000;
                while (LaunchedJvm.running(run) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertFalse(LaunchedJvm.running(run), "the restarted run notices its launcher is gone and stops");
                assertEquals(List.of(), LaunchedJvm.entries(out),
                        "the run stops through its own hooks: no folder at all; " + launcher.stderr());
                assertTrue(launcher.stderr().contains("the process that started this run has ended"), launcher.stderr());
            } finally {
                run.destroyForcibly();
            }
        }
    }

    private LaunchedJvm startLargeRun() throws IOException {
        return LaunchedJvm.start(dir.resolve("logs"), LAUNCHER_OPTIONS, "run",
                Path.of("scenarios", "baseline.json").toAbsolutePath().toString(),
                "--set", "world.cities=50000", "--replications", "1", "--no-charts", "--out", out.resolve("run").toString());
    }

    /**
     * Waits until the restarted JVM has opened its run folder (its hidden working folder, named
     * after its pid, exists): from then on a run folder could appear. Checks that it is the
     * launcher's child, and that it kept the user's -Xmx but not the C1-only flag.
     */
    private ProcessHandle awaitRestartedRun(LaunchedJvm launcher) throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            for (String name : LaunchedJvm.entries(out)) {
                if (name.startsWith(".run.partial-")) {
                    long pid = Long.parseLong(name.substring(".run.partial-".length(), name.lastIndexOf('-')));
                    assertNotEquals(launcher.process.pid(), pid, "the run restarted; " + launcher.stderr());
                    Optional<ProcessHandle> run = ProcessHandle.of(pid);
                    assertTrue(run.isPresent(), "the restarted run is alive; " + launcher.stderr());
                    assertEquals(Optional.of(launcher.process.pid()), run.get().parent().map(ProcessHandle::pid),
                            "the restarted run is the launcher's child");
                    run.get().info().arguments().ifPresent(arguments -> {
                        assertTrue(List.of(arguments).contains("-Xmx512m"), "keeps the user's -Xmx: " + List.of(arguments));
                        assertFalse(List.of(arguments).contains(QuickStartJit.FLAG), "runs the optimising compiler");
                    });
                    // The folder exists a few microseconds before its cleanup hook does (RunFolder's
                    // constructor): let the run get past that, as any real interruption would.
                    Thread.sleep(SETTLE_MILLIS);
                    return run.get();
                }
            }
            if (!launcher.process.isAlive()) {
                fail("the launcher ended (exit " + launcher.process.exitValue() + ") before the run restarted: "
                        + launcher.stderr());
            }
            Thread.sleep(20);
        }
        fail("no restarted run within " + START_TIMEOUT_MILLIS + " ms: " + launcher.stderr());
        return null;
    }
}

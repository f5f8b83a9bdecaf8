package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * Running out of memory is not a bug to report: it ends with exit code 1 and one line that says
 * how to give Java more memory, never a stack trace, whether the error comes from the command's
 * own thread or from a replication's worker, in the launched JVM or in the one it restarts.
 */
class OutOfMemoryTest {
    private static final long GB = 1L << 30;

    @TempDir
    Path dir;

    @Command(name = "hungry")
    static final class Hungry implements Callable<Integer> {
        private final Throwable thrown;

        Hungry(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            if (thrown instanceof Error error) {
                throw error;
            }
            throw (Exception) thrown;
        }
    }

    @Test
    void outOfMemoryInTheCommandsOwnThreadExitsOneWithTheAdvice() {
        StringWriter err = new StringWriter();
        int exit = PolycentricCommand.execute(new Hungry(new OutOfMemoryError("Java heap space")),
                new PrintWriter(new StringWriter()), new PrintWriter(err), false);

        assertEquals(PolycentricCommand.INTERNAL_ERROR, exit);
        assertAdvice(err.toString());
    }

    @Test
    void outOfMemoryWrappedByALibraryIsStillRecognised() {
        StringWriter err = new StringWriter();
        int exit = PolycentricCommand.execute(
                new Hungry(new IllegalStateException("could not build", new OutOfMemoryError("Java heap space"))),
                new PrintWriter(new StringWriter()), new PrintWriter(err), false);

        assertEquals(PolycentricCommand.INTERNAL_ERROR, exit);
        assertAdvice(err.toString());
    }

    @Test
    void withDebugTheStackTraceFollows() {
        StringWriter err = new StringWriter();
        PolycentricCommand.execute(new Hungry(new OutOfMemoryError("Java heap space")),
                new PrintWriter(new StringWriter()), new PrintWriter(err), true);

        assertTrue(err.toString().contains("POLYCENTRIC_JAVA_OPTS=-Xmx"), err.toString());
        assertTrue(err.toString().contains("\tat "), "stack trace with " + PolycentricCommand.DEBUG_VARIABLE + "=1");
    }

    @Test
    void theSuggestionIsTwiceTheHeapInWholePowersOfTwoGigabytes() {
        assertEquals(1, OutOfMemoryAdvice.suggestedGigabytes(64L << 20));
        assertEquals(2, OutOfMemoryAdvice.suggestedGigabytes(GB));
        assertEquals(8, OutOfMemoryAdvice.suggestedGigabytes(3 * GB + GB / 2));
        assertEquals(8, OutOfMemoryAdvice.suggestedGigabytes(4 * GB));
        assertEquals(16, OutOfMemoryAdvice.suggestedGigabytes(5 * GB));
    }

    /**
     * A real run in a JVM of 64 MB: 50 million cities do not fit, and both replication workers
     * run out while building their world. No restart here (no C1-only flag). About 3 s.
     */
    @Test
    void aWorldTooLargeForTheHeapEndsWithExitOneAndTheAdvice() throws Exception {
        try (LaunchedJvm jvm = LaunchedJvm.start(dir.resolve("logs"), List.of("-Xmx64m"), tooLargeRun("2"))) {
            assertTrue(jvm.process.waitFor(60, TimeUnit.SECONDS), "the run ends");
            String err = jvm.stderr();

            assertEquals(PolycentricCommand.INTERNAL_ERROR, jvm.process.exitValue(), err);
            assertAdvice(err);
            assertTrue(err.contains("out of memory running a world of 50000000 cities, 2 replications at a time, with 64 MB for Java"), err);
            assertTrue(err.contains("POLYCENTRIC_JAVA_OPTS=-Xmx1g ./polycentric run ..."), err);
            assertTrue(err.contains("--threads 1"), err);
            assertEquals(List.of(), LaunchedJvm.entries(dir.resolve("out")), "no run folder");
        }
    }

    /**
     * The same in the JVM that a large run restarts in: it keeps the user's -Xmx (so it runs out
     * too), prints the advice once, and its exit code is the launcher's. About 4 s.
     */
    @Test
    void aRestartedRunOutOfMemoryPassesItsExitCodeAndAdviceThrough() throws Exception {
        try (LaunchedJvm jvm = LaunchedJvm.start(dir.resolve("logs"), List.of(QuickStartJit.FLAG, "-Xmx64m"),
                tooLargeRun("1"))) {
            assertTrue(jvm.process.waitFor(60, TimeUnit.SECONDS), "the run ends");
            String err = jvm.stderr();

            assertEquals(PolycentricCommand.INTERNAL_ERROR, jvm.process.exitValue(), err);
            assertTrue(err.contains("restarting with the optimising compiler"), "the run restarted: " + err);
            assertAdvice(err);
            assertEquals(1, err.split("out of memory", -1).length - 1, "the advice once, from the restarted run: " + err);
            assertTrue(err.contains("POLYCENTRIC_JAVA_OPTS=-Xmx1g"), "the restarted JVM had the user's 64 MB: " + err);
            assertEquals(List.of(), LaunchedJvm.entries(dir.resolve("out")), "no run folder");
        }
    }

    private String[] tooLargeRun(String replications) {
        return new String[] {"run", Path.of("scenarios", "baseline.json").toAbsolutePath().toString(),
                "--set", "world.cities=50000000", "--replications", replications, "--threads", replications,
                "--no-charts", "--out", dir.resolve("out").resolve("run").toString()};
    }

    private static void assertAdvice(String err) {
        assertTrue(err.startsWith("polycentric: out of memory") || err.contains("\npolycentric: out of memory"), err);
        assertTrue(err.contains("; give Java more memory, e.g. POLYCENTRIC_JAVA_OPTS=-Xmx"), err);
        assertFalse(err.contains("internal error"), "not a bug to report: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "no stack trace: " + err);
    }
}

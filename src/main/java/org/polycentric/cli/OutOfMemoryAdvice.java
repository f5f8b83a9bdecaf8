package org.polycentric.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.polycentric.scenario.Scenario;

/**
 * What to tell a user whose run ran out of memory: not a bug to report, but a world too large
 * for the memory Java was given, and how to give it more (the launcher's POLYCENTRIC_JAVA_OPTS).
 */
final class OutOfMemoryAdvice {
    /** Built before any run, for when even the advice cannot be put together any more. */
    static final String FALLBACK = "polycentric: out of memory; give Java more memory, e.g."
            + " POLYCENTRIC_JAVA_OPTS=-Xmx16g ./polycentric run ...";
    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;

    /** The run under way, as the message describes it; null before a run (or outside one). */
    private static volatile Run current;

    private record Run(int cities, int threads) {
    }

    private OutOfMemoryAdvice() {
    }

    /** Notes the run about to start, so that the message can name its size. */
    static void noteRun(Scenario scenario, int threads) {
        current = new Run(scenario.world().cities(), threads);
    }

    /** The OutOfMemoryError that {@code e} is or was caused by, or null. */
    static OutOfMemoryError find(Throwable e) {
        for (int depth = 0; e != null && depth < 20; e = e.getCause(), depth++) {
            if (e instanceof OutOfMemoryError outOfMemory) {
                return outOfMemory;
            }
        }
        return null;
    }

    /**
     * One line: what ran out, how much Java had, and an -Xmx to try; e.g. "polycentric: out of
     * memory running a world of 200000 cities with 512 MB for Java; give Java more memory, e.g.
     * POLYCENTRIC_JAVA_OPTS=-Xmx2g ./polycentric run ...".
     */
    static String message(OutOfMemoryError e) {
        Run run = current;
        long max = Runtime.getRuntime().maxMemory();
        long suggestedGb = suggestedGigabytes(max);
        StringBuilder text = new StringBuilder("polycentric: out of memory");
        if (e.getMessage() != null && !e.getMessage().equals("Java heap space")) {
            text.append(" (").append(e.getMessage()).append(")");
        }
        if (run != null) {
            text.append(" running a world of ").append(run.cities()).append(" cities");
            if (run.threads() > 1) {
                text.append(", ").append(run.threads()).append(" replications at a time,");
            }
        }
        text.append(" with ").append(size(max)).append(" for Java; give Java more memory, e.g. POLYCENTRIC_JAVA_OPTS=-Xmx")
                .append(suggestedGb).append("g ./polycentric ").append(run != null ? "run" : "COMMAND").append(" ...");
        if (run != null && run.threads() > 1) {
            text.append(", or build one world at a time with --threads 1");
        }
        long physical = physicalMemory();
        if (physical > 0 && suggestedGb * GB > physical) {
            text.append("; this machine has ").append(size(physical))
                    .append(", so a smaller world may be needed");
        }
        return text.toString();
    }

    /** An -Xmx to try, in GB: twice {@code maxHeap}, rounded up to a power of two, at least 1. */
    static long suggestedGigabytes(long maxHeap) {
        long twice = Math.max(1, (2 * maxHeap + GB - 1) / GB);
        return Long.highestOneBit(twice * 2 - 1);
    }

    private static String size(long bytes) {
        return bytes < GB ? (bytes + MB / 2) / MB + " MB" : String.format(Locale.ROOT, "%.1f GB", (double) bytes / GB);
    }

    /** The machine's memory in bytes, or 0 when the JVM cannot tell. */
    private static long physicalMemory() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getTotalMemorySize();
            }
        } catch (RuntimeException | LinkageError e) {
            // not a HotSpot-style JVM: leave the machine's size out
        }
        return 0;
    }
}

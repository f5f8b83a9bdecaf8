package org.polycentric.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.polycentric.scenario.Scenario;

/**
 * The launcher starts the JVM with the quick-start compiler only (C1, {@code -XX:TieredStopAtLevel=1}):
 * on a 2-core machine the optimising compiler competes with a 2-second run and makes it about 0.5 s
 * slower. Long runs want the optimising compiler (about 40% faster on a large world), so a run whose
 * work exceeds {@link #LARGE_RUN} city-steps per thread (building counted as
 * {@link #BUILD_STEPS} steps) restarts once in a JVM without that flag. The
 * restart costs about half a second, against runs of tens of seconds; results do not depend on it.
 */
final class QuickStartJit {
    static final String FLAG = "-XX:TieredStopAtLevel=1";
    /** City-steps per thread above which a run takes several seconds or more on this kind of machine. */
    static final double LARGE_RUN = 1e7;
    /** Building a world costs about as much as this many steps of running it. */
    static final int BUILD_STEPS = 100;

    private QuickStartJit() {
    }

    /** The command line of this process, set by main(); null when run in-process (tests). */
    private static volatile String[] mainArgs;

    static void rememberMainArgs(String[] args) {
        mainArgs = args.clone();
    }

    /** True when this JVM runs C1 only and the run is large enough to pay for a restart. */
    static boolean shouldRestart(Scenario scenario, int threads) {
        if (mainArgs == null || !ManagementFactory.getRuntimeMXBean().getInputArguments().contains(FLAG)) {
            return false;
        }
        double perThread = Math.ceil((double) scenario.replications() / threads);
        return (double) scenario.world().cities() * (scenario.time().steps() + BUILD_STEPS) * perThread > LARGE_RUN;
    }

    /** Runs the same command line in a JVM with the full compiler, and returns its exit code. */
    static int restart() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.equals(FLAG)) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PolycentricCommand.class.getName());
        command.addAll(List.of(mainArgs));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}

package org.polycentric.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.polycentric.scenario.Scenario;

/**
 * The launcher starts the JVM with the quick-start compiler only (C1, {@code -XX:TieredStopAtLevel=1}):
 * on a 2-core machine the optimising compiler competes with a 2-second run and makes it about 0.5 s
 * slower. Long runs want the optimising compiler (about 40% faster on a large world), so a run whose
 * work exceeds {@link #LARGE_RUN} city-steps per thread (building counted as
 * {@link #BUILD_STEPS} steps) restarts once in a JVM without that flag. The
 * restart costs about half a second, against runs of tens of seconds; results do not depend on it.
 *
 * <p>The restarted run lives and dies with the process the user started (no orphans): on SIGTERM,
 * SIGINT or SIGHUP the parent's shutdown hook stops the child and waits for it, so the child's own
 * hook deletes its working folder before the parent exits; and the child watches its parent, so
 * that if the parent dies without running its hooks (SIGKILL) the child stops within
 * {@link #WATCH_MILLIS} ms all the same.
 */
final class QuickStartJit {
    static final String FLAG = "-XX:TieredStopAtLevel=1";
    /** City-steps per thread above which a run takes several seconds or more on this kind of machine. */
    static final double LARGE_RUN = 1e7;
    /** Building a world costs about as much as this many steps of running it. */
    static final int BUILD_STEPS = 100;
    /** Set on the restarted JVM's command line to the pid of the JVM that started it. */
    static final String PARENT_PID_PROPERTY = "polycentric.restartedBy";
    /** How often a restarted JVM checks that its parent is still there. */
    static final long WATCH_MILLIS = 200;
    /** How long a stopping parent waits for its child to clean up before killing it outright. */
    static final long STOP_WAIT_SECONDS = 10;

    private QuickStartJit() {
    }

    /** The command line of this process, set by main(); null when run in-process (tests). */
    private static volatile String[] mainArgs;

    /** Guards {@link #child} and {@link #stopping} between the run's thread and the shutdown hook. */
    private static final Object LOCK = new Object();
    private static Process child;
    private static boolean stopping;

    static void rememberMainArgs(String[] args) {
        mainArgs = args.clone();
    }

    /** True when this JVM runs C1 only and the run is large enough to pay for a restart. */
    static boolean shouldRestart(Scenario scenario, int threads) {
        if (mainArgs == null || System.getProperty(PARENT_PID_PROPERTY) != null
                || !ManagementFactory.getRuntimeMXBean().getInputArguments().contains(FLAG)) {
            return false;
        }
        double perThread = Math.ceil((double) scenario.replications() / threads);
        return (double) scenario.world().cities() * (scenario.time().steps() + BUILD_STEPS) * perThread > LARGE_RUN;
    }

    /** As {@link #shouldRestart(Scenario, int)} for {@code runs} runs of {@code scenario} (a sweep's). */
    static boolean shouldRestart(Scenario scenario, long runs, int threads) {
        if (mainArgs == null || System.getProperty(PARENT_PID_PROPERTY) != null
                || !ManagementFactory.getRuntimeMXBean().getInputArguments().contains(FLAG)) {
            return false;
        }
        double perThread = Math.ceil((double) runs / threads);
        return (double) scenario.world().cities() * (scenario.time().steps() + BUILD_STEPS) * perThread > LARGE_RUN;
    }

    /**
     * Runs the same command line in a JVM with the full compiler, and returns its exit code. If this
     * JVM is asked to stop meanwhile, the child is stopped too and waited for.
     */
    static int restart() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(childCommand(
                ProcessHandle.current().info().command().orElse("java"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                ProcessHandle.current().pid(), mainArgs)).inheritIO();
        Thread stopChild = new Thread(QuickStartJit::stopChild, "stop-restarted-run");
        Process started;
        synchronized (LOCK) {
            try {
                Runtime.getRuntime().addShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                stopping = true;
            }
            if (stopping) {
                // Asked to stop before the child started: start nothing. The JVM is exiting anyway.
                return PolycentricCommand.INTERNAL_ERROR;
            }
            started = builder.start();
            child = started;
        }
        int exitCode = started.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway; the child is gone, so it has nothing to do.
        }
        return exitCode;
    }

    /**
     * The restarted JVM's command line: this JVM's options (the user's -Xmx among them) without
     * {@link #FLAG}, plus the parent's pid to watch, then the same main class and arguments.
     */
    static List<String> childCommand(String java, List<String> jvmOptions, String classPath, long parentPid,
                                     String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        for (String option : jvmOptions) {
            if (!option.equals(FLAG) && !option.startsWith("-D" + PARENT_PID_PROPERTY + "=")) {
                command.add(option);
            }
        }
        command.add("-D" + PARENT_PID_PROPERTY + "=" + parentPid);
        command.add("-cp");
        command.add(classPath);
        command.add(PolycentricCommand.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Shutdown hook of the parent: SIGTERM to the child, so its hooks delete its working folder; then wait. */
    private static void stopChild() {
        Process running;
        synchronized (LOCK) {
            stopping = true;
            running = child;
        }
        if (running == null) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                running.destroyForcibly();
                running.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * In a restarted JVM (see {@link #PARENT_PID_PROPERTY}), starts a daemon thread that ends this
     * JVM, through its shutdown hooks, as soon as the parent is gone: a parent killed outright
     * (SIGKILL) cannot stop its child itself. Does nothing in any other JVM.
     */
    static void watchParent() {
        String value = System.getProperty(PARENT_PID_PROPERTY);
        if (value == null) {
            return;
        }
        long parentPid;
        try {
            parentPid = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return;
        }
        Thread watcher = new Thread(() -> {
            while (parentAlive(parentPid)) {
                try {
                    Thread.sleep(WATCH_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.err.println("polycentric: the process that started this run has ended; stopping the run");
            System.exit(PolycentricCommand.INTERNAL_ERROR);
        }, "watch-parent");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * Whether this process's parent is still {@code parentPid}. A process whose parent dies is
     * handed to another (init or a subreaper) at that moment, so this also holds when the old
     * parent's pid has been reused. Where the parent cannot be told, assume it is alive.
     */
    private static boolean parentAlive(long parentPid) {
        return ProcessHandle.current().parent().map(parent -> parent.pid() == parentPid).orElse(true);
    }
}

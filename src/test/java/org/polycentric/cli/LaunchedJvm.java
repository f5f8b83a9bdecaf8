package org.polycentric.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The command line run as a user runs it: {@link PolycentricCommand#main} in a JVM of its own,
 * started with the given JVM options (e.g. the launcher's {@link QuickStartJit#FLAG}) on this
 * test JVM's class path, so no jar is needed. Its output goes to files, which its children share.
 */
final class LaunchedJvm implements AutoCloseable {
    final Process process;
    private final Path stdout;
    private final Path stderr;

    private LaunchedJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code polycentric args...} with {@code jvmOptions}; its output goes to files in {@code logs}. */
    static LaunchedJvm start(Path logs, List<String> jvmOptions, String... args) throws IOException {
        return startIn(null, logs, jvmOptions, args);
    }

    /** As {@link #start}, in the working folder {@code workingDir} (null: this JVM's). */
    static LaunchedJvm startIn(Path workingDir, Path logs, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PolycentricCommand.class.getName());
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve("stdout.txt");
        Path err = logs.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        Map<String, String> environment = builder.environment();
        // hermetic: no stack traces asked for, no JVM options from the environment
        environment.remove(PolycentricCommand.DEBUG_VARIABLE);
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
        return new LaunchedJvm(builder.start(), out, err);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    String stdout() throws IOException {
        return Files.readString(stdout);
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** Whether {@code process} still runs: a zombie (dead, not yet reaped by whoever adopted it) does not. */
    static boolean running(ProcessHandle process) {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return process.isAlive(); // no /proc to tell a zombie by: trust the handle
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // "pid (command) state ...": the command may hold spaces and parentheses, the state follows the last ')'
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false; // gone, and reaped
        }
    }

    /** The names in {@code folder}, hidden ones included, sorted; none if it does not exist. */
    static List<String> entries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Kills whatever is still running of it, so a failed test leaves no process behind. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}

package org.polycentric.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process that owns a run's hidden working folder, recorded in a small file ({@value #FILE})
 * written into the folder before anything else and removed just before the folder is renamed into
 * place. A run killed outright (SIGKILL, the kernel's out-of-memory killer, a power cut) runs no
 * cleanup and leaves its working folder behind; the next run in the same parent folder deletes it
 * ({@link #removeLeftovers}).
 *
 * <p>Only a folder that is certainly abandoned is deleted: a directory named like a working folder
 * ({@code .<name>.partial-<pid>-<n>}), whose owner file names that pid, this machine and this user,
 * and whose process is gone: no live process has the pid, or it is a zombie, or the live process
 * with that pid started at another time (the pid was recycled). Anything else is left alone: a live
 * run's folder, one without a readable owner file (a run between creating its folder and writing
 * the file, or just before its rename; or a leftover of an older version), one written on another
 * machine sharing the folder or in another pid namespace (a container), where the pid means
 * nothing here, or another user's, whose processes may be hidden from us.
 */
final class WorkDirOwner {
    /** The owner file inside a working folder. */
    static final String FILE = ".polycentric-owner";
    /** {@code .<name>.partial-<pid>-<n>}, as {@link RunFolder} names its working folders. */
    private static final Pattern WORK_DIR = Pattern.compile("\\..+\\.partial-([0-9]{1,18})-[0-9]+");
    /**
     * Start times closer than this are the same process: the clock-tick precision of the start time
     * and any difference in how a Java version computes it must not make a live run look dead. A
     * recycled pid within this margin of its previous owner's start keeps the leftover (safe).
     */
    static final Duration SAME_START = Duration.ofSeconds(1);
    /** An owner file is a few lines; anything larger is not one. */
    private static final long MAX_FILE_BYTES = 4096;

    /** This process as an owner file records it. */
    private static final Owner CURRENT = new Owner(ProcessHandle.current().pid(),
            ProcessHandle.current().info().startInstant().orElse(null), machine(),
            ProcessHandle.current().info().user().orElse(""));

    private WorkDirOwner() {
    }

    /**
     * An owner as recorded.
     *
     * @param start   when the process started; null if the system does not tell
     * @param machine the host name and, on Linux, the pid namespace; empty if unknown
     * @param user    the user the process runs as; empty if unknown
     */
    record Owner(long pid, Instant start, String machine, String user) {
        String text() {
            return "pid=" + pid + "\nstart=" + (start == null ? "" : start) + "\nmachine=" + machine
                    + "\nuser=" + user + "\n";
        }

        /** Whether this owner's pids and users can be judged here: same machine, pid namespace and user. */
        boolean isLocal() {
            return !machine.isEmpty() && !user.isEmpty() && machine.equals(CURRENT.machine)
                    && user.equals(CURRENT.user);
        }

        /** Whether the process is certainly gone (call only for a {@linkplain #isLocal local} owner). */
        boolean isGone() {
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isEmpty() || !process.get().isAlive() || isZombie(pid)) {
                return true;
            }
            Optional<Instant> started = process.get().info().startInstant();
            return start != null && started.isPresent()
                    && Duration.between(start, started.get()).abs().compareTo(SAME_START) > 0;
        }
    }

    static Owner current() {
        return CURRENT;
    }

    /** Writes the owner file of this process into the new, empty working folder {@code dir}. */
    static void writeTo(Path dir) throws IOException {
        write(dir, CURRENT);
    }

    /** Writes {@code owner}'s file into {@code dir} (tests write others' owners). */
    static void write(Path dir, Owner owner) throws IOException {
        Files.writeString(dir.resolve(FILE), owner.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** The owner file of {@code dir}, if it is a small regular file in the format {@link #write} writes. */
    static Optional<Owner> read(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_FILE_BYTES) {
                return Optional.empty();
            }
            Map<String, String> fields = new HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    fields.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            String start = fields.get("start");
            String machine = fields.get("machine");
            String user = fields.get("user");
            if (!fields.containsKey("pid") || start == null || machine == null || user == null) {
                return Optional.empty();
            }
            return Optional.of(new Owner(Long.parseLong(fields.get("pid")),
                    start.isEmpty() ? null : Instant.parse(start), machine, user));
        } catch (IOException | RuntimeException e) { // unreadable, NumberFormatException, DateTimeException
            return Optional.empty();
        }
    }

    /**
     * Deletes the working folders in {@code parent} left by runs of this machine and user whose
     * process is gone, and nothing else. Never fails: what cannot be listed or deleted (another run
     * deleting it at the same time, a file that is not ours) stays.
     *
     * @return the folders deleted
     */
    static List<Path> removeLeftovers(Path parent) {
        List<Path> removed = new ArrayList<>();
        if (CURRENT.machine.isEmpty() || CURRENT.user.isEmpty()) {
            return removed; // cannot tell this machine's or user's folders from others'
        }
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(parent, ".*.partial-*")) {
            for (Path dir : candidates) {
                if (isAbandoned(dir)) {
                    try {
                        RunFolder.deleteTree(dir);
                        removed.add(dir);
                    } catch (IOException e) {
                        // Deleted by another run meanwhile, or not ours to delete: leave the rest.
                    }
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Cannot list the parent: nothing to clean up (creating the run's own folder will say why).
        }
        return removed;
    }

    /** Whether {@code dir} is a working folder whose local owner is gone. */
    static boolean isAbandoned(Path dir) {
        Matcher name = WORK_DIR.matcher(dir.getFileName().toString());
        if (!name.matches() || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Optional<Owner> owner = read(dir);
        return owner.isPresent() && owner.get().pid() == Long.parseLong(name.group(1)) && owner.get().isLocal()
                && owner.get().isGone();
    }

    /**
     * This machine: its host name and, on Linux, its pid namespace (containers on one host have the
     * same name but pids of their own). Empty if the host name is unknown.
     */
    private static String machine() {
        String host = firstLine(Path.of("/proc/sys/kernel/hostname"));
        if (host.isEmpty()) {
            host = Optional.ofNullable(System.getenv("HOSTNAME"))
                    .or(() -> Optional.ofNullable(System.getenv("COMPUTERNAME"))).orElse("").trim();
        }
        if (host.isEmpty()) {
            return "";
        }
        try {
            return host + " " + Files.readSymbolicLink(Path.of("/proc/self/ns/pid"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return host; // no /proc: one pid namespace per host
        }
    }

    private static String firstLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0).trim();
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    /** On Linux, whether {@code pid} is a zombie: dead, waiting for its parent to collect its exit code. */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (command) state ...": the command may hold spaces and parentheses; the state follows the last ')'
            int close = stat.lastIndexOf(')');
            return close >= 0 && close + 2 < stat.length() && stat.charAt(close + 2) == 'Z';
        } catch (IOException | SecurityException e) {
            return false; // no /proc (or not readable): trust ProcessHandle
        }
    }
}

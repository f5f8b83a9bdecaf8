package org.polycentric.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The folder a run writes into, created all at once or not at all. Files go to a hidden working
 * folder next to the final one; {@link #commit()} renames it to its final name in one step, and
 * {@link #close()} without a commit deletes it (as does Ctrl-C). So a failed run leaves no
 * half-written folder, and an earlier run's folder is never written over. A run killed outright
 * (SIGKILL) cannot clean up: its working folder records its owner ({@link WorkDirOwner}), and the
 * next run in the same parent folder deletes it once that process is gone.
 */
public final class RunFolder implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Numbered names to try (runs started in the same second, leftovers of killed runs). */
    private static final int MAX_ALTERNATIVES = 1000;

    private final Path parent;
    /** The folder asked for with --out, or null to pick a free default name at commit. */
    private final Path explicitTarget;
    private final String baseName;
    private final Path work;
    private final Thread cleanupOnExit;
    private Path committed;
    private boolean closed;
    /** Set by the shutdown hook: the working folder is gone and must not be committed. */
    private boolean stopped;

    private RunFolder(Path parent, Path explicitTarget, String baseName) throws IOException {
        this.parent = parent;
        this.explicitTarget = explicitTarget;
        this.baseName = baseName;
        Files.createDirectories(parent);
        removeLeftovers(parent);
        this.work = createWorkDir(parent, baseName);
        this.cleanupOnExit = new Thread(this::deleteUncommitted, "run-folder-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    /**
     * A folder named {@code baseName} in {@code parent}, or {@code baseName-2}, {@code -3}, ... if that
     * name is taken when the run commits.
     */
    public static RunFolder inside(Path parent, String baseName) throws IOException {
        return new RunFolder(parent.toAbsolutePath().normalize(), null, baseName);
    }

    /**
     * Exactly the folder {@code target}, which must not exist or be an empty folder.
     *
     * @throws FolderTakenException if {@code target} is a file or a folder that is not empty
     */
    public static RunFolder at(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        requireAbsentOrEmpty(target, absolute);
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new FolderTakenException(target, "cannot write a run into the file system root");
        }
        return new RunFolder(parent, absolute, absolute.getFileName().toString());
    }

    /**
     * The default folder name {@code <scenario>-<yyyyMMdd-HHmmss>-seed<seed>}; characters that are
     * awkward in file names become '_'. {@code scenarioName} may also be a run's label.
     */
    public static String defaultName(String scenarioName, long seed, LocalDateTime start) {
        String safe = scenarioName.replaceAll("[^" + SAFE_CHARACTERS + "]", "_").replaceFirst("^\\.+", "");
        return (safe.isEmpty() ? "run" : safe) + "-" + STAMP.format(start) + "-seed" + seed;
    }

    /** The characters {@link #defaultName} keeps, as a regular-expression class body. */
    private static final String SAFE_CHARACTERS = "A-Za-z0-9._-";
    /** The longest name a user may give a run (the stamp and seed add about 30 characters). */
    public static final int MAX_NAME_LENGTH = 100;

    /**
     * Whether {@code name} can start a run folder's name as it is, on any file system and in any
     * shell: only the characters {@link #defaultName} keeps, not starting with '.' (hidden, or a
     * path step) or '-' (read as an option), at most {@link #MAX_NAME_LENGTH} characters.
     */
    public static boolean isSafeName(String name) {
        return name.matches("[" + SAFE_CHARACTERS + "]{1," + MAX_NAME_LENGTH + "}")
                && !name.startsWith(".") && !name.startsWith("-");
    }

    /**
     * A hidden sibling of the final folder, so the rename stays on one file system and can be atomic.
     * Not {@link Files#createTempDirectory}: its owner-only permissions would stick to the result.
     * Its owner file is written first, before any of the run's files.
     */
    private static Path createWorkDir(Path parent, String baseName) throws IOException {
        String prefix = "." + baseName + ".partial-" + ProcessHandle.current().pid() + "-";
        for (int attempt = 1; ; attempt++) {
            Path dir;
            try {
                dir = Files.createDirectory(parent.resolve(prefix + attempt));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= MAX_ALTERNATIVES) {
                    throw e;
                }
                continue;
            }
            recordOwner(dir);
            return dir;
        }
    }

    /**
     * Deletes the working folders that runs killed outright left in {@code parent} (their process is
     * gone), never a live run's nor anything else; see {@link WorkDirOwner#removeLeftovers}.
     */
    private static void removeLeftovers(Path parent) {
        WorkDirOwner.removeLeftovers(parent);
    }

    /** Writes the owner file into the new working folder; if that fails, the folder goes again. */
    private static void recordOwner(Path dir) throws IOException {
        try {
            WorkDirOwner.writeTo(dir);
        } catch (IOException e) {
            deleteTree(dir);
            throw e;
        }
    }

    /** Removes the owner file just before the rename: the finished folder holds only the run's files. */
    private void dropOwnerRecord() throws IOException {
        Files.deleteIfExists(work.resolve(WorkDirOwner.FILE));
    }

    /** The hidden working folder to write the run's files into. */
    public Path workDir() {
        return work;
    }

    /**
     * Moves the working folder to its final name.
     *
     * @return the final folder
     * @throws FolderTakenException if an explicit target was filled by someone else meanwhile
     */
    public synchronized Path commit() throws IOException {
        if (stopped) {
            throw new InterruptedIOException("the run was stopped (Java is shutting down); its folder was deleted");
        }
        if (closed || committed != null) {
            throw new IllegalStateException("run folder already " + (closed ? "closed" : "committed"));
        }
        dropOwnerRecord();
        if (explicitTarget != null) {
            if (requireAbsentOrEmpty(explicitTarget, explicitTarget)) {
                // An empty folder given with --out is accepted; it makes way for the finished one.
                Files.delete(explicitTarget);
            }
            committed = move(explicitTarget);
            if (committed == null) {
                throw new FolderTakenException(explicitTarget, "was created by something else during the run");
            }
        } else {
            for (int suffix = 1; committed == null && suffix <= MAX_ALTERNATIVES; suffix++) {
                String name = suffix == 1 ? baseName : baseName + "-" + suffix;
                committed = move(parent.resolve(name));
            }
            if (committed == null) {
                throw new FolderTakenException(parent.resolve(baseName), "this name and its " + MAX_ALTERNATIVES
                        + " numbered alternatives are all taken");
            }
        }
        return committed;
    }

    /** Renames the working folder to {@code target}; null when the target exists. */
    private Path move(Path target) throws IOException {
        if (Files.exists(target)) {
            return null;
        }
        try {
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(work, target);
            }
            return target;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            return null;
        }
    }

    /**
     * Checks that {@code target} can become the run folder.
     *
     * @param shown  the path as the user gave it, for the message
     * @return true if it exists (as an empty folder), false if it does not exist
     * @throws FolderTakenException if it is a file or a folder that is not empty
     */
    private static boolean requireAbsentOrEmpty(Path shown, Path target) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        if (!Files.isDirectory(target)) {
            throw new FolderTakenException(shown, "exists and is not a folder; choose another --out");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (entries.iterator().hasNext()) {
                throw new FolderTakenException(shown, "exists and is not empty; choose another --out");
            }
        }
        return true;
    }

    /** Deletes the working folder unless the run was committed. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it deletes the working folder itself.
        }
        if (committed == null) {
            deleteTree(work);
        }
    }

    /**
     * The shutdown hook (Ctrl-C, SIGTERM, SIGHUP, System.exit): deletes the working folder unless
     * the run was committed, and closes the folder, so that the run's thread, which keeps going
     * until the JVM halts, can no longer commit it.
     */
    synchronized void deleteUncommitted() {
        closed = true;
        stopped = true;
        if (committed != null) {
            return;
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                deleteTree(work);
                return;
            } catch (IOException e) {
                // The run's thread may have added a file meanwhile (DirectoryNotEmptyException): again.
            }
        }
        // The JVM is going down; a hidden leftover is all that can remain.
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

package org.polycentric.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    @TempDir
    Path parent;

    @Test
    void filesAppearUnderTheFinalNameOnlyAfterCommit() throws IOException {
        Path written;
        try (RunFolder folder = RunFolder.inside(parent, "baseline-run")) {
            Files.writeString(folder.workDir().resolve("a.csv"), "x\n");
            assertTrue(folder.workDir().getFileName().toString().startsWith("."), "working folder is hidden");
            assertFalse(Files.exists(parent.resolve("baseline-run")));
            written = folder.commit();
        }
        assertEquals(parent.resolve("baseline-run"), written);
        assertEquals("x\n", Files.readString(written.resolve("a.csv")));
        assertEquals(List.of("baseline-run"), entries(parent));
    }

    @Test
    void aFailedRunLeavesNothingBehind() throws IOException {
        try (RunFolder folder = RunFolder.inside(parent, "failed")) {
            Files.createDirectories(folder.workDir().resolve("sub"));
            Files.writeString(folder.workDir().resolve("sub/half.csv"), "half");
        }
        assertEquals(List.of(), entries(parent));
    }

    @Test
    void aTakenDefaultNameGetsANumberAndNothingIsOverwritten() throws IOException {
        Files.createDirectories(parent.resolve("run"));
        Files.writeString(parent.resolve("run/earlier.csv"), "earlier");
        Files.createDirectories(parent.resolve("run-2"));
        Path third;
        try (RunFolder folder = RunFolder.inside(parent, "run")) {
            third = folder.commit();
        }
        assertEquals(parent.resolve("run-3"), third);
        assertEquals("earlier", Files.readString(parent.resolve("run/earlier.csv")));
        assertEquals(List.of("run", "run-2", "run-3"), entries(parent));
    }

    @Test
    void anExplicitFolderThatIsNotEmptyIsRefusedUpFront() throws IOException {
        Path out = parent.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "keep");
        FolderTakenException e = assertThrows(FolderTakenException.class, () -> RunFolder.at(out));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("keep", Files.readString(out.resolve("keep.txt")));
        assertEquals(List.of("mine"), entries(parent));
    }

    @Test
    void anExplicitPathThatIsAFileIsRefused() throws IOException {
        Path out = Files.writeString(parent.resolve("file"), "x");
        assertThrows(FolderTakenException.class, () -> RunFolder.at(out));
    }

    @Test
    void anExistingEmptyFolderCanBeUsed() throws IOException {
        Path out = Files.createDirectories(parent.resolve("empty"));
        try (RunFolder folder = RunFolder.at(out)) {
            Files.writeString(folder.workDir().resolve("a.csv"), "a");
            assertEquals(out, folder.commit());
        }
        assertEquals("a", Files.readString(out.resolve("a.csv")));
        assertEquals(List.of("empty"), entries(parent));
    }

    @Test
    void anExplicitFolderFilledDuringTheRunIsNotOverwritten() throws IOException {
        Path out = parent.resolve("raced");
        try (RunFolder folder = RunFolder.at(out)) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("other.csv"), "other");
            assertThrows(FolderTakenException.class, folder::commit);
        }
        assertEquals("other", Files.readString(out.resolve("other.csv")));
        assertEquals(List.of("raced"), entries(parent));
    }

    @Test
    void missingParentsAreCreated() throws IOException {
        Path out = parent.resolve("a/b/c");
        try (RunFolder folder = RunFolder.at(out)) {
            folder.commit();
        }
        assertTrue(Files.isDirectory(out));
    }

    @Test
    void defaultNameCarriesScenarioTimeAndSeed() {
        LocalDateTime start = LocalDateTime.of(2025, 3, 7, 9, 5, 2);
        assertEquals("baseline-20250307-090502-seed42", RunFolder.defaultName("baseline", 42, start));
        assertEquals("my_run_v2-20250307-090502-seed-1", RunFolder.defaultName("my run/v2", -1, start));
        assertEquals("run-20250307-090502-seed1", RunFolder.defaultName("..", 1, start));
    }

    /**
     * Ctrl-C or SIGTERM runs the shutdown hook while the run's thread goes on until the JVM halts:
     * the hook deletes the working folder, and a commit that comes after it must not bring a run
     * folder into place.
     */
    @Test
    void afterTheShutdownCleanupTheRunCanNoLongerCommit() throws IOException {
        try (RunFolder folder = RunFolder.at(parent.resolve("run"))) {
            Files.writeString(folder.workDir().resolve("a.csv"), "x\n");
            folder.deleteUncommitted();
            assertEquals(List.of(), entries(parent), "the working folder is deleted");
            Files.createDirectories(folder.workDir()); // e.g. the run's thread creating charts/ meanwhile
            assertThrows(java.io.InterruptedIOException.class, folder::commit);
        }
        assertFalse(Files.exists(parent.resolve("run")), "no run folder in place");
    }

    @Test
    void theShutdownCleanupNeverTouchesACommittedFolder() throws IOException {
        try (RunFolder folder = RunFolder.inside(parent, "done")) {
            Files.writeString(folder.workDir().resolve("a.csv"), "x\n");
            folder.commit();
            folder.deleteUncommitted();
        }
        assertEquals("x\n", Files.readString(parent.resolve("done/a.csv")));
    }

    /** A pid no process can have (Linux allows at most 2^22, other systems not much more). */
    private static final long NO_SUCH_PID = 999_999_999L;

    /** A working folder as a run of {@code owner} leaves it, with a file of the run's inside. */
    private Path leftover(String name, WorkDirOwner.Owner owner) throws IOException {
        Path dir = Files.createDirectory(parent.resolve(name));
        if (owner != null) {
            WorkDirOwner.write(dir, owner);
        }
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/adoption.csv"), "half");
        return dir;
    }

    private static WorkDirOwner.Owner owner(long pid, Instant start) {
        WorkDirOwner.Owner me = WorkDirOwner.current();
        return new WorkDirOwner.Owner(pid, start, me.machine(), me.user());
    }

    @Test
    void theWorkingFolderNamesItsOwnerFirstAndTheFinishedFolderDoesNot() throws IOException {
        try (RunFolder folder = RunFolder.inside(parent, "run")) {
            assertEquals(List.of(WorkDirOwner.FILE), entries(folder.workDir()), "before any of the run's files");
            WorkDirOwner.Owner owner = WorkDirOwner.read(folder.workDir()).orElseThrow();
            assertEquals(WorkDirOwner.current(), owner);
            assertEquals(ProcessHandle.current().pid(), owner.pid());
            assertEquals(ProcessHandle.current().info().startInstant().orElse(null), owner.start());
            assertFalse(owner.machine().isEmpty(), "the machine is known here");
            assertTrue(folder.workDir().getFileName().toString().endsWith(".partial-" + owner.pid() + "-1"));
            Files.writeString(folder.workDir().resolve("a.csv"), "x\n");
            folder.commit();
        }
        assertEquals(List.of("a.csv"), entries(parent.resolve("run")), "only the run's files");
    }

    @Test
    void aLeftoverWhoseProcessIsGoneIsRemovedByTheNextRun() throws IOException {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        leftover(".baseline-20260101-000000-seed1.partial-" + NO_SUCH_PID + "-1", owner(NO_SUCH_PID, start));
        leftover(".other.partial-" + NO_SUCH_PID + "-2", owner(NO_SUCH_PID, null));
        try (RunFolder folder = RunFolder.inside(parent, "next")) {
            assertEquals(List.of(folder.workDir().getFileName().toString()), entries(parent), "both leftovers gone");
            folder.commit();
        }
        assertEquals(List.of("next"), entries(parent));
    }

    @Test
    void aRecycledPidIsNotTakenForTheOwner() throws IOException {
        // This JVM's pid, but the process that wrote the folder started an hour before this one.
        long pid = ProcessHandle.current().pid();
        Instant myStart = ProcessHandle.current().info().startInstant().orElseThrow();
        Path recycled = leftover(".old.partial-" + pid + "-7", owner(pid, myStart.minus(Duration.ofHours(1))));
        assertTrue(WorkDirOwner.isAbandoned(recycled));
        try (RunFolder folder = RunFolder.inside(parent, "next")) {
            assertFalse(Files.exists(recycled));
        }
    }

    @Test
    void aLiveRunsWorkingFolderIsKept() throws IOException {
        long pid = ProcessHandle.current().pid();
        Instant myStart = ProcessHandle.current().info().startInstant().orElseThrow();
        try (RunFolder live = RunFolder.inside(parent, "live")) {
            // a start time read to the clock tick, a little off, is still this process
            Path nearly = leftover(".nearly.partial-" + pid + "-1", owner(pid, myStart.plusMillis(500)));
            try (RunFolder next = RunFolder.at(parent.resolve("next"))) {
                assertTrue(Files.isDirectory(live.workDir()), "the live run's working folder is kept");
                assertEquals(List.of(WorkDirOwner.FILE), entries(live.workDir()));
                assertTrue(Files.exists(nearly.resolve("charts/adoption.csv")));
                next.commit();
            }
            assertEquals(parent.resolve("live"), live.commit());
        }
        assertEquals(List.of(".nearly.partial-" + pid + "-1", "live", "next"), entries(parent));
    }

    /** What cannot be told to be an abandoned working folder of this machine and user stays, untouched. */
    @Test
    void nothingElseIsEverTouched() throws IOException {
        WorkDirOwner.Owner me = WorkDirOwner.current();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        String dead = "-" + NO_SUCH_PID + "-1";
        leftover(".elsewhere.partial" + dead, new WorkDirOwner.Owner(NO_SUCH_PID, start, "node17 pid:[4026531836]",
                me.user()));
        leftover(".container.partial" + dead, new WorkDirOwner.Owner(NO_SUCH_PID, start, me.machine() + "0",
                me.user()));
        leftover(".someone-else.partial" + dead, new WorkDirOwner.Owner(NO_SUCH_PID, start, me.machine(),
                me.user() + "x"));
        leftover(".no-owner.partial" + dead, null);
        leftover(".other-pid.partial-12345-1", owner(NO_SUCH_PID, start));
        Path garbled = leftover(".garbled.partial" + dead, null);
        Files.writeString(garbled.resolve(WorkDirOwner.FILE), "pid=" + NO_SUCH_PID + "\nstart=yesterday\n");
        leftover("visible.partial" + dead, owner(NO_SUCH_PID, start));
        leftover(".partial" + dead, owner(NO_SUCH_PID, start));
        Files.writeString(parent.resolve(".a-file.partial" + dead), "not a folder");
        Path target = leftover("target-of-link", owner(NO_SUCH_PID, start));
        Files.createSymbolicLink(parent.resolve(".link.partial" + dead), target);
        Files.createDirectories(parent.resolve("baseline-20260101-000000-seed1"));
        Files.writeString(parent.resolve("baseline-20260101-000000-seed1/runs.csv"), "done");
        List<String> before = entries(parent);

        try (RunFolder folder = RunFolder.inside(parent, "next")) {
            folder.commit();
        }
        List<String> after = new java.util.ArrayList<>(before);
        after.add("next");
        after.sort(null);
        assertEquals(after, entries(parent));
        assertEquals(List.of(WorkDirOwner.FILE, "charts"), entries(target), "a link's target is not followed");
        assertEquals("done", Files.readString(parent.resolve("baseline-20260101-000000-seed1/runs.csv")));
    }

    @Test
    void anOwnerFileReadsBackAsWritten() throws IOException {
        Path dir = Files.createDirectory(parent.resolve("d"));
        WorkDirOwner.Owner owner = new WorkDirOwner.Owner(42, Instant.parse("2026-05-01T10:11:12.345Z"),
                "host pid:[1]", "alice");
        WorkDirOwner.write(dir, owner);
        assertEquals(owner, WorkDirOwner.read(dir).orElseThrow());
        assertEquals("pid=42\nstart=2026-05-01T10:11:12.345Z\nmachine=host pid:[1]\nuser=alice\n",
                Files.readString(dir.resolve(WorkDirOwner.FILE)));
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

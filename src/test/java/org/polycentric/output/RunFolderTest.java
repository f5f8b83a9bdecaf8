package org.polycentric.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package org.polycentric.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {

    @Test
    void aFileUnderAScenariosFolderListsTheWholeFolderSorted(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("scenarios"));
        Files.createDirectories(root.resolve("docking"));
        for (String f : List.of("b.json", "a.json", "docking/c.json", "notes.txt")) {
            Files.writeString(root.resolve(f), "{}");
        }
        List<Path> files = ScenarioFiles.around(root.resolve("docking/c.json"));
        assertEquals(List.of("a", "b", "docking/c"), files.stream().map(f -> ScenarioFiles.label(root, f)).toList());
    }

    @Test
    void aFileElsewhereListsTheFilesBesideItNotBelow(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.json"), "{}");
        Files.writeString(dir.resolve("other.json"), "{}");
        Files.createDirectories(dir.resolve("deep"));
        Files.writeString(dir.resolve("deep/package.json"), "{}");
        List<Path> files = ScenarioFiles.around(dir.resolve("mine.json"));
        assertEquals(List.of("mine", "other"),
                files.stream().map(f -> ScenarioFiles.label(ScenarioFiles.folderOf(dir.resolve("mine.json")), f)).toList());
    }
}

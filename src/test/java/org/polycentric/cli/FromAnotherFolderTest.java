package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line started in a folder of the user's, away from the installation, as the launcher
 * starts it ({@code java ... -jar <root>/target/polycentric.jar} from where the user stands): the
 * shipped scenarios are found next to the build all the same.
 */
class FromAnotherFolderTest {
    @TempDir
    Path dir;

    @Test
    void scenariosAndTheGuiFindTheShippedScenariosNextToTheBuild() throws Exception {
        Path home = ShippedScenarios.installRoot();
        Path work = java.nio.file.Files.createDirectories(dir.resolve("work"));
        try (LaunchedJvm jvm = LaunchedJvm.startIn(work, dir.resolve("logs-scenarios"), List.of(), "scenarios")) {
            assertTrue(jvm.process.waitFor(60, TimeUnit.SECONDS), "ends");
            assertEquals(0, jvm.process.exitValue(), jvm.stderr());
            assertTrue(jvm.stdout().startsWith(home.resolve("scenarios/baseline.json") + "  "), jvm.stdout());
        }
        try (LaunchedJvm jvm = LaunchedJvm.startIn(work, dir.resolve("logs-gui"), List.of("-Djava.awt.headless=true"),
                "gui", "--set", "world.cities=200", "--set", "world.firms.count=500")) {
            assertTrue(jvm.process.waitFor(60, TimeUnit.SECONDS), "ends");
            // found and loaded, so it gets as far as the (missing) display
            assertEquals("polycentric gui: no display; run on a desktop or under xvfb-run", jvm.stderr().strip());
            assertEquals(2, jvm.process.exitValue());
        }
        assertEquals(List.of(), LaunchedJvm.entries(work), "nothing written where the user stands");
    }
}

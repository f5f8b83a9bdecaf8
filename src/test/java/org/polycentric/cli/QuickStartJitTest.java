package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;

class QuickStartJitTest {

    /** In-process runs (tests, embedding) never restart the JVM, however large the scenario. */
    @Test
    void neverRestartsWhenNotLaunchedFromMain() {
        assertFalse(QuickStartJit.shouldRestart(TestScenarios.load("baseline", "world.cities=1000000"), 1));
    }

    /** The user's options (their -Xmx above all) go along; the C1-only flag does not, the parent's pid does. */
    @Test
    void theRestartedJvmKeepsTheUsersOptionsAndKnowsItsParent() {
        List<String> command = QuickStartJit.childCommand("/jdk/bin/java",
                List.of("-XX:+UseParallelGC", QuickStartJit.FLAG, "-Xmx16g", "-Dpolycentric.restartedBy=1"),
                "a.jar:b.jar", 4242, new String[] {"run", "my scenario.json", "--set", "world.cities=200000"});

        assertEquals(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-Xmx16g", "-Dpolycentric.restartedBy=4242",
                "-cp", "a.jar:b.jar", PolycentricCommand.class.getName(),
                "run", "my scenario.json", "--set", "world.cities=200000"), command);
    }
}

package org.polycentric.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real window, on a real display: opens the Console, plays a small run to its end and checks
 * with screenshots the map (cities before play, pledges after), its legend, the ties, both charts and
 * the Model tab's sliders (see {@link ConsoleSmoke}; the screenshots stay in target/gui-screenshots). Runs
 * only with a display (DISPLAY set, e.g. under xvfb-run); the test
 * JVM itself is headless, so the window opens in a child JVM with java.awt.headless=false.
 */
class ConsoleWindowTest {

    @Test
    void theConsolePlaysARunToItsEndWithMapAndChart() throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        assumeTrue(display != null && !display.isBlank(), "no DISPLAY: run under xvfb-run to include this test");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.awt.headless=false", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), ConsoleSmoke.class.getName(),
                "target/gui-screenshots")
                .redirectErrorStream(true)
                .start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the window did not close within 120 s: " + output);
        assertEquals(0, p.exitValue(), output);
        assertFalse(output.contains("Java3D"), "MASON's Java3D warning reaches the user: " + output);
    }
}

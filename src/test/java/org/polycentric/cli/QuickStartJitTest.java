package org.polycentric.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;

/** In-process runs (tests, embedding) never restart the JVM, however large the scenario. */
class QuickStartJitTest {

    @Test
    void neverRestartsWhenNotLaunchedFromMain() {
        assertFalse(QuickStartJit.shouldRestart(TestScenarios.load("baseline", "world.cities=1000000"), 1));
    }
}

package org.polycentric.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;
import org.polycentric.cli.PolycentricCommand;

/** {@code polycentric gui} refuses bad input and a missing display with exit code 2, before opening anything. */
class GuiCommandTest {

    @Test
    void aMissingScenarioIsBadInput() {
        assertEquals(PolycentricCommand.BAD_INPUT, PolycentricCommand.execute("gui", "scenarios/no-such-scenario.json"));
    }

    @Test
    void aBadOverrideIsBadInput() {
        assertEquals(PolycentricCommand.BAD_INPUT,
                PolycentricCommand.execute("gui", "scenarios/baseline.json", "--set", "rules.peerInfluence.weight=-3"));
    }

    @Test
    void aNegativeReplicationIsBadInput() {
        assertEquals(PolycentricCommand.BAD_INPUT,
                PolycentricCommand.execute("gui", "scenarios/baseline.json", "--replication", "-1"));
    }

    @Test
    void withoutADisplayTheCommandRefuses() {
        // surefire runs the tests headless (java.awt.headless=true)
        if (GraphicsEnvironment.isHeadless()) {
            assertEquals(PolycentricCommand.BAD_INPUT, PolycentricCommand.execute("gui", "scenarios/baseline.json"));
        }
    }
}

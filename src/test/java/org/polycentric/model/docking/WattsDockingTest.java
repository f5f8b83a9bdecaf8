package org.polycentric.model.docking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polycentric.TestScenarios;
import org.polycentric.scenario.Scenario;

/**
 * The model reduces to Watts (2002): identical cities on an Erdos-Renyi graph of mean degree z,
 * threshold mode with phi = 0.18 for all, one random seed (scenarios/docking/watts.json). Global
 * cascades are frequent inside the cascade window (about 1 &lt; z &lt; 6-7 for phi = 0.18) and absent
 * outside it.
 */
class WattsDockingTest {

    private static final int RUNS = 40;
    /** A cascade is global when it reaches more than half the cities (Watts counts > 1% of 10,000). */
    private static final double GLOBAL = 0.5;

    private static int globalCascades(double z) {
        Scenario s = TestScenarios.load("docking/watts", "world.graph.meanDegree=" + z, "time.endYear=2060");
        int global = 0;
        for (int r = 0; r < RUNS; r++) {
            double[] share = TestScenarios.run(s, r).table().column("pledged_share", "all");
            if (share[share.length - 1] > GLOBAL) {
                global++;
            }
        }
        return global;
    }

    @ParameterizedTest(name = "z={0}")
    @ValueSource(doubles = {2.0, 4.0})
    void cascadesAreFrequentInsideTheWindow(double z) {
        int global = globalCascades(z);
        // Watts (2002, fig. 1b): for phi = 0.18 the cascade frequency is well above 0.3 here
        assertTrue(global >= 0.3 * RUNS, "z=" + z + ": only " + global + " global cascades in " + RUNS);
    }

    @ParameterizedTest(name = "z={0}")
    @ValueSource(doubles = {0.5, 10.0})
    void cascadesAreAbsentOutsideTheWindow(double z) {
        assertEquals(0, globalCascades(z), "z=" + z + ": global cascades outside the window");
    }
}

package org.polycentric.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.polycentric.TestScenarios;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.scenario.Scenario;

/** Same scenario and seed give the same run; another seed gives another. */
class DeterminismTest {

    private static final String[] SMALL = {"world.cities=600", "world.firms.count=3000", "time.endYear=2040"};

    private static double[] all(MetricTable t) {
        double[] v = new double[t.records() * t.seriesCount()];
        for (int r = 0; r < t.records(); r++) {
            for (int k = 0; k < t.seriesCount(); k++) {
                v[r * t.seriesCount() + k] = t.value(r, k);
            }
        }
        return v;
    }

    @Test
    void sameSeedSameRun() {
        Scenario s = TestScenarios.load("baseline", SMALL);
        ReplicationResult a = TestScenarios.run(s, 3);
        ReplicationResult b = TestScenarios.run(s, 3);
        assertArrayEquals(all(a.table()), all(b.table()));
        assertEquals(a.world().events().size(), b.world().events().size());
        assertArrayEquals(a.world().cities().status, b.world().cities().status);
        assertArrayEquals(a.world().cities().emissions, b.world().cities().emissions);
    }

    @Test
    void otherReplicationOtherRun() {
        Scenario s = TestScenarios.load("baseline", SMALL);
        assertFalse(Arrays.equals(all(TestScenarios.run(s, 0).table()), all(TestScenarios.run(s, 1).table())));
    }

    @Test
    void fixedWorldSeedSharesTheWorldButNotTheDynamics() {
        Scenario s = TestScenarios.load("baseline", concat(SMALL, "world.seed=42"));
        ReplicationResult a = TestScenarios.run(s, 0);
        ReplicationResult b = TestScenarios.run(s, 1);
        assertArrayEquals(a.world().cities().population, b.world().cities().population);
        assertFalse(Arrays.equals(a.world().cities().status, b.world().cities().status));
    }

    @Test
    void modelRestartsCleanly() {
        Scenario s = TestScenarios.load("baseline", SMALL);
        Polycentric model = new Polycentric(7, s, new org.polycentric.world.SyntheticWorldBuilder());
        model.start();
        model.runToEnd();
        double[] first = all(model.recorder().table());
        model.finish();
        model.setSeed(7);
        model.start();
        model.runToEnd();
        assertArrayEquals(first, all(model.recorder().table()));
    }

    private static String[] concat(String[] a, String b) {
        String[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}

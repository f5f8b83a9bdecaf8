package org.polycentric.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.polycentric.TestScenarios;
import org.polycentric.model.metrics.MetricTable;
import org.polycentric.scenario.Scenario;

/** Every shipped scenario loads, runs to its end year and records sane values. */
class ShippedScenariosTest {

    static List<String> scenarios() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> Path.of("scenarios").relativize(p).toString().replace('\\', '/').replaceAll("\\.json$", ""))
                    .sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void runsEndToEnd(String name) {
        Scenario s = TestScenarios.load(name);
        assertFalse(s.description().isBlank());
        ReplicationResult r = TestScenarios.run(s, 0);
        MetricTable t = r.table();
        assertEquals(s.time().steps() + 1, t.records());
        assertEquals(s.time().endYear(), t.year(t.records() - 1), 1e-9);
        double[] share = t.column("pledged_share", "all");
        for (int k = 0; k < share.length; k++) {
            assertTrue(share[k] >= 0 && share[k] <= 1, "share out of [0,1] at record " + k);
            for (int j = 0; j < t.seriesCount(); j++) {
                // NA (NaN) only for a share or mean over a group with no agents, which stays empty
                double v = t.value(k, j);
                assertTrue(Double.isFinite(v) || (Double.isNaN(v) && Double.isNaN(t.value(0, j))),
                        t.series().get(j) + " is " + v + " at record " + k);
            }
        }
        assertTrue(share[share.length - 1] > share[0], "nobody pledged in " + name);
    }
}

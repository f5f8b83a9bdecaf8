package org.polycentric.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.experiment.ReplicationRun;
import org.polycentric.experiment.Seeds;
import org.polycentric.model.Polycentric;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.ScheduleTier;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioLoader;
import org.polycentric.world.SyntheticWorldBuilder;

/**
 * Follows docs/ADDING-A-RULE.md: the example rule ({@link HeatwavesRule}) is its class plus one
 * catalogue line plus its parameters, and then binds from a scenario, runs, raises adoption, and
 * leaves every other purpose's dice alone.
 */
class AddingARuleExampleTest {

    /** Step 2 of the guide: the standard catalogue plus one line. */
    static RuleCatalogue withHeatwaves() {
        List<RuleCatalogue.Entry<?>> entries = new ArrayList<>(RuleCatalogue.STANDARD.entries());
        entries.add(new RuleCatalogue.Entry<>("heatwaves", "M5", HeatwavesRule.Params.class, HeatwavesRule::new,
                ScheduleTier.NATIONAL, List.of()));
        return new RuleCatalogue(entries);
    }

    /** Step 3 stands in for defaults.json: the small baseline with the new rule's parameters. */
    private static Scenario scenario(Path dir, String heatwaves, String... overrides) throws IOException,
            ScenarioException {
        Path file = dir.resolve("heatwaves.json");
        Files.writeString(file, "{\n  \"name\": \"heatwaves\",\n  \"description\": \"baseline with heatwaves\",\n"
                + "  \"extends\": \"" + Path.of("scenarios/baseline.json").toAbsolutePath() + "\",\n"
                + "  \"rules\": { \"heatwaves\": " + heatwaves + " }\n}\n");
        List<String> all = new ArrayList<>(List.of(Worlds.SMALL));
        all.addAll(List.of(overrides));
        return new ScenarioLoader(withHeatwaves()).load(file, all).value();
    }

    private static ReplicationResult run(Scenario s, int replication) {
        Polycentric model = new Polycentric(Seeds.replicationSeed(s.seed(), replication), s,
                new SyntheticWorldBuilder(), withHeatwaves());
        return ReplicationRun.run(model, replication, org.polycentric.experiment.ReplicationRunner.Progress.NONE,
                false);
    }

    @Test
    void theNewRuleBindsRunsAndRaisesAdoption(@TempDir Path dir) throws Exception {
        Scenario on = scenario(dir, "{\"enabled\": true, \"weight\": 0.2, \"yearlyChance\": 0.3, \"memoryYears\": 3}");
        Scenario off = scenario(dir, "{\"enabled\": false, \"weight\": 0.2, \"yearlyChance\": 0.3, \"memoryYears\": 3}");
        assertEquals(0.2, on.rules().get("heatwaves", HeatwavesRule.Params.class).weight());
        int reps = 6;
        double[] a = new double[reps];
        double[] b = new double[reps];
        for (int r = 0; r < reps; r++) {
            a[r] = Worlds.last(run(on, r), "pledged_share", "all");
            b[r] = Worlds.last(run(off, r), "pledged_share", "all");
        }
        System.out.printf("heatwaves on vs off, final pledged share: %.4f vs %.4f%n", Worlds.mean(a), Worlds.mean(b));
        Worlds.assertAbove(a, b, 4, 10.0 / 600, "final pledged share with heatwaves on vs off");
    }

    @Test
    void aBadValueIsReportedWithItsPath(@TempDir Path dir) {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> scenario(dir,
                "{\"enabled\": true, \"weight\": 0.2, \"yearlyChance\": 1.5, \"memoryYears\": 3}"));
        assertTrue(e.getMessage().contains("rules.heatwaves.yearlyChance"), e.getMessage());
        assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
    }
}

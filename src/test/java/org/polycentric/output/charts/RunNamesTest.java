package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunNamesTest {
    private static final String SUMMARY = """
            year,metric,group,mean,sd,ci95_low,ci95_high,n
            2005,pledged_share,all,0,0,0,0,3
            """;
    private static final String BANDS = "; lines: mean, bands: 95% CI.";

    @TempDir
    Path dir;

    private RunFolderData labelled(String label, String folder, String scenario, int replications, long seed,
                                   String... overrides) throws IOException, ChartInputException {
        Path path = Files.createDirectories(dir.resolve(folder));
        Files.writeString(path.resolve("summary.csv"), SUMMARY);
        return RunFolderData.readSummary(path,
                new RunFolderData.RunInfo(scenario, replications, seed, List.of(overrides), label));
    }

    private RunFolderData run(String folder, String scenario, int replications, long seed, String... overrides)
            throws IOException, ChartInputException {
        return labelled(null, folder, scenario, replications, seed, overrides);
    }

    @Test
    void runsOfDifferentScenariosAreNamedByScenario() throws Exception {
        RunNames names = RunNames.of(List.of(run("exit", "us-exit-2025", 10, 42), run("stays", "us-stays", 10, 42)));
        assertEquals(List.of("us-exit-2025", "us-stays"), names.legends());
        assertEquals("Scenarios us-exit-2025, us-stays; 10 replications each, seed 42" + BANDS, names.caption());
    }

    @Test
    void runsOfOneScenarioAreToldApartByTheOverridesThatDiffer() throws Exception {
        RunNames names = RunNames.of(List.of(
                run("a", "baseline", 2, 1, "world.cities=300", "rules.peerInfluence.weight=0.2"),
                run("b", "baseline", 2, 1, "world.cities=300", "rules.peerInfluence.weight=0.5"),
                run("c", "baseline", 2, 1, "world.cities=300")));
        assertEquals(List.of("baseline, peerInfluence.weight=0.2", "baseline, peerInfluence.weight=0.5", "baseline"),
                names.legends(), "the shared world.cities=300 is left to the caption");
        assertEquals("baseline, peerInfluence.weight=0.2: scenario baseline with --set rules.peerInfluence.weight=0.2; "
                + "baseline, peerInfluence.weight=0.5: scenario baseline with --set rules.peerInfluence.weight=0.5; "
                + "baseline; all runs with --set world.cities=300; 2 replications each, seed 1" + BANDS,
                names.caption());
    }

    @Test
    void aRunWithoutOverridesIsNamedByItsScenarioAlone() throws Exception {
        RunNames names = RunNames.of(List.of(run("a", "baseline", 2, 1),
                run("b", "baseline", 2, 1, "rules.peerInfluence.weight=0.2")));
        assertEquals(List.of("baseline", "baseline, peerInfluence.weight=0.2"), names.legends());
        assertEquals("baseline; baseline, peerInfluence.weight=0.2: scenario baseline with --set "
                + "rules.peerInfluence.weight=0.2; 2 replications each, seed 1" + BANDS, names.caption());

        RunNames sharedOnly = RunNames.of(List.of(run("c", "baseline", 2, 1, "world.cities=300"),
                run("d", "carbon-market", 2, 1, "world.cities=300")));
        assertEquals(List.of("baseline", "carbon-market"), sharedOnly.legends());
        assertEquals("Scenarios baseline, carbon-market; all runs with --set world.cities=300; 2 replications each, "
                + "seed 1" + BANDS, sharedOnly.caption());
    }

    @Test
    void aLabelNamesItsRun() throws Exception {
        RunNames names = RunNames.of(List.of(
                labelled("weak peers", "a", "baseline", 1, 1, "rules.peerInfluence.weight=0.2"),
                run("b", "baseline", 3, 2)));
        assertEquals(List.of("weak peers", "baseline"), names.legends());
        assertEquals("weak peers: scenario baseline with --set rules.peerInfluence.weight=0.2, 1 replication, seed 1; "
                + "baseline: 3 replications, seed 2" + BANDS, names.caption());
    }

    @Test
    void namesStillTheSameGetTheSeedOrANumberAndTheCaptionNamesTheFolders() throws Exception {
        RunFolderData seed7 = run("s7", "baseline", 5, 7);
        RunFolderData seed8 = run("s8", "baseline", 10, 8);
        RunFolderData exit = run("exit", "us-exit-2025", 10, 42);
        RunNames bySeed = RunNames.of(List.of(seed7, seed8, exit));
        assertEquals(List.of("baseline (seed 7)", "baseline (seed 8)", "us-exit-2025"), bySeed.legends());
        assertEquals("baseline (seed 7): 5 replications, seed 7; baseline (seed 8): 10 replications, seed 8; "
                + "us-exit-2025: 10 replications, seed 42" + BANDS, bySeed.caption());

        RunNames twins = RunNames.of(List.of(seed7, run("twin", "baseline", 5, 7), run("third", "baseline", 5, 7)));
        assertEquals(List.of("baseline", "baseline (2)", "baseline (3)"), twins.legends());
        assertEquals("baseline: folder s7; baseline (2): folder twin; baseline (3): folder third; "
                + "5 replications each, seed 7" + BANDS, twins.caption());

        RunNames sameLabel = RunNames.of(List.of(labelled("mine", "l1", "baseline", 1, 1),
                labelled("mine", "l2", "other", 1, 1)));
        assertEquals(List.of("mine", "mine (2)"), sameLabel.legends());
        assertEquals("mine: scenario baseline, folder l1; mine (2): scenario other, folder l2; "
                + "1 replication each, seed 1.", sameLabel.caption());
    }

    @Test
    void overridesThatShortenToTheSameAreSpelledOut() throws Exception {
        RunNames names = RunNames.of(List.of(run("a", "baseline", 1, 1, "rules.campaigns.weight=0.2"),
                run("b", "baseline", 1, 1, "world.campaigns.weight=0.2")));
        assertEquals(List.of("baseline, rules.campaigns.weight=0.2", "baseline, world.campaigns.weight=0.2"),
                names.legends());
    }

    @Test
    void overridesAreShortenedOnlyWhereAPathRemains() {
        assertEquals("peerInfluence.weight=0.2", RunNames.shortOverride("rules.peerInfluence.weight=0.2"));
        assertEquals("peerInfluence.weight=0.2", RunNames.shortOverride(" rules.peerInfluence.weight = 0.2 "));
        assertEquals("world.cities=300", RunNames.shortOverride("world.cities=300"));
        assertEquals("events[0].year=2018", RunNames.shortOverride("events[0].year=2018"));
        assertEquals("networks[1].policy=open", RunNames.shortOverride("world.networks[1].policy=open"));
        assertEquals("a=b=c", RunNames.shortOverride("a=b=c"));
    }

    @Test
    void aLongLegendEntryIsCutAndTheCaptionHasItWhole() throws Exception {
        String value = "x".repeat(80);
        RunNames names = RunNames.of(List.of(run("a", "baseline", 1, 1, "rules.campaigns.note=" + value),
                run("b", "baseline", 1, 1)));
        String legend = names.legends().get(0);
        assertEquals(RunNames.MAX_LEGEND, legend.length(), legend);
        assertTrue(legend.startsWith("baseline, campaigns.note=xxx") && legend.endsWith("..."), legend);
        assertTrue(names.caption().contains("rules.campaigns.note=" + value), names.caption());
    }
}

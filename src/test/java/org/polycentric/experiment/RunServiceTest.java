package org.polycentric.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.Polycentric;
import org.polycentric.output.charts.ChartFormat;
import org.polycentric.output.charts.ChartOptions;
import org.polycentric.output.charts.ChartSize;
import org.polycentric.output.charts.ChartTheme;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioTreeLoader;

/** The one service behind {@code run}, the window and (soon) sweeps. */
class RunServiceTest {

    private final RunService service = RunService.standard();

    private ScenarioTreeLoader.Loaded<Scenario> small(String... more) throws Exception {
        List<String> overrides = new ArrayList<>(List.of("world.cities=400", "world.firms.count=300",
                "time.endYear=2012"));
        overrides.addAll(List.of(more));
        return service.load(Path.of("scenarios/baseline.json"), overrides);
    }

    /** Records what a run tells its listener, in order. */
    private static final class Heard implements RunService.Listener {
        final List<String> events = new ArrayList<>();

        @Override
        public void started(Scenario scenario, int threads) {
            events.add("started " + scenario.replications() + " on " + threads);
        }

        @Override
        public void building(String stage, long done, long total) {
            if (events.isEmpty() || !events.get(events.size() - 1).equals("building " + stage)) {
                events.add("building " + stage);
            }
        }

        @Override
        public void update(int done, int total) {
            events.add("done " + done + "/" + total);
        }
    }

    @Test
    void aRunWritesItsFolderAndTellsHowFarItHasGot(@TempDir Path dir) throws Exception {
        var loaded = small();
        Scenario scenario = loaded.value().withRun(5, 3);
        Heard heard = new Heard();
        RunService.Result result = service.run(new RunService.Request(loaded, scenario, List.of(), 2, null, dir,
                null), heard);
        assertTrue(result.folder().startsWith(dir) && Files.isDirectory(result.folder()));
        for (String file : List.of("manifest.json", "timeseries.csv", "summary.csv", "cities.csv", "events.csv",
                "runs.csv")) {
            assertTrue(Files.isRegularFile(result.folder().resolve(file)), file);
        }
        assertFalse(Files.exists(result.folder().resolve("charts")), "no charts asked for");
        assertEquals(3, result.output().replications().size());
        assertEquals("started 3 on 2", heard.events.get(0));
        assertTrue(heard.events.containsAll(List.of("building cities", "building ties", "building starting implementation",
                "done 1/3", "done 2/3", "done 3/3")), heard.events.toString());
        assertTrue(heard.events.indexOf("building cities") < heard.events.indexOf("building ties"));
        System.out.println("a run's listener heard: " + heard.events);
    }

    @Test
    void aSummaryOnlyRunWritesTheSameSummaryAndNothingThatGrowsWithTheDetail(@TempDir Path dir) throws Exception {
        var loaded = small();
        Scenario scenario = loaded.value().withRun(5, 3);
        ChartOptions charts = new ChartOptions(Set.of(ChartFormat.PNG), ChartSize.DEFAULT, ChartTheme.PRINT, null);
        Path full = service.run(new RunService.Request(loaded, scenario, List.of(), 2, dir.resolve("full"), dir,
                charts, null, false), RunService.Listener.SILENT).folder();
        Path lean = service.run(new RunService.Request(loaded, scenario, List.of(), 2, dir.resolve("lean"), dir,
                charts, null, true), RunService.Listener.SILENT).folder();
        for (String file : List.of("timeseries.csv", "cities.csv", "events.csv")) {
            assertFalse(Files.exists(lean.resolve(file)), file + " is not written");
        }
        for (String file : List.of("summary.csv", "runs.csv")) {
            assertArrayEquals(Files.readAllBytes(full.resolve(file)), Files.readAllBytes(lean.resolve(file)),
                    file + " is the full run's, byte for byte");
        }
        String manifest = Files.readString(lean.resolve("manifest.json"));
        assertFalse(manifest.contains("timeseries.csv"), "the manifest lists only what was written");
        assertTrue(Files.exists(lean.resolve("charts/adoption.png")), "the time charts are drawn");
        assertFalse(Files.exists(lean.resolve("charts/map.png")), "but no map: there is no cities.csv");
        long fullBytes = size(full);
        long leanBytes = size(lean);
        System.out.printf("3 replications of a 600-city world: full folder %,d bytes, summary-only %,d bytes%n",
                fullBytes, leanBytes);
        assertTrue(leanBytes < fullBytes / 2);
    }

    private static long size(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @Test
    void theModelOfAReplicationIsWhatTheRunComputesForIt() throws Exception {
        Scenario scenario = small().value().withRun(9, 2);
        Polycentric model = service.model(scenario, 1);
        var direct = ReplicationRun.run(model, 1, ReplicationRunner.Progress.NONE, false);
        var runner = ReplicationRun.run(scenario, 1, new org.polycentric.world.SyntheticWorldBuilder());
        assertEquals(RunService.replicationSeed(scenario, 1), direct.seed());
        assertArrayEquals(runner.table().column("pledged_share", "all"), direct.table().column("pledged_share", "all"));
    }

    @Test
    void aTakenFolderIsTheUsersToFixAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path taken = dir.resolve("taken");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("keep.txt"), "mine");
        var loaded = small();
        var request = new RunService.Request(loaded, loaded.value(), List.of(), 1, taken, dir, null);
        assertThrows(RunService.RunInputException.class, () -> service.run(request, RunService.Listener.SILENT));
        try (var files = Files.list(taken)) {
            assertEquals(List.of(taken.resolve("keep.txt")), files.toList());
        }
    }
}

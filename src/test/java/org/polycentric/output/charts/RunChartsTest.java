package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChartsTest {
    private static final String SUMMARY = """
            year,metric,group,mean,sd,ci95_low,ci95_high,n
            2005,pledged_share,all,0,0,0,0,3
            2005,network_members,C40,3,1,1,5,3
            2006,pledged_share,all,0.5,0.1,0.4,0.6,3
            2006,network_members,C40,4,1,2,6,3
            """;

    @TempDir
    Path dir;

    private RunFolderData run(String folder, String scenario, int replications, long seed, String... overrides)
            throws IOException, ChartInputException {
        Path path = Files.createDirectories(dir.resolve(folder));
        Files.writeString(path.resolve("summary.csv"), SUMMARY);
        return RunFolderData.readSummary(path,
                new RunFolderData.RunInfo(scenario, replications, seed, List.of(overrides)));
    }

    @Test
    void captionsNameScenarioReplicationsAndSeed() throws Exception {
        assertEquals("Scenario baseline, 10 replications, seed 42; lines: mean, bands: 95% CI.",
                RunCharts.Captions.run(run("a", "baseline", 10, 42).info()));
        assertEquals("Scenario baseline with --set world.cities=100, 1 replication, seed 1.",
                RunCharts.Captions.run(run("b", "baseline", 1, 1, "world.cities=100").info()));
        RunFolderData.RunInfo many = run("c", "baseline", 2, 1, "rules.peerInfluence.weight=0.25",
                "rules.carbonMarket.enabled=false", "world.cities=1000").info();
        assertTrue(RunCharts.Captions.run(many).startsWith("Scenario baseline with 3 --set overrides, "),
                RunCharts.Captions.run(many));
    }

    @Test
    void comparedRunsAreLabelledByScenarioThenSeedThenFolder() throws Exception {
        RunFolderData exit = run("exit", "us-exit-2025", 10, 42);
        RunFolderData stays = run("stays", "us-stays", 10, 42);
        assertEquals(List.of("us-exit-2025", "us-stays"), RunCharts.runLabels(List.of(exit, stays)));
        assertEquals("Scenarios us-exit-2025, us-stays; 10 replications each, seed 42; lines: mean, bands: 95% CI.",
                RunCharts.Captions.comparison(List.of(exit, stays), RunCharts.runLabels(List.of(exit, stays))));

        RunFolderData seed7 = run("s7", "baseline", 5, 7);
        RunFolderData seed8 = run("s8", "baseline", 10, 8);
        List<String> labels = RunCharts.runLabels(List.of(seed7, seed8, exit));
        assertEquals(List.of("baseline (seed 7)", "baseline (seed 8)", "us-exit-2025"), labels);
        assertEquals("baseline (seed 7): 5 replications, seed 7; baseline (seed 8): 10 replications, seed 8; "
                + "us-exit-2025: 10 replications, seed 42; lines: mean, bands: 95% CI.",
                RunCharts.Captions.comparison(List.of(seed7, seed8, exit), labels));

        RunFolderData twin = run("twin", "baseline", 5, 7);
        assertEquals(List.of("s7", "twin"), RunCharts.runLabels(List.of(seed7, twin)));
    }

    @Test
    void groupsDefaultToAllOrEveryGroupAndAreChecked() throws Exception {
        RunFolderData data = run("a", "baseline", 3, 1);
        assertEquals(List.of("all"), RunCharts.resolveGroups(List.of(data), "pledged_share", List.of()));
        assertEquals(List.of("C40"), RunCharts.resolveGroups(List.of(data), "network_members", List.of()));
        ChartInputException metric = assertThrows(ChartInputException.class,
                () -> RunCharts.resolveGroups(List.of(data), "pledged", List.of()));
        assertTrue(metric.getMessage().endsWith("no metric 'pledged' in summary.csv; it has: pledged_share, "
                + "network_members"), metric.getMessage());
        ChartInputException group = assertThrows(ChartInputException.class,
                () -> RunCharts.resolveGroups(List.of(data), "pledged_share", List.of("north")));
        assertTrue(group.getMessage().endsWith("metric 'pledged_share' has no group 'north'; its groups: all"),
                group.getMessage());
    }

    /**
     * RunCharts draws the files of a set in parallel, each from its own chart. That is safe only if
     * charts share no mutable state, in particular no tick-label {@link java.text.DecimalFormat}
     * (not thread-safe), which lives in the axes' tick units.
     */
    @Test
    void chartsShareNoTickUnitsSoTheyCanBeDrawnInParallel() {
        for (boolean percent : new boolean[] {true, false}) {
            TimeChartSpec spec = new TimeChartSpec("t", "Year", "y", percent, List.of(new SeriesData("s",
                    new double[] {2005, 2006}, new double[] {0, 0.5}, new double[] {0, 0.4}, new double[] {0, 0.6})),
                    "c");
            JFreeChart one = ChartRenderer.timeChart(spec, ChartTheme.PRINT);
            JFreeChart two = ChartRenderer.timeChart(spec, ChartTheme.SCREEN);
            assertNotSame(((NumberAxis) one.getXYPlot().getDomainAxis()).getStandardTickUnits(),
                    ((NumberAxis) two.getXYPlot().getDomainAxis()).getStandardTickUnits());
            assertNotSame(((NumberAxis) one.getXYPlot().getRangeAxis()).getStandardTickUnits(),
                    ((NumberAxis) two.getXYPlot().getRangeAxis()).getStandardTickUnits());
        }
    }
}

package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
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

    /**
     * A world without South cities and without firms: their shares are NA every year. The North's
     * share is missing in 2006 only.
     */
    private static final String SUMMARY_WITH_NA = """
            year,metric,group,mean,sd,ci95_low,ci95_high,n
            2005,pledged_share,all,0.1,0.01,0.08,0.12,3
            2005,pledged_share,north,0.2,0.02,0.16,0.24,3
            2005,pledged_share,south,NA,NA,NA,NA,0
            2005,firms_pledged_share,all,NA,NA,NA,NA,0
            2005,firms_pledged_share,north,NA,NA,NA,NA,0
            2006,pledged_share,all,0.5,0.1,0.25,0.75,3
            2006,pledged_share,north,NA,NA,NA,NA,0
            2006,pledged_share,south,NA,NA,NA,NA,0
            2006,firms_pledged_share,all,NA,NA,NA,NA,0
            2006,firms_pledged_share,north,NA,NA,NA,NA,0
            """;
    private static final String CITIES = """
            replication,lat,lon,population,pledge_year
            0,10,20,1000,2005.25
            """;
    private static final ChartOptions SVG_ONLY = new ChartOptions(EnumSet.of(ChartFormat.SVG), ChartSize.DEFAULT,
            ChartTheme.PRINT, null);

    @TempDir
    Path dir;

    private RunFolderData run(String folder, String scenario, int replications, long seed, String... overrides)
            throws IOException, ChartInputException {
        return run(folder, SUMMARY, scenario, replications, seed, overrides);
    }

    private RunFolderData run(String folder, String summary, String scenario, int replications, long seed,
                              String... overrides) throws IOException, ChartInputException {
        Path path = Files.createDirectories(dir.resolve(folder));
        Files.writeString(path.resolve("summary.csv"), summary);
        Files.writeString(path.resolve("cities.csv"), CITIES);
        return RunFolderData.readSummary(path,
                new RunFolderData.RunInfo(scenario, replications, seed, List.of(overrides)));
    }

    /** Every text of an SVG file, joined by spaces (a caption may wrap onto several lines). */
    private static String svgText(Path file) throws Exception {
        return String.join(" ", ChartExportTest.texts(ChartExportTest.parseXml(Files.readAllBytes(file))))
                .replaceAll("\\s+", " ");
    }

    @Test
    void aLineWithoutAnyValueIsLeftOutOfItsChartCsvAndLegendAndTheCaptionSaysSo() throws Exception {
        RunFolderData data = run("na", SUMMARY_WITH_NA, "no-south", 3, 7);
        Path out = dir.resolve("charts");
        List<String> written = RunCharts.writeRunSet(data, out, SVG_ONLY).stream()
                .map(p -> p.getFileName().toString()).toList();

        assertEquals(List.of("adoption.svg", "adoption.csv", "map.svg", "map.csv"), written,
                "no firms chart: it has no line with a value (and this run has no other metric)");
        // the North's missing year stays in the data, as a gap; the South is not there at all
        assertEquals(List.of("year,series,metric,group,mean,ci95_low,ci95_high,n",
                        "2005,All cities,pledged_share,all,0.1,0.08,0.12,3",
                        "2006,All cities,pledged_share,all,0.5,0.25,0.75,3",
                        "2005,Global North,pledged_share,north,0.2,0.16,0.24,3",
                        "2006,Global North,pledged_share,north,NA,NA,NA,0"),
                Files.readAllLines(out.resolve("adoption.csv")));
        String texts = svgText(out.resolve("adoption.svg"));
        assertTrue(texts.contains("All cities") && texts.contains("Global North"), texts);
        assertTrue(texts.contains("Not drawn (no values): Global South."), texts);
        assertFalse(texts.replace("Not drawn (no values): Global South.", "").contains("Global South"),
                "not in the legend: " + texts);
    }

    @Test
    void aComparisonLeavesOutARunWithoutValuesAndRefusesWhenNoRunHasOne() throws Exception {
        String withSouth = SUMMARY_WITH_NA.replace("2005,pledged_share,south,NA,NA,NA,NA,0",
                "2005,pledged_share,south,0.05,0.01,0.03,0.07,3");
        RunFolderData south = run("south", withSouth, "with-south", 3, 7);
        RunFolderData none = run("none", SUMMARY_WITH_NA, "no-south", 3, 7);
        Path out = dir.resolve("compared");
        RunCharts.writeComparison(List.of(none, south), "pledged_share", List.of("south"), out, SVG_ONLY);

        assertEquals(List.of("run,year,series,metric,group,mean,ci95_low,ci95_high,n",
                        "south,2005,with-south,pledged_share,south,0.05,0.03,0.07,3",
                        "south,2006,with-south,pledged_share,south,NA,NA,NA,0"),
                Files.readAllLines(out.resolve("comparison-pledged_share-south.csv")));
        String texts = svgText(out.resolve("comparison-pledged_share-south.svg"));
        assertTrue(texts.contains("Not drawn (no values): no-south."), texts);

        ChartInputException nothing = assertThrows(ChartInputException.class,
                () -> RunCharts.resolveGroups(List.of(none), "pledged_share", List.of("south")));
        assertTrue(nothing.getMessage().endsWith("none: metric 'pledged_share' has no value in any year "
                + "(NA throughout) for group 'south'; nothing to draw"), nothing.getMessage());
        ChartInputException inNoRun = assertThrows(ChartInputException.class,
                () -> RunCharts.writeComparison(List.of(none, none), "firms_pledged_share", List.of("all", "north"),
                        out, SVG_ONLY));
        assertEquals("metric 'firms_pledged_share' has no value in any year (NA throughout) for groups 'all', "
                + "'north' in any of the 2 runs; nothing to draw", inNoRun.getMessage());
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
        RunFolderData.RunInfo labelled = new RunFolderData.RunInfo("baseline", 1, 1, List.of("world.cities=100"),
                "small world");
        assertEquals("small world: scenario baseline with --set world.cities=100, 1 replication, seed 1.",
                RunCharts.Captions.run(labelled));
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

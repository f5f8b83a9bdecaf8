package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polycentric.model.metrics.Metric;

class ChartCatalogTest {

    @Test
    void theRunSetHasTheChartsTheIssueAsksFor() {
        assertEquals(List.of("adoption", "adoption-by-tier", "coverage", "emissions", "networks", "firms",
                "national-targets", "map"), ChartCatalog.runChartNames());
    }

    @Test
    void everyLineDrawsAMetricTheRecorderWrites() {
        Set<String> metrics = new HashSet<>(Arrays.stream(Metric.values()).map(Metric::id).toList());
        for (ChartCatalog.TimeChart chart : ChartCatalog.RUN_CHARTS) {
            assertFalse(chart.title().isBlank(), chart.name());
            assertFalse(chart.yAxisLabel().isBlank(), chart.name());
            assertTrue(!chart.lines().isEmpty() || chart.everyGroupOf() != null, chart.name());
            for (ChartCatalog.Line line : chart.lines()) {
                assertTrue(metrics.contains(line.metric()), chart.name() + ": " + line.metric());
                assertEquals(chart.percent(), ChartCatalog.metricIsShare(line.metric()), chart.name());
            }
        }
    }

    @Test
    void unitsNameTheAxes() {
        assertEquals("Emissions (Mt CO2/yr)", ChartCatalog.metricAxis("emissions_total"));
        assertEquals("Cities pledged (%)", ChartCatalog.metricAxis("pledged_share"));
        assertEquals("Cities with a carbon-neutrality pledge", ChartCatalog.metricTitle("pledged_share"));
        assertEquals("made_up", ChartCatalog.metricTitle("made_up"));
        assertEquals("made_up", ChartCatalog.metricAxis("made_up"));
        assertEquals("Global South", ChartCatalog.groupLabel("south"));
        assertEquals("C40", ChartCatalog.groupLabel("C40"));
    }

    @Test
    void everyMetricHasATitleAndAxisOfItsOwn() {
        Set<String> titles = new HashSet<>();
        for (Metric metric : Metric.values()) {
            assertTrue(ChartCatalog.hasMetricText(metric.id()), metric.id());
            assertTrue(titles.add(ChartCatalog.metricTitle(metric.id())), "two metrics titled "
                    + ChartCatalog.metricTitle(metric.id()));
            assertEquals(metric.unit().equals("share"), ChartCatalog.metricAxis(metric.id()).endsWith("(%)"),
                    metric.id() + ": a share's axis is in %, no other's");
        }
    }

    @Test
    void aChartOfOneMetricIsTitledAsTheRunSetsChartOfIt() {
        for (ChartCatalog.TimeChart chart : ChartCatalog.RUN_CHARTS) {
            Set<String> metrics = new HashSet<>(chart.lines().stream().map(ChartCatalog.Line::metric).toList());
            if (chart.everyGroupOf() != null) {
                metrics.add(chart.everyGroupOf());
            }
            if (metrics.size() == 1) {
                String metric = metrics.iterator().next();
                assertTrue(chart.title().startsWith(ChartCatalog.metricTitle(metric)), chart.name());
                assertEquals(ChartCatalog.metricAxis(metric), chart.yAxisLabel(), chart.name());
            }
        }
        assertEquals("Cities with a carbon-neutrality pledge", ChartCatalog.metricChartTitle("pledged_share",
                List.of("all")));
        assertEquals("Cities with a carbon-neutrality pledge", ChartCatalog.metricChartTitle("pledged_share",
                List.of("north", "south")));
        assertEquals("Cities with a carbon-neutrality pledge: Global South",
                ChartCatalog.metricChartTitle("pledged_share", List.of("south")));
        assertEquals("City network membership: C40", ChartCatalog.metricChartTitle("network_members",
                List.of("C40")));
    }

    @Test
    void fileNamesAreSafe() {
        assertEquals("network_members", RunCharts.baseName("network_members", List.of(), List.of("C40", "ICLEI")));
        assertEquals("pledged_share-all", RunCharts.baseName("pledged_share", List.of(), List.of("all")));
        assertEquals("network_members-EU_Covenant_of_Mayors",
                RunCharts.baseName("network_members", List.of("EU Covenant of Mayors"),
                        List.of("EU Covenant of Mayors")));
        assertEquals("pledged_share-north+south",
                RunCharts.baseName("pledged_share", List.of("north", "south"), List.of("north", "south")));
    }
}

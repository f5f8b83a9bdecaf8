package org.polycentric.output.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.polycentric.model.metrics.Metric;

/**
 * The charts every run gets, named once: file name, title, axis titles with units, and which
 * series of {@code summary.csv} each line shows. Also the title and axis title of each metric,
 * which every chart of that metric uses.
 */
public final class ChartCatalog {
    /** The x axis of every time chart. */
    static final String YEAR_AXIS = "Year";
    /** The file name (without extension) of the map of cities. */
    public static final String MAP = "map";
    static final String MAP_TITLE = "Cities by year of pledge (replication 0)";

    /** One line of a chart: the summary series it draws and its legend label. */
    public record Line(String metric, String group, String label) {
    }

    /**
     * One time chart of the run set.
     *
     * @param name         file name without extension
     * @param lines        the lines, in legend order
     * @param everyGroupOf if not null, one line per group of this metric, as many as the run has
     *                     (the city networks differ from scenario to scenario)
     */
    public record TimeChart(String name, String title, String yAxisLabel, boolean percent, List<Line> lines,
                            String everyGroupOf) {
        public TimeChart {
            lines = List.copyOf(lines);
        }

        /** The lines this run can draw: the fixed ones it has, or one per group of {@link #everyGroupOf}. */
        public List<Line> linesFor(RunFolderData data) {
            List<Line> present = new ArrayList<>();
            if (everyGroupOf != null) {
                for (String group : data.groups(everyGroupOf)) {
                    present.add(new Line(everyGroupOf, group, groupLabel(group)));
                }
            }
            for (Line line : lines) {
                if (data.has(line.metric(), line.group())) {
                    present.add(line);
                }
            }
            return present;
        }
    }

    /** How a chart shows one metric: its title and its y-axis title, with the unit. */
    private record MetricText(String title, String axis) {
    }

    /**
     * The one place a metric's chart title and axis title are defined, for every {@link Metric}:
     * the run set's charts of one metric, {@code chart --metric} and comparison charts all take
     * them from here (ChartCatalogTest checks every metric has its own).
     */
    private static final Map<String, MetricText> METRIC_TEXTS = Map.ofEntries(
            text("pledged_count", "Number of cities with a pledge", "Cities"),
            text("pledged_share", "Cities with a carbon-neutrality pledge", "Cities pledged (%)"),
            text("population_covered_share", "Population covered by pledges", "Population covered (%)"),
            text("emissions_total", "City emissions", "Emissions (Mt CO2/yr)"),
            text("emissions_covered_share", "City emissions covered by pledges", "Emissions covered (%)"),
            text("emissions_pledged", "Emissions of pledged cities", "Emissions (Mt CO2/yr)"),
            text("emissions_pledged_pathway", "Pledged cities' emissions on their pledged pathways",
                    "Emissions (Mt CO2/yr)"),
            text("network_member_count", "Cities in a city network", "Cities"),
            text("network_member_share", "Share of cities in a city network", "Cities in a network (%)"),
            text("mean_capacity", "Mean city capacity", "Capacity (0 to 1)"),
            text("on_track_count", "Pledged cities on track", "Cities"),
            text("off_track_count", "Pledged cities off track", "Cities"),
            text("achieved_count", "Cities that achieved their pledged cut", "Cities"),
            text("net_zero_count", "Cities at net zero", "Cities"),
            text("withdrawn_count", "Cities that withdrew their pledge", "Cities"),
            text("firms_pledged_share", "Firms with a net-zero pledge", "Firms pledged (%)"),
            text("nations_net_zero_count", "Nations with a net-zero target", "Nations"),
            text("nations_net_zero_share", "Share of nations with a net-zero target", "Nations with a target (%)"),
            text("mean_stance", "Mean national stance", "Stance (-1 hostile to 1 supportive)"),
            text("rivalry", "Great-power rivalry", "Rivalry (0 to 1)"),
            text("network_members", "City network membership", "Member cities"));

    private static Map.Entry<String, MetricText> text(String metric, String title, String axis) {
        return Map.entry(metric, new MetricText(title, axis));
    }

    private static final String PLEDGED = "pledged_share";

    /** The time charts of every run, in the order they are written. */
    public static final List<TimeChart> RUN_CHARTS = List.of(
            new TimeChart("adoption", metricTitle(PLEDGED), metricAxis(PLEDGED), true, List.of(
                    new Line(PLEDGED, "all", "All cities"),
                    new Line(PLEDGED, "north", "Global North"),
                    new Line(PLEDGED, "south", "Global South")), null),
            new TimeChart("adoption-by-tier", metricTitle(PLEDGED) + ", by tier", metricAxis(PLEDGED), true,
                    List.of(new Line(PLEDGED, "tier_global", "Global cities"),
                            new Line(PLEDGED, "tier_regional", "Regional cities"),
                            new Line(PLEDGED, "tier_small_medium", "Small and medium cities")), null),
            new TimeChart("coverage", "Population and emissions covered by pledges", "Share covered (%)", true,
                    List.of(new Line("population_covered_share", "all", "Population"),
                            new Line("emissions_covered_share", "all", "Emissions")), null),
            new TimeChart("emissions", "City emissions against the pledged pathway", "Emissions (Mt CO2/yr)", false,
                    List.of(new Line("emissions_total", "all", "All cities"),
                            new Line("emissions_pledged", "all", "Pledged cities"),
                            new Line("emissions_pledged_pathway", "all", "Pledged cities' pathway")), null),
            new TimeChart("networks", metricTitle("network_members"), metricAxis("network_members"), false,
                    List.of(), "network_members"),
            new TimeChart("firms", metricTitle("firms_pledged_share"), metricAxis("firms_pledged_share"), true,
                    List.of(new Line("firms_pledged_share", "all", "All firms"),
                            new Line("firms_pledged_share", "north", "Global North"),
                            new Line("firms_pledged_share", "south", "Global South")), null),
            new TimeChart("national-targets", metricTitle("nations_net_zero_count"),
                    metricAxis("nations_net_zero_count"), false, List.of(
                            new Line("nations_net_zero_count", "all", "All nations"),
                            new Line("nations_net_zero_count", "north", "Global North"),
                            new Line("nations_net_zero_count", "south", "Global South")), null));

    /** Every chart name of a run, the map last. */
    public static List<String> runChartNames() {
        List<String> names = new ArrayList<>();
        RUN_CHARTS.forEach(c -> names.add(c.name()));
        names.add(MAP);
        return names;
    }

    private ChartCatalog() {
    }

    /** The chart title of one metric, or its name if the program does not know it. */
    public static String metricTitle(String metric) {
        MetricText text = METRIC_TEXTS.get(metric);
        return text == null ? metric : text.title();
    }

    /**
     * The title of a chart of {@code metric} drawing {@code groups}, on one run's chart and a
     * comparison alike: the metric's title, followed by the group when it is one group other than
     * {@code all} (which the legend may not show).
     */
    public static String metricChartTitle(String metric, List<String> groups) {
        String title = metricTitle(metric);
        return groups.size() == 1 && !groups.get(0).equals("all") ? title + ": " + groupLabel(groups.get(0)) : title;
    }

    /** The y-axis title of one metric, with its unit; its name if the program does not know it. */
    public static String metricAxis(String metric) {
        MetricText text = METRIC_TEXTS.get(metric);
        return text == null ? metric : text.axis();
    }

    /** True if {@code metric} has a chart title and axis title of its own (every metric the recorder writes). */
    static boolean hasMetricText(String metric) {
        return METRIC_TEXTS.containsKey(metric);
    }

    /** True if the metric is a share in [0, 1], drawn as a percentage. */
    public static boolean metricIsShare(String metric) {
        Metric known = known(metric);
        return known != null && known.unit().equals("share");
    }

    /** A group as a legend shows it. */
    public static String groupLabel(String group) {
        return switch (group) {
            case "all" -> "All";
            case "north" -> "Global North";
            case "south" -> "Global South";
            case "tier_global" -> "Global cities";
            case "tier_regional" -> "Regional cities";
            case "tier_small_medium" -> "Small and medium cities";
            default -> group.startsWith("bloc_") ? "Bloc " + group.substring("bloc_".length()) : group;
        };
    }

    private static Metric known(String metric) {
        for (Metric m : Metric.values()) {
            if (m.id().equals(metric)) {
                return m;
            }
        }
        return null;
    }

}

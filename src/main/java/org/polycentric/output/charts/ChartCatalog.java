package org.polycentric.output.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.polycentric.model.metrics.Metric;

/**
 * The charts every run gets, named once: file name, title, axis titles with units, and which
 * series of {@code summary.csv} each line shows. Also the titles and labels of a chart of any one
 * metric, from {@link Metric}'s descriptions and units.
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

    private static final String PLEDGED_AXIS = "Cities pledged (%)";

    /** The time charts of every run, in the order they are written. */
    public static final List<TimeChart> RUN_CHARTS = List.of(
            new TimeChart("adoption", "Cities with a carbon-neutrality pledge", PLEDGED_AXIS, true, List.of(
                    new Line("pledged_share", "all", "All cities"),
                    new Line("pledged_share", "north", "Global North"),
                    new Line("pledged_share", "south", "Global South")), null),
            new TimeChart("adoption-by-tier", "Cities with a pledge, by tier", PLEDGED_AXIS, true, List.of(
                    new Line("pledged_share", "tier_global", "Global cities"),
                    new Line("pledged_share", "tier_regional", "Regional cities"),
                    new Line("pledged_share", "tier_small_medium", "Small and medium cities")), null),
            new TimeChart("coverage", "Population and emissions covered by pledges", "Share covered (%)", true,
                    List.of(new Line("population_covered_share", "all", "Population"),
                            new Line("emissions_covered_share", "all", "Emissions")), null),
            new TimeChart("emissions", "City emissions against the pledged pathway", "Emissions (Mt CO2/yr)", false,
                    List.of(new Line("emissions_total", "all", "All cities"),
                            new Line("emissions_pledged", "all", "Pledged cities"),
                            new Line("emissions_pledged_pathway", "all", "Pledged cities' pathway")), null),
            new TimeChart("networks", "City network membership", "Member cities", false, List.of(),
                    "network_members"),
            new TimeChart("firms", "Firms with a net-zero pledge", "Firms pledged (%)", true, List.of(
                    new Line("firms_pledged_share", "all", "All firms"),
                    new Line("firms_pledged_share", "north", "Global North"),
                    new Line("firms_pledged_share", "south", "Global South")), null),
            new TimeChart("national-targets", "Nations with a net-zero target", "Nations", false, List.of(
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

    /** A chart title for one metric: its description, or its name if the program does not know it. */
    public static String metricTitle(String metric) {
        Metric known = known(metric);
        return known == null ? metric : capitalise(known.description());
    }

    /** The y-axis title of one metric, with its unit. */
    public static String metricAxis(String metric) {
        Metric known = known(metric);
        if (known == null) {
            return metric;
        }
        return switch (known.unit()) {
            case "share" -> "Share (%)";
            case "cities" -> "Cities";
            case "nations" -> "Nations";
            case "Mt CO2/yr" -> "Emissions (Mt CO2/yr)";
            case "index 0-1" -> "Index (0 to 1)";
            case "index -1..1" -> "Index (-1 to 1)";
            default -> capitalise(known.unit());
        };
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

    private static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}

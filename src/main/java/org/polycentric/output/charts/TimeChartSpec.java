package org.polycentric.output.charts;

import java.util.List;

/**
 * What a time chart shows: title, axis titles with units, the lines, and the caption line that
 * names scenario, replications and seed. {@code percent} shows a share in [0, 1] as 0-100%.
 */
public record TimeChartSpec(String title, String xAxisLabel, String yAxisLabel, boolean percent,
                            List<SeriesData> series, String caption) {
    public TimeChartSpec {
        series = List.copyOf(series);
    }
}

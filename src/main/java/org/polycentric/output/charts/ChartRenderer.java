package org.polycentric.output.charts;

import org.jfree.chart.JFreeChart;

/**
 * Builds the charts of a run as JFreeChart objects, all in one print-ready look ({@link ChartStyle}):
 * time charts ({@link TimeChartRenderer}) and the map of cities ({@link MapChartRenderer}). The
 * charts are laid out in points of the printed page; {@link ChartExport} writes them as PNG, SVG or
 * PDF. The one way in for the run's charts and the window's live charts alike.
 */
public final class ChartRenderer {

    private ChartRenderer() {
    }

    /**
     * A line chart over years: one line per series in palette order, each with its 95% band where
     * the band's bounds are finite; NaN means are gaps in their line. The y axis starts at zero; a
     * {@code percent} chart shows 0-100%.
     */
    public static JFreeChart timeChart(TimeChartSpec spec, ChartTheme theme) {
        return TimeChartRenderer.chart(spec, ChartStyle.of(theme));
    }

    /**
     * Cities at their longitude and latitude, coloured by the period in which they pledged (a
     * sequential scale from the first to the last year, light grey for never), sized by population
     * in a few classes.
     */
    public static JFreeChart mapChart(MapChartSpec spec, ChartTheme theme) {
        return MapChartRenderer.chart(spec, ChartStyle.of(theme));
    }
}

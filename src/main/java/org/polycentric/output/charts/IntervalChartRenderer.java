package org.polycentric.output.charts;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Estimates with intervals by category, in the print look of the run charts: one row per category
 * (top to bottom in the spec's order), within it one bar or dot per series in palette order, each
 * with its interval as a whisker, and a thin line at zero. Bars suit indices measured from zero
 * (Morris mu*, Sobol indices); dots suit differences that may have either sign (a forest plot).
 */
public final class IntervalChartRenderer {
    /** Share of a category's row that its bars fill together. */
    private static final double ROW_FILL = 0.75;

    private IntervalChartRenderer() {
    }

    public static JFreeChart chart(IntervalChartSpec spec, ChartTheme theme) {
        ChartStyle style = ChartStyle.of(theme);
        int categories = spec.categories().size();
        int count = spec.series().size();
        double width = ROW_FILL / count;
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        // only the estimates that have an interval get a whisker
        XYIntervalSeriesCollection intervals = new XYIntervalSeriesCollection();
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < count; s++) {
            IntervalChartSpec.Series series = spec.series().get(s);
            XYIntervalSeries xy = new XYIntervalSeries(series.label(), false, true);
            XYIntervalSeries whisker = new XYIntervalSeries(series.label(), false, true);
            for (int c = 0; c < categories; c++) {
                double v = series.estimate()[c];
                if (!Double.isFinite(v)) {
                    continue;
                }
                double x = c + (s - (count - 1) / 2.0) * width;
                xy.add(x, x - width * 0.45, x + width * 0.45, v, v, v);
                if (Double.isFinite(series.low()[c]) && Double.isFinite(series.high()[c])) {
                    whisker.add(x, x, x, v, series.low()[c], series.high()[c]);
                }
            }
            data.addSeries(xy);
            intervals.addSeries(whisker);
            legend.add(new LegendItem(series.label(), null, null, null,
                    new Rectangle2D.Double(-style.gap, -style.gap, style.gap * 2, style.gap * 2), Palette.series(s)));
        }

        SymbolAxis rows = new SymbolAxis(null, spec.categories().toArray(String[]::new));
        rows.setGridBandsVisible(false);
        rows.setInverted(true); // horizontal: the first category on top
        rows.setRange(-0.5, categories - 0.5);
        NumberAxis values = new NumberAxis(spec.valueAxisLabel());
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(0.05);
        values.setLowerMargin(0.05);
        style.styleAxis(values);
        rows.setTickLabelFont(style.tickLabel);
        rows.setTickLabelPaint(Palette.TEXT);
        rows.setAxisLinePaint(Palette.AXIS);
        rows.setAxisLineStroke(style.axis);
        rows.setTickMarksVisible(false);

        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setDrawYError(true);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setCapLength(style.gap * 1.5);
        whiskers.setErrorPaint(Palette.TEXT);
        whiskers.setErrorStroke(new BasicStroke(style.axis instanceof BasicStroke b ? b.getLineWidth() : 0.75f));
        whiskers.setDefaultShapesVisible(false);

        XYPlot plot = new XYPlot(intervals, rows, values, whiskers);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (!spec.bars()) {
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            double dot = style.gap * 1.6;
            for (int s = 0; s < count; s++) {
                dots.setSeriesShape(s, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
                dots.setSeriesPaint(s, Palette.series(s));
            }
            // forward order: whiskers (dataset 0) first, the dots on top of them
            plot.setDataset(1, data);
            plot.setRenderer(1, dots);
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        } else {
            XYBarRenderer bars = new XYBarRenderer();
            bars.setBarPainter(new StandardXYBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setUseYInterval(false);
            bars.setBase(0);
            for (int s = 0; s < count; s++) {
                bars.setSeriesPaint(s, Palette.series(s));
            }
            // a higher dataset index is drawn first: bars under their whiskers
            plot.setDataset(1, data);
            plot.setRenderer(1, bars);
        }
        ValueMarker zero = new ValueMarker(0, Palette.AXIS, style.axis);
        plot.addRangeMarker(zero);
        plot.setFixedLegendItems(legend);
        style.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);

        JFreeChart chart = style.newChart(spec.title(), plot);
        if (count > 1) {
            chart.addSubtitle(style.legendBelow(plot));
        }
        style.addCaption(chart, spec.caption());
        return chart;
    }
}

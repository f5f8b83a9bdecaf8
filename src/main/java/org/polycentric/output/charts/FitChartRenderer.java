package org.polycentric.output.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The chart of a calibration's fit, in the run charts' print look ({@link ChartStyle}): for each
 * observed series a panel with the observations as dots, the simulated mean as a line and the
 * replications' band under it, the panels stacked over one year axis, one legend below them all.
 */
public final class FitChartRenderer {
    private static final float BAND_ALPHA = 0.18f;
    private static final Color BAND_SWATCH = new Color(0xDDDDDD);
    private static final Color OBSERVED = Palette.TEXT;

    private FitChartRenderer() {
    }

    /** The chart; its printed height should grow with the panels ({@link #height}). */
    public static JFreeChart chart(FitChartSpec spec, ChartTheme theme) {
        ChartStyle style = ChartStyle.of(theme);
        NumberAxis xAxis = new SparseTickAxis("Year", TimeChartRenderer.yearUnits(), 8);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setLowerMargin(0.02);
        xAxis.setUpperMargin(0.02);
        style.styleAxis(xAxis);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(xAxis);
        combined.setGap(style.gap * 2);
        Color line = Palette.series(0);
        double d = style.line.getLineWidth() * 2.4;
        for (FitChartSpec.Panel p : spec.panels()) {
            DefaultXYDataset observed = new DefaultXYDataset();
            observed.addSeries("observed", new double[][] {p.observedYears().clone(), p.observed().clone()});
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dots.setSeriesShape(0, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
            dots.setSeriesPaint(0, OBSERVED);

            DefaultXYDataset mean = new DefaultXYDataset();
            mean.addSeries("mean", new double[][] {p.years().clone(), p.mean().clone()});
            XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
            lines.setSeriesPaint(0, line);
            lines.setSeriesStroke(0, style.line);
            lines.setDrawSeriesLineAsPath(true);

            YIntervalSeries band = new YIntervalSeries("band", false, true);
            for (int k = 0; k < p.years().length; k++) {
                if (Double.isFinite(p.low()[k]) && Double.isFinite(p.high()[k])) {
                    band.add(p.years()[k], p.mean()[k], p.low()[k], p.high()[k]);
                }
            }
            YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
            bands.addSeries(band);
            DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
            bandRenderer.setAlpha(BAND_ALPHA);
            bandRenderer.setAutoPopulateSeriesFillPaint(false);
            bandRenderer.setSeriesFillPaint(0, line);

            NumberAxis yAxis = new NumberAxis(p.label());
            yAxis.setAutoRangeIncludesZero(true);
            yAxis.setUpperMargin(0.08);
            yAxis.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US)));
            style.styleAxis(yAxis);
            yAxis.setLabelFont(style.tickLabel);
            // datasets with a higher index are drawn first: band, then line, then dots on top
            XYPlot plot = new XYPlot(observed, null, yAxis, dots);
            plot.setDataset(1, mean);
            plot.setRenderer(1, lines);
            plot.setDataset(2, bands);
            plot.setRenderer(2, bandRenderer);
            style.stylePlot(plot);
            plot.setDomainGridlinesVisible(false);
            combined.add(plot, 1);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("observed", null, null, null, new Ellipse2D.Double(-d / 2, -d / 2, d, d), OBSERVED));
        legend.add(new LegendItem("simulated mean", null, null, null,
                new Line2D.Double(-style.gap * 2.5, 0, style.gap * 2.5, 0), style.line, line));
        legend.add(new LegendItem(spec.bandLabel(), null, null, null,
                new Rectangle2D.Double(-style.gap * 2.5, -style.gap, style.gap * 5, style.gap * 2), BAND_SWATCH));
        combined.setFixedLegendItems(legend);
        combined.setBackgroundPaint(Color.WHITE);
        combined.setOutlineVisible(false);
        JFreeChart chart = style.newChart(spec.title(), combined);
        chart.addSubtitle(style.legendBelow(combined));
        style.addCaption(chart, spec.caption());
        return chart;
    }

    /** The printed height for {@code panels} panels: the usual 4 in for one, 1.8 in more for each other. */
    public static double height(ChartSize size, int panels) {
        return size.heightInches() + 1.8 * (panels - 1);
    }
}

package org.polycentric.output.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Line charts over years: Okabe-Ito lines of the means with light 95% bands under them, axis
 * titles with units, and a legend of the lines and the band. A missing mean (NaN, {@code NA} in
 * the files) is a gap in its line, never a zero; a value with no neighbour to join is drawn as a
 * dot. Every series given is drawn and has its legend entry: dataset 0 holds the lines, series
 * {@code i} being {@code spec.series().get(i)} (the window restyles them by that index), dataset 1
 * the bands. A caller that should leave out a series without any value does so before
 * ({@link RunCharts} does).
 */
final class TimeChartRenderer {
    /** Label of the legend entry that explains the shaded bands. */
    static final String BAND_LABEL = "95% interval";
    /** Opacity of a band: light enough that a line of another series shows through it. */
    private static final float BAND_ALPHA = 0.18f;
    /** Legend swatch of the band: a mid grey at band opacity over white. */
    private static final Color BAND_SWATCH = new Color(0xDDDDDD);
    /** Most tick intervals on an axis before the ticks get sparser. */
    private static final int MAX_TICK_INTERVALS = 8;

    private TimeChartRenderer() {
    }

    /**
     * One line per series in palette order, each with its 95% band where the band's bounds are
     * finite. The y axis starts at zero; a {@code percent} chart shows 0-100%.
     */
    static JFreeChart chart(TimeChartSpec spec, ChartStyle style) {
        List<SeriesData> series = spec.series();

        DefaultXYDataset lines = new DefaultXYDataset();
        XYLineAndShapeRenderer lineRenderer = new LoneValueDotRenderer(lines, style);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        bandRenderer.setAlpha(BAND_ALPHA);
        bandRenderer.setAutoPopulateSeriesFillPaint(false);
        LegendItemCollection legend = new LegendItemCollection();
        Line2D legendLine = new Line2D.Double(-style.gap * 2.5, 0, style.gap * 2.5, 0);
        double minYear = Double.POSITIVE_INFINITY;
        double maxYear = Double.NEGATIVE_INFINITY;
        double maxValue = Double.NEGATIVE_INFINITY;
        // counts and shares cannot fall below zero, though a normal-approximation band can: clip it
        // there, so the axis still starts at zero
        boolean nonNegative = true;
        for (SeriesData s : series) {
            for (double v : s.mean()) {
                nonNegative &= !(v < 0);
            }
        }

        for (int i = 0; i < series.size(); i++) {
            SeriesData s = series.get(i);
            Color colour = Palette.series(i);
            lines.addSeries(i, new double[][] {s.years().clone(), s.mean().clone()});
            lineRenderer.setSeriesPaint(i, colour);
            lineRenderer.setSeriesStroke(i, style.line);
            legend.add(new LegendItem(s.label(), null, null, null, legendLine, style.line, colour));
            for (int k = 0; k < s.years().length; k++) {
                double year = s.years()[k];
                if (Double.isFinite(year)) {
                    minYear = Math.min(minYear, year);
                    maxYear = Math.max(maxYear, year);
                }
                maxValue = max(maxValue, s.mean()[k]);
            }
            // one band per run of points whose bounds are known, so a gap never gets bridged
            int start = -1;
            for (int k = 0; k <= s.years().length; k++) {
                boolean known = k < s.years().length && Double.isFinite(s.years()[k])
                        && Double.isFinite(s.low()[k]) && Double.isFinite(s.high()[k]);
                if (known && start < 0) {
                    start = k;
                } else if (!known && start >= 0) {
                    if (k - start >= 2) {
                        YIntervalSeries band = new YIntervalSeries(bands.getSeriesCount(), false, true);
                        for (int j = start; j < k; j++) {
                            double low = nonNegative ? Math.max(0, s.low()[j]) : s.low()[j];
                            double high = nonNegative ? Math.max(0, s.high()[j]) : s.high()[j];
                            double mid = Double.isFinite(s.mean()[j]) ? s.mean()[j] : (low + high) / 2;
                            band.add(s.years()[j], mid, low, high);
                            maxValue = max(maxValue, high);
                        }
                        bandRenderer.setSeriesFillPaint(bands.getSeriesCount(), colour);
                        bandRenderer.setSeriesVisibleInLegend(bands.getSeriesCount(), false);
                        bands.addSeries(band);
                    }
                    start = -1;
                }
            }
        }
        if (bands.getSeriesCount() > 0) {
            legend.add(new LegendItem(BAND_LABEL, null, null, null,
                    new Rectangle2D.Double(-style.gap * 2.5, -style.gap, style.gap * 5, style.gap * 2),
                    BAND_SWATCH));
        }

        NumberAxis xAxis = new SparseTickAxis(spec.xAxisLabel(), yearUnits(), MAX_TICK_INTERVALS);
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setLowerMargin(0);
        xAxis.setUpperMargin(0);
        if (minYear > maxYear) {
            xAxis.setRange(2020, 2050);
        } else if (minYear == maxYear) {
            xAxis.setRange(minYear - 1, maxYear + 1);
        } else {
            xAxis.setRange(minYear, maxYear);
        }
        NumberAxis yAxis;
        if (spec.percent()) {
            yAxis = new SparseTickAxis(spec.yAxisLabel(), percentUnits(), MAX_TICK_INTERVALS);
            yAxis.setRange(0, 1);
        } else {
            yAxis = new SparseTickAxis(spec.yAxisLabel(), valueUnits(), MAX_TICK_INTERVALS);
            yAxis.setAutoRangeIncludesZero(true);
            yAxis.setLowerMargin(0);
            yAxis.setUpperMargin(0.05);
            if (!(maxValue > 0)) {
                yAxis.setRange(0, 1); // nothing above zero: an empty but labelled axis
            }
        }
        style.styleAxis(xAxis);
        style.styleAxis(yAxis);

        XYPlot plot = new XYPlot(lines, xAxis, yAxis, lineRenderer);
        if (bands.getSeriesCount() > 0) {
            // a higher dataset index is drawn first: every band lies under every line
            plot.setDataset(1, bands);
            plot.setRenderer(1, bandRenderer);
        }
        plot.setFixedLegendItems(legend);
        style.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);

        boolean showLegend = series.size() > 1 || bands.getSeriesCount() > 0;
        JFreeChart chart = style.newChart(spec.title(), plot);
        if (showLegend) {
            chart.addSubtitle(style.legendBelow(plot));
        }
        style.addCaption(chart, spec.caption());
        return chart;
    }

    /**
     * Lines as paths that break at every missing value (JFreeChart's own behaviour); a value whose
     * neighbours are both missing (or a series of one value) would then draw nothing at all, so it
     * gets a dot twice the line's width.
     */
    private static final class LoneValueDotRenderer extends XYLineAndShapeRenderer {
        private final transient XYDataset lines;

        LoneValueDotRenderer(XYDataset lines, ChartStyle style) {
            super(true, false);
            this.lines = lines;
            setDrawSeriesLineAsPath(true);
            setAutoPopulateSeriesPaint(false);
            setAutoPopulateSeriesStroke(false);
            setAutoPopulateSeriesShape(false);
            double d = style.line.getLineWidth() * 2;
            setDefaultShape(new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            return hasValue(series, item) && !hasValue(series, item - 1) && !hasValue(series, item + 1);
        }

        private boolean hasValue(int series, int item) {
            return item >= 0 && item < lines.getItemCount(series) && Double.isFinite(lines.getYValue(series, item))
                    && Double.isFinite(lines.getXValue(series, item));
        }
    }

    private static double max(double current, double value) {
        return Double.isFinite(value) ? Math.max(current, value) : current;
    }

    // tick units are made per chart, never shared: their DecimalFormats are not safe to use from two threads

    static TickUnitSource yearUnits() {
        DecimalFormat plain = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.US));
        TickUnits units = new TickUnits();
        for (int size : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
            units.add(new NumberTickUnit(size, plain));
        }
        return units;
    }

    /** 1, 2, 2.5 and 5 times a power of ten, with as many decimals as the unit needs and thousands grouped. */
    static TickUnitSource valueUnits() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.US);
        TickUnits units = new TickUnits();
        for (int exponent = -6; exponent <= 12; exponent++) {
            double power = Math.pow(10, exponent);
            for (double step : new double[] {1, 2, 2.5, 5}) {
                int decimals = Math.max(0, -exponent + (step == 2.5 ? 1 : 0));
                String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
                units.add(new NumberTickUnit(step * power, new DecimalFormat(pattern, symbols)));
            }
        }
        return units;
    }

    private static TickUnitSource percentUnits() {
        TickUnits units = new TickUnits();
        DecimalFormat whole = new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.US));
        whole.setMultiplier(100);
        DecimalFormat tenth = new DecimalFormat("0.0'%'", DecimalFormatSymbols.getInstance(Locale.US));
        tenth.setMultiplier(100);
        for (double size : new double[] {0.001, 0.002, 0.005}) {
            units.add(new NumberTickUnit(size, tenth));
        }
        for (double size : new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1}) {
            units.add(new NumberTickUnit(size, whole));
        }
        return units;
    }
}

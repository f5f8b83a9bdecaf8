package org.polycentric.output.charts;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Builds the charts of a run as JFreeChart objects with one print-ready look: white background, no
 * 3D or gradients, Okabe-Ito lines with light 95% bands, axis titles with units, the legend below
 * the plot and a small grey caption (scenario, replications, seed) at the bottom left. The charts
 * are laid out in points of the printed page; {@link ChartExport} writes them as PNG, SVG or PDF.
 */
public final class ChartRenderer {
    /** Label of the legend entry that explains the shaded bands. */
    static final String BAND_LABEL = "95% interval";
    /** Legend label of the grey cities on the map. */
    static final String NOT_PLEDGED_LABEL = "not pledged";
    /** Opacity of a band: light enough that a line of another series shows through it. */
    private static final float BAND_ALPHA = 0.18f;
    /** Legend swatch of the band: a mid grey at band opacity over white. */
    private static final Color BAND_SWATCH = new Color(0xDDDDDD);
    /** Most tick intervals on an axis before the ticks get sparser. */
    private static final int MAX_TICK_INTERVALS = 8;
    /** Map extent: every inhabited latitude, none of Antarctica. */
    private static final double MIN_LON = -180;
    private static final double MAX_LON = 180;
    private static final double MIN_LAT = -60;
    private static final double MAX_LAT = 80;
    /** Widths tried, smallest first, for the map's pledge periods. */
    private static final int[] PERIOD_WIDTHS = {1, 2, 5, 10, 20, 25, 50, 100};
    private static final int MAX_PERIODS = 8;

    static {
        useTextForRotatedLabels();
    }

    private ChartRenderer() {
    }

    /**
     * Makes JFreeChart draw rotated labels (the y axis title) with drawString, not as glyph outlines:
     * outlines would make the SVG's y axis title a shape, unsearchable and not editable. The outline
     * path works around a rotated-text bug of old JDKs, long fixed; the switch is JFreeChart-wide.
     */
    static void useTextForRotatedLabels() {
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /**
     * A line chart over years: one line per series in palette order, each with its 95% band where
     * the band's bounds are finite. The y axis starts at zero; a {@code percent} chart shows 0-100%.
     */
    public static JFreeChart timeChart(TimeChartSpec spec, ChartTheme theme) {
        ChartStyle style = ChartStyle.of(theme);
        List<SeriesData> series = spec.series();

        DefaultXYDataset lines = new DefaultXYDataset();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setDrawSeriesLineAsPath(true);
        lineRenderer.setAutoPopulateSeriesPaint(false);
        lineRenderer.setAutoPopulateSeriesStroke(false);
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
                    new Rectangle2D.Double(-style.gap * 2.5, -style.gap, style.gap * 5, style.gap * 2), BAND_SWATCH));
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
        styleAxis(xAxis, style);
        styleAxis(yAxis, style);

        XYPlot plot = new XYPlot(lines, xAxis, yAxis, lineRenderer);
        if (bands.getSeriesCount() > 0) {
            // a higher dataset index is drawn first: every band lies under every line
            plot.setDataset(1, bands);
            plot.setRenderer(1, bandRenderer);
        }
        plot.setFixedLegendItems(legend);
        stylePlot(plot, style);
        plot.setDomainGridlinesVisible(false);

        boolean showLegend = series.size() > 1 || bands.getSeriesCount() > 0;
        JFreeChart chart = newChart(spec.title(), plot, style);
        if (showLegend) {
            chart.addSubtitle(legend(plot, style));
        }
        addCaption(chart, spec.caption(), style);
        return chart;
    }

    /**
     * Cities at their longitude and latitude, coloured by the period in which they pledged (a
     * sequential scale from the first to the last year, light grey for never), sized by population
     * in a few classes. Never-pledged cities are drawn first, underneath; larger cities are drawn
     * before smaller ones so no city hides another completely.
     */
    public static JFreeChart mapChart(MapChartSpec spec, ChartTheme theme) {
        ChartStyle style = ChartStyle.of(theme);
        int n = spec.lon().length;
        Periods periods = Periods.of(spec.firstYear(), spec.lastYear(), spec.pledgeYear());
        SizeClasses sizes = SizeClasses.of(spec.population(), style);

        // counting sort by (never pledged first, then larger size class first), stable within a bucket
        int buckets = 2 * sizes.count;
        int[] bucketOf = new int[n];
        int[] starts = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            boolean pledged = Double.isFinite(spec.pledgeYear()[i]);
            int bySize = sizes.count - 1 - sizes.classOf(spec.population()[i]);
            bucketOf[i] = (pledged ? sizes.count : 0) + bySize;
            starts[bucketOf[i] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            starts[b + 1] += starts[b];
        }
        double[][] xy = new double[2][n];
        byte[] colourClass = new byte[n];
        byte[] sizeClass = new byte[n];
        for (int i = 0; i < n; i++) {
            int at = starts[bucketOf[i]]++;
            xy[0][at] = spec.lon()[i];
            xy[1][at] = spec.lat()[i];
            colourClass[at] = (byte) periods.classOf(spec.pledgeYear()[i]);
            sizeClass[at] = (byte) sizes.classOf(spec.population()[i]);
        }
        DefaultXYDataset dataset = new DefaultXYDataset();
        dataset.addSeries("cities", xy);

        Color[] colours = new Color[periods.count + 1];
        System.arraycopy(periods.colours, 0, colours, 0, periods.count);
        colours[periods.count] = Palette.NEVER_PLEDGED;
        CityPointRenderer renderer = new CityPointRenderer(colours, colourClass, sizes.diameters, sizeClass,
                style.rim);

        NumberAxis xAxis = new NumberAxis("Longitude");
        xAxis.setRange(MIN_LON, MAX_LON);
        xAxis.setTickUnit(new NumberTickUnit(60, new DegreeFormat('E', 'W')));
        NumberAxis yAxis = new NumberAxis("Latitude");
        yAxis.setRange(MIN_LAT, MAX_LAT);
        yAxis.setTickUnit(new NumberTickUnit(20, new DegreeFormat('N', 'S')));
        for (NumberAxis axis : new NumberAxis[] {xAxis, yAxis}) {
            styleAxis(axis, style);
            axis.setAxisLineVisible(false);
            axis.setTickMarksVisible(false);
        }

        XYPlot plot = new EqualAspectPlot(dataset, xAxis, yAxis, renderer);
        stylePlot(plot, style);
        plot.setDomainGridlinesVisible(true);

        // two rows: the pledge periods; then the never-pledged grey and the population sizes (the
        // grey would not fit on the first row of a printed chart, and a lone wrapped entry looks lost)
        LegendItemCollection colourItems = new LegendItemCollection();
        colourItems.add(header("Pledge year", style));
        double swatch = style.gap * 1.6;
        Shape dot = new Ellipse2D.Double(-swatch / 2, -swatch / 2, swatch, swatch);
        for (int p = 0; p < periods.count; p++) {
            colourItems.add(new LegendItem(periods.labels[p], null, null, null, dot, periods.colours[p]));
        }
        LegendItemCollection otherItems = new LegendItemCollection();
        otherItems.add(new LegendItem(NOT_PLEDGED_LABEL, null, null, null, dot, Palette.NEVER_PLEDGED));
        if (sizes.count > 1) {
            otherItems.add(header("Population", style));
            for (int c = 0; c < sizes.count; c++) {
                double d = sizes.diameters[c];
                otherItems.add(new LegendItem(sizes.labels[c], null, null, null,
                        new Ellipse2D.Double(-d / 2, -d / 2, d, d), Palette.MUTED_TEXT));
            }
        }
        JFreeChart chart = newChart(spec.title(), plot, style);
        // bottom titles stack outward in the order added: the colours go nearest the map
        chart.addSubtitle(legend(() -> otherItems, style));
        chart.addSubtitle(legend(() -> colourItems, style));
        addCaption(chart, spec.caption(), style);
        return chart;
    }

    // ---------------------------------------------------------------- shared look

    private static JFreeChart newChart(String title, XYPlot plot, ChartStyle style) {
        JFreeChart chart = new JFreeChart(null, style.title, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double gap = style.gap;
        chart.setPadding(new RectangleInsets(gap * 1.5, gap * 1.5, gap, gap * 2));
        if (title != null && !title.isBlank()) {
            TextTitle t = new TextTitle(title, style.title, Palette.TEXT, RectangleEdge.TOP, HorizontalAlignment.LEFT,
                    VerticalAlignment.TOP, new RectangleInsets(0, 0, gap * 1.5, 0));
            chart.setTitle(t);
        }
        return chart;
    }

    private static void stylePlot(XYPlot plot, ChartStyle style) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // room on the right for half of the last x tick label ("2050"), which overhangs the plot
        plot.setInsets(new RectangleInsets(style.gap / 2, 0, 0, style.tickLabel.getSize2D() * 1.6));
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(style.grid);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(style.grid);
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
    }

    private static void styleAxis(NumberAxis axis, ChartStyle style) {
        axis.setLabelFont(style.axisLabel);
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelFont(style.tickLabel);
        axis.setTickLabelPaint(Palette.MUTED_TEXT);
        axis.setAxisLinePaint(Palette.AXIS);
        axis.setAxisLineStroke(style.axis);
        axis.setTickMarkPaint(Palette.AXIS);
        axis.setTickMarkStroke(style.axis);
        axis.setTickMarkOutsideLength(style.tickLength);
        axis.setTickMarkInsideLength(0);
        axis.setTickLabelInsets(new RectangleInsets(style.gap / 2, style.gap / 2, style.gap / 2, style.gap / 2));
        axis.setLabelInsets(new RectangleInsets(style.gap / 2, style.gap / 2, style.gap / 2, style.gap / 2));
        axis.setMinorTickMarksVisible(false);
    }

    private static LegendTitle legend(org.jfree.chart.LegendItemSource source, ChartStyle style) {
        // rows centred, so a last short row sits under the middle of the plot, not at its left
        LegendTitle legend = new LegendTitle(source,
                new CentredFlowArrangement(0, style.gap * 0.6),
                new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.CENTER, 0, 0));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(null);
        legend.setItemFont(style.legend);
        legend.setItemPaint(Palette.TEXT);
        legend.setMargin(new RectangleInsets(style.gap, 0, 0, 0));
        legend.setPadding(RectangleInsets.ZERO_INSETS);
        legend.setItemLabelPadding(new RectangleInsets(0, style.gap * 0.8, 0, style.gap * 2));
        legend.setLegendItemGraphicPadding(RectangleInsets.ZERO_INSETS);
        return legend;
    }

    /** A legend entry that only names the entries after it. */
    private static LegendItem header(String text, ChartStyle style) {
        LegendItem item = new LegendItem(text, null, null, null, false, new Rectangle2D.Double(), false,
                Color.WHITE, false, Color.WHITE, style.axis, false, new Line2D.Double(), style.axis, Color.WHITE);
        item.setLabelFont(style.legendHeader);
        return item;
    }

    /** The caption goes under everything else: JFreeChart stacks bottom subtitles outward in the order added. */
    private static void addCaption(JFreeChart chart, String caption, ChartStyle style) {
        if (caption == null || caption.isBlank()) {
            return;
        }
        TextTitle t = new TextTitle(caption, style.caption, Palette.MUTED_TEXT, RectangleEdge.BOTTOM,
                HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM, new RectangleInsets(style.gap, 0, 0, 0));
        chart.addSubtitle(0, t);
    }

    private static double max(double current, double value) {
        return Double.isFinite(value) ? Math.max(current, value) : current;
    }

    // ---------------------------------------------------------------- tick units
    // made per chart, never shared: their DecimalFormats are not safe to use from two threads

    private static TickUnitSource yearUnits() {
        DecimalFormat plain = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.US));
        TickUnits units = new TickUnits();
        for (int size : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
            units.add(new NumberTickUnit(size, plain));
        }
        return units;
    }

    /** 1, 2, 2.5 and 5 times a power of ten, with as many decimals as the unit needs and thousands grouped. */
    private static TickUnitSource valueUnits() {
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

    /** Degrees with a hemisphere letter: 60°W, 0°, 60°E. */
    private static final class DegreeFormat extends NumberFormat {
        private final char positive;
        private final char negative;

        DegreeFormat(char positive, char negative) {
            this.positive = positive;
            this.negative = negative;
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            long degrees = Math.round(Math.abs(number));
            out.append(degrees).append('\u00B0');
            if (degrees != 0) {
                out.append(number > 0 ? positive : negative);
            }
            return out;
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("tick labels are never parsed");
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof DegreeFormat other && other.positive == positive && other.negative == negative;
        }

        @Override
        public int hashCode() {
            return positive * 31 + negative;
        }
    }

    // ---------------------------------------------------------------- map classes

    /**
     * Pledge years binned into at most {@value #MAX_PERIODS} periods of a round width from the first
     * year; the last period also holds the last year ("2045–2050"), and years outside the range
     * fall into the first or last period, whose label then says so ("≤ 2024").
     */
    private static final class Periods {
        final int count;
        final int first;
        final int width;
        final String[] labels;
        final Color[] colours;

        private Periods(int first, int width, int count, String[] labels) {
            this.first = first;
            this.width = width;
            this.count = count;
            this.labels = labels;
            this.colours = Palette.sequential(count);
        }

        static Periods of(int firstYear, int lastYear, double[] pledgeYears) {
            int first = Math.min(firstYear, lastYear);
            int last = Math.max(firstYear, lastYear);
            int span = last - first;
            int width = PERIOD_WIDTHS[PERIOD_WIDTHS.length - 1];
            for (int w : PERIOD_WIDTHS) {
                if (span / w <= MAX_PERIODS) {
                    width = w;
                    break;
                }
            }
            int count = Math.max(1, span / width);
            boolean before = false;
            boolean after = false;
            for (double year : pledgeYears) {
                before |= year < first;
                after |= year >= last + 1;
            }
            String[] labels = new String[count];
            for (int p = 0; p < count; p++) {
                int from = first + p * width;
                int to = p == count - 1 ? last : from + width - 1;
                String label;
                if (p == 0 && before) {
                    label = "\u2264 " + to;
                } else if (p == count - 1 && after) {
                    label = "\u2265 " + from;
                } else {
                    label = from == to ? Integer.toString(from) : from + "\u2013" + shortEnd(from, to);
                }
                labels[p] = label;
            }
            return new Periods(first, width, count, labels);
        }

        /** "2024" after 2020 is written "24", as in "2020–24"; across centuries in full. */
        private static String shortEnd(int from, int to) {
            return from / 100 == to / 100 && to >= 1000 ? String.format(Locale.ROOT, "%02d", to % 100)
                    : Integer.toString(to);
        }

        /** The period of a pledge year; {@code count} (the never-pledged colour) for NaN. */
        int classOf(double year) {
            if (!Double.isFinite(year)) {
                return count;
            }
            int p = (int) Math.floor((year - first) / width);
            return Math.max(0, Math.min(count - 1, p));
        }
    }

    /**
     * Population in up to three classes split at powers of ten: the decade of the largest city and
     * the one below (for a world of 100k to 38M people: under 1M, 1M-10M, 10M and more).
     */
    private static final class SizeClasses {
        final int count;
        final double[] bounds;
        final double[] diameters;
        final String[] labels;

        private SizeClasses(double[] bounds, double[] diameters, String[] labels) {
            this.count = diameters.length;
            this.bounds = bounds;
            this.diameters = diameters;
            this.labels = labels;
        }

        static SizeClasses of(double[] population, ChartStyle style) {
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            for (double p : population) {
                if (Double.isFinite(p) && p > 0) {
                    max = Math.max(max, p);
                    min = Math.min(min, p);
                }
            }
            double unit = style.gap * 0.7; // the smallest disc, in points
            if (!(max > 0)) {
                return new SizeClasses(new double[0], new double[] {unit * 1.4}, new String[] {""});
            }
            double top = Math.pow(10, Math.floor(Math.log10(max)));
            double[] candidates = {top / 10, top};
            int used = 0;
            double[] bounds = new double[2];
            for (double bound : candidates) {
                if (bound > min) {
                    bounds[used++] = bound;
                }
            }
            bounds = java.util.Arrays.copyOf(bounds, used);
            double[] diameters = new double[used + 1];
            String[] labels = new String[used + 1];
            for (int c = 0; c <= used; c++) {
                diameters[c] = Math.round(unit * (1 + 0.8 * c + 0.15 * c * c) * 8) / 8.0;
                if (used == 0) {
                    labels[c] = "";
                } else if (c == 0) {
                    labels[c] = "< " + people(bounds[0]);
                } else if (c == used) {
                    labels[c] = "\u2265 " + people(bounds[used - 1]);
                } else {
                    labels[c] = people(bounds[c - 1]) + "\u2013" + people(bounds[c]);
                }
            }
            return new SizeClasses(bounds, diameters, labels);
        }

        int classOf(double population) {
            int c = 0;
            while (c < bounds.length && population >= bounds[c]) {
                c++;
            }
            return c;
        }

        private static String people(double n) {
            if (n >= 1e9) {
                return trim(n / 1e9) + "B";
            } else if (n >= 1e6) {
                return trim(n / 1e6) + "M";
            } else if (n >= 1e3) {
                return trim(n / 1e3) + "k";
            }
            return trim(n);
        }

        private static String trim(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }
}

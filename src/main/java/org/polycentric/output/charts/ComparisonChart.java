package org.polycentric.output.charts;

import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.polycentric.output.ComparisonCsv;
import org.polycentric.output.ComparisonRow;

/**
 * The chart of a comparison ({@code compare}): one panel per outcome, stacked, each with every
 * arm's paired difference from the reference arm as a point with its 95% confidence interval as an
 * error bar, and a line at zero (no difference); the arms along the shared horizontal axis, each in
 * its palette colour, the same in every panel. Each panel has its own vertical scale (the outcome's
 * unit: a share, a year) and its outcome's name at its top left. The print look of the run charts
 * ({@link ChartStyle}); the caption says what each arm is. Written as {@code comparison.png},
 * {@code .svg}, {@code .pdf} with {@code comparison.csv}, the rows it draws (those of the
 * comparison's own {@code comparison.csv}).
 */
public final class ComparisonChart {
    /** The chart's file name, without extension. */
    public static final String NAME = "comparison";
    /** Height of the caption and axis around the panels, and of each panel, in inches. */
    private static final double FRAME_INCHES = 1.4;
    private static final double PANEL_INCHES = 1.0;
    /** Caption lines grow with the arms. */
    private static final double ARM_INCHES = 0.15;
    /** Most tick intervals on a panel's axis: panels are short. */
    private static final int MAX_TICK_INTERVALS = 4;
    /**
     * An arm's name on the axis is cut to this many characters shared by the arms, at least
     * {@link #MIN_AXIS_LABEL} each (the caption has it in full): about what fits 6.5 in at 9 pt.
     */
    private static final int AXIS_CHARACTERS = 90;
    private static final int MIN_AXIS_LABEL = 12;

    /** What the chart shows: outcomes in order, every arm's label (the reference first), the rows. */
    public record Spec(String title, List<String> outcomes, List<String> armLabels, List<ComparisonRow> rows,
                       String caption) {
        public Spec {
            outcomes = List.copyOf(outcomes);
            armLabels = List.copyOf(armLabels);
            rows = List.copyOf(rows);
            if (armLabels.size() < 2) {
                throw new IllegalArgumentException("a comparison needs at least two arms");
            }
        }
    }

    private ComparisonChart() {
    }

    /**
     * Writes the chart in {@code options}' formats and its CSV into {@code folder} (created if
     * missing), at the options' width and a height that gives each outcome its panel.
     *
     * @return the files written: each format, then the CSV
     */
    public static List<Path> write(Spec spec, Path folder, ChartOptions options) throws IOException {
        Files.createDirectories(folder);
        ChartSize size = sizeFor(spec, options.size());
        ChartExport.writeAll(chart(spec, options.theme()), folder, NAME, options.formats(), size);
        List<Path> files = new ArrayList<>();
        for (ChartFormat format : options.formats()) {
            files.add(folder.resolve(NAME + "." + format.extension()));
        }
        Path csv = folder.resolve(NAME + ".csv");
        ComparisonCsv.write(csv, spec.rows());
        files.add(csv);
        return files;
    }

    /**
     * An override as a default arm label shows it, as a comparison chart of runs does
     * ({@code rules.peerInfluence.weight=0.2} becomes {@code peerInfluence.weight=0.2}).
     */
    public static String shortOverride(String override) {
        return RunNames.shortOverride(override);
    }

    /** The asked-for size, taller when the panels need it. */
    static ChartSize sizeFor(Spec spec, ChartSize asked) {
        double needed = FRAME_INCHES + PANEL_INCHES * spec.outcomes().size() + ARM_INCHES * spec.armLabels().size();
        return new ChartSize(asked.widthInches(), Math.max(asked.heightInches(), needed), asked.dpi());
    }

    /** The chart as JFreeChart draws it. */
    public static JFreeChart chart(Spec spec, ChartTheme theme) {
        ChartStyle style = ChartStyle.of(theme);
        List<String> compared = spec.armLabels().subList(1, spec.armLabels().size());
        int most = Math.max(MIN_AXIS_LABEL, AXIS_CHARACTERS / compared.size());
        String[] ticks = compared.stream().map(label -> cut(label, most)).toArray(String[]::new);
        SymbolAxis arms = new SymbolAxis(null, ticks);
        arms.setGridBandsVisible(false);
        arms.setAutoRange(false);
        arms.setRange(-0.5, compared.size() - 0.5);
        style.styleAxis(arms);
        CombinedDomainXYPlot panels = new CombinedDomainXYPlot(arms);
        panels.setGap(style.gap * 3);
        style.stylePlot(panels);
        double d = style.line.getLineWidth() * 3;
        for (String outcome : spec.outcomes()) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            XYErrorRenderer renderer = new XYErrorRenderer();
            renderer.setDrawXError(false);
            renderer.setDrawYError(true);
            renderer.setErrorStroke(style.line);
            renderer.setCapLength(style.gap * 2);
            renderer.setDefaultShape(new Ellipse2D.Double(-d / 2, -d / 2, d, d));
            renderer.setAutoPopulateSeriesShape(false);
            double low = 0;
            double high = 0;
            boolean any = false;
            for (int k = 1; k <= compared.size(); k++) {
                YIntervalSeries series = new YIntervalSeries(compared.get(k - 1), false, true);
                ComparisonRow row = find(spec.rows(), outcome, k);
                if (row != null && Double.isFinite(row.difference())) {
                    boolean interval = Double.isFinite(row.ci95Low()) && Double.isFinite(row.ci95High());
                    double from = interval ? row.ci95Low() : row.difference();
                    double to = interval ? row.ci95High() : row.difference();
                    series.add(k - 1, row.difference(), from, to);
                    low = Math.min(low, from);
                    high = Math.max(high, to);
                    any = true;
                }
                data.addSeries(series);
                renderer.setSeriesPaint(k - 1, Palette.series(k - 1));
            }
            NumberAxis values = new SparseTickAxis(null, TimeChartRenderer.valueUnits(), MAX_TICK_INTERVALS);
            // zero always shown, a tenth of the span below, room for the outcome's name above
            double span = high > low ? high - low : 1;
            values.setRange(low - 0.1 * span, high + 0.45 * span);
            style.styleAxis(values);
            XYPlot panel = new XYPlot(data, null, values, renderer);
            if (!any) {
                XYTextAnnotation none = new XYTextAnnotation("no pair of runs with values (NA)",
                        (compared.size() - 1) / 2.0, 0.175 * span);
                none.setFont(style.tickLabel);
                none.setPaint(Palette.MUTED_TEXT);
                panel.addAnnotation(none);
            }
            style.stylePlot(panel);
            panel.setDomainGridlinesVisible(false);
            panel.addRangeMarker(new ValueMarker(0, Palette.AXIS, style.axis));
            TextTitle name = new TextTitle(outcome, style.axisLabel, Palette.TEXT, RectangleEdge.TOP,
                    HorizontalAlignment.LEFT, VerticalAlignment.TOP, new RectangleInsets(style.gap / 2, style.gap,
                    0, 0));
            panel.addAnnotation(new XYTitleAnnotation(0, 1, name, RectangleAnchor.TOP_LEFT));
            panels.add(panel, 1);
        }
        JFreeChart chart = style.newChart(spec.title(), panels);
        style.addCaption(chart, spec.caption());
        return chart;
    }

    private static ComparisonRow find(List<ComparisonRow> rows, String outcome, int arm) {
        for (ComparisonRow row : rows) {
            if (row.outcome().equals(outcome) && row.arm() == arm) {
                return row;
            }
        }
        return null;
    }

    private static String cut(String label, int most) {
        return label.length() <= most ? label : label.substring(0, most - 3).strip() + "...";
    }
}

package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class TimeChartRendererTest {
    static final String CAPTION = "Scenario: baseline \u00b7 20 replications \u00b7 seed 42";

    /** A logistic adoption curve from 2020 to 2050 with a band of +-{@code halfWidth} (NaN: no band). */
    static SeriesData curve(String label, double cap, double mid, double halfWidth) {
        int n = 31;
        double[] years = new double[n];
        double[] mean = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            years[i] = 2020 + i;
            mean[i] = cap / (1 + Math.exp(-0.3 * (years[i] - mid)));
            low[i] = Math.max(0, mean[i] - halfWidth);
            high[i] = mean[i] + halfWidth;
        }
        return new SeriesData(label, years, mean, low, high);
    }

    private static SeriesData shifted(SeriesData s, double by) {
        double[] mean = s.mean().clone();
        double[] low = s.low().clone();
        double[] high = s.high().clone();
        for (int i = 0; i < mean.length; i++) {
            mean[i] += by;
            low[i] += by;
            high[i] += by;
        }
        return new SeriesData(s.label(), s.years(), mean, low, high);
    }

    static TimeChartSpec adoption() {
        return new TimeChartSpec("Cities with a net-zero pledge", "Year", "Cities pledged (% of cities)", true,
                List.of(curve("All cities", 0.6, 2034, 0.05), curve("Global North", 0.8, 2030, 0.05),
                        curve("Global South", 0.45, 2038, 0.05)), CAPTION);
    }

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "surefire must set java.awt.headless=true");
    }

    @Test
    void timeChartHasOneLinePerSeriesInPaletteOrderAndABandEntry() {
        JFreeChart chart = ChartRenderer.timeChart(adoption(), ChartTheme.PRINT);
        XYPlot plot = chart.getXYPlot();
        assertEquals(3, plot.getDataset(0).getSeriesCount());
        for (int i = 0; i < 3; i++) {
            assertEquals(Palette.series(i), plot.getRenderer(0).getSeriesPaint(i));
        }
        assertEquals(3, plot.getDataset(1).getSeriesCount(), "one band per series");
        assertEquals(List.of("All cities", "Global North", "Global South", TimeChartRenderer.BAND_LABEL),
                Legends.labels(chart));
        assertEquals("Cities with a net-zero pledge", chart.getTitle().getText());
    }

    @Test
    void legendSitsBelowThePlotAndTheCaptionUnderItAtTheLeft() {
        JFreeChart chart = ChartRenderer.timeChart(adoption(), ChartTheme.PRINT);
        List<Title> subtitles = chart.getSubtitles();
        TextTitle caption = (TextTitle) subtitles.get(0);
        assertEquals(CAPTION, caption.getText());
        assertEquals(RectangleEdge.BOTTOM, caption.getPosition());
        assertEquals(HorizontalAlignment.LEFT, caption.getHorizontalAlignment());
        LegendTitle legend = (LegendTitle) subtitles.get(1);
        assertEquals(RectangleEdge.BOTTOM, legend.getPosition());
        assertFalse(chart.isBorderVisible());
        assertEquals(Color.WHITE, chart.getBackgroundPaint());
        assertEquals(Color.WHITE, chart.getPlot().getBackgroundPaint());
    }

    @Test
    void percentAxisRunsFromZeroToOneHundredPercentAndYearsHaveNoSeparator() {
        JFreeChart chart = ChartRenderer.timeChart(adoption(), ChartTheme.PRINT);
        NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
        assertEquals(0.0, y.getLowerBound());
        assertEquals(1.0, y.getUpperBound());
        assertEquals("100%", y.getStandardTickUnits().getCeilingTickUnit(0.2).valueToString(1.0));
        NumberAxis x = (NumberAxis) chart.getXYPlot().getDomainAxis();
        assertEquals(2020.0, x.getLowerBound());
        assertEquals(2050.0, x.getUpperBound());
        assertEquals("2030", x.getStandardTickUnits().getCeilingTickUnit(5).valueToString(2030));
    }

    @Test
    void countAxisStartsAtZero() {
        TimeChartSpec spec = new TimeChartSpec("Member cities", "Year", "Cities", false,
                List.of(shifted(curve("C40", 100, 2030, 5), 500)), CAPTION);
        JFreeChart chart = ChartRenderer.timeChart(spec, ChartTheme.SCREEN);
        // auto-ranged axes settle when drawn
        ChartExport.svg(chart, ChartSize.DEFAULT);
        NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
        assertEquals(0.0, y.getLowerBound());
        assertTrue(y.getUpperBound() >= 605, "band's top inside the axis: " + y.getUpperBound());
    }

    @Test
    void bandBelowZeroIsClippedSoTheAxisStillStartsAtZero() {
        SeriesData s = curve("Firms", 40, 2030, 0);
        for (int i = 0; i < s.low().length; i++) {
            s.low()[i] = s.mean()[i] - 3; // a t-interval around a small mean dips below zero
        }
        JFreeChart chart = ChartRenderer.timeChart(
                new TimeChartSpec("Firms pledged", "Year", "Firms", false, List.of(s), CAPTION), ChartTheme.PRINT);
        ChartExport.svg(chart, ChartSize.DEFAULT);
        assertEquals(0.0, chart.getXYPlot().getRangeAxis().getLowerBound());
        IntervalXYDataset band = (IntervalXYDataset) chart.getXYPlot().getDataset(1);
        for (int i = 0; i < band.getItemCount(0); i++) {
            assertTrue(band.getStartYValue(0, i) >= 0);
        }
    }

    @Test
    void seriesWithoutABandHaveNoShadeAndASingleSeriesNoLegend() {
        SeriesData single = curve("Nations", 150, 2030, Double.NaN);
        JFreeChart chart = ChartRenderer.timeChart(
                new TimeChartSpec("Nations with a net-zero target", "Year", "Nations", false, List.of(single), CAPTION),
                ChartTheme.PRINT);
        assertNull(chart.getXYPlot().getDataset(1));
        assertEquals(List.of(), Legends.labels(chart));
    }

    @Test
    void bandIsSplitWhereItsBoundsAreMissing() {
        SeriesData s = curve("All", 0.5, 2030, 0.05);
        s.low()[10] = Double.NaN;
        s.high()[20] = Double.NaN;
        JFreeChart chart = ChartRenderer.timeChart(
                new TimeChartSpec("t", "Year", "Share (%)", true, List.of(s), CAPTION), ChartTheme.PRINT);
        XYDataset bands = chart.getXYPlot().getDataset(1);
        assertEquals(3, bands.getSeriesCount());
        assertEquals(10, bands.getItemCount(0));
        assertEquals(9, bands.getItemCount(1));
        assertEquals(10, bands.getItemCount(2));
    }

    @Test
    void emptyAndDegenerateInputsStillDraw() {
        ChartExport.png(ChartRenderer.timeChart(new TimeChartSpec("Empty", "Year", "Cities", false, List.of(), ""),
                ChartTheme.PRINT), new ChartSize(2, 1.5, 72));
        SeriesData oneYear = new SeriesData("One", new double[] {2030}, new double[] {0},
                new double[] {Double.NaN}, new double[] {Double.NaN});
        ChartExport.svg(ChartRenderer.timeChart(new TimeChartSpec(null, "Year", "Cities", false, List.of(oneYear),
                null), ChartTheme.PRINT), ChartSize.DEFAULT);
    }

    @Test
    void missingMeansAreGapsNotZerosAndALoneValueIsADot() {
        double[] years = new double[31];
        double[] mean = new double[31];
        double[] none = new double[31];
        for (int i = 0; i < years.length; i++) {
            years[i] = 2020 + i;
            mean[i] = 0.5;
        }
        Arrays.fill(none, Double.NaN);
        for (int year : new int[] {2030, 2031, 2032, 2033, 2034, 2039, 2041}) {
            mean[year - 2020] = Double.NaN;
        }
        JFreeChart chart = ChartRenderer.timeChart(new TimeChartSpec("t", "Year", "Share (%)", true,
                List.of(new SeriesData("Global South", years, mean, none, none)), CAPTION), ChartTheme.PRINT);
        Plotted plotted = Plotted.draw(chart);
        Color line = Palette.series(0);
        assertTrue(plotted.inkNear(2025, 0.5, line), "the line where there are values");
        assertFalse(plotted.inkInColumn(2032, line), "a gap where the mean is missing: no line, at 0.5 or at 0");
        assertTrue(plotted.inkNear(2040, 0.5, line), "a lone value between two gaps is still shown");
        assertFalse(plotted.inkInColumn(2039.5, line), "as a dot, not joined to anything");
    }

    /** A chart drawn at 3 pixels per point, with its data area, so a test can look where a value lands. */
    record Plotted(BufferedImage image, XYPlot plot, Rectangle2D dataArea) {
        private static final double SCALE = 3;

        static Plotted draw(JFreeChart chart) {
            ChartSize size = ChartSize.DEFAULT;
            BufferedImage image = new BufferedImage((int) (size.widthInches() * 72 * SCALE),
                    (int) (size.heightInches() * 72 * SCALE), BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = image.createGraphics();
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.scale(SCALE, SCALE);
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, size.widthInches() * 72, size.heightInches() * 72), info);
            g2.dispose();
            return new Plotted(image, chart.getXYPlot(), info.getPlotInfo().getDataArea());
        }

        int px(double year) {
            return (int) Math.round(SCALE * plot.getDomainAxis().valueToJava2D(year, dataArea,
                    plot.getDomainAxisEdge()));
        }

        int py(double value) {
            return (int) Math.round(SCALE * plot.getRangeAxis().valueToJava2D(value, dataArea,
                    plot.getRangeAxisEdge()));
        }

        /** Whether a pixel within a point of ({@code year}, {@code value}) has about {@code colour}. */
        boolean inkNear(double year, double value, Color colour) {
            int reach = (int) SCALE;
            for (int x = px(year) - reach; x <= px(year) + reach; x++) {
                for (int y = py(value) - reach; y <= py(value) + reach; y++) {
                    if (close(image.getRGB(x, y), colour)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether any pixel of the plot at {@code year}, from its bottom to its top, has about {@code colour}. */
        boolean inkInColumn(double year, Color colour) {
            int x = px(year);
            for (int y = (int) (SCALE * dataArea.getMinY()); y <= (int) (SCALE * dataArea.getMaxY()); y++) {
                if (close(image.getRGB(x, y), colour)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean close(int rgb, Color colour) {
            Color c = new Color(rgb);
            return Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                    + Math.abs(c.getBlue() - colour.getBlue()) < 60;
        }
    }
}

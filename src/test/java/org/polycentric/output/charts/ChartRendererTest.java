package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
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

class ChartRendererTest {
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

    /** {@code n} cities spread over the inhabited latitudes; about a third never pledge. */
    static MapChartSpec map(int n) {
        Random random = new Random(7);
        double[] lon = new double[n];
        double[] lat = new double[n];
        double[] year = new double[n];
        double[] population = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = random.nextDouble() * 360 - 180;
            lat[i] = random.nextDouble() * 130 - 55;
            year[i] = random.nextInt(3) == 0 ? Double.NaN : 2020 + random.nextInt(31);
            population[i] = 1e5 * Math.pow(1 - random.nextDouble(), -1 / 1.1);
        }
        population[0] = 2.5e7; // a megacity, so that there are three size classes
        population[n - 1] = 2e6;
        return new MapChartSpec("Cities by pledge year", lon, lat, year, population, 2020, 2050, CAPTION);
    }

    private static List<String> legendLabels(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        for (int t = 0; t < chart.getSubtitleCount(); t++) {
            if (chart.getSubtitle(t) instanceof LegendTitle legend) {
                for (var source : legend.getSources()) {
                    LegendItemCollection items = source.getLegendItems();
                    for (int i = 0; i < items.getItemCount(); i++) {
                        labels.add(items.get(i).getLabel());
                    }
                }
            }
        }
        return labels;
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
        assertEquals(List.of("All cities", "Global North", "Global South", ChartRenderer.BAND_LABEL),
                legendLabels(chart));
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
        assertEquals(List.of(), legendLabels(chart));
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
        MapChartSpec none = new MapChartSpec("No cities", new double[0], new double[0], new double[0], new double[0],
                2020, 2050, CAPTION);
        ChartExport.pdf(ChartRenderer.mapChart(none, ChartTheme.PRINT), ChartSize.DEFAULT);
    }

    @Test
    void mapLegendNamesSixPeriodsAndTheNeverPledged() {
        JFreeChart chart = ChartRenderer.mapChart(map(500), ChartTheme.PRINT);
        List<String> labels = legendLabels(chart);
        assertTrue(labels.containsAll(List.of("2020\u201324", "2025\u201329", "2030\u201334", "2035\u201339",
                "2040\u201344", "2045\u201350", "not pledged")), labels.toString());
        assertTrue(labels.containsAll(List.of("< 1M", "1M\u201310M", "\u2265 10M")), labels.toString());
        NumberAxis x = (NumberAxis) chart.getXYPlot().getDomainAxis();
        NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
        assertEquals(-180.0, x.getLowerBound());
        assertEquals(180.0, x.getUpperBound());
        assertEquals(-60.0, y.getLowerBound());
        assertEquals(80.0, y.getUpperBound());
        assertEquals("60\u00b0W", x.getTickUnit().valueToString(-60));
        assertEquals("20\u00b0N", y.getTickUnit().valueToString(20));
    }

    @Test
    void mapDrawsNeverPledgedCitiesFirst() {
        MapChartSpec spec = map(300);
        JFreeChart chart = ChartRenderer.mapChart(spec, ChartTheme.PRINT);
        XYDataset cities = chart.getXYPlot().getDataset();
        int never = 0;
        for (double year : spec.pledgeYear()) {
            never += Double.isNaN(year) ? 1 : 0;
        }
        assertEquals(300, cities.getItemCount(0));
        // the first `never` points are exactly the never-pledged cities (compare as coordinate sets)
        java.util.Set<String> expected = new java.util.HashSet<>();
        for (int i = 0; i < 300; i++) {
            if (Double.isNaN(spec.pledgeYear()[i])) {
                expected.add(spec.lon()[i] + "," + spec.lat()[i]);
            }
        }
        java.util.Set<String> drawnFirst = new java.util.HashSet<>();
        for (int i = 0; i < never; i++) {
            drawnFirst.add(cities.getXValue(0, i) + "," + cities.getYValue(0, i));
        }
        assertEquals(expected, drawnFirst);
    }

    @Test
    void periodsFollowTheYearSpan() {
        MapChartSpec spec = new MapChartSpec("m", new double[] {0, 1, 2}, new double[] {0, 1, 2},
                new double[] {2015, 2021, 2031}, new double[] {1e5, 2e5, 3e5}, 2020, 2030, "");
        List<String> labels = legendLabels(ChartRenderer.mapChart(spec, ChartTheme.PRINT));
        // ten years in 2-year periods; 2015 is before the first year, 2031 after the last
        assertTrue(labels.contains("\u2264 2021"), labels.toString());
        assertTrue(labels.contains("\u2265 2028"), labels.toString());
        assertFalse(labels.contains("Population"), "one size class needs no size legend");
    }

    @Test
    void sequentialScaleRunsFromDarkToLight() {
        Color[] colours = Palette.sequential(6);
        assertEquals(6, colours.length);
        assertEquals(new Color(0x440154), colours[0]);
        for (int i = 1; i < colours.length; i++) {
            assertTrue(luminance(colours[i]) > luminance(colours[i - 1]), "colour " + i + " lighter than the one before");
        }
        assertNotNull(Palette.series(8));
        assertEquals(Palette.series(0), Palette.series(8));
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}

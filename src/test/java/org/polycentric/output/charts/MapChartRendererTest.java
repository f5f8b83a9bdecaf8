package org.polycentric.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class MapChartRendererTest {
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
        return new MapChartSpec("Cities by pledge year", lon, lat, year, population, 2020, 2050,
                TimeChartRendererTest.CAPTION);
    }

    @Test
    void aMapWithoutCitiesStillDraws() {
        MapChartSpec none = new MapChartSpec("No cities", new double[0], new double[0], new double[0], new double[0],
                2020, 2050, TimeChartRendererTest.CAPTION);
        ChartExport.pdf(ChartRenderer.mapChart(none, ChartTheme.PRINT), ChartSize.DEFAULT);
    }

    @Test
    void mapLegendNamesSixPeriodsAndTheNeverPledged() {
        JFreeChart chart = ChartRenderer.mapChart(map(500), ChartTheme.PRINT);
        List<String> labels = Legends.labels(chart);
        assertTrue(labels.containsAll(List.of("2020\u201324", "2025\u201329", "2030\u201334", "2035\u201339",
                "2040\u201344", "2045\u201350", MapChartRenderer.NOT_PLEDGED_LABEL)), labels.toString());
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
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            if (Double.isNaN(spec.pledgeYear()[i])) {
                expected.add(spec.lon()[i] + "," + spec.lat()[i]);
            }
        }
        Set<String> drawnFirst = new HashSet<>();
        for (int i = 0; i < never; i++) {
            drawnFirst.add(cities.getXValue(0, i) + "," + cities.getYValue(0, i));
        }
        assertEquals(expected, drawnFirst);
    }

    @Test
    void periodsFollowTheYearSpan() {
        MapChartSpec spec = new MapChartSpec("m", new double[] {0, 1, 2}, new double[] {0, 1, 2},
                new double[] {2015, 2021, 2031}, new double[] {1e5, 2e5, 3e5}, 2020, 2030, "");
        List<String> labels = Legends.labels(ChartRenderer.mapChart(spec, ChartTheme.PRINT));
        // ten years in 2-year periods; 2015 is before the first year, 2031 after the last
        assertTrue(labels.contains("\u2264 2021"), labels.toString());
        assertTrue(labels.contains("\u2265 2028"), labels.toString());
        assertFalse(labels.contains("Population"), "one size class needs no size legend");
    }
}

package org.polycentric.output.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;

/**
 * Speed of drawing and writing charts in one JVM (bench/chart-bench.sh runs it): what a run's full
 * chart set costs on one thread, seven time charts and a map of 5,000 cities, each as PNG, SVG and
 * PDF, into a temporary folder. The first repetition pays for loading the drawing code; the others
 * show the steady cost, per format. Timings belong here, not in the tests.
 *
 * <p>Arguments: the number of repetitions (default 5).
 */
final class ChartBench {
    private static final int TIME_CHARTS = 7;
    private static final int MAP_CITIES = 5000;

    private ChartBench() {
    }

    public static void main(String[] args) throws IOException {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path folder = Files.createTempDirectory("polycentric-chart-bench");
        try {
            double[] totals = new double[repetitions];
            Map<ChartFormat, double[]> byFormat = new EnumMap<>(ChartFormat.class);
            for (ChartFormat format : ChartFormat.values()) {
                byFormat.put(format, new double[repetitions]);
            }
            for (int rep = 0; rep < repetitions; rep++) {
                Map<String, JFreeChart> charts = new LinkedHashMap<>();
                for (int i = 0; i < TIME_CHARTS; i++) {
                    charts.put("time" + i, ChartRenderer.timeChart(TimeChartRendererTest.adoption(), ChartTheme.PRINT));
                }
                charts.put("map", ChartRenderer.mapChart(MapChartRendererTest.map(MAP_CITIES), ChartTheme.PRINT));
                for (Map.Entry<String, JFreeChart> chart : charts.entrySet()) {
                    for (ChartFormat format : ChartFormat.values()) {
                        long start = System.nanoTime();
                        Path file = folder.resolve(chart.getKey() + "." + format.extension());
                        ChartExport.write(chart.getValue(), file, format, ChartSize.DEFAULT);
                        double ms = (System.nanoTime() - start) / 1e6;
                        byFormat.get(format)[rep] += ms;
                        totals[rep] += ms;
                    }
                }
            }
            System.out.printf("%d time charts and a map of %,d cities, PNG + SVG + PDF, one thread, %d repetitions%n",
                    TIME_CHARTS, MAP_CITIES, repetitions);
            System.out.printf("  first (cold JVM) %7.0f ms%n", totals[0]);
            if (repetitions > 1) {
                System.out.printf("  all formats      %s%n", warm(totals));
                for (ChartFormat format : ChartFormat.values()) {
                    System.out.printf("  %-16s %s%n", format.extension(), warm(byFormat.get(format)));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Best and median of the repetitions after the first. */
    private static String warm(double[] ms) {
        double[] sorted = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(sorted);
        return String.format("best %7.0f ms   median %7.0f ms", sorted[0], sorted[(sorted.length - 1) / 2]);
    }
}
